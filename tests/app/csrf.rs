//! Every POST needs the CSRF token of its own session; GET never changes anything.

use reqwest::StatusCode;

use crate::helpers::{Backend, PASSWORD, TestApp};
use crate::on_both_databases;

async fn a_sign_up_without_a_token_is_refused_and_saves_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.browser();
    browser.get("/signup").await;

    let response = browser
        .post_raw(
            "/signup",
            &[
                ("username", "mallory"),
                ("email", "m@example.com"),
                ("password", PASSWORD),
            ],
        )
        .await;

    assert_eq!(response.status, StatusCode::FORBIDDEN);
    assert!(response.body.contains("This form has expired"));
    let found = app
        .with_db(|conn| parlour::db::models::users::find_by_username(conn, "mallory").unwrap())
        .await;
    assert!(found.is_none());
}

async fn a_token_from_another_session_is_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.create_member("ines", &[]).await;
    let attacker = app.browser();
    let stolen = attacker.csrf_token("/login").await;
    let victim = app.browser();
    victim.get("/login").await;

    let response = victim
        .post_raw(
            "/login",
            &[
                ("csrf_token", &stolen),
                ("login", "ines"),
                ("password", PASSWORD),
            ],
        )
        .await;

    assert_eq!(response.status, StatusCode::FORBIDDEN);
    assert!(!victim.get("/").await.body.contains(">ines</a>"));
}

async fn signing_out_needs_a_token_and_a_post(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.signed_in_as("ines", &[]).await;

    let forged = browser.post_raw("/logout", &[]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let by_get = browser.get("/logout").await;
    assert_eq!(by_get.status, StatusCode::METHOD_NOT_ALLOWED);

    assert!(
        browser.get("/").await.body.contains(">ines</a>"),
        "still signed in"
    );
}

async fn a_role_change_without_a_token_changes_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app
        .signed_in_as("root", &[parlour::domain::Role::Admin])
        .await;
    let member = app.create_member("ines", &[]).await;

    let response = admin
        .post_raw(
            &format!("/admin/members/{member}/roles"),
            &[("role", "moderator"), ("action", "grant")],
        )
        .await;

    assert_eq!(response.status, StatusCode::FORBIDDEN);
    let roles = app
        .with_db(move |conn| {
            parlour::db::models::users::find(conn, member)
                .unwrap()
                .unwrap()
                .roles
        })
        .await;
    assert_eq!(roles, 0);
}

on_both_databases!(
    a_sign_up_without_a_token_is_refused_and_saves_nothing,
    a_token_from_another_session_is_refused,
    signing_out_needs_a_token_and_a_post,
    a_role_change_without_a_token_changes_nothing,
);
