//! Forgotten passwords, changing a password, and the list of signed-in devices, with the
//! mail read from a real SMTP server on loopback.

use chrono::{Duration, Utc};
use diesel::prelude::*;
use parlour::db::schema::account_tokens;
use parlour::messages::account as texts;
use reqwest::StatusCode;

use crate::helpers::{Backend, Browser, PASSWORD, TestApp, text_of_id};
use crate::mailbox::{Mail, app_with_mail};
use crate::on_both_databases;

const NEW_PASSWORD: &str = "saffron-lantern-orchard-58";

async fn ask_reset(browser: &Browser, email: &str) -> crate::helpers::Page {
    browser
        .submit("/password/forgot", "/password/forgot", &[("email", email)])
        .await
}

/// Opens the reset link of `mail` and sets `password` with it.
async fn follow_reset(
    app: &TestApp,
    browser: &Browser,
    mail: &Mail,
    password: &str,
) -> crate::helpers::Page {
    let path = mail.link(&app.address, "/password/reset/");
    let form = browser.get(&path).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let token = path.rsplit('/').next().unwrap();
    browser
        .submit(
            &path,
            "/password/reset",
            &[("token", token), ("password", password)],
        )
        .await
}

async fn a_forgotten_password_is_reset_through_the_mailed_link(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    app.create_member("tom", &[]).await;
    let elsewhere = app.browser();
    elsewhere.sign_in("tom", PASSWORD).await;
    let browser = app.browser();

    let asked = ask_reset(&browser, "Tom@Example.com").await;
    assert_eq!(asked.status, StatusCode::OK);
    assert!(
        asked
            .body
            .contains(&texts::RESET_SENT.say(parlour::i18n::Lang::EnGb)),
        "{}",
        asked.body
    );

    let mail = smtp.first_to("tom@example.com").await;
    assert_eq!(mail.subject, "Choose a new password");
    assert_eq!(mail.content_type, "multipart/alternative");
    assert!(mail.from.contains("Harlow & Co Community"), "{}", mail.from);
    assert!(
        !mail.date.is_empty() && mail.message_id.ends_with("@127.0.0.1>"),
        "{mail:?}"
    );
    assert!(
        mail.list_unsubscribe.is_empty(),
        "account mail has no unsubscribe"
    );
    assert!(mail.text.contains("tom"), "{}", mail.text);
    let path = mail.link(&app.address, "/password/reset/");
    assert!(
        mail.html.contains(&format!("{}{path}", app.address)),
        "{}",
        mail.html
    );

    // Opening the link changes nothing (mail scanners open links too).
    assert_eq!(browser.get(&path).await.status, StatusCode::OK);
    assert_eq!(browser.get(&path).await.status, StatusCode::OK);

    let done = follow_reset(&app, &browser, &mail, NEW_PASSWORD).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(done.location(), Some("/?notice=password-changed"));
    assert!(
        browser
            .get("/account")
            .await
            .body
            .contains("tom@example.com"),
        "signed in"
    );
    assert_eq!(
        elsewhere.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "every other session ended"
    );
    assert_eq!(
        app.browser().sign_in("tom", PASSWORD).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        app.browser().sign_in("tom", NEW_PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );

    let told = smtp.nth_to("tom@example.com", 2).await;
    assert_eq!(told.subject, "Your password was changed");

    // The link worked once.
    let again = browser.get(&path).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    assert!(
        again
            .body
            .contains(&texts::LINK_UNKNOWN.say(parlour::i18n::Lang::EnGb)),
        "{}",
        again.body
    );
}

async fn an_unknown_address_gets_the_same_answer_and_no_mail(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    app.create_member("tom", &[]).await;

    let known = ask_reset(&app.browser(), "tom@example.com").await;
    let unknown = ask_reset(&app.browser(), "nobody@example.com").await;
    assert_eq!(known.status, unknown.status);
    let main =
        |body: &str| body[body.find("<main").unwrap()..body.find("</main>").unwrap()].to_owned();
    assert_eq!(main(&known.body), main(&unknown.body));
    assert!(
        unknown
            .body
            .contains(&texts::RESET_SENT.say(parlour::i18n::Lang::EnGb))
    );
    smtp.first_to("tom@example.com").await;
    assert_eq!(smtp.settled_count("nobody@example.com").await, 0);

    let bad = ask_reset(&app.browser(), "not an address").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of_id(&bad.body, "email-error").is_some());
    assert!(bad.body.contains("value=\"not an address\""));
}

