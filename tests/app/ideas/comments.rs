//! Comments on ideas: only once approved, with empty and too-long comments explained.

use parlour::domain::Role;
use reqwest::StatusCode;

use super::share;
use crate::helpers::{Backend, TestApp, text_of_id};
use crate::on_both_databases;

async fn members_comment_on_approved_ideas(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let waiting = share(&tom, "An idea that still waits for review").await;
    let on_waiting = tom
        .submit(
            &waiting,
            &format!("{waiting}/comments"),
            &[("body", "Bump")],
        )
        .await;
    assert_eq!(
        on_waiting.status,
        StatusCode::NOT_FOUND,
        "no comments before review"
    );

    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let path = share(&moderator, "Offer a made-to-measure service").await;
    let posted = tom
        .submit(
            &path,
            &format!("{path}/comments"),
            &[("body", "Yes, **please**!")],
        )
        .await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER);
    let empty = tom
        .submit(&path, &format!("{path}/comments"), &[("body", "  ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&empty.body, "comment-body-error")
            .unwrap()
            .contains("Write something")
    );
    let long = "y".repeat(10_001);
    let too_long = tom
        .submit(&path, &format!("{path}/comments"), &[("body", &long)])
        .await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        too_long.body.contains(&format!(">{long}</textarea>")),
        "text kept"
    );

    let page = app.browser().get(&path).await;
    assert!(page.body.contains("1 comment") && page.body.contains("<strong>please</strong>!"));
}

on_both_databases!(members_comment_on_approved_ideas);
