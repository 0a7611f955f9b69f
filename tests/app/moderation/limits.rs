//! Limits: hourly rate limits shared across app processes, and the longest post allowed.

use reqwest::StatusCode;

use super::{article, comment, last_comment};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn rate_limits_are_shared_across_app_processes(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sibling = app.sibling().await;
    let (_, path) = article(&app).await;
    // Twenty reports an hour: spread over two processes, the twenty-first is refused.
    let tom = app.signed_in_as("tom", &[]).await;
    let mut ids = Vec::new();
    for n in 0..21 {
        comment(&tom, &path, &format!("Comment number {n} on linen")).await;
        ids.push(last_comment(&app).await);
    }
    let sam = app.signed_in_as("sam_k", &[]).await;
    let sam_elsewhere = sibling.browser();
    sam_elsewhere
        .sign_in("sam_k", crate::helpers::PASSWORD)
        .await;
    for (n, id) in ids.iter().enumerate() {
        let who = if n % 2 == 0 { &sam } else { &sam_elsewhere };
        let form = format!("/report?kind=comment&id={id}");
        let sent = who
            .submit(
                &form,
                "/report",
                &[
                    ("kind", "comment"),
                    ("id", &id.to_string()),
                    ("reason", "Too many"),
                ],
            )
            .await;
        if n < 20 {
            assert_eq!(sent.status, StatusCode::SEE_OTHER, "report {n}");
        } else {
            assert_eq!(sent.status, StatusCode::TOO_MANY_REQUESTS);
            assert!(sent.body.contains("many reports in the last hour"));
        }
    }
}

async fn very_long_posts_are_refused_with_the_text_kept(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, path) = article(&app).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let longest = "é".repeat(10_000);
    assert_eq!(
        comment(&tom, &path, &longest).await.status,
        StatusCode::SEE_OTHER
    );
    let too_long = format!("{longest}!");
    let refused = comment(&tom, &path, &too_long).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains(&too_long));
}

on_both_databases!(
    rate_limits_are_shared_across_app_processes,
    very_long_posts_are_refused_with_the_text_kept,
);
