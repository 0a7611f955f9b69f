//! Sessions: one cookie, hashed at rest, rotated on sign-in, ended on sign-out, expiring.

use diesel::prelude::*;
use parlour::db::schema::sessions;
use reqwest::StatusCode;

use crate::helpers::{Backend, PASSWORD, TestApp};
use crate::on_both_databases;

/// GETs `path` carrying exactly `cookie` as the session, outside any cookie jar.
async fn get_with_cookie(app: &TestApp, path: &str, cookie: &str) -> String {
    reqwest::Client::new()
        .get(format!("{}{path}", app.address))
        .header("cookie", format!("parlour_session={cookie}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn the_session_cookie_is_http_only_and_same_site_lax(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.create_member("ines", &[]).await;

    let reader = app.browser().get("/").await;
    assert!(
        !reader.headers.contains_key("set-cookie"),
        "a visitor who only reads gets no cookie"
    );
    // A page with a form hands the visitor a token, and the cookie that ties it.
    let visit = app.browser().get("/login").await;
    let visitor_cookie = visit
        .headers
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    let signed_in = app.browser().sign_in("ines", PASSWORD).await;
    let member_cookie = signed_in
        .headers
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();

    for cookie in [&visitor_cookie, &member_cookie] {
        assert!(cookie.starts_with("parlour_session="), "{cookie}");
        assert!(
            cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Lax")
                && cookie.contains("Path=/"),
            "{cookie}"
        );
        assert!(
            !cookie.contains("Secure"),
            "not Secure unless configured: {cookie}"
        );
    }
    assert!(
        member_cookie.contains("Max-Age=2592000"),
        "a sign-in lasts 30 days: {member_cookie}"
    );
    assert_eq!(
        visit.headers.get_all("set-cookie").iter().count(),
        1,
        "one cookie only"
    );
}

async fn the_session_cookie_is_secure_when_configured(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.secure_cookies = true).await;
    let visit = app.browser().get("/login").await;
    let cookie = visit.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(cookie.contains("Secure"), "{cookie}");
    assert!(visit.headers.contains_key("strict-transport-security"));
}

async fn signing_in_replaces_the_visitor_token_and_stores_only_its_hash(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.create_member("ines", &[]).await;
    let browser = app.browser();
    let before = browser
        .session_cookie(&browser.get("/login").await.headers)
        .unwrap();

    let response = browser.sign_in("ines", PASSWORD).await;
    let after = browser.session_cookie(&response.headers).unwrap();

    assert_ne!(before, after, "the token is rotated on sign-in");
    assert!(
        !get_with_cookie(&app, "/", &before)
            .await
            .contains(">ines</a>")
    );
    assert!(
        get_with_cookie(&app, "/", &after)
            .await
            .contains(">ines</a>")
    );
    let stored: Vec<String> = app
        .with_db(|conn| {
            sessions::table
                .select(sessions::token_hash)
                .load(conn)
                .unwrap()
        })
        .await;
    assert_eq!(stored, vec![parlour::auth::token::hash_token(&after)]);
}

async fn signing_out_ends_the_session_on_the_server(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.create_member("ines", &[]).await;
    let browser = app.browser();
    let signed_in = browser.sign_in("ines", PASSWORD).await;
    let token = browser.session_cookie(&signed_in.headers).unwrap();

    let response = browser.sign_out().await;

    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), Some("/?notice=signed-out"));
    assert_ne!(browser.session_cookie(&response.headers).unwrap(), token);
    assert!(
        browser
            .get("/?notice=signed-out")
            .await
            .body
            .contains("You have signed out.")
    );
    // A copy of the old cookie is worth nothing now.
    let replayed = get_with_cookie(&app, "/account", &token).await;
    assert!(!replayed.contains(">ines</a>"));
    let count: i64 = app
        .with_db(|conn| sessions::table.count().get_result(conn).unwrap())
        .await;
    assert_eq!(count, 0);
}

async fn sessions_expire_on_the_server(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.create_member("ines", &[]).await;
    let browser = app.browser();
    let response = browser.sign_in("ines", PASSWORD).await;
    let token = browser.session_cookie(&response.headers).unwrap();
    assert!(
        get_with_cookie(&app, "/", &token)
            .await
            .contains(">ines</a>")
    );

    // The cookie is still presented, but the server's record has run out.
    app.with_db(|conn| {
        let past = chrono::Utc::now().naive_utc() - chrono::Duration::minutes(1);
        diesel::update(sessions::table)
            .set(sessions::expires_at.eq(past))
            .execute(conn)
            .unwrap()
    })
    .await;

    let page = get_with_cookie(&app, "/", &token).await;
    assert!(
        !page.contains(">ines</a>"),
        "an expired session is not signed in"
    );
    assert!(page.contains("href=\"/login\""));
}

on_both_databases!(
    the_session_cookie_is_http_only_and_same_site_lax,
    the_session_cookie_is_secure_when_configured,
    signing_in_replaces_the_visitor_token_and_stores_only_its_hash,
    signing_out_ends_the_session_on_the_server,
    sessions_expire_on_the_server,
);
