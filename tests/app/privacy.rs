//! Members' own data: the export holds everything about them; deleting the account removes
//! the personal data, keeps what they wrote for others, and takes their votes with it.

use diesel::prelude::*;
use parlour::db::schema::{ideas, users};
use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Backend, PASSWORD, TestApp, text_of_id};
use crate::on_both_databases;

async fn members_export_their_data_and_delete_their_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, shirts) = app.create_area("Shirts").await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let idea = moderator
        .submit_multipart(
            "/ideas/new",
            "/ideas/new",
            &[("title", "Shirts with spare buttons sewn in")],
            &[],
        )
        .await;
    let idea_path = idea
        .location()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let tom = app.signed_in_as("tom", &[]).await;
    tom.submit(&idea_path, &format!("{idea_path}/vote"), &[("vote", "up")])
        .await;
    let asked = tom
        .submit_multipart(
            "/experts/ask",
            "/experts/ask",
            &[
                ("title", "Which shirt for a tweed jacket?"),
                ("details", "Brown tweed."),
                ("area", &shirts),
                ("intent", "post"),
            ],
            &[],
        )
        .await;
    let question = asked
        .location()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned();

    let export = tom.get("/account/export").await;
    assert_eq!(export.status, StatusCode::OK);
    assert!(
        export.headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let data: serde_json::Value = serde_json::from_str(&export.body).expect("JSON");
    assert_eq!(data["account"]["email"], "tom@example.com");
    assert_eq!(
        data["questions"][0]["title"],
        "Which shirt for a tweed jacket?"
    );
    assert_eq!(data["votes"]["ideas"].as_array().unwrap().len(), 1);
    assert!(
        !export.body.contains("priya@example.com"),
        "nobody else's data"
    );
    assert_eq!(
        app.browser().get("/account/export").await.status,
        StatusCode::SEE_OTHER,
        "visitors are sent to sign in"
    );

    let wrong = tom
        .submit(
            "/account",
            "/account/delete",
            &[("password", "not my password"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of_id(&wrong.body, "delete_password-error").is_some());
    assert!(!wrong.body.contains("not my password"), "never echoed");
    let unconfirmed = tom
        .submit("/account", "/account/delete", &[("password", PASSWORD)])
        .await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of_id(&unconfirmed.body, "confirm-error").is_some());
    assert_eq!(
        tom.get("/account").await.status,
        StatusCode::OK,
        "nothing changed"
    );

    let deleted = tom
        .submit(
            "/account",
            "/account/delete",
            &[("password", PASSWORD), ("confirm", "yes")],
        )
        .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER);
    assert_eq!(
        tom.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "signed out"
    );
    let again = app.browser().sign_in("tom", PASSWORD).await;
    assert_ne!(
        again.status,
        StatusCode::SEE_OTHER,
        "the account cannot sign in"
    );

    let page = app.browser().get(&question).await.body;
    assert!(
        page.contains("Which shirt for a tweed jacket?"),
        "the post stays"
    );
    assert!(page.contains("former-member-"));
    let (votes, emails): (i32, i64) = app
        .with_db(|c| {
            let votes = ideas::table.select(ideas::vote_count).first(c).unwrap();
            let emails = users::table
                .filter(users::email.eq("tom@example.com"))
                .count()
                .get_result(c)
                .unwrap();
            (votes, emails)
        })
        .await;
    assert_eq!((votes, emails), (0, 0), "the vote and the address are gone");
}

on_both_databases!(members_export_their_data_and_delete_their_account);
