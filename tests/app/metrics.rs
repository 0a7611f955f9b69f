//! `/metrics`: never public (absent without a token, 401 with a wrong one), open on the
//! separate metrics address; and the figures it shows follow what happened: requests by
//! route pattern and status, database waits, background job runs and failures, e-mail
//! sent and failed, posts waiting for moderators.

use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use reqwest::StatusCode;

use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;
use parlour::domain::Role;

const TOKEN: &str = "a-long-random-token-only-the-operator-knows";

/// The metrics text for the bearer of `token`.
async fn scrape(app: &TestApp, token: &str) -> reqwest::Response {
    reqwest::Client::new()
        .get(format!("{}/metrics", app.address))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

async fn text(app: &TestApp) -> String {
    let res = scrape(app, TOKEN).await;
    assert_eq!(res.status(), StatusCode::OK);
    res.text().await.unwrap()
}

/// The value of the sample named `series` (name and labels as printed), if present.
fn value(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' '))
        .and_then(|v| v.parse().ok())
}

async fn metrics_are_for_the_operator_only(backend: Backend) {
    let closed = TestApp::spawn(backend).await;
    let res = reqwest::get(format!("{}/metrics", closed.address))
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::NOT_FOUND,
        "no token set: not there"
    );
    assert_eq!(scrape(&closed, TOKEN).await.status(), StatusCode::NOT_FOUND);

    let app = TestApp::spawn_with(backend, |s| s.metrics_token = Some(TOKEN.to_owned())).await;
    let anonymous = reqwest::get(format!("{}/metrics", app.address))
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        anonymous.headers()["www-authenticate"],
        "Bearer realm=\"metrics\""
    );
    assert!(!anonymous.text().await.unwrap().contains("parlour_"));
    let wrong = scrape(&app, "a-long-random-token-only-the-operator-knew").await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    // A signed-in admin's session is not the token either.
    let admin = app.signed_in_as("root", &[Role::Admin]).await;
    assert_eq!(admin.get("/metrics").await.status, StatusCode::UNAUTHORIZED);

    let res = scrape(&app, TOKEN).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/openmetrics-text")
    );
    assert_eq!(res.headers()["cache-control"], "no-store");
    assert!(res.text().await.unwrap().ends_with("# EOF\n"));
}

on_both_databases!(metrics_are_for_the_operator_only);

async fn the_metrics_address_serves_metrics_alone_without_a_token(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let server = parlour::startup::build_metrics(app.state.clone(), listener).unwrap();
    tokio::spawn(server);

    let res = reqwest::get(format!("{address}/metrics")).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.text().await.unwrap().contains("parlour_db_pool_size 4"));
    let page = reqwest::get(format!("{address}/")).await.unwrap();
    assert_eq!(page.status(), StatusCode::NOT_FOUND, "nothing else there");
    let site = reqwest::get(format!("{}/metrics", app.address))
        .await
        .unwrap();
    assert_eq!(site.status(), StatusCode::NOT_FOUND, "and not on the site");
}

on_both_databases!(the_metrics_address_serves_metrics_alone_without_a_token);

