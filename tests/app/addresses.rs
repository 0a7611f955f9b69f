//! Confirming addresses: sign-up's link, what unconfirmed members may do, moving an account
//! to a new address and undoing it, with the mail read from a real SMTP server.

use parlour::messages::account as texts;
use reqwest::StatusCode;

use crate::helpers::{Backend, Browser, PASSWORD, TestApp, text_of_id};
use crate::mailbox::{MailServer, app_with_mail};
use crate::on_both_databases;

const BEA_PASSWORD: &str = "velvet-harbour-compass-31";

/// Asks a question in the area `slug` and returns the response.
async fn try_ask(browser: &Browser, slug: &str) -> crate::helpers::Page {
    browser
        .submit_multipart(
            "/experts/ask",
            "/experts/ask",
            &[
                ("title", "Which collar suits a narrow face?"),
                (
                    "details",
                    "I have a narrow face and wonder which collar to pick.",
                ),
                ("area", slug),
                ("intent", "post"),
            ],
            &[],
        )
        .await
}

/// Follows the confirmation link in the `nth` mail to `to`, in `browser`.
async fn confirm_from_mail(
    app: &TestApp,
    smtp: &MailServer,
    browser: &Browser,
    to: &str,
    nth: usize,
) -> crate::helpers::Page {
    let mail = smtp.nth_to(to, nth).await;
    let path = mail.link(&app.address, "/account/confirm/");
    let page = browser.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let token = path.rsplit('/').next().unwrap();
    browser
        .submit(&path, "/account/confirm", &[("token", token)])
        .await
}

async fn a_new_member_confirms_the_address_before_posting(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let (_, area) = app.create_area("Shirts").await;
    let bea = app.browser();
    let signed_up = bea.sign_up("bea", "bea@example.com", BEA_PASSWORD).await;
    assert_eq!(signed_up.status, StatusCode::OK);

    let mail = smtp.first_to("bea@example.com").await;
    assert_eq!(mail.subject, "Confirm your e-mail address");
    assert!(mail.text.contains("bea"));

    // Signed in but unconfirmed: reading and settings work, asking does not.
    assert_eq!(
        bea.sign_in("bea", BEA_PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    let home = bea.get("/").await;
    assert!(
        home.body.contains("Please confirm your e-mail address"),
        "{}",
        home.body
    );
    let refused = try_ask(&bea, &area).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.body);
    assert!(
        refused.body.contains("confirm your e-mail address"),
        "{}",
        refused.body
    );
    let saved = bea
        .submit(
            "/account",
            "/account/notifications",
            &[("email-answer", "yes")],
        )
        .await;
    assert_eq!(
        saved.status,
        StatusCode::SEE_OTHER,
        "preferences can be set"
    );

    let confirmed = confirm_from_mail(&app, &smtp, &bea, "bea@example.com", 1).await;
    assert_eq!(
        confirmed.status,
        StatusCode::SEE_OTHER,
        "{}",
        confirmed.body
    );
    assert_eq!(
        confirmed.location(),
        Some("/account?notice=address-confirmed")
    );
    let asked = try_ask(&bea, &area).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
}

/// The admin may let unconfirmed members post.
async fn the_policy_can_let_unconfirmed_members_post(backend: Backend) {
    let (app, _smtp) = app_with_mail(backend).await;
    let (_, area) = app.create_area("Shirts").await;
    app.set_policy("unconfirmed_may_post", "1").await;
    let bea = app.browser();
    bea.sign_up("bea", "bea@example.com", BEA_PASSWORD).await;
    bea.sign_in("bea", BEA_PASSWORD).await;
    let asked = try_ask(&bea, &area).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let policy = app
        .signed_in_as("ada", &[parlour::domain::Role::Admin])
        .await
        .get("/admin/policy")
        .await;
    assert!(
        policy.body.contains(
            "id=\"unconfirmed_may_post\" name=\"unconfirmed_may_post\" value=\"on\" checked"
        ),
        "{}",
        policy.body
    );
}

/// A sign-up with a member's address tells only the mailbox's owner.
async fn the_owner_of_a_known_address_is_told_by_mail(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    app.create_member("tom", &[]).await;
    let page = app
        .browser()
        .sign_up("thomas", "tom@example.com", BEA_PASSWORD)
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains(&texts::SIGNUP_SENT.say(parlour::i18n::Lang::EnGb))
    );
    let mail = smtp.first_to("tom@example.com").await;
    assert_eq!(mail.subject, "You already have an account");
    assert!(mail.text.contains("the account tom"), "{}", mail.text);
    assert!(
        !mail.text.contains("/account/confirm/"),
        "no confirmation link"
    );
    assert_eq!(
        smtp.settled_count("tom@example.com").await,
        1,
        "and nothing else"
    );
    // The address still finds only tom's account.
    let by_address = app.browser().sign_in("tom@example.com", BEA_PASSWORD).await;
    assert_eq!(by_address.status, StatusCode::UNPROCESSABLE_ENTITY);
    let owner = app.browser().sign_in("tom@example.com", PASSWORD).await;
    assert_eq!(owner.status, StatusCode::SEE_OTHER);
}