async fn altered_expired_replaced_and_used_links_do_not_work(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    app.create_member("tom", &[]).await;
    let browser = app.browser();

    ask_reset(&browser, "tom@example.com").await;
    let first = smtp.first_to("tom@example.com").await;
    ask_reset(&browser, "tom@example.com").await;
    let second = smtp.nth_to("tom@example.com", 2).await;

    // A newer link replaces the older one.
    let replaced = follow_reset_status(&app, &browser, &first).await;
    assert_eq!(replaced, StatusCode::NOT_FOUND);

    // Altered: one character changed.
    let path = second.link(&app.address, "/password/reset/");
    let mut altered = path.clone();
    let last = altered.pop().unwrap();
    altered.push(if last == '0' { '1' } else { '0' });
    assert_eq!(browser.get(&altered).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        browser.get("/password/reset/not-a-token").await.status,
        StatusCode::NOT_FOUND
    );

    // Expired: an hour has passed.
    app.with_db(|conn| {
        diesel::update(account_tokens::table)
            .set(account_tokens::expires_at.eq(Utc::now().naive_utc() - Duration::minutes(1)))
            .execute(conn)
            .unwrap()
    })
    .await;
    let expired = browser.get(&path).await;
    assert_eq!(expired.status, StatusCode::GONE);
    assert!(
        expired
            .body
            .contains(&texts::LINK_EXPIRED.say(parlour::i18n::Lang::EnGb))
    );
    assert_eq!(
        follow_reset_post(&browser, &path, NEW_PASSWORD)
            .await
            .status,
        StatusCode::GONE
    );
    assert_eq!(
        app.browser().sign_in("tom", PASSWORD).await.status,
        StatusCode::SEE_OTHER,
        "nothing changed"
    );
}

async fn follow_reset_status(app: &TestApp, browser: &Browser, mail: &Mail) -> StatusCode {
    let path = mail.link(&app.address, "/password/reset/");
    browser.get(&path).await.status
}

async fn follow_reset_post(browser: &Browser, path: &str, password: &str) -> crate::helpers::Page {
    let token = path.rsplit('/').next().unwrap();
    browser
        .submit(
            "/password/forgot",
            "/password/reset",
            &[("token", token), ("password", password)],
        )
        .await
}

/// Signing in shows the member remembered: a reset link waiting for them stops working.
async fn signing_in_ends_a_waiting_reset_link(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    app.create_member("tom", &[]).await;
    ask_reset(&app.browser(), "tom@example.com").await;
    let mail = smtp.first_to("tom@example.com").await;
    app.browser().sign_in("tom", PASSWORD).await;
    assert_eq!(
        follow_reset_status(&app, &app.browser(), &mail).await,
        StatusCode::NOT_FOUND
    );
}

/// A weak password is refused beside the field and the link still works; another member's
/// link is refused while signed in, and still works for its owner.
async fn bad_new_passwords_and_other_members_links_are_refused(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    app.create_member("tom", &[]).await;
    let priya = app.signed_in_as("priya", &[]).await;
    ask_reset(&app.browser(), "tom@example.com").await;
    let mail = smtp.first_to("tom@example.com").await;
    let path = mail.link(&app.address, "/password/reset/");

    let weak = follow_reset_post(&app.browser(), &path, "password1").await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&weak.body, "password-error").is_some(),
        "{}",
        weak.body
    );
    assert!(
        !weak.body.contains("password1"),
        "the password is never sent back"
    );

    let other = priya.get(&path).await;
    assert_eq!(other.status, StatusCode::FORBIDDEN);
    assert!(
        other
            .body
            .contains(&texts::LINK_OTHER_ACCOUNT.say(parlour::i18n::Lang::EnGb))
    );
    assert_eq!(
        follow_reset_post(&priya, &path, NEW_PASSWORD).await.status,
        StatusCode::FORBIDDEN
    );

    let owner = follow_reset_post(&app.browser(), &path, NEW_PASSWORD).await;
    assert_eq!(owner.status, StatusCode::SEE_OTHER, "{}", owner.body);
}

