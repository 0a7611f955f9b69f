//! Idea statuses: a history with notes, closed ideas stay closed, followers and voters are told.

use diesel::prelude::*;
use parlour::db::schema::ideas;
use parlour::domain::Role;
use reqwest::StatusCode;

use super::{set_status, share};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn every_status_change_is_shown_with_its_note_and_closed_ideas_stay_closed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = share(&tom, "Free tailoring for loyalty members").await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    set_status(&moderator, &path, "new", "").await;
    for (status, note) in [
        ("under-review", "Looking at costs."),
        ("planned", "Coming in spring."),
        ("in-progress", ""),
        ("done", "Live in all shops."),
    ] {
        assert_eq!(
            set_status(&moderator, &path, status, note).await.status,
            StatusCode::SEE_OTHER,
            "{status}"
        );
    }

    let page = app.browser().get(&path).await;
    for text in [
        "Under review",
        "Looking at costs.",
        "Planned",
        "Coming in spring.",
        "In progress",
        "Live in all shops.",
    ] {
        assert!(page.body.contains(text), "{text}");
    }
    assert!(page.body.contains("idea-done"));
    assert!(
        page.body.find("Looking at costs.").unwrap()
            < page.body.find("Live in all shops.").unwrap()
    );

    let reopened = set_status(&moderator, &path, "planned", "").await;
    assert_eq!(reopened.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reopened.body.contains("id=\"status-error\""));
    assert!(
        reopened
            .body
            .contains("done, declined and merged ideas stay")
    );
    let duplicate = share(&tom, "Another idea to mark as duplicate").await;
    set_status(&moderator, &duplicate, "new", "").await;
    assert_eq!(
        set_status(&moderator, &duplicate, "duplicate", "")
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let sideways = set_status(&moderator, &duplicate, "sideways", "").await;
    assert_eq!(sideways.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(sideways.body.contains("Choose a status."));
    let status: String = app
        .with_db(|c| {
            ideas::table
                .order(ideas::id.asc())
                .select(ideas::status)
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!(status, "done");
}

async fn members_cannot_change_a_status(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = share(&tom, "Open the shop on Sunday mornings").await;
    let response = set_status(&tom, &path, "new", "Approving myself").await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    let approved: bool = app
        .with_db(|c| ideas::table.select(ideas::approved).first(c).unwrap())
        .await;
    assert!(!approved);
}

async fn followers_and_voters_hear_of_status_changes(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let path = share(&moderator, "Tailoring appointments online").await;
    let (follower, voter, quitter) = (
        app.signed_in_as("fiona", &[]).await,
        app.signed_in_as("victor", &[]).await,
        app.signed_in_as("quentin", &[]).await,
    );
    follower
        .submit(&path, &format!("{path}/follow"), &[("follow", "yes")])
        .await;
    assert!(follower.get(&path).await.body.contains("Stop following"));
    voter
        .submit(&path, &format!("{path}/vote"), &[("vote", "up")])
        .await;
    quitter
        .submit(&path, &format!("{path}/follow"), &[("follow", "yes")])
        .await;
    quitter
        .submit(&path, &format!("{path}/follow"), &[("follow", "no")])
        .await;

    set_status(&moderator, &path, "planned", "Spring.").await;

    for (who, told) in [(&follower, true), (&voter, true), (&quitter, false)] {
        let notes = who.get("/notifications").await.body;
        assert_eq!(notes.contains("is now planned"), told, "{notes}");
    }
}

on_both_databases!(
    followers_and_voters_hear_of_status_changes,
    every_status_change_is_shown_with_its_note_and_closed_ideas_stay_closed,
    members_cannot_change_a_status,
);