/// Scrapes until `series` reaches `at_least` (mail leaves on its own thread), for at most
/// ten seconds; the last text.
async fn once(app: &TestApp, series: &str, at_least: f64) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let text = text(app).await;
        if value(&text, series).is_some_and(|v| v >= at_least) || Instant::now() > deadline {
            return text;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn the_figures_follow_what_happened(backend: Backend) {
    let (app, mail) =
        crate::mailbox::app_with_mail_and(backend, |s| s.metrics_token = Some(TOKEN.into())).await;
    let before = text(&app).await;
    assert_eq!(value(&before, "parlour_mail_sent_total"), Some(0.0));
    assert_eq!(value(&before, "parlour_posts_waiting"), Some(0.0));

    // Requests, by route pattern and status.
    let (_, area) = app.create_area("Shirts").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = crate::experts::ask(&tom, "Which collar for a round face?", &area).await;
    for _ in 0..3 {
        assert_eq!(tom.get(&path).await.status, StatusCode::OK);
    }
    let visitor = app.browser();
    assert_eq!(
        visitor.get("/no/such/page").await.status,
        StatusCode::NOT_FOUND
    );
    let missing = visitor.get("/experts/questions/999999-gone").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    // A new member's first question waits for a moderator.
    app.set_policy("new_member_posts", "1").await;
    let ann = app.signed_in_as("ann", &[]).await;
    let held = ann
        .submit_multipart(
            "/experts/ask",
            "/experts/ask",
            &[
                ("title", "How do I store linen?"),
                ("details", "Over the summer."),
                ("area", &area),
                ("intent", "post"),
            ],
            &[],
        )
        .await;
    assert!(held.body.contains("Waiting for a moderator"));
    let after = text(&app).await;
    let pattern = "route=\"/experts/questions/{key}\"";
    assert_eq!(
        value(
            &after,
            &format!(
                "parlour_http_request_duration_seconds_count{{method=\"GET\",{pattern},status=\"200\"}}"
            )
        ),
        Some(3.0),
        "{after}"
    );
    assert_eq!(
        value(
            &after,
            &format!(
                "parlour_http_request_duration_seconds_count{{method=\"GET\",{pattern},status=\"404\"}}"
            )
        ),
        Some(1.0)
    );
    assert!(after.contains("route=\"unmatched\",status=\"404\""));
    assert!(!after.contains("/no/such/page"), "addresses are not series");
    assert!(value(&after, "parlour_db_wait_seconds_count").unwrap() > 0.0);
    assert_eq!(value(&after, "parlour_posts_waiting"), Some(1.0));

    // Background jobs: a run of each, then one that fails.
    parlour::jobs::run_all(&app.state).await;
    app.with_db(|c| c.batch_execute("DROP TABLE rate_events").unwrap())
        .await;
    parlour::jobs::run_all(&app.state).await;
    let jobs = text(&app).await;
    assert_eq!(
        value(&jobs, "parlour_job_runs_total{job=\"trending\"}"),
        Some(2.0)
    );
    assert_eq!(
        value(&jobs, "parlour_job_failures_total{job=\"trending\"}"),
        None
    );
    assert_eq!(
        value(&jobs, "parlour_job_runs_total{job=\"rate_events\"}"),
        Some(2.0)
    );
    assert_eq!(
        value(&jobs, "parlour_job_failures_total{job=\"rate_events\"}"),
        Some(1.0)
    );

    // Mail the relay took.
    visitor
        .submit(
            "/password/forgot",
            "/password/forgot",
            &[("email", "tom@example.com")],
        )
        .await;
    mail.first_to("tom@example.com").await;
    let sent = once(&app, "parlour_mail_sent_total", 1.0).await;
    assert_eq!(value(&sent, "parlour_mail_sent_total"), Some(1.0));
    assert_eq!(value(&sent, "parlour_mail_failed_total"), Some(0.0));
}

on_both_databases!(the_figures_follow_what_happened);

async fn mail_the_relay_refuses_is_counted_as_failed(backend: Backend) {
    // A port nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = TestApp::spawn_with(backend, move |s| {
        s.metrics_token = Some(TOKEN.into());
        s.smtp_host = Some("127.0.0.1".into());
        s.smtp_port = port;
    })
    .await;
    app.create_member("tom", &[]).await;
    app.browser()
        .submit(
            "/password/forgot",
            "/password/forgot",
            &[("email", "tom@example.com")],
        )
        .await;
    let failed = once(&app, "parlour_mail_failed_total", 1.0).await;
    assert_eq!(
        value(&failed, "parlour_mail_failed_total"),
        Some(1.0),
        "{failed}"
    );
    assert_eq!(value(&failed, "parlour_mail_sent_total"), Some(0.0));
}

on_both_databases!(mail_the_relay_refuses_is_counted_as_failed);
