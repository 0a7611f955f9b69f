//! Who may write and edit articles: staff write; the author or a moderator edits.

use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn only_staff_write_and_only_the_author_or_a_moderator_edits(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    let path = author
        .write_article("Suede in the rain", "Brush it when dry.", "now")
        .await;
    let edit = format!("{path}/edit");

    let visitor = app.browser();
    assert_eq!(
        visitor.get("/blog/new").await.location(),
        Some("/login?next=/blog/new")
    );
    let member = app.signed_in_as("tom", &[]).await;
    assert_eq!(member.get("/blog/new").await.status, StatusCode::FORBIDDEN);
    assert_eq!(member.get(&edit).await.status, StatusCode::FORBIDDEN);
    let forged = member
        .submit_multipart(
            "/",
            "/blog/new",
            &[("title", "Spam"), ("body", "Spam"), ("publish", "now")],
            &[],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    let colleague = app.signed_in_as("amara", &[Role::Staff]).await;
    assert_eq!(colleague.get(&edit).await.status, StatusCode::FORBIDDEN);
    let changed = colleague
        .submit_multipart(
            "/",
            &edit,
            &[("title", "Hijacked"), ("body", "x"), ("publish", "now")],
            &[],
        )
        .await;
    assert_eq!(changed.status, StatusCode::FORBIDDEN);
    assert!(
        visitor.get(&path).await.body.contains("Brush it when dry."),
        "nothing changed"
    );

    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    assert_eq!(moderator.get(&edit).await.status, StatusCode::OK);
}

on_both_databases!(only_staff_write_and_only_the_author_or_a_moderator_edits);
