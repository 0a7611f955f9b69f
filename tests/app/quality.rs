//! The page-quality gate (tests/browser/gate.mjs): every page reachable as each role is
//! valid HTML, passes axe-core's WCAG 2.1 A/AA rules, loads nothing from other hosts, logs
//! no console error and does not scroll sideways on a 360 px phone.

use std::path::PathBuf;

use actix_web::{App, HttpResponse, HttpServer, web};

use crate::browser::{browser_script, run_browser_script};
use crate::helpers::{Backend, TestApp};
use parlour::i18n::Lang;

/// The demo accounts the gate signs in as, one per role.
fn demo_roles() -> String {
    let password = parlour::demo::DEMO_PASSWORD;
    let roles = [
        ("member", "tom"),
        ("expert", "marcus"),
        ("staff", "amara"),
        ("moderator", "priya"),
        ("admin", "admin"),
    ];
    let entries: Vec<String> = roles
        .iter()
        .map(|(role, login)| {
            format!(r#"{{"role":"{role}","login":"{login}","password":"{password}"}}"#)
        })
        .collect();
    format!("[{}]", entries.join(","))
}

/// Pages every role checks first, whatever the crawl finds: members' public profiles (a
/// member, an expert with areas, a staff author), the account's security page and the
/// forgotten-password form.
const START_PAGES: &str = r#"["/experts/questions/1","/u/tom","/u/marcus","/u/amara","/account/security","/password/forgot"]"#;

fn output_dir(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/browser/output")
        .join(name)
}

/// The gate in English on SQLite here, and with a French retailer's brand on PostgreSQL
/// below: each database once. A run is the suite's costliest test (Chromium and axe over
/// some 750 pages, several minutes of a core), the pages' HTML does not depend on the
/// database, and every page of the demo is made on both databases, as every role, by
/// `queries::every_page_runs_a_handful_of_queries`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_of_the_demo_community_passes_the_gate_on_sqlite() {
    gate(Backend::Sqlite, None, Lang::EnGb, "sqlite").await;
}

/// A retailer's brand unlike the default: a light header (so dark header text), other
/// link and accent colours, a footer with links.
fn retailer_brand() -> parlour::domain::brand::Brand {
    use parlour::domain::brand::{self, Brand, Rgb};
    let header = Rgb(0xf4, 0xe9, 0xd8);
    Brand {
        name: "Harlow & Co".to_owned(),
        description: "Shirts made to last, and the people who wear them.".to_owned(),
        header,
        header_text: brand::header_text(header).unwrap(),
        link: Rgb(0x0b, 0x5d, 0x3b),
        accent: Rgb(0x7a, 0x2e, 0x0e),
        dark_link: None,
        dark_accent: Some(Rgb(0xf0, 0xb4, 0x8c)),
        footer: "Harlow & Co, 12 Jermyn Street, London.".to_owned(),
        privacy_url: "/blog".to_owned(),
        terms_url: String::new(),
        shop_url: "/ideas".to_owned(),
        logo: None,
        icon: None,
        language: Lang::EnGb,
    }
}

/// A French retailer: the brand above, with French as the site's language, over the
/// French demo community (French words are longer: the layout must still hold).
async fn every_page_passes_the_gate_in_french_with_a_retailers_brand(backend: Backend) {
    let brand = parlour::domain::brand::Brand {
        description: "Des chemises faites pour durer, et ceux qui les portent.".to_owned(),
        footer: "Harlow & Co, 12 rue du Faubourg Saint-Honoré, Paris.".to_owned(),
        language: Lang::Fr,
        ..retailer_brand()
    };
    gate(backend, Some(brand), Lang::Fr, "branded-french").await;
}

/// A running app with the demo community (and `brand` saved, if any).
async fn demo_app(
    backend: Backend,
    brand: Option<parlour::domain::brand::Brand>,
    lang: Lang,
) -> TestApp {
    let app = TestApp::spawn(backend).await;
    let seeded = app
        .with_db(move |conn| {
            if let Some(brand) = brand {
                parlour::brand::save(conn, &brand, parlour::clock::now()).unwrap();
            }
            parlour::demo::seed(conn, lang).unwrap()
        })
        .await;
    assert!(seeded.is_some());
    // Every process compares its brand with the database's at most once a second.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    app
}

