//! How many statements each page costs the database. Every page of the demo, as every
//! role, with the page cache off (so each page is really made), must stay within a
//! handful: a page that loops over rows with a query each (N+1) fails here long before it
//! is slow in production.

use crate::helpers::{Backend, TestApp};
use crate::languages::{Crawl, ROLES};
use reqwest::StatusCode;

/// The most statements one page may run, the session check and the brand check included.
/// Today's busiest pages (a member's profile: their questions, answers, articles, ideas
/// and counts) run 18; a page past this bound is doing per-row work.
const MOST_QUERIES_PER_PAGE: u64 = 20;

/// Pages that read many tables once each, with their own bound: the admin's dashboard
/// (one query per figure) and a member's data export (one per kind of data they have).
const BUSY_PAGES: &[(&str, u64)] = &[("/admin", 30), ("/account/export", 30)];

fn bound(path_and_role: &str) -> u64 {
    let path = path_and_role.split(' ').next().unwrap_or_default();
    BUSY_PAGES
        .iter()
        .find(|(busy, _)| *busy == path)
        .map_or(MOST_QUERIES_PER_PAGE, |(_, most)| *most)
}

/// Every page of the demo, crawled as each role, is made without a server error and runs
/// at most [`MOST_QUERIES_PER_PAGE`] statements (the busy pages their own bound).
async fn every_page_runs_a_handful_of_queries(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.page_cache_mb = 0).await;
    app.with_db(|conn| parlour::demo::seed(conn, parlour::i18n::Lang::EnGb).unwrap())
        .await;
    let mut counts: Vec<(u64, String)> = Vec::new();
    let mut failed: Vec<String> = Vec::new();
    for (role, login) in ROLES {
        let browser = app.browser();
        if !login.is_empty() {
            let signed = browser.sign_in(login, parlour::demo::DEMO_PASSWORD).await;
            assert_eq!(signed.status, StatusCode::SEE_OTHER, "{role} signs in");
        }
        let mut crawl = Crawl::from_start("/search?q=shirt", 150);
        while let Some(path) = crawl.next() {
            let before = app.state.metrics.queries();
            let page = browser.get(&path).await;
            let mut ran = app.state.metrics.queries() - before;
            let name = format!("{path} [{role}]");
            // The count is the process's: a background job (the outbox, digests) running
            // during the request adds its statements. A page over its bound is asked for
            // once more, and the smaller count stands; a page doing per-row work is over
            // both times.
            if ran > bound(&name) {
                let before = app.state.metrics.queries();
                browser.get(&path).await;
                ran = ran.min(app.state.metrics.queries() - before);
            }
            counts.push((ran, name));
            if page.status.is_server_error() {
                failed.push(format!("{path} [{role}]: {}", page.status));
            }
            crawl.follow(&page);
        }
    }
    assert!(
        counts.len() > 300,
        "the crawl reached only {} pages",
        counts.len()
    );
    // Every page is made on this database (the page-quality gate checks their HTML on one).
    assert!(failed.is_empty(), "pages that failed: {failed:?}");
    counts.sort();
    let worst: Vec<_> = counts.iter().rev().take(8).collect();
    eprintln!("the pages with the most statements: {worst:?}");
    let over: Vec<_> = counts
        .iter()
        .filter(|(ran, page)| *ran > bound(page))
        .collect();
    assert!(over.is_empty(), "pages over their bound: {over:?}");
    // The count is real: a page that reads the database is seen doing so.
    assert!(counts.iter().any(|(ran, _)| *ran >= 3), "{worst:?}");
}

crate::on_both_databases!(every_page_runs_a_handful_of_queries);
