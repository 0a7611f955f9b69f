//! Digests: made once per member and period even by two app processes at once, received
//! over SMTP with the items and their reasons, stopped by a one-click link without signing
//! in; none for a member suspended or deleted in the meantime.

use chrono::NaiveDateTime;
use parlour::db::models::users;
use parlour::domain::Role;
use reqwest::StatusCode;

use super::{article_tagged, choose};
use crate::helpers::{Backend, PASSWORD, TestApp};
use crate::mailbox::app_with_mail;
use crate::on_both_databases;

/// A moment after everything written so far and at or after the default digest hour, so
/// that what was just written falls in the period whatever the time of day the test runs
/// (a fixed hour of the day would come before articles written later that evening).
fn after_the_hour() -> NaiveDateTime {
    let now = parlour::clock::now() + chrono::Duration::seconds(1);
    let hour = now
        .date()
        .and_hms_opt(parlour::personal::DEFAULT_DIGEST_HOUR, 0, 0)
        .unwrap();
    now.max(hour)
}

async fn send_digests(app: &TestApp, at: NaiveDateTime) -> Vec<parlour::mail::Outgoing> {
    app.with_db(move |c| parlour::personal::send_digests(c, at).unwrap())
        .await
}

async fn a_digest_goes_out_once_per_period_and_stops_without_signing_in(backend: Backend) {
    let (app, mail) = app_with_mail(backend).await;
    let staff = app.signed_in_as("amara", &[Role::Staff]).await;
    let linen = article_tagged(&staff, "Linen in summer", "linen").await;
    article_tagged(&staff, "Wool in winter", "wool").await;
    let tom = app.signed_in_as("tom", &[]).await;
    choose(&tom, &[], &["linen"], "daily").await;
    let quiet = app.signed_in_as("quiet", &[]).await;
    choose(&quiet, &[], &["linen"], "never").await;

    // Before the admin's hour, nothing.
    let early = after_the_hour().date().and_hms_opt(3, 0, 0).unwrap();
    assert!(send_digests(&app, early).await.is_empty());

    // Two app processes at once make it once.
    let other = app.sibling().await;
    let at = after_the_hour();
    let (first, second) = tokio::join!(send_digests(&app, at), send_digests(&other, at));
    let mut made = first;
    made.extend(second);
    assert_eq!(
        made.len(),
        1,
        "one digest for tom, none for the member who chose never"
    );
    app.state.mail(made);
    assert!(
        send_digests(&app, at).await.is_empty(),
        "not twice in one day"
    );

    let digest = mail.first_to("tom@example.com").await;
    assert_eq!(digest.subject, "For you today");
    assert!(
        digest
            .text
            .contains("Linen in summer (Because you chose linen)"),
        "{}",
        digest.text
    );
    assert!(digest.text.contains(&format!("{}{linen}", app.address)));
    assert!(
        !digest.text.contains("Wool in winter"),
        "only what tom chose"
    );
    assert!(digest.html.contains("Because you chose linen"));
    assert!(
        digest
            .list_unsubscribe_post
            .contains("List-Unsubscribe=One-Click")
    );
    assert_eq!(mail.settled_count("quiet@example.com").await, 0);

    // The one-click link stops it, with no cookie and no form.
    let stop = digest.link(&app.address, "/unsubscribe/");
    let last = if stop.ends_with('0') { '1' } else { '0' };
    let forged = format!("{}{last}", &stop[..stop.len() - 1]);
    let refused = reqwest::Client::new()
        .post(format!("{}{forged}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    let stopped = reqwest::Client::new()
        .post(format!("{}{stop}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(stopped.status(), StatusCode::OK);
    let tom_digest = app
        .with_db(|c| users::find_by_username(c, "tom").unwrap().unwrap().digest)
        .await;
    assert_eq!(tom_digest, "never");
    // Asking twice is no harm.
    let again = reqwest::Client::new()
        .post(format!("{}{stop}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::OK);
}

async fn nobody_suspended_or_deleted_gets_a_digest(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let staff = app.signed_in_as("amara", &[Role::Staff]).await;
    article_tagged(&staff, "Linen in summer", "linen").await;
    for name in ["sus", "gone", "kept"] {
        let member = app.signed_in_as(name, &[]).await;
        choose(&member, &[], &["linen"], "weekly").await;
    }
    let at = after_the_hour();
    let until = at + chrono::Duration::days(3);
    app.with_db(move |c| {
        let id = users::find_by_username(c, "sus").unwrap().unwrap().id;
        users::restrict(c, id, true, until, "spam", at).unwrap();
    })
    .await;
    let gone = app.browser();
    gone.sign_in("gone", PASSWORD).await;
    assert_eq!(
        gone.delete_account(PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    let made = send_digests(&app, at).await;
    let to: Vec<&str> = made.iter().map(|m| m.to.as_str()).collect();
    assert_eq!(
        to,
        ["kept@example.com"],
        "only the member still in good standing"
    );
}

on_both_databases!(
    a_digest_goes_out_once_per_period_and_stops_without_signing_in,
    nobody_suspended_or_deleted_gets_a_digest,
);
