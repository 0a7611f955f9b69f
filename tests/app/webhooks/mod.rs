//! Webhooks: registered by an admin, signed (checked by a receiver written in Python with
//! its own HMAC), delivered once each even by two processes, retried with backoff,
//! disabled after a run of failures, sent again from the log, refused for private
//! addresses unless allowed (also at delivery time), and kept through a kill -9.

mod receiver;
mod restart;

use std::time::Duration;

use diesel::prelude::*;
use parlour::db::models::webhooks::{self, Delivery};
use parlour::db::schema::{webhook_deliveries, webhook_endpoints};
use parlour::domain::Role;
use parlour::webhooks::deliver::{DISABLE_AFTER, run_once};
use reqwest::StatusCode;

use crate::helpers::{Backend, Browser, TestApp};
use crate::on_both_databases;
use receiver::Receiver;

/// An admin registers `url` for `events` on `/admin/webhooks`; returns the endpoint's id
/// and secret.
async fn register(app: &TestApp, admin: &Browser, url: &str, events: &[&str]) -> (i64, String) {
    let mut fields = vec![("url", url), ("description", "Help-desk")];
    fields.extend(events.iter().map(|e| ("event", *e)));
    let page = admin
        .submit("/admin/webhooks", "/admin/webhooks", &fields)
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let id: i64 = page
        .location()
        .unwrap()
        .trim_start_matches("/admin/webhooks/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let endpoint = app
        .with_db(move |conn| webhooks::find(conn, id).unwrap().unwrap())
        .await;
    (id, endpoint.secret)
}

/// Runs deliveries until nothing more is due.
async fn deliver_all(app: &TestApp) {
    for _ in 0..20 {
        if run_once(&app.state).await.unwrap() == 0 {
            return;
        }
    }
}

async fn deliveries(app: &TestApp) -> Vec<Delivery> {
    app.with_db(|conn| {
        webhook_deliveries::table
            .order(webhook_deliveries::id.asc())
            .select(Delivery::as_select())
            .load(conn)
            .unwrap()
    })
    .await
}

/// Asks a question that the checks hold for a moderator.
async fn ask_held(browser: &Browser, title: &str, area: &str) {
    let fields = [
        ("title", title),
        ("details", "Some details."),
        ("area", area),
        ("intent", "post"),
    ];
    let page = browser
        .submit_multipart("/experts/ask", "/experts/ask", &fields, &[])
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("waits for a moderator"), "{}", page.body);
}

/// Makes every delivery due now.
async fn due(app: &TestApp) {
    app.with_db(|conn| {
        diesel::update(webhook_deliveries::table)
            .set(
                webhook_deliveries::next_attempt_at
                    .eq(chrono::Utc::now().naive_utc() - chrono::Duration::seconds(1)),
            )
            .execute(conn)
            .unwrap()
    })
    .await;
}

fn local(app: &mut parlour::config::Settings) {
    app.webhooks_allow_private = true;
    app.webhook_timeout = Duration::from_millis(4_000);
}

