//! Bad input at sign-in: none of it signs anyone in. A replayed or foreign `state`, the
//! provider's own error, forged ID tokens (tampered, for another client, expired, another
//! nonce, another issuer, another key), and a provider that is down.

use parlour::sign_in::SignInConfig;
use reqwest::StatusCode;

use super::{
    AtProvider, app_with_provider, config_file, forge_next_token, sign_in_with, through_provider,
};
use crate::helpers::{Backend, Browser, PASSWORD, TestApp};
use crate::on_both_databases;

async fn signed_in(browser: &Browser) -> bool {
    browser.get("/account").await.status == StatusCode::OK
}

async fn replayed_or_foreign_returns_and_provider_errors_sign_nobody_in(backend: Backend) {
    let (app, _provider) = app_with_provider(backend, true).await;
    app.create_member("tom", &[]).await;

    // The person cancels at the provider: it answers with an error.
    let browser = app.browser();
    let (cancelled, _) = sign_in_with(&browser, "shop", AtProvider::Cancel).await;
    assert_eq!(
        cancelled.status,
        StatusCode::BAD_REQUEST,
        "{}",
        cancelled.body
    );
    assert!(
        cancelled
            .body
            .contains("Harlow &#38; Co did not sign you in")
    );
    assert!(!signed_in(&browser).await);

    // A return whose trip started in another browser is refused, and spends the trip.
    let victim = app.browser();
    let departure = victim.submit("/login", "/auth/shop", &[]).await;
    let attacker = app.browser();
    let (stolen, path) = through_provider(&attacker, departure, AtProvider::SignIn("tom")).await;
    assert_eq!(stolen.status, StatusCode::BAD_REQUEST, "{}", stolen.body);
    assert!(stolen.body.contains("could not be finished"));
    assert!(!signed_in(&attacker).await);
    let late = victim.get(&path).await;
    assert_eq!(late.status, StatusCode::BAD_REQUEST, "the trip was spent");

    // A return used twice works once.
    let browser = app.browser();
    let (first, path) = sign_in_with(&browser, "shop", AtProvider::SignIn("tom")).await;
    assert_eq!(first.location(), Some("/auth/welcome"));
    let replay = app.browser();
    assert_eq!(replay.get(&path).await.status, StatusCode::BAD_REQUEST);
    assert_eq!(browser.get(&path).await.status, StatusCode::BAD_REQUEST);

    // An unknown provider is no page.
    let unknown = app.browser().submit("/login", "/auth/elsewhere", &[]).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}

async fn forged_id_tokens_sign_nobody_in(backend: Backend) {
    let (app, provider) = app_with_provider(backend, true).await;
    for mode in [
        "tampered",
        "other-audience",
        "expired",
        "wrong-nonce",
        "wrong-issuer",
        "other-key",
    ] {
        forge_next_token(&provider, mode).await;
        let browser = app.browser();
        let (back, _) = sign_in_with(&browser, "shop", AtProvider::SignIn("tom")).await;
        assert_eq!(
            back.status,
            StatusCode::BAD_REQUEST,
            "{mode}: {}",
            back.body
        );
        assert!(back.body.contains("did not sign you in"), "{mode}");
        assert!(
            browser.get("/auth/welcome").await.status == StatusCode::GONE,
            "{mode}: nobody arrived"
        );
    }
    // The real token still works afterwards.
    let browser = app.browser();
    let (back, _) = sign_in_with(&browser, "shop", AtProvider::SignIn("tom")).await;
    assert_eq!(back.location(), Some("/auth/welcome"));
}

async fn a_provider_that_is_down_leaves_passwords_working(backend: Backend) {
    // A port nothing listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let issuer = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let app = TestApp::spawn_with(backend, move |settings| {
        settings.sign_in = SignInConfig::parse(&config_file(&issuer, true), |_| None).unwrap();
    })
    .await;
    app.create_member("tom", &[]).await;
    let browser = app.browser();
    let page = browser.submit("/login", "/auth/shop", &[]).await;
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        page.body.contains("Harlow &#38; Co is not answering"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("name=\"password\""),
        "the password form stays"
    );
    assert_eq!(
        browser.sign_in("tom", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
}

on_both_databases!(
    replayed_or_foreign_returns_and_provider_errors_sign_nobody_in,
    forged_id_tokens_sign_nobody_in,
    a_provider_that_is_down_leaves_passwords_working,
);