/// A new link replaces the old one; more than three an hour are refused.
async fn confirmation_links_can_be_sent_again_a_few_times(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let bea = app.browser();
    bea.sign_up("bea", "bea@example.com", BEA_PASSWORD).await;
    bea.sign_in("bea", BEA_PASSWORD).await;
    let first = smtp.first_to("bea@example.com").await;
    let account = bea.get("/account").await;
    assert!(
        account.body.contains("Not yet confirmed"),
        "{}",
        account.body
    );
    for n in 0..3 {
        let again = bea.submit("/account", "/account/confirm-again", &[]).await;
        assert_eq!(again.status, StatusCode::SEE_OTHER, "resend {n}");
    }
    let refused = bea.submit("/account", "/account/confirm-again", &[]).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    smtp.nth_to("bea@example.com", 4).await;
    assert_eq!(smtp.settled_count("bea@example.com").await, 4);
    let old = first.link(&app.address, "/account/confirm/");
    assert_eq!(
        bea.get(&old).await.status,
        StatusCode::NOT_FOUND,
        "replaced"
    );
    let confirmed = confirm_from_mail(&app, &smtp, &bea, "bea@example.com", 4).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    assert!(!bea.get("/account").await.body.contains("Not yet confirmed"));
}

async fn change_address(browser: &Browser, new: &str, password: &str) -> crate::helpers::Page {
    browser
        .submit(
            "/account/security",
            "/account/email",
            &[("new_email", new), ("password", password)],
        )
        .await
}

async fn moving_to_a_new_address_needs_the_password_and_a_confirmation(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let phone = app.browser();
    phone.sign_in("tom", PASSWORD).await;

    let wrong = change_address(&tom, "thomas@example.org", "not-it-at-all-42").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of_id(&wrong.body, "email_password-error").is_some());
    assert!(
        wrong.body.contains("value=\"thomas@example.org\""),
        "what was typed is kept"
    );
    let same = change_address(&tom, "TOM@example.com", PASSWORD).await;
    assert!(
        text_of_id(&same.body, "new_email-error")
            .unwrap()
            .contains("already your address")
    );

    // A reset link mailed before the move stops working once the address changes.
    tom.submit(
        "/password/forgot",
        "/password/forgot",
        &[("email", "tom@example.com")],
    )
    .await;
    let reset = smtp.first_to("tom@example.com").await;

    let asked = change_address(&tom, "thomas@example.org", PASSWORD).await;
    assert_eq!(asked.status, StatusCode::OK);
    assert!(
        asked
            .body
            .contains(&texts::CHANGE_SENT.say(parlour::i18n::Lang::EnGb))
    );
    assert!(
        tom.get("/account").await.body.contains("tom@example.com"),
        "not moved yet"
    );
    let confirmed = confirm_from_mail(&app, &smtp, &tom, "thomas@example.org", 1).await;
    assert_eq!(
        confirmed.location(),
        Some("/account?notice=address-changed")
    );
    assert!(
        tom.get("/account")
            .await
            .body
            .contains("thomas@example.org")
    );
    let reset_path = reset.link(&app.address, "/password/reset/");
    assert_eq!(
        app.browser().get(&reset_path).await.status,
        StatusCode::NOT_FOUND
    );

    // The old address is told, with a way back.
    let told = smtp.nth_to("tom@example.com", 2).await;
    assert_eq!(told.subject, "Your e-mail address was changed");
    let undo = told.link(&app.address, "/account/undo-address/");
    let stranger = app.browser();
    assert_eq!(stranger.get(&undo).await.status, StatusCode::OK);
    let token = undo.rsplit('/').next().unwrap();
    let undone = stranger
        .submit(&undo, "/account/undo-address", &[("token", token)])
        .await;
    assert_eq!(undone.status, StatusCode::SEE_OTHER, "{}", undone.body);
    assert_eq!(
        undone.location(),
        Some("/password/forgot?notice=address-restored")
    );
    assert_eq!(
        tom.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "signed out"
    );
    assert_eq!(
        phone.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "signed out"
    );
    let again = app.browser();
    again.sign_in("tom@example.com", PASSWORD).await;
    assert!(again.get("/account").await.body.contains("tom@example.com"));
    assert_eq!(
        app.browser().get(&undo).await.status,
        StatusCode::NOT_FOUND,
        "used once"
    );
}

