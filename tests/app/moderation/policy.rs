//! The policy settings: validated, premoderated areas and members, every change logged.

use diesel::prelude::*;
use parlour::db::schema::flags;
use parlour::domain::Role;
use reqwest::StatusCode;

use super::act;
use crate::helpers::{Backend, TestApp, text_of_id};
use crate::on_both_databases;

async fn admins_set_the_policy_and_every_change_is_logged(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (shirts, shirts_slug) = app.create_area("Shirts").await;
    let admin = app.signed_in_as("root", &[Role::Admin]).await;
    let tom = app.signed_in_as("tom", &[]).await;
    assert_eq!(tom.get("/admin/policy").await.status, StatusCode::FORBIDDEN);

    let bad = admin
        .submit(
            "/admin/policy",
            "/admin/policy",
            &[
                ("negativity", "7"),
                ("max_links", "0"),
                ("new_member_posts", "0"),
                ("terms", "Kestrel\nbad\u{7}term"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of_id(&bad.body, "negativity-error").is_some());
    assert!(text_of_id(&bad.body, "max_links-error").is_some());
    assert!(text_of_id(&bad.body, "terms-error").is_some());
    assert!(bad.body.contains("Kestrel"), "what was typed is kept");

    let (_, shoes_slug) = app.create_area("Shoes").await;
    let area_field = format!("area_{shirts}");
    let ask = |title: &'static str, area: String| {
        let tom = &tom;
        async move {
            tom.submit_multipart(
                "/experts/ask",
                "/experts/ask",
                &[
                    ("title", title),
                    ("details", "Thanks."),
                    ("area", &area),
                    ("intent", "post"),
                ],
                &[],
            )
            .await
        }
    };
    // First only the Shirts area waits for review.
    let area_only = admin
        .submit(
            "/admin/policy",
            "/admin/policy",
            &[
                (area_field.as_str(), "on"),
                ("negativity", "0.5"),
                ("max_links", "3"),
                ("new_member_posts", "0"),
                ("terms", ""),
            ],
        )
        .await;
    assert_eq!(
        area_only.status,
        StatusCode::SEE_OTHER,
        "{}",
        area_only.body
    );
    let in_shirts = ask("Which shirt for a tweed jacket?", shirts_slug.clone()).await;
    assert_eq!(
        in_shirts.status,
        StatusCode::OK,
        "held in the premoderated area"
    );
    let in_shoes = ask("Which shoes for a tweed jacket?", shoes_slug.clone()).await;
    assert_eq!(
        in_shoes.status,
        StatusCode::SEE_OTHER,
        "published elsewhere"
    );
    // Approved from the queue, the held question goes public and its asker is told.
    let held_id: i64 = app
        .with_db(|c| {
            flags::table
                .filter(flags::subject_kind.eq("question"))
                .select(flags::subject_id)
                .first(c)
                .unwrap()
        })
        .await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    assert!(
        !app.browser()
            .get("/experts")
            .await
            .body
            .contains("shirt for a tweed")
    );
    act(&moderator, "question", held_id, &[("action", "approve")]).await;
    assert!(
        app.browser()
            .get("/experts")
            .await
            .body
            .contains("shirt for a tweed")
    );
    assert!(
        tom.get("/notifications")
            .await
            .body
            .contains("A moderator approved your question")
    );

    let saved = admin
        .submit(
            "/admin/policy",
            "/admin/policy",
            &[
                ("premod_question_members", "on"),
                (area_field.as_str(), "on"),
                ("negativity", "0.7"),
                ("max_links", "5"),
                ("new_member_posts", "0"),
                ("terms", "Kestrel\n  C++  \nkestrel"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = admin.get("/admin/policy").await.body;
    assert!(page.contains("Kestrel\nC++</textarea>"), "cleaned: {page}");

    // Customers' questions now wait in every area.
    let asked = ask("Which collar for a wide knot?", shoes_slug.clone()).await;
    assert_eq!(asked.status, StatusCode::OK);
    assert!(asked.body.contains("questions wait for a moderator"));
    assert!(
        !app.browser()
            .get("/experts")
            .await
            .body
            .contains("wide knot")
    );

    let audit = admin.get("/mod/audit?action=setting.change").await.body;
    for setting in [
        "premoderation",
        "premoderated_areas",
        "negativity_threshold",
        "max_links",
        "confidential_terms",
    ] {
        assert!(
            audit.contains(&format!("changed the setting {setting}<")),
            "{setting}"
        );
    }
}

on_both_databases!(admins_set_the_policy_and_every_change_is_logged);
