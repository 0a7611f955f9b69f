//! Asking a question: the area's experts are told, similar ones offered, bad input explained.

use diesel::prelude::*;
use parlour::db::schema::questions;
use parlour::domain::Role;
use reqwest::StatusCode;

use super::{ask, expert, id_in, unread};
use crate::helpers::{Backend, Browser, TestApp, similar_links, text_of_id};
use crate::on_both_databases;

async fn a_member_asks_and_the_areas_experts_are_told(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (shirts, shirts_slug) = app.create_area("Shirts & fit").await;
    let (shoes, _) = app.create_area("Shoes").await;
    let shirt_expert = expert(&app, "eleanor", shirts).await;
    expert(&app, "marcus", shoes).await;
    let tom = app.signed_in_as("tom", &[]).await;

    let path = ask(&tom, "Which collar suits a round face?", &shirts_slug).await;

    assert!(
        path.starts_with("/experts/questions/")
            && path.ends_with("-which-collar-suits-a-round-face")
    );
    let page = tom.get(&path).await;
    assert!(page.body.contains("Which collar suits a round face?"));
    assert!(page.body.contains("<strong>details</strong>"));
    assert!(
        page.body.contains("Stop following"),
        "the asker follows their question"
    );
    assert_eq!(
        unread(&app, "eleanor").await,
        vec!["New question in Shirts & fit: Which collar suits a round face?"]
    );
    assert!(
        unread(&app, "marcus").await.is_empty(),
        "experts of other areas are not told"
    );
    // An expert whose role was revoked is no longer told, though the area is still assigned.
    app.with_db(|c| {
        let id = parlour::db::models::users::find_by_username(c, "eleanor")
            .unwrap()
            .unwrap()
            .id;
        parlour::db::models::users::remove_roles(c, id, Role::Expert.into()).unwrap()
    })
    .await;
    ask(&tom, "Another collar question for the team", &shirts_slug).await;
    assert_eq!(unread(&app, "eleanor").await.len(), 1);
    let header = shirt_expert.get("/").await;
    assert!(
        header
            .body
            .contains("Notifications <span class=\"count-pill\">1")
    );
    let bare = app
        .browser()
        .get(&format!("/experts/questions/{}", id_in(&path)))
        .await;
    assert_eq!(bare.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(bare.location(), Some(path.as_str()));
    assert_eq!(
        app.browser().get("/experts/questions/999999").await.status,
        StatusCode::NOT_FOUND
    );
}

async fn similar_questions_are_suggested_before_posting(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (care, care_slug) = app.create_area("Care").await;
    let _ = care;
    let tom = app.signed_in_as("tom", &[]).await;
    ask(
        &tom,
        "Linen shirts: how do I iron them without shine?",
        &care_slug,
    )
    .await;
    ask(
        &tom,
        "Can wool suits go in the washing machine?",
        &care_slug,
    )
    .await;

    let sam = app.signed_in_as("sam_k", &[]).await;
    let page = sam
        .submit_multipart(
            "/experts/ask",
            "/experts/ask",
            &[
                ("title", "Ironing linen trousers"),
                ("area", &care_slug),
                ("intent", "similar"),
            ],
            &[],
        )
        .await;

    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Similar questions"));
    assert!(
        page.body
            .contains("Linen shirts: how do I iron them without shine?")
    );
    assert!(
        !page
            .body
            .contains("Can wool suits go in the washing machine?")
    );
    assert!(
        page.body.contains("value=\"Ironing linen trousers\""),
        "the form is kept"
    );
    let count: i64 = app
        .with_db(|c| questions::table.count().get_result(c).unwrap())
        .await;
    assert_eq!(count, 2, "checking posts nothing");
}

async fn bad_questions_are_explained_and_nothing_is_posted(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.create_area("Care").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let long = "x".repeat(151);
    for (title, area, field, message) in [
        ("", "care", "title-error", "Write your question"),
        (long.as_str(), "care", "title-error", "under 150"),
        (
            "A perfectly fine question?",
            "no-such-area",
            "area-error",
            "Choose the area",
        ),
    ] {
        let page = tom
            .submit_multipart(
                "/experts/ask",
                "/experts/ask",
                &[
                    ("title", title),
                    ("area", area),
                    ("details", "kept text"),
                    ("intent", "post"),
                ],
                &[],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        assert!(
            text_of_id(&page.body, field).unwrap().contains(message),
            "{field}"
        );
        assert!(page.body.contains(">kept text</textarea>"));
    }
    let visitor = app.browser().get("/experts/ask").await;
    assert_eq!(visitor.location(), Some("/login?next=/experts/ask"));
    let count: i64 = app
        .with_db(|c| questions::table.count().get_result(c).unwrap())
        .await;
    assert_eq!(count, 0);
}

async fn a_fresh_install_tells_the_admin_what_to_set_up_and_askers_why_they_wait(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.create_member("ada", &[Role::Admin]).await;
    let admin = app.browser();
    let signed_in = admin.sign_in("ada", crate::helpers::PASSWORD).await;
    assert_eq!(
        signed_in.location(),
        Some("/admin/setup?notice=signed-in"),
        "no areas: setup first"
    );
    let steps = admin.get("/admin").await.body;
    assert!(steps.contains("Set up your community") && steps.contains("/admin/areas"));
    assert!(
        admin
            .get("/experts/ask")
            .await
            .body
            .contains("Create the first areas")
    );

    let tom = app.signed_in_as("tom", &[]).await;
    let form = tom.get("/experts/ask").await.body;
    assert!(form.contains("Questions are not open yet"), "{form}");
    assert!(!form.contains("Post question"), "no form that cannot work");
    let refused = tom
        .submit_multipart(
            "/experts/ask",
            "/experts/ask",
            &[
                ("title", "Which collar for a round face?"),
                ("details", "Size 16."),
                ("intent", "post"),
            ],
            &[],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("no areas of expertise"),
        "{}",
        refused.body
    );
    assert!(!refused.body.contains("Choose the area"));
    assert!(
        refused.body.contains("Which collar for a round face?"),
        "the text is kept"
    );

    // Once an area exists, the admin signs in where they meant to go.
    app.create_area("Shirts").await;
    let again = app.browser();
    assert_eq!(
        again
            .sign_in("ada", crate::helpers::PASSWORD)
            .await
            .location(),
        Some("/account/interests?first=yes&notice=signed-in"),
        "home, by way of the interests page the first time"
    );
    assert!(
        !admin
            .get("/admin")
            .await
            .body
            .contains("Set up your community")
    );
}

/// "Check for similar questions" with `title` in `area`: the page.
async fn check_similar(member: &Browser, title: &str, area: &str) -> crate::helpers::Page {
    let page = member
        .submit_multipart(
            "/experts/ask",
            "/experts/ask",
            &[("title", title), ("area", area), ("intent", "similar")],
            &[],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page
}

async fn similar_questions_match_by_stem_best_first_and_never_held(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, care) = app.create_area("Care").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let shirt = ask(&tom, "How do I iron a shirt?", &care).await;
    let linen = ask(&tom, "Is linen hard to iron?", &care).await;
    ask(&tom, "Can wool suits go in the washing machine?", &care).await;
    let only_in_details = tom
        .submit_multipart(
            "/experts/ask",
            "/experts/ask",
            &[
                ("title", "Which tie for a navy suit?"),
                ("details", "I iron my shirts the night before."),
                ("area", &care),
                ("intent", "post"),
            ],
            &[],
        )
        .await;
    assert_eq!(only_in_details.status, StatusCode::SEE_OTHER);
    app.set_policy("new_member_posts", "1").await;
    let newcomer = app.signed_in_as("newcomer", &[]).await;
    let held = newcomer
        .submit_multipart(
            "/experts/ask",
            "/experts/ask",
            &[
                ("title", "Ironing shirts on a hotel towel"),
                ("area", &care),
                ("intent", "post"),
            ],
            &[],
        )
        .await;
    assert!(held.body.contains("waits for a moderator"), "{}", held.body);

    let sam = app.signed_in_as("sam_k", &[]).await;
    let page = check_similar(&sam, "Ironing shirts", &care).await;
    assert_eq!(
        similar_links(&page.body),
        vec![shirt, linen],
        "ironing finds iron and shirts shirt; both words rank first; titles only; \
         held questions never"
    );

    let page = check_similar(&sam, "What should I do about it?", &care).await;
    assert!(similar_links(&page.body).is_empty());
    assert!(
        page.body.contains("We found no similar questions"),
        "a title of stop words alone suggests nothing"
    );
}

on_both_databases!(
    a_member_asks_and_the_areas_experts_are_told,
    similar_questions_are_suggested_before_posting,
    similar_questions_match_by_stem_best_first_and_never_held,
    bad_questions_are_explained_and_nothing_is_posted,
    a_fresh_install_tells_the_admin_what_to_set_up_and_askers_why_they_wait,
);
