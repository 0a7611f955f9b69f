//! The outbox through a crash: the real binary killed with kill -9 between the commit of an
//! event and its delivery, then restarted.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use parlour::domain::Role;
use reqwest::StatusCode;

use super::receiver::Receiver;
use super::{deliveries, local, register};
use crate::helpers::{Backend, Browser, TestApp, TestDatabase};
use crate::on_both_databases;

const BIN: &str = env!("CARGO_BIN_EXE_parlour");

fn serve(db: &TestDatabase, bind: &str, poll_ms: &str) -> Child {
    Command::new(BIN)
        .args(["serve", "--bind", bind])
        .env("DATABASE_URL", db.url_string())
        .env("PARLOUR_LOG", "warn")
        .env("PARLOUR_WEBHOOKS_ALLOW_PRIVATE", "true")
        .env("PARLOUR_WEBHOOK_POLL_MS", poll_ms)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

async fn wait_until_up(base: &str) {
    for _ in 0..300 {
        if let Ok(r) = reqwest::get(format!("{base}/healthz")).await
            && r.status() == StatusCode::OK
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the server did not start");
}

async fn the_outbox_survives_a_kill_between_commit_and_delivery(backend: Backend) {
    let app = TestApp::spawn_with(backend, local).await;
    let receiver = Receiver::start();
    let admin = app.signed_in_as("ada", &[Role::Admin]).await;
    let (_, secret) = register(&app, &admin, &receiver.url("/ok"), &["member.joined"]).await;
    receiver.trust(&secret).await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let bind = format!("127.0.0.1:{port}");
    let base = format!("http://{bind}");

    // A server that would deliver only in an hour: the event commits, then it is killed.
    let mut first = serve(&app.db, &bind, "3600000");
    wait_until_up(&base).await;
    let browser = Browser {
        base: base.clone(),
        client: reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
    };
    let signed_up = browser
        .sign_up("newcomer", "newcomer@example.com", crate::helpers::PASSWORD)
        .await;
    assert_eq!(signed_up.status, StatusCode::OK, "{}", signed_up.body);
    Command::new("kill")
        .args(["-9", &first.id().to_string()])
        .status()
        .unwrap();
    first.wait().unwrap();
    assert!(receiver.received().is_empty());
    let waiting = deliveries(&app).await;
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0].state, "pending");

    // Restarted: it is delivered.
    let mut second = serve(&app.db, &bind, "100");
    wait_until_up(&base).await;
    let mut delivered = Vec::new();
    for _ in 0..100 {
        delivered = receiver.received();
        if !delivered.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Command::new("kill")
        .args(["-TERM", &second.id().to_string()])
        .status()
        .unwrap();
    second.wait().unwrap();
    assert_eq!(delivered.len(), 1, "delivered after the restart");
    assert!(delivered[0].signature_good);
    assert_eq!(delivered[0].payload()["data"]["username"], "newcomer");
}

on_both_databases!(the_outbox_survives_a_kill_between_commit_and_delivery);
