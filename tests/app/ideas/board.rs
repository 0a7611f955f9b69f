//! The board and the front page: sorting, trending, status filters and hiding ideas not for me.

use diesel::prelude::*;
use parlour::db::schema::idea_votes;
use parlour::domain::Role;

use super::{set_status, share};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn the_board_sorts_by_votes_or_newest_and_filters_by_status(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    // Moderators' ideas skip the review.
    let popular = share(&moderator, "Popular idea with many votes").await;
    share(&moderator, "Newest idea without votes").await;
    for name in ["tom", "sam_k", "oliver-j"] {
        let voter = app.signed_in_as(name, &[]).await;
        voter
            .submit(&popular, &format!("{popular}/vote"), &[("vote", "up")])
            .await;
    }
    set_status(&moderator, &popular, "planned", "").await;

    let visitor = app.browser();
    let top = visitor.get("/ideas").await.body;
    assert!(top.find("Popular idea").unwrap() < top.find("Newest idea").unwrap());
    let newest = visitor.get("/ideas?sort=new").await.body;
    assert!(newest.find("Newest idea").unwrap() < newest.find("Popular idea").unwrap());
    let planned = visitor.get("/ideas?status=planned").await.body;
    assert!(planned.contains("Popular idea") && !planned.contains("Newest idea"));
    assert!(planned.contains("class=\"status idea-planned\">Planned</span>"));
}

async fn not_for_me_hides_an_idea_from_my_board_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let path = share(&moderator, "Bring back the tweed range").await;
    let tom = app.signed_in_as("tom", &[]).await;

    tom.submit(&path, &format!("{path}/hide"), &[("hidden", "yes")])
        .await;

    assert!(
        !tom.get("/ideas")
            .await
            .body
            .contains("Bring back the tweed range")
    );
    assert!(
        app.browser()
            .get("/ideas")
            .await
            .body
            .contains("Bring back the tweed range")
    );
    assert!(
        tom.get(&path)
            .await
            .body
            .contains("Show it in my lists again")
    );
    tom.submit(&path, &format!("{path}/hide"), &[("hidden", "no")])
        .await;
    assert!(
        tom.get("/ideas")
            .await
            .body
            .contains("Bring back the tweed range")
    );
}

async fn trending_favours_recent_votes_and_moderators_see_the_numbers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let old_favourite = share(&moderator, "Old favourite with many votes").await;
    let rising = share(&moderator, "Rising idea with a fresh vote").await;
    for name in ["tom", "sam_k", "oliver-j"] {
        let voter = app.signed_in_as(name, &[]).await;
        voter
            .submit(
                &old_favourite,
                &format!("{old_favourite}/vote"),
                &[("vote", "up")],
            )
            .await;
    }
    // The old favourite's votes are twelve days old, and the background job has re-weighed
    // them since.
    app.with_db(|c| {
        let now = chrono::Utc::now().naive_utc();
        diesel::update(idea_votes::table)
            .set(idea_votes::created_at.eq(now - chrono::Duration::days(12)))
            .execute(c)
            .unwrap();
        parlour::db::models::idea_lists::refresh_trending(c, now).unwrap()
    })
    .await;
    let fresh = app.signed_in_as("amir", &[]).await;
    fresh
        .submit(&rising, &format!("{rising}/vote"), &[("vote", "up")])
        .await;

    let visitor = app.browser();
    let top = visitor.get("/ideas").await.body;
    assert!(top.find("Old favourite").unwrap() < top.find("Rising idea").unwrap());
    let trending = visitor.get("/ideas?sort=trending").await.body;
    assert!(trending.find("Rising idea").unwrap() < trending.find("Old favourite").unwrap());

    let tom = app.signed_in_as("tom2", &[]).await;
    share(&tom, "An idea that still waits for review").await;
    let review = moderator.get("/ideas/review").await.body;
    assert!(
        review.contains("Ideas received this week</dt><dd>3</dd>"),
        "{review}"
    );
    assert!(review.contains("New: 2"));
    assert!(review.contains("Median time to a first response"));
}

async fn the_front_page_shows_wanted_ideas_except_those_not_for_me(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let path = share(&moderator, "Linen suits for summer weddings").await;
    let tom = app.signed_in_as("tom", &[]).await;
    assert!(
        tom.get("/")
            .await
            .body
            .contains("Linen suits for summer weddings")
    );
    tom.submit(&path, &format!("{path}/hide"), &[("hidden", "yes")])
        .await;
    assert!(
        !tom.get("/")
            .await
            .body
            .contains("Linen suits for summer weddings")
    );
    assert!(
        app.browser()
            .get("/")
            .await
            .body
            .contains("Linen suits for summer weddings")
    );
}

on_both_databases!(
    the_front_page_shows_wanted_ideas_except_those_not_for_me,
    trending_favours_recent_votes_and_moderators_see_the_numbers,
    not_for_me_hides_an_idea_from_my_board_only,
    the_board_sorts_by_votes_or_newest_and_filters_by_status,
);
