//! Posting an idea: bad input explained, similar ideas offered, an area and a picture.

use diesel::prelude::*;
use parlour::db::schema::ideas;
use parlour::domain::Role;
use reqwest::StatusCode;

use super::{set_status, share, share_with};
use crate::helpers::{Backend, Browser, TestApp, similar_links, text_of_id};
use crate::on_both_databases;

async fn bad_ideas_are_explained_and_kept(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let long = "x".repeat(151);
    for (title, message) in [
        ("", "Describe your idea"),
        ("Short", "at least 10"),
        (long.as_str(), "under 150"),
    ] {
        let page = tom
            .submit_multipart(
                "/ideas/new",
                "/ideas/new",
                &[("title", title), ("body", "kept body")],
                &[],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            text_of_id(&page.body, "title-error")
                .unwrap()
                .contains(message),
            "{title}"
        );
        assert!(page.body.contains(">kept body</textarea>"));
    }
    let count: i64 = app
        .with_db(|c| ideas::table.count().get_result(c).unwrap())
        .await;
    assert_eq!(count, 0);
    assert_eq!(
        app.browser().get("/ideas/new").await.location(),
        Some("/login?next=/ideas/new")
    );
}

async fn similar_ideas_are_offered_with_a_one_click_vote(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let existing = share(&moderator, "Offer shirts in half collar sizes").await;
    share(&moderator, "Late opening on Thursdays").await;
    let tom = app.signed_in_as("tom", &[]).await;

    let check = tom
        .submit_multipart(
            "/ideas/new",
            "/ideas/new",
            &[
                ("title", "Half sizes for shirt collars"),
                ("body", "kept"),
                ("intent", "similar"),
            ],
            &[],
        )
        .await;
    assert_eq!(check.status, StatusCode::OK);
    let similar = text_of_id(&check.body, "similar-heading").unwrap();
    assert!(similar.contains("Similar ideas"));
    assert!(check.body.contains("Offer shirts in half collar sizes"));
    assert!(
        !check.body.contains("Late opening"),
        "unrelated idea left out"
    );
    assert!(check.body.contains(&format!("action=\"{existing}/vote\"")));
    assert!(check.body.contains("Vote for this instead"));
    assert!(
        check
            .body
            .contains("value=\"Half sizes for shirt collars\""),
        "title kept"
    );
    let nothing_posted: i64 = app
        .with_db(|c| ideas::table.count().get_result(c).unwrap())
        .await;
    assert_eq!(nothing_posted, 2, "checking posts nothing");

    // The one click: a vote for the existing idea, from the form page.
    let voted = tom
        .submit("/ideas/new", &format!("{existing}/vote"), &[("vote", "up")])
        .await;
    assert_eq!(voted.status, StatusCode::SEE_OTHER);
    assert_eq!(voted.location(), Some(existing.as_str()));
    assert!(tom.get(&existing).await.body.contains("1 vote"));
}

async fn ideas_have_an_area_and_a_picture_and_the_board_filters_by_area(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, shirts) = app.create_area("Shirts & fit").await;
    let (_, shoes) = app.create_area("Shoes").await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let with_picture = share_with(
        &moderator,
        &[
            ("title", "Shirts with a spare collar"),
            ("body", "Like in the old days."),
            ("area", &shirts),
            ("image_alt", "A shirt with two collars"),
        ],
        &[("image", "collar.jpg", crate::media::photo(64, 48))],
    )
    .await;
    share_with(
        &moderator,
        &[("title", "Resoling while you wait"), ("area", &shoes)],
        &[],
    )
    .await;

    let page = app.browser().get(&with_picture).await.body;
    assert!(page.contains("alt=\"A shirt with two collars\""));
    assert!(page.contains("src=\"/media/"));
    assert!(page.contains(&format!("href=\"/ideas?area={shirts}\"")));

    let board = app
        .browser()
        .get(&format!("/ideas?area={shirts}"))
        .await
        .body;
    assert!(board.contains("Shirts with a spare collar"));
    assert!(!board.contains("Resoling while you wait"));
    let all = app.browser().get("/ideas").await.body;
    assert!(all.contains("Shirts with a spare collar") && all.contains("Resoling while you wait"));

    // A picture without a description is refused, and the picture is kept for the retry.
    let missing_alt = moderator
        .submit_multipart(
            "/ideas/new",
            "/ideas/new",
            &[("title", "Another idea with a picture")],
            &[("image", "p.jpg", crate::media::photo(32, 32))],
        )
        .await;
    assert_eq!(missing_alt.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of_id(&missing_alt.body, "image_alt-error").is_some());
    assert!(missing_alt.body.contains("name=\"image_hash\""));
}

/// "Check for similar ideas" with `title`: the ideas offered.
async fn similar_to(member: &Browser, title: &str) -> Vec<String> {
    let page = member
        .submit_multipart(
            "/ideas/new",
            "/ideas/new",
            &[("title", title), ("intent", "similar")],
            &[],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    similar_links(&page.body)
}

async fn similar_ideas_match_by_stem_and_only_open_public_ones_five_at_most(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let pressing = share(&moderator, "Shirt pressing while you wait").await;
    let trousers = share(&moderator, "Pressed trousers on delivery").await;
    let merged = share(&moderator, "Shirts pressed in the shop").await;
    let into = pressing.rsplit('/').next().unwrap();
    let merging = moderator
        .submit(&merged, &format!("{merged}/merge"), &[("into", into)])
        .await;
    assert_eq!(merging.status, StatusCode::SEE_OTHER, "{}", merging.body);
    let done = share(&moderator, "Steam pressing for shirts").await;
    set_status(&moderator, &done, "done", "Every shop has a steamer now.").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let waiting = share(&tom, "Free pressing of shirts for members").await;

    let sam = app.signed_in_as("sam_k", &[]).await;
    assert_eq!(
        similar_to(&sam, "Press my shirts, please").await,
        vec![pressing.clone(), trousers],
        "press finds pressing and pressed, best first; never merged, done or waiting ideas \
         ({merged}, {done}, {waiting})"
    );

    for colour in ["navy", "white", "pink", "grey", "green", "blue"] {
        share(&moderator, &format!("Shirts in {colour} linen")).await;
    }
    let offered = similar_to(&sam, "Press my shirts, please").await;
    assert_eq!(
        offered.len(),
        5,
        "eight match, five are offered: {offered:?}"
    );
}

on_both_databases!(
    similar_ideas_are_offered_with_a_one_click_vote,
    similar_ideas_match_by_stem_and_only_open_public_ones_five_at_most,
    ideas_have_an_area_and_a_picture_and_the_board_filters_by_area,
    bad_ideas_are_explained_and_kept,
);
