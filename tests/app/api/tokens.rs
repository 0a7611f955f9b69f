//! Personal access tokens: made on /account/tokens, shown once, stored hashed, limited to
//! the member's roles, refused when expired, revoked, malformed or suspended, and good for
//! the API alone.

use diesel::prelude::*;
use parlour::db::schema::{api_tokens, users};
use parlour::domain::{Role, RoleSet};
use reqwest::StatusCode;

use super::{Api, make_token, member_with_token, token_in};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn tokens_are_shown_once_stored_hashed_and_revocable(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let visitor = app.browser();
    assert_eq!(
        visitor.get("/account/tokens").await.status,
        StatusCode::SEE_OTHER,
        "visitors are sent to sign in"
    );

    let tom = app.signed_in_as("tom", &[]).await;
    let token = make_token(&tom, "Help-desk", &["read", "post"]).await;
    assert!(
        token.starts_with("parlour_pat_") && token.len() > 40,
        "{token}"
    );

    // Shown once: the list names it but never shows it again.
    let list = tom.get("/account/tokens").await;
    assert!(list.body.contains("Help-desk"));
    assert_eq!(token_in(&list.body), None);
    // Stored as a hash only.
    let stored: Vec<(String, String)> = app
        .with_db(|conn| {
            api_tokens::table
                .select((api_tokens::token_hash, api_tokens::scopes))
                .load(conn)
                .unwrap()
        })
        .await;
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0].0, token);
    assert!(!stored[0].0.contains(&token[12..]));
    assert_eq!(stored[0].0, parlour::auth::token::hash_token(&token));

    let api = Api::with_token(&app, &token);
    let me = api.get("/api/v1/me").await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.body);
    assert_eq!(me.json()["username"], "tom");
    assert_eq!(me.json()["scopes"], serde_json::json!(["read", "post"]));
    assert!(me.header("set-cookie").is_none(), "the API sets no cookie");
    assert!(
        tom.get("/account/tokens").await.body.contains("last used"),
        "the list says when it was last used"
    );

    // The member's data export lists it, never the token itself.
    let export = tom.get("/account/export").await;
    assert!(export.body.contains("\"Help-desk\""), "{}", export.body);
    assert!(!export.body.contains(&token[12..]));

    // Someone else cannot revoke it; its member can.
    let id: i64 = app
        .with_db(|conn| {
            api_tokens::table
                .select(api_tokens::id)
                .first(conn)
                .unwrap()
        })
        .await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    let revoke = format!("/account/tokens/{id}/revoke");
    assert_eq!(
        sam.submit("/account/tokens", &revoke, &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(api.get("/api/v1/me").await.status, StatusCode::OK);
    let revoked = tom.submit("/account/tokens", &revoke, &[]).await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    let refused = api.get("/api/v1/me").await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert_eq!(refused.problem_code(), "revoked_token");
    assert!(
        refused
            .header("www-authenticate")
            .is_some_and(|v| v.starts_with("Bearer"))
    );
    assert!(tom.get("/account/tokens").await.body.contains("revoked"));
}

async fn a_token_never_does_more_than_its_member(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;

    // A member who is not a moderator cannot give a token the moderate scope; what was
    // typed stays.
    let refused = tom
        .submit(
            "/account/tokens",
            "/account/tokens",
            &[("name", "Sneaky"), ("scope", "moderate"), ("days", "30")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("moderating is for moderators"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("value=\"Sneaky\""));
    assert_eq!(token_in(&refused.body), None);
    let nameless = tom
        .submit(
            "/account/tokens",
            "/account/tokens",
            &[("name", " "), ("scope", "read"), ("days", "30")],
        )
        .await;
    assert_eq!(nameless.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(nameless.body.contains("Give the token a name"));
    let odd_days = tom
        .submit(
            "/account/tokens",
            "/account/tokens",
            &[("name", "Odd"), ("scope", "read"), ("days", "9999")],
        )
        .await;
    assert_eq!(odd_days.status, StatusCode::UNPROCESSABLE_ENTITY);

    // A moderator's token loses the moderate scope with the role.
    let (_, priya) =
        member_with_token(&app, "priya", &[Role::Moderator], &["read", "moderate"]).await;
    assert_eq!(
        priya.get("/api/v1/me").await.json()["scopes"],
        serde_json::json!(["read", "moderate"])
    );
    app.with_db(|conn| {
        diesel::update(users::table.filter(users::username.eq("priya")))
            .set(users::roles.eq(RoleSet::of(&[]).bits()))
            .execute(conn)
            .unwrap()
    })
    .await;
    assert_eq!(
        priya.get("/api/v1/me").await.json()["scopes"],
        serde_json::json!(["read"])
    );
    let status = priya
        .post(
            "/api/v1/ideas/1/status",
            serde_json::json!({"status": "planned"}),
        )
        .await;
    assert_eq!(status.status, StatusCode::FORBIDDEN);
    assert_eq!(status.problem_code(), "insufficient_scope");

    // Expired, malformed and unknown tokens.
    let (_, sam) = member_with_token(&app, "sam_k", &[], &["read"]).await;
    app.with_db(|conn| {
        diesel::update(api_tokens::table)
            .set(
                api_tokens::expires_at
                    .eq(chrono::Utc::now().naive_utc() - chrono::Duration::hours(1)),
            )
            .execute(conn)
            .unwrap()
    })
    .await;
    let expired = sam.get("/api/v1/me").await;
    assert_eq!(expired.status, StatusCode::UNAUTHORIZED);
    assert_eq!(expired.problem_code(), "expired_token");
    let malformed = Api::with_token(&app, "hello").get("/api/v1/me").await;
    assert_eq!(malformed.status, StatusCode::UNAUTHORIZED);
    assert_eq!(malformed.problem_code(), "malformed_token");
    let unknown = Api::with_token(&app, &format!("parlour_pat_{}", "ab".repeat(32)))
        .get("/api/v1/me")
        .await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.problem_code(), "invalid_token");
    let basic = Api::visitor(&app)
        .get_with("/api/v1/questions", ("authorization", "Basic dG9tOnB3"))
        .await;
    assert_eq!(basic.problem_code(), "malformed_token");
    let nobody = Api::visitor(&app).get("/api/v1/me").await;
    assert_eq!(nobody.status, StatusCode::UNAUTHORIZED);
    assert_eq!(nobody.problem_code(), "unauthorized");
}

async fn a_suspended_members_tokens_stop_and_tokens_never_reach_forms(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (tom, api) = member_with_token(&app, "tom", &[], &["read", "post"]).await;
    assert_eq!(api.get("/api/v1/me").await.status, StatusCode::OK);

    // A token sent to a form route is refused before the route runs, even with the
    // member's cookie and CSRF token beside it.
    let token = make_token(&tom, "Second", &["read", "post"]).await;
    let csrf = tom.csrf_token("/experts/ask").await;
    let form = tom
        .client
        .post(tom.url("/notifications/read"))
        .header("authorization", format!("Bearer {token}"))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(form.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        form.headers().get("content-type").unwrap(),
        "application/problem+json"
    );
    assert!(form.text().await.unwrap().contains("token_outside_api"));
    let page = Api::with_token(&app, &token).get("/experts").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);

    // Suspended: the tokens stop until the suspension ends.
    app.with_db(|conn| {
        let now = chrono::Utc::now().naive_utc();
        let until = now + chrono::Duration::days(3);
        let id: i64 = users::table
            .filter(users::username.eq("tom"))
            .select(users::id)
            .first(conn)
            .unwrap();
        parlour::db::models::users::restrict(conn, id, true, until, "Abuse", now).unwrap();
    })
    .await;
    let suspended = api.get("/api/v1/me").await;
    assert_eq!(suspended.status, StatusCode::FORBIDDEN);
    assert_eq!(suspended.problem_code(), "suspended");
}

on_both_databases!(
    tokens_are_shown_once_stored_hashed_and_revocable,
    a_token_never_does_more_than_its_member,
    a_suspended_members_tokens_stop_and_tokens_never_reach_forms,
);
