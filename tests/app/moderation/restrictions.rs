//! Restrictions: silenced and suspended members read but cannot post; staff cannot be restricted.

use parlour::domain::Role;
use reqwest::StatusCode;

use super::{act, article, comment, last_comment};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn silenced_and_suspended_members_read_but_cannot_post(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (staff, path) = article(&app).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;

    comment(&tom, &path, "You are a fucking bastard").await;
    let tom_post = last_comment(&app).await;
    let bad_days = act(
        &moderator,
        "comment",
        tom_post,
        &[("action", "suspend"), ("days", "0")],
    )
    .await;
    assert_eq!(bad_days.status, StatusCode::BAD_REQUEST);
    act(
        &moderator,
        "comment",
        tom_post,
        &[("action", "suspend"), ("days", "7"), ("reason", "Abuse")],
    )
    .await;
    let page = tom.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "suspended members still read");
    assert!(page.body.contains("Your account is suspended"));
    assert!(page.body.contains("Abuse"));
    let refused = comment(&tom, &path, "Let me back in").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.body.contains("until"), "{}", refused.body);
    let idea = tom.get("/ideas/new").await;
    assert_eq!(idea.status, StatusCode::FORBIDDEN);

    comment(&sam, &path, "Shitty staff, all of them").await;
    let sam_post = last_comment(&app).await;
    act(
        &moderator,
        "comment",
        sam_post,
        &[("action", "silence"), ("days", "3")],
    )
    .await;
    assert_eq!(
        comment(&sam, &path, "Still here").await.status,
        StatusCode::FORBIDDEN
    );
    // Silenced members may still vote; suspended ones may not.
    let idea_path = {
        let page = moderator
            .submit_multipart(
                "/ideas/new",
                "/ideas/new",
                &[("title", "Linen trousers in short lengths")],
                &[],
            )
            .await;
        page.location()
            .unwrap()
            .split('?')
            .next()
            .unwrap()
            .to_owned()
    };
    let sam_vote = sam
        .submit(&idea_path, &format!("{idea_path}/vote"), &[("vote", "up")])
        .await;
    assert_eq!(sam_vote.status, StatusCode::SEE_OTHER);
    let tom_vote = tom
        .submit(&idea_path, &format!("{idea_path}/vote"), &[("vote", "up")])
        .await;
    assert_eq!(tom_vote.status, StatusCode::FORBIDDEN);

    // Staff cannot be restricted from the queue.
    comment(&staff, &path, "Shitty weather for linen").await;
    let staff_post = last_comment(&app).await;
    let refused = act(
        &moderator,
        "comment",
        staff_post,
        &[("action", "suspend"), ("days", "3")],
    )
    .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);

    let audit = moderator.get("/mod/audit?action=member.").await.body;
    assert!(audit.contains("<td>member.suspend</td>"));
    assert!(audit.contains("<td>member.silence</td>"));
}

on_both_databases!(silenced_and_suspended_members_read_but_cannot_post);
