//! Invitations and following: experts invite experts to answer; followers hear of answers.

use reqwest::StatusCode;

use super::{answer, ask, expert, id_in, unread};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn experts_invite_experts_and_followers_hear_of_answers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (suits, slug) = app.create_area("Suits").await;
    let marcus = expert(&app, "marcus", suits).await;
    expert(&app, "amir", suits).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = ask(&tom, "Single or double vent for a suit?", &slug).await;
    let id = id_in(&path);
    let amir_id = app
        .with_db(|c| {
            parlour::db::models::users::find_by_username(c, "amir")
                .unwrap()
                .unwrap()
                .id
        })
        .await;

    let invited = marcus
        .submit(
            &path,
            &format!("/experts/questions/{id}/invite"),
            &[("invitee", &amir_id.to_string())],
        )
        .await;
    assert_eq!(invited.status, StatusCode::SEE_OTHER);
    assert!(
        unread(&app, "amir")
            .await
            .iter()
            .any(|n| n.contains("marcus invites you to answer"))
    );
    let tom_id = app
        .with_db(|c| {
            parlour::db::models::users::find_by_username(c, "tom")
                .unwrap()
                .unwrap()
                .id
        })
        .await;
    let not_expert = marcus
        .submit(
            &path,
            &format!("/experts/questions/{id}/invite"),
            &[("invitee", &tom_id.to_string())],
        )
        .await;
    assert_eq!(not_expert.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        tom.submit(
            &path,
            &format!("/experts/questions/{id}/invite"),
            &[("invitee", &amir_id.to_string())]
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );

    let sam = app.signed_in_as("sam_k", &[]).await;
    sam.submit(
        &path,
        &format!("/experts/questions/{id}/follow"),
        &[("follow", "yes")],
    )
    .await;
    answer(&marcus, &path, "Double, if you sit a lot.").await;
    assert!(
        unread(&app, "sam_k")
            .await
            .iter()
            .any(|n| n.contains("a question you follow"))
    );
    let notes = sam.get("/notifications").await;
    assert!(notes.body.contains("a question you follow"));
    sam.submit("/notifications", "/notifications/read", &[])
        .await;
    assert!(unread(&app, "sam_k").await.is_empty());
    assert!(!sam.get("/").await.body.contains("count-pill"));
}

on_both_databases!(experts_invite_experts_and_followers_hear_of_answers);