async fn events_are_signed_and_delivered_once_each(backend: Backend) {
    let app = TestApp::spawn_with(backend, local).await;
    let receiver = Receiver::start();
    let admin = app.signed_in_as("ada", &[Role::Admin]).await;
    let (endpoint, secret) = register(
        &app,
        &admin,
        &receiver.url("/ok"),
        &[
            "post.published",
            "question.expert_answered",
            "answer.accepted",
            "member.joined",
        ],
    )
    .await;
    receiver.trust(&secret).await;

    let (area_id, area) = app.create_area("Linen care").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let question = crate::experts::ask(&tom, "Does linen shrink?", &area).await;
    let erin = crate::experts::expert(&app, "erin", area_id).await;
    let answered = erin
        .submit(
            &question,
            &format!(
                "/experts/questions/{}/answers",
                crate::experts::id_in(&question)
            ),
            &[("body", "Not below 30 degrees.")],
        )
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER);
    let answer_id: i64 = app
        .with_db(|conn| {
            parlour::db::schema::answers::table
                .select(parlour::db::schema::answers::id)
                .first(conn)
                .unwrap()
        })
        .await;
    let accepted = tom
        .submit(
            &question,
            &format!("/experts/answers/{answer_id}/accept"),
            &[],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);

    // A held post, approved; a post hidden; an idea given a status.
    app.set_policy("new_member_posts", "1").await;
    let newbie = app.signed_in_as("newbie", &[]).await;
    ask_held(&newbie, "My very first question", &area).await;
    let rejected = app.signed_in_as("spammy", &[]).await;
    ask_held(&rejected, "Buy cheap linen here", &area).await;
    app.set_policy("new_member_posts", "0").await;
    let held_id: i64 = app
        .with_db(|conn| {
            use parlour::db::schema::questions;
            questions::table
                .filter(questions::title.eq("My very first question"))
                .select(questions::id)
                .first(conn)
                .unwrap()
        })
        .await;
    let priya = app.signed_in_as("priya", &[Role::Moderator]).await;
    let approved = priya
        .submit(
            "/mod",
            &format!("/mod/question/{held_id}"),
            &[("action", "approve")],
        )
        .await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);
    let spam_id = app
        .with_db(|conn| {
            use parlour::db::schema::questions;
            questions::table
                .filter(questions::title.eq("Buy cheap linen here"))
                .select(questions::id)
                .first::<i64>(conn)
                .unwrap()
        })
        .await;
    let taken_down = priya
        .submit(
            "/mod",
            &format!("/mod/question/{spam_id}"),
            &[("action", "reject")],
        )
        .await;
    assert_eq!(
        taken_down.status,
        StatusCode::SEE_OTHER,
        "{}",
        taken_down.body
    );
    let idea = crate::ideas::share(&tom, "Linen gift wrap").await;
    let status = crate::ideas::set_status(&priya, &idea, "new", "On the board.").await;
    assert_eq!(status.status, StatusCode::SEE_OTHER);

    deliver_all(&app).await;
    let received = receiver.received();
    let types: Vec<String> = received
        .iter()
        .map(|r| r.payload()["type"].as_str().unwrap().to_owned())
        .collect();
    for expected in [
        "member.joined",
        "post.published",
        "question.expert_answered",
        "answer.accepted",
    ] {
        assert!(
            types.iter().any(|t| t == expected),
            "{expected} in {types:?}"
        );
    }
    assert!(
        received.iter().all(|r| r.signature_good),
        "every signature checks out"
    );
    let mut ids: Vec<&str> = received.iter().map(|r| r.id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), received.len(), "each delivery once");
    let published = received
        .iter()
        .find(|r| {
            r.payload()["type"] == "post.published" && r.payload()["data"]["kind"] == "question"
        })
        .unwrap()
        .payload();
    assert_eq!(published["data"]["title"], "Does linen shrink?");
    assert_eq!(
        published["data"]["url"],
        format!("{}{question}", app.address)
    );
    assert!(
        deliveries(&app)
            .await
            .iter()
            .all(|d| d.state == "delivered" && d.attempts == 1)
    );

    // The same event raised twice is one delivery.
    let before = deliveries(&app).await.len();
    app.with_db(|conn| {
        for _ in 0..2 {
            let data = serde_json::json!({"id": 1});
            parlour::webhooks::raise(
                conn,
                parlour::webhooks::EventType::MemberJoined,
                "member.joined:test",
                data,
                chrono::Utc::now().naive_utc(),
            )
            .unwrap();
        }
    })
    .await;
    assert_eq!(deliveries(&app).await.len(), before + 1);

    // The log, for the admin: each delivery's answer, and "send again".
    let log = admin.get(&format!("/admin/webhooks/{endpoint}")).await;
    assert!(
        log.body.contains("HTTP 204") && log.body.contains("delivered"),
        "{}",
        log.body
    );
    let first = deliveries(&app).await.remove(0);
    let again = admin
        .submit(
            &format!("/admin/webhooks/{endpoint}"),
            &format!(
                "/admin/webhooks/{endpoint}/deliveries/{}/send-again",
                first.id
            ),
            &[],
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    let count = receiver.received().len();
    deliver_all(&app).await;
    let resent = receiver.received();
    assert_eq!(
        resent.len(),
        count + 2,
        "the one sent again and the new one"
    );
    assert_eq!(
        resent.iter().filter(|r| r.id == first.message_id).count(),
        2,
        "sent again with its id"
    );
    assert!(
        admin
            .get("/mod/audit")
            .await
            .body
            .contains("sent a delivery again")
    );
}