/// Moving to another member's address: the page says what it always says; the mailbox
/// is told; nothing changes.
async fn moving_to_a_taken_address_is_told_only_by_mail(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    app.create_member("priya", &[]).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let asked = change_address(&tom, "priya@example.com", PASSWORD).await;
    assert_eq!(asked.status, StatusCode::OK);
    assert!(
        asked
            .body
            .contains(&texts::CHANGE_SENT.say(parlour::i18n::Lang::EnGb))
    );
    let mail = smtp.first_to("priya@example.com").await;
    assert_eq!(mail.subject, "This address already has an account");
    assert!(!mail.text.contains("/account/confirm/"));
    assert!(tom.get("/account").await.body.contains("tom@example.com"));
}

/// A confirmation link for one account does nothing while another is signed in.
async fn another_members_confirmation_link_is_refused(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    app.browser()
        .sign_up("bea", "bea@example.com", BEA_PASSWORD)
        .await;
    let mail = smtp.first_to("bea@example.com").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = mail.link(&app.address, "/account/confirm/");
    let page = tom.get(&path).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(
        page.body
            .contains(&texts::LINK_OTHER_ACCOUNT.say(parlour::i18n::Lang::EnGb))
    );
    let token = path.rsplit('/').next().unwrap();
    let posted = tom
        .submit("/account", "/account/confirm", &[("token", token)])
        .await;
    assert_eq!(posted.status, StatusCode::FORBIDDEN);
    let owner = app.browser();
    assert_eq!(
        owner.get(&path).await.status,
        StatusCode::OK,
        "still works for bea"
    );
}

/// Notification mail carries a signed one-click `List-Unsubscribe` link (RFC 8058): a
/// mail provider's POST to it, with no cookie and no form token, stops that kind of mail,
/// and an altered link does nothing.
async fn notification_mail_can_be_stopped_in_one_click(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let (area_id, area) = app.create_area("Shirts").await;
    let asker = app.signed_in_as("tom", &[]).await;
    let question = crate::experts::ask(&asker, "Which collar suits a narrow face?", &area).await;
    let expert = crate::experts::expert(&app, "eleanor", area_id).await;
    crate::experts::answer(
        &expert,
        &question,
        "A point collar lengthens a round face nicely.",
    )
    .await;
    let mail = smtp.first_to("tom@example.com").await;
    assert_eq!(mail.list_unsubscribe_post, "List-Unsubscribe=One-Click");
    let link = mail
        .list_unsubscribe
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_owned();
    assert!(
        link.starts_with(&format!("{}/unsubscribe/", app.address)),
        "{link}"
    );
    assert!(
        mail.text.contains(&link),
        "the mail's footer has the same link"
    );
    assert!(
        mail.html.contains("Stop e-mails like this one"),
        "{}",
        mail.html
    );

    let provider = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut altered = link.clone();
    let last = altered.pop().unwrap();
    altered.push(if last == '0' { '1' } else { '0' });
    let refused = provider
        .post(&altered)
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    let other_kind = link.replace("/answer/", "/followed/");
    assert_eq!(
        provider.get(&other_kind).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );

    let stopped = provider
        .post(&link)
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(stopped.status(), StatusCode::OK);
    let account = asker.get("/account").await;
    assert!(
        account
            .body
            .contains("id=\"email-answer\" name=\"email-answer\" value=\"yes\">"),
        "the choice is off now: {}",
        account.body
    );
    let second = crate::experts::expert(&app, "marcus", area_id).await;
    crate::experts::answer(&second, &question, "A spread collar widens a narrow face.").await;
    assert_eq!(
        smtp.settled_count("tom@example.com").await,
        1,
        "no more answer mail"
    );
}

