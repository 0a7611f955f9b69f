//! Signing up and signing in.

use reqwest::StatusCode;

use crate::helpers::{Backend, PASSWORD, TestApp, text_of_id};
use crate::on_both_databases;
use parlour::messages;

async fn signing_up_creates_an_unconfirmed_account_and_asks_to_check_the_mail(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.browser();

    let response = browser
        .sign_up(
            "Harriet_W",
            "harriet@example.com",
            "linen-cufflink-garden-9",
        )
        .await;

    assert_eq!(response.status, StatusCode::OK);
    assert!(
        response.body.contains("Check your e-mail"),
        "{}",
        response.body
    );
    assert!(
        response
            .body
            .contains(&messages::account::SIGNUP_SENT.say(parlour::i18n::Lang::EnGb)),
        "{}",
        response.body
    );
    let home = browser.get("/").await;
    assert!(
        !home.body.contains(">Harriet_W</a>"),
        "sign-up does not sign in before the address is confirmed"
    );
    let stored = app
        .with_db(|conn| parlour::db::models::users::find_by_username(conn, "harriet_w").unwrap())
        .await
        .expect("the account exists");
    assert!(
        stored
            .password_hash
            .starts_with("$argon2id$v=19$m=19456,t=2,p=1$")
    );
    assert!(stored.email_confirmed_at.is_none(), "not confirmed yet");
}

async fn bad_sign_up_input_is_explained_beside_each_field_and_kept(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.browser();

    let response = browser
        .sign_up("a b", "not-an-address", "password123")
        .await;

    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = &response.body;
    assert!(
        text_of_id(body, "username-error")
            .unwrap()
            .contains("letters, digits")
    );
    assert!(
        text_of_id(body, "email-error")
            .unwrap()
            .contains("name@example.com")
    );
    assert!(
        text_of_id(body, "password-error")
            .unwrap()
            .contains("too easy to guess")
    );
    assert!(body.contains("value=\"a b\""), "the username typed is kept");
    assert!(
        body.contains("value=\"not-an-address\""),
        "the e-mail typed is kept"
    );
    assert!(
        !body.contains("password123"),
        "the password is never sent back"
    );
    assert_eq!(count_members(&app).await, 0, "nothing was saved");

    let short = browser
        .sign_up("harriet", "h@example.com", "Xq7!vR2#p")
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&short.body, "password-error")
            .unwrap()
            .contains("at least 10")
    );

    let too_long = browser
        .sign_up(&"h".repeat(31), "h@example.com", PASSWORD)
        .await;
    assert!(
        text_of_id(&too_long.body, "username-error")
            .unwrap()
            .contains("3 to 30")
    );
    assert_eq!(count_members(&app).await, 0);
}

async fn usernames_are_unique_without_regard_to_case(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.create_member("Tom", &[]).await;

    let response = app
        .browser()
        .sign_up("tOM", "other@example.com", PASSWORD)
        .await;

    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&response.body, "username-error")
            .unwrap()
            .contains("taken")
    );
    assert!(response.body.contains("value=\"other@example.com\""));
    assert_eq!(count_members(&app).await, 1);
}

/// A sign-up with an address that has an account gets the same answer as any other, so
/// the form does not tell who is a member (the owner is told by mail: see `addresses`).
async fn an_email_address_belongs_to_one_account_and_the_page_does_not_say_whose(backend: Backend) {
    const TYPED: &str = "velvet-harbour-compass-31";
    let app = TestApp::spawn(backend).await;
    app.create_member("tom", &[]).await;

    let known = app
        .browser()
        .sign_up("thomas", "TOM@example.com", TYPED)
        .await;
    let unknown = app
        .browser()
        .sign_up("tamsin", "tamsin@example.com", TYPED)
        .await;

    assert_eq!(known.status, StatusCode::OK);
    assert_eq!(known.status, unknown.status);
    let strip = |body: &str| {
        body.lines()
            .filter(|l| !l.contains("csrf") && !l.contains("nonce"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(strip(&known.body), strip(&unknown.body));
    assert!(!known.body.contains("already"), "{}", known.body);
    // Nothing else tells either: both accounts exist (unconfirmed), sign in by name, and
    // have a profile; neither can sign in by the address.
    assert_eq!(count_members(&app).await, 3);
    for name in ["thomas", "tamsin"] {
        let page = app.browser().sign_in(name, TYPED).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{name}");
        let profile = app.browser().get(&format!("/u/{name}")).await;
        assert_eq!(profile.status, StatusCode::OK, "{name}");
    }
    for address in ["tom@example.com", "tamsin@example.com"] {
        let page = app.browser().sign_in(address, TYPED).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{address}");
    }
}

async fn two_sign_ups_racing_for_one_name_make_one_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (first, second) = (app.browser(), app.browser());
    let (a, b) = tokio::join!(
        first.sign_up("racer", "one@example.com", PASSWORD),
        second.sign_up("Racer", "two@example.com", PASSWORD),
    );

    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::UNPROCESSABLE_ENTITY]);
    assert_eq!(count_members(&app).await, 1);
}