async fn failures_are_retried_with_backoff_then_disable_the_endpoint(backend: Backend) {
    let app = TestApp::spawn_with(backend, local).await;
    let receiver = Receiver::start();
    let admin = app.signed_in_as("ada", &[Role::Admin]).await;
    let (failing, _) = register(&app, &admin, &receiver.url("/fail"), &["member.joined"]).await;
    app.create_member("tom", &[]).await;
    let started = chrono::Utc::now().naive_utc();
    deliver_all(&app).await;
    let first = deliveries(&app)
        .await
        .into_iter()
        .find(|d| d.endpoint_id == failing)
        .unwrap();
    assert_eq!(
        (first.state.as_str(), first.attempts, first.last_status),
        ("pending", 1, Some(500))
    );
    let pause = first.next_attempt_at - started;
    assert!(
        pause >= chrono::Duration::seconds(4) && pause <= chrono::Duration::seconds(10),
        "{pause}"
    );
    // Not due yet: nothing is sent.
    assert_eq!(run_once(&app.state).await.unwrap(), 0);
    // Due: the second pause is longer.
    due(&app).await;
    let before = chrono::Utc::now().naive_utc();
    deliver_all(&app).await;
    let second = deliveries(&app)
        .await
        .into_iter()
        .find(|d| d.id == first.id)
        .unwrap();
    assert_eq!(second.attempts, 2);
    assert!(second.next_attempt_at - before >= chrono::Duration::minutes(4));
    // After the last retry of the day, it gives up.
    app.with_db(|conn| {
        diesel::update(webhook_deliveries::table)
            .set(webhook_deliveries::attempts.eq(7))
            .execute(conn)
            .unwrap()
    })
    .await;
    due(&app).await;
    deliver_all(&app).await;
    assert_eq!(deliveries(&app).await[0].state, "failed");

    // A redirect is not followed, a slow receiver times out.
    let (redirect, _) =
        register(&app, &admin, &receiver.url("/redirect"), &["member.joined"]).await;
    let (slow, _) = register(&app, &admin, &receiver.url("/slow"), &["member.joined"]).await;
    app.create_member("sam_k", &[]).await;
    deliver_all(&app).await;
    let all = deliveries(&app).await;
    let of = |id: i64| {
        all.iter()
            .find(|d| d.endpoint_id == id && d.state == "pending")
            .unwrap()
    };
    assert_eq!(of(redirect).last_status, Some(302));
    assert_eq!(of(slow).last_status, None);
    assert_eq!(of(slow).last_error, "no answer in time");
    assert!(
        receiver.received().iter().all(|r| r.path != "/ok"),
        "the redirect was not followed"
    );

    // A run of failures disables the endpoint: nothing more is queued for it.
    app.with_db(move |conn| {
        diesel::update(webhook_endpoints::table.find(failing))
            .set(webhook_endpoints::failures_in_a_row.eq(DISABLE_AFTER - 1))
            .execute(conn)
            .unwrap()
    })
    .await;
    app.create_member("rita", &[]).await;
    deliver_all(&app).await;
    let endpoint = app
        .with_db(move |conn| webhooks::find(conn, failing).unwrap().unwrap())
        .await;
    assert!(
        endpoint.disabled_at.is_some(),
        "disabled after {DISABLE_AFTER} failures in a row"
    );
    let queued = deliveries(&app)
        .await
        .iter()
        .filter(|d| d.endpoint_id == failing)
        .count();
    app.create_member("una", &[]).await;
    assert_eq!(
        deliveries(&app)
            .await
            .iter()
            .filter(|d| d.endpoint_id == failing)
            .count(),
        queued
    );
    let page = admin.get(&format!("/admin/webhooks/{failing}")).await;
    assert!(page.body.contains("This endpoint is disabled"));
    let enabled = admin
        .submit(
            &format!("/admin/webhooks/{failing}"),
            &format!("/admin/webhooks/{failing}/enable"),
            &[],
        )
        .await;
    assert_eq!(enabled.status, StatusCode::SEE_OTHER);
    let endpoint = app
        .with_db(move |conn| webhooks::find(conn, failing).unwrap().unwrap())
        .await;
    assert!(endpoint.disabled_at.is_none() && endpoint.failures_in_a_row == 0);
}