/// An account never confirmed within a week is deleted by the background job, so its
/// address is free again for its owner; a confirmed account of the same age stays.
async fn accounts_never_confirmed_are_deleted_after_a_week(backend: Backend) {
    use diesel::prelude::*;
    use parlour::db::schema::users;

    let (app, smtp) = app_with_mail(backend).await;
    app.create_member("tom", &[]).await;
    app.browser()
        .sign_up("squatter", "bea@example.com", BEA_PASSWORD)
        .await;
    smtp.first_to("bea@example.com").await;
    let eight_days_ago = chrono::Utc::now().naive_utc() - chrono::Duration::days(8);
    app.with_db(move |conn| {
        diesel::update(users::table)
            .set(users::created_at.eq(eight_days_ago))
            .execute(conn)
            .unwrap()
    })
    .await;
    let deleted = app
        .with_db(|conn| {
            parlour::jobs::forget_unconfirmed_accounts(conn, chrono::Utc::now().naive_utc())
                .unwrap()
        })
        .await;
    assert_eq!(deleted, 1);
    assert_eq!(
        app.browser().sign_in("squatter", BEA_PASSWORD).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        app.browser().sign_in("tom", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    // The address is free: signing up with it now mails a confirmation link.
    app.browser()
        .sign_up("bea", "bea@example.com", BEA_PASSWORD)
        .await;
    let mail = smtp.nth_to("bea@example.com", 2).await;
    assert_eq!(mail.subject, "Confirm your e-mail address");
}

/// A new password ends a waiting address change: whoever knew the old one and asked to
/// move the account cannot finish the move.
async fn a_new_password_ends_a_waiting_address_change(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    change_address(&tom, "intruder@example.org", PASSWORD).await;
    let mail = smtp.first_to("intruder@example.org").await;
    let changed = tom
        .submit(
            "/account/security",
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "saffron-lantern-orchard-58"),
            ],
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER);
    let path = mail.link(&app.address, "/account/confirm/");
    assert_eq!(app.browser().get(&path).await.status, StatusCode::NOT_FOUND);
    assert!(tom.get("/account").await.body.contains("tom@example.com"));
}

/// Notification mail goes only to addresses their owners proved.
async fn unconfirmed_addresses_get_no_notification_mail(backend: Backend) {
    let (app, smtp) = app_with_mail(backend).await;
    let (area_id, area) = app.create_area("Shirts").await;
    app.set_policy("unconfirmed_may_post", "1").await;
    let bea = app.browser();
    bea.sign_up("bea", "bea@example.com", BEA_PASSWORD).await;
    smtp.first_to("bea@example.com").await;
    bea.sign_in("bea", BEA_PASSWORD).await;
    let question = crate::experts::ask(&bea, "Which collar suits a narrow face?", &area).await;
    let expert = crate::experts::expert(&app, "eleanor", area_id).await;
    crate::experts::answer(&expert, &question, "A spread collar widens a narrow face.").await;
    assert!(
        bea.get("/notifications").await.body.contains("narrow face"),
        "notified on the site"
    );
    assert_eq!(
        smtp.settled_count("bea@example.com").await,
        1,
        "only the confirmation link"
    );
}

on_both_databases!(
    a_new_member_confirms_the_address_before_posting,
    the_policy_can_let_unconfirmed_members_post,
    the_owner_of_a_known_address_is_told_by_mail,
    confirmation_links_can_be_sent_again_a_few_times,
    moving_to_a_new_address_needs_the_password_and_a_confirmation,
    moving_to_a_taken_address_is_told_only_by_mail,
    another_members_confirmation_link_is_refused,
    notification_mail_can_be_stopped_in_one_click,
    accounts_never_confirmed_are_deleted_after_a_week,
    a_new_password_ends_a_waiting_address_change,
    unconfirmed_addresses_get_no_notification_mail,
);
