//! Review: new ideas wait for a moderator; approved ones reach the board, declined ones say why.

use parlour::domain::Role;
use reqwest::StatusCode;

use super::{set_status, share};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn new_ideas_wait_for_review_and_only_author_and_moderators_see_them(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = share(&tom, "Offer shirts in half collar sizes").await;

    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    assert!(tom.get(&path).await.body.contains("Waiting for review"));
    assert_eq!(moderator.get(&path).await.status, StatusCode::OK);
    assert_eq!(sam.get(&path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.browser().get(&path).await.status, StatusCode::NOT_FOUND);
    assert!(
        !app.browser()
            .get("/ideas")
            .await
            .body
            .contains("half collar sizes")
    );
    assert!(
        tom.get("/ideas")
            .await
            .body
            .contains("Your ideas waiting for review")
    );
    let queue = moderator.get("/ideas/review").await;
    assert!(queue.body.contains("Offer shirts in half collar sizes"));
    assert_eq!(sam.get("/ideas/review").await.status, StatusCode::FORBIDDEN);

    let approved = set_status(&moderator, &path, "new", "Great idea, on the board.").await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER);
    let board = app.browser().get("/ideas").await;
    assert!(board.body.contains("Offer shirts in half collar sizes"));
    assert!(
        tom.get("/notifications")
            .await
            .body
            .contains("Your idea is on the board")
    );
    let log = moderator.get("/mod/audit").await.body;
    assert!(log.contains("idea.approve"));
}

async fn a_declined_idea_tells_its_author_why_and_stays_off_the_board(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = share(&tom, "Sell second-hand suits in store").await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;

    set_status(
        &moderator,
        &path,
        "declined",
        "We cannot guarantee the quality of used garments.",
    )
    .await;

    let page = tom.get(&path).await;
    assert!(page.body.contains("Not accepted for the board"));
    assert!(
        page.body
            .contains("We cannot guarantee the quality of used garments.")
    );
    assert_eq!(app.browser().get(&path).await.status, StatusCode::NOT_FOUND);
    assert!(
        !app.browser()
            .get("/ideas")
            .await
            .body
            .contains("second-hand suits")
    );
}

on_both_databases!(
    new_ideas_wait_for_review_and_only_author_and_moderators_see_them,
    a_declined_idea_tells_its_author_why_and_stays_off_the_board,
);