async fn private_addresses_are_refused_unless_the_operator_allows_them(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let receiver = Receiver::start();
    let admin = app.signed_in_as("ada", &[Role::Admin]).await;
    for (url, says) in [
        (receiver.url("/ok"), "private network"),
        ("http://localhost:9/hook".to_owned(), "private network"),
        (
            "http://169.254.169.254/latest".to_owned(),
            "private network",
        ),
        ("ftp://example.com/".to_owned(), "starting with https://"),
    ] {
        let page = admin
            .submit(
                "/admin/webhooks",
                "/admin/webhooks",
                &[("url", &url), ("event", "member.joined")],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{url}");
        assert!(page.body.contains(says), "{url}: {}", page.body);
        assert!(
            page.body.contains(&format!("value=\"{url}\"")),
            "what was typed stays"
        );
    }
    let no_events = admin
        .submit(
            "/admin/webhooks",
            "/admin/webhooks",
            &[("url", "https://93.184.216.34/hook")],
        )
        .await;
    assert_eq!(no_events.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_events.body.contains("at least one event"));
    let visitor = app.signed_in_as("tom", &[]).await;
    assert_eq!(
        visitor.get("/admin/webhooks").await.status,
        StatusCode::FORBIDDEN
    );

    // An endpoint whose name resolves to a private address only later (as if its DNS
    // changed after it was saved) is refused at delivery time, and nothing is sent.
    let url = receiver.url("/ok");
    app.with_db(move |conn| {
        webhooks::create(
            conn,
            &url,
            "",
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "member.joined",
            chrono::Utc::now().naive_utc(),
        )
        .unwrap()
    })
    .await;
    app.create_member("sam_k", &[]).await;
    deliver_all(&app).await;
    let delivery = deliveries(&app).await.pop().unwrap();
    assert_eq!(delivery.state, "pending");
    assert!(
        delivery.last_error.contains("private address"),
        "{}",
        delivery.last_error
    );
    assert!(receiver.received().is_empty());
}

async fn two_processes_deliver_each_event_once(backend: Backend) {
    let app = TestApp::spawn_with(backend, local).await;
    let other = app.sibling().await;
    let receiver = Receiver::start();
    let admin = app.signed_in_as("ada", &[Role::Admin]).await;
    let (_, secret) = register(&app, &admin, &receiver.url("/ok"), &["member.joined"]).await;
    receiver.trust(&secret).await;
    for n in 0..30 {
        app.create_member(&format!("member_{n}"), &[]).await;
    }
    for _ in 0..10 {
        let (a, b) = tokio::join!(run_once(&app.state), run_once(&other.state));
        if a.unwrap() + b.unwrap() == 0 {
            break;
        }
    }
    let received = receiver.received();
    let states: Vec<(i32, String, String)> = deliveries(&app)
        .await
        .into_iter()
        .filter(|d| d.state != "delivered" || d.attempts != 1)
        .map(|d| (d.attempts, d.state, d.last_error))
        .collect();
    assert!(states.is_empty(), "{states:?}");
    assert_eq!(received.len(), 30, "each of 30 events once");
    let mut ids: Vec<&str> = received.iter().map(|r| r.id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 30);
    assert!(received.iter().all(|r| r.signature_good));
    assert!(
        deliveries(&app)
            .await
            .iter()
            .all(|d| d.attempts == 1 && d.state == "delivered")
    );
}

on_both_databases!(
    events_are_signed_and_delivered_once_each,
    failures_are_retried_with_backoff_then_disable_the_endpoint,
    private_addresses_are_refused_unless_the_operator_allows_them,
    two_processes_deliver_each_event_once,
);