/// Seeds the demo (with `brand` saved, if any) and runs the gate over every page.
async fn gate(
    backend: Backend,
    brand: Option<parlour::domain::brand::Brand>,
    lang: Lang,
    out: &str,
) {
    let app = demo_app(backend, brand, lang).await;
    let address = app.address.clone();
    let out = output_dir(out);
    let report = tokio::task::spawn_blocking(move || {
        run_browser_script(
            "gate.mjs",
            &[
                &address,
                out.to_str().unwrap(),
                &demo_roles(),
                START_PAGES,
                lang.tag(),
            ],
        )
    })
    .await
    .unwrap();
    println!("{report}");
    assert!(report.contains("every page passed"));
    assert!(
        report.contains("profile"),
        "the gate did not reach a profile page:\n{report}"
    );
}

/// A page with an unlabelled field, an image from another host and a paragraph that
/// cannot be read in the dark scheme only.
const BAD_PAGE: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fixture</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>@media (prefers-color-scheme: dark) { .dim { color: #333333; background: #111111; } }</style></head>
<body><main><h1>Fixture</h1><p class="dim">Readable by day only.</p>
<form method="post" action="/"><input type="text" name="unlabelled"><button>Send</button></form>
<img src="http://offsite.invalid/pixel.png" alt="">
</main></body></html>"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_gate_fails_with_the_url_role_and_reason_on_a_bad_page() {
    // A fixture server of the test's own, never part of Parlour.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let server = HttpServer::new(|| {
        App::new().route(
            "/",
            web::get().to(|| async { HttpResponse::Ok().content_type("text/html").body(BAD_PAGE) }),
        )
    })
    .workers(1)
    .listen(listener)
    .unwrap()
    .run();
    tokio::spawn(server);
    let out = output_dir("fixture");

    let output = tokio::task::spawn_blocking(move || {
        browser_script("gate.mjs", &[&address, out.to_str().unwrap(), "[]"])
    })
    .await
    .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the gate passed a bad page");
    assert!(
        stderr.contains("/ [visitor] axe: label:"),
        "no missing-label report:\n{stderr}"
    );
    assert!(
        stderr.contains("/ [visitor] axe (dark): color-contrast:"),
        "no dark-scheme contrast report:\n{stderr}"
    );
    assert!(
        !stderr.contains("/ [visitor] axe: color-contrast:"),
        "the light scheme reads well:\n{stderr}"
    );
    assert!(
        stderr.contains(
            "[visitor] offsite: request to another host: http://offsite.invalid/pixel.png"
        ),
        "no off-site report:\n{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_gate_passes_in_french_with_a_retailers_brand_on_postgres() {
    every_page_passes_the_gate_in_french_with_a_retailers_brand(Backend::Postgres).await;
}

/// The pages Lighthouse measures: the front page, an article with its cover, a question
/// with several answers, and the ideas board.
const LIGHTHOUSE_PAGES: &str =
    r#"["/","/blog/how-a-shirt-should-fit-the-five-point-check","/experts/questions/1","/ideas"]"#;

/// Lighthouse's mobile audit (simulated phone and slow network) scores 100 for
/// performance, accessibility, best practices and SEO on each page, light and dark. One
/// database is enough: the pages and their bytes are the same on both.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lighthouse_scores_100_on_the_main_pages_in_light_and_dark() {
    let app = demo_app(Backend::Sqlite, None, Lang::EnGb).await;
    let address = app.address.clone();
    let out = output_dir("lighthouse");
    let report = tokio::task::spawn_blocking(move || {
        run_browser_script(
            "lighthouse.mjs",
            &[&address, out.to_str().unwrap(), LIGHTHOUSE_PAGES],
        )
    })
    .await
    .unwrap();
    println!("{report}");
    assert!(report.contains("every page scored 100"), "{report}");
    assert_eq!(
        report
            .matches("performance 100, accessibility 100, best-practices 100, seo 100")
            .count(),
        8,
        "four pages in two schemes:\n{report}"
    );
}