async fn members_sign_in_by_username_or_email_in_any_case(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.create_member("Marcus", &[]).await;

    for (n, login) in ["marcus", "MARCUS", "Marcus@Example.com"]
        .iter()
        .enumerate()
    {
        let browser = app.browser();
        let response = browser.sign_in(login, PASSWORD).await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "signing in as {login}"
        );
        // The first time, the interests are asked for (once); then the front page.
        let expected = if n == 0 {
            "/account/interests?first=yes&notice=signed-in"
        } else {
            "/?notice=signed-in"
        };
        assert_eq!(response.location(), Some(expected));
        assert!(browser.get("/").await.body.contains(">Marcus</a>"));
    }
}

async fn a_wrong_password_and_an_unknown_account_get_the_same_answer(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.create_member("marcus", &[]).await;

    let wrong = app.browser().sign_in("marcus", "not-the-password-1").await;
    let unknown = app.browser().sign_in("nobody", "not-the-password-1").await;

    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown.status, wrong.status);
    let wrong_message = text_of_id(&wrong.body, "login-error").unwrap();
    assert!(wrong_message.contains("do not match"));
    assert_eq!(
        text_of_id(&unknown.body, "login-error"),
        Some(wrong_message)
    );
    assert!(
        wrong.body.contains("value=\"marcus\""),
        "the name typed is kept"
    );
    assert!(!wrong.body.contains("not-the-password-1"));
}

async fn empty_sign_in_fields_are_named(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = app.browser().sign_in("", "").await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of_id(&response.body, "login-error").is_some());
    assert!(text_of_id(&response.body, "password-error").is_some());
}

async fn signing_in_returns_to_the_page_that_asked_and_never_off_site(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.create_member("ada", &[]).await;
    let browser = app.browser();

    let form = browser.get("/login?next=/account").await;
    assert!(form.body.contains("name=\"next\" value=\"/account\""));
    let token = crate::helpers::csrf_token_in(&form.body).unwrap();
    let response = browser
        .post_raw(
            "/login",
            &[
                ("csrf_token", &token),
                ("login", "ada"),
                ("password", PASSWORD),
                ("next", "/account"),
            ],
        )
        .await;
    assert_eq!(response.location(), Some("/account?notice=signed-in"));

    let other = app.browser();
    let token = other.csrf_token("/login").await;
    let response = other
        .post_raw(
            "/login",
            &[
                ("csrf_token", &token),
                ("login", "ada"),
                ("password", PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    // Home, not off-site (and, the first time home, by way of the interests page).
    assert_eq!(
        response.location(),
        Some("/account/interests?first=yes&notice=signed-in")
    );
}

async fn sign_in_is_paused_after_repeated_failures_for_an_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.create_member("victim", &[]).await;
    // Failures spread over two app processes count together: the counts are in the database.
    let sibling = app.sibling().await;
    for i in 0..5 {
        let server = if i % 2 == 0 { &app } else { &sibling };
        let response = server
            .browser()
            .sign_in("victim", "wrong-guess-number-1")
            .await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "attempt {i}"
        );
    }

    let response = sibling.browser().sign_in("VICTIM", PASSWORD).await;

    assert_eq!(response.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        text_of_id(&response.body, "login-error")
            .unwrap()
            .contains("Too many sign-in attempts")
    );
    // Another account is not affected by the victim's pause.
    app.create_member("bystander", &[]).await;
    let other = app.browser().sign_in("bystander", PASSWORD).await;
    assert_eq!(other.status, StatusCode::SEE_OTHER);
}

async fn sign_in_is_paused_for_an_address_trying_many_accounts(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.login_limits.per_address = 3).await;
    app.create_member("target", &[]).await;
    for name in ["alpha", "bravo", "charlie"] {
        let response = app.browser().sign_in(name, "wrong-guess-number-1").await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    }

    let response = app.browser().sign_in("target", PASSWORD).await;

    assert_eq!(response.status, StatusCode::TOO_MANY_REQUESTS);
}

async fn count_members(app: &TestApp) -> i64 {
    app.with_db(|conn| {
        parlour::db::models::users::list(conn, None, 0, 1)
            .unwrap()
            .1
    })
    .await
}

on_both_databases!(
    signing_up_creates_an_unconfirmed_account_and_asks_to_check_the_mail,
    bad_sign_up_input_is_explained_beside_each_field_and_kept,
    usernames_are_unique_without_regard_to_case,
    an_email_address_belongs_to_one_account_and_the_page_does_not_say_whose,
    two_sign_ups_racing_for_one_name_make_one_account,
    members_sign_in_by_username_or_email_in_any_case,
    a_wrong_password_and_an_unknown_account_get_the_same_answer,
    empty_sign_in_fields_are_named,
    signing_in_returns_to_the_page_that_asked_and_never_off_site,
    sign_in_is_paused_after_repeated_failures_for_an_account,
    sign_in_is_paused_for_an_address_trying_many_accounts,
);