/// Ten requests an hour from one client; three mails an hour to one address, after which
/// the page answers the same but nothing more is sent.
async fn reset_requests_are_throttled_per_address_and_per_client(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    app.create_member("tom", &[]).await;
    let browser = app.browser();
    for _ in 0..4 {
        let page = ask_reset(&browser, "tom@example.com").await;
        assert_eq!(page.status, StatusCode::OK);
    }
    smtp.nth_to("tom@example.com", 3).await;
    assert_eq!(smtp.settled_count("tom@example.com").await, 3);
    for n in 0..6 {
        let page = ask_reset(&browser, &format!("other{n}@example.com")).await;
        assert_eq!(page.status, StatusCode::OK, "request {}", n + 5);
    }
    let throttled = ask_reset(&browser, "other9@example.com").await;
    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        text_of_id(&throttled.body, "email-error")
            .unwrap()
            .contains("Too many")
    );
}

async fn changing_the_password_needs_the_current_one_and_signs_out_other_devices(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let phone = app.browser();
    phone.sign_in("tom", PASSWORD).await;

    let wrong = tom
        .submit(
            "/account/security",
            "/account/password",
            &[
                ("current_password", "not-it-at-all-42"),
                ("new_password", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&wrong.body, "current_password-error")
            .unwrap()
            .contains("not your current")
    );
    let weak = tom
        .submit(
            "/account/security",
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "password1"),
            ],
        )
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of_id(&weak.body, "new_password-error").is_some());
    assert_eq!(
        phone.get("/account").await.status,
        StatusCode::OK,
        "nothing changed yet"
    );

    let changed = tom
        .submit(
            "/account/security",
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    assert_eq!(
        tom.get("/account").await.status,
        StatusCode::OK,
        "this device stays signed in"
    );
    assert_eq!(
        phone.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "the other is out"
    );
    assert_eq!(
        smtp.first_to("tom@example.com").await.subject,
        "Your password was changed"
    );
    assert_eq!(
        app.browser().sign_in("tom", NEW_PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
}

fn browser_with_agent(app: &TestApp, agent: &str) -> Browser {
    Browser {
        base: app.address.clone(),
        client: reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(agent)
            .build()
            .unwrap(),
    }
}

async fn members_see_their_devices_and_sign_them_out(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.create_member("tom", &[]).await;
    let laptop = browser_with_agent(
        &app,
        "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    );
    let phone = browser_with_agent(
        &app,
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    );
    let tablet = app.browser();
    for browser in [&laptop, &phone, &tablet] {
        assert_eq!(
            browser.sign_in("tom", PASSWORD).await.status,
            StatusCode::SEE_OTHER
        );
    }
    let page = laptop.get("/account/security").await;
    assert!(
        page.body
            .contains("Firefox on Linux</strong> · this device"),
        "{}",
        page.body
    );
    assert!(page.body.contains("Safari on iPhone"), "{}", page.body);
    let at = page.body.find("devices-heading").unwrap();
    let section = &page.body[at..at + page.body[at..].find("</section>").unwrap()];
    assert!(section.contains("Safari on iPhone"));
    assert!(!section.contains("127.0.0.1"), "no addresses are shown");

    // Sign out the phone only.
    let marker = "Safari on iPhone";
    let at = page.body.find(marker).unwrap();
    let handle_marker = "name=\"session\" value=\"";
    let start = page.body[at..].find(handle_marker).unwrap() + at + handle_marker.len();
    let handle = &page.body[start..start + 64];
    let ended = laptop
        .submit(
            "/account/security",
            "/account/sessions/end",
            &[("session", handle)],
        )
        .await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER);
    assert_eq!(phone.get("/account").await.status, StatusCode::SEE_OTHER);
    assert_eq!(tablet.get("/account").await.status, StatusCode::OK);
    // The same again, or someone else's session: nothing to end.
    let again = laptop
        .submit(
            "/account/security",
            "/account/sessions/end",
            &[("session", handle)],
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);

    let others = laptop
        .submit("/account/security", "/account/sessions/end-others", &[])
        .await;
    assert_eq!(others.status, StatusCode::SEE_OTHER);
    assert_eq!(tablet.get("/account").await.status, StatusCode::SEE_OTHER);
    assert_eq!(laptop.get("/account").await.status, StatusCode::OK);
}

/// Another member's session cannot be ended by naming it.
async fn a_member_cannot_end_someone_elses_session(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let priya = app.signed_in_as("priya", &[]).await;
    let page = tom.get("/account/security").await;
    let handle_marker = "name=\"session\" value=\"";
    assert!(
        !page.body.contains(handle_marker),
        "tom has one device: no per-device button"
    );
    let hashes: Vec<String> = app
        .with_db(|conn| {
            use parlour::db::schema::{sessions, users};
            sessions::table
                .inner_join(users::table)
                .filter(users::username.eq("tom"))
                .select(sessions::token_hash)
                .load(conn)
                .unwrap()
        })
        .await;
    let ended = priya
        .submit(
            "/account/security",
            "/account/sessions/end",
            &[("session", &hashes[0])],
        )
        .await;
    assert_eq!(ended.status, StatusCode::NOT_FOUND);
    assert_eq!(tom.get("/account").await.status, StatusCode::OK);
}

/// "Sign out everywhere else" while the other device is busy: no error, and afterwards
/// the other device is signed out.
async fn signing_out_elsewhere_while_another_request_is_in_flight(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let phone = app.browser();
    phone.sign_in("tom", PASSWORD).await;
    let token = tom.csrf_token("/account/security").await;
    let phone_token = phone.csrf_token("/account").await;
    let end = [("csrf_token", token.as_str())];
    let save = [
        ("csrf_token", phone_token.as_str()),
        ("email-answer", "yes"),
    ];
    let (ended, busy, read) = tokio::join!(
        tom.post_raw("/account/sessions/end-others", &end),
        phone.post_raw("/account/notifications", &save),
        phone.get("/notifications"),
    );
    assert_eq!(ended.status, StatusCode::SEE_OTHER);
    // Each request of the phone's is answered as it was when it arrived: done before the
    // sign-out, or after it an expired form (403, with the way on) or a sign-in page.
    let expired = |page: &crate::helpers::Page| {
        page.status == StatusCode::FORBIDDEN && page.body.contains("This form has expired")
    };
    assert!(
        busy.status == StatusCode::SEE_OTHER || expired(&busy),
        "{}: {}",
        busy.status,
        busy.body
    );
    assert!(
        read.status == StatusCode::OK || read.status == StatusCode::SEE_OTHER,
        "{}",
        read.status
    );
    assert_eq!(phone.get("/account").await.status, StatusCode::SEE_OTHER);
    assert_eq!(tom.get("/account").await.status, StatusCode::OK);
}

on_both_databases!(
    a_forgotten_password_is_reset_through_the_mailed_link,
    an_unknown_address_gets_the_same_answer_and_no_mail,
    altered_expired_replaced_and_used_links_do_not_work,
    signing_in_ends_a_waiting_reset_link,
    bad_new_passwords_and_other_members_links_are_refused,
    reset_requests_are_throttled_per_address_and_per_client,
    changing_the_password_needs_the_current_one_and_signs_out_other_devices,
    members_see_their_devices_and_sign_them_out,
    a_member_cannot_end_someone_elses_session,
    signing_out_elsewhere_while_another_request_is_in_flight,
);
