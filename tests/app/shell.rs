//! The page shell: layout, security headers, error pages, body limit, static files, health.

use diesel::connection::SimpleConnection;
use reqwest::StatusCode;

use crate::helpers::{Backend, Page, TestApp};
use crate::on_both_databases;

fn assert_security_headers(page: &Page, what: &str) {
    let header = |name: &str| {
        page.headers
            .get(name)
            .unwrap_or_else(|| panic!("{what}: no {name}"))
            .to_str()
            .unwrap()
            .to_owned()
    };
    let csp = header("content-security-policy");
    assert!(csp.contains("default-src 'self'"), "{what}: {csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{what}: {csp}");
    assert!(!csp.contains("unsafe-inline"), "{what}: {csp}");
    assert_eq!(header("x-content-type-options"), "nosniff", "{what}");
    assert_eq!(header("referrer-policy"), "same-origin", "{what}");
}

fn assert_in_layout(page: &Page, what: &str) {
    assert!(
        page.headers
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("text/html"),
        "{what}"
    );
    for landmark in [
        "<header",
        "<main id=\"main\"",
        "<footer",
        "Skip to content",
        "href=\"/blog\"",
        "href=\"/experts\"",
        "href=\"/ideas\"",
        "href=\"/search\"",
    ] {
        assert!(page.body.contains(landmark), "{what}: no {landmark}");
    }
}

async fn every_page_carries_the_security_headers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.browser();
    for path in ["/", "/signup", "/login", "/blog", "/no-such-page", "/admin"] {
        let page = browser.get(path).await;
        assert_security_headers(&page, path);
    }
}

async fn pages_load_nothing_from_other_hosts(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app
        .signed_in_as(
            "root",
            &[parlour::domain::Role::Admin, parlour::domain::Role::Staff],
        )
        .await;
    browser
        .write_article(
            "Hosts",
            "See https://example.com and ![x](https://example.com/x.png)",
            "now",
        )
        .await;
    let local =
        |url: &str| url.starts_with('/') && !url.starts_with("//") || url.starts_with(&app.address);
    for path in [
        "/",
        "/signup",
        "/login",
        "/admin",
        "/admin/members",
        "/mod/audit",
        "/account",
        "/blog",
        "/blog/hosts",
        "/blog/new",
    ] {
        let page = browser.get(path).await;
        assert!(
            !page.body.contains("<script") && !page.body.contains("style="),
            "{path}"
        );
        // What a page loads: every src, and the href of every <link> (styles, icons).
        for tag in page
            .body
            .split('<')
            .skip(1)
            .map(|t| t.split('>').next().unwrap_or(""))
        {
            let value = |attribute: &str| {
                tag.split(attribute)
                    .nth(1)
                    .and_then(|v| v.split('"').next())
            };
            if let Some(src) = value(" src=\"") {
                assert!(local(src), "{path} loads {src}");
            }
            if tag.starts_with("link ")
                && let Some(href) = value(" href=\"")
            {
                assert!(local(href), "{path} loads {href}");
            }
        }
    }
}

async fn missing_pages_get_a_404_page_in_the_layout(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.signed_in_as("ines", &[]).await;

    let page = browser.get("/no/such/page").await;

    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert_in_layout(&page, "404");
    assert!(page.body.contains("Page not found"));
    assert!(
        page.body.contains(">ines</a>"),
        "the member stays signed in on error pages"
    );
}

async fn forbidden_pages_get_a_403_page_in_the_layout(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let page = app.signed_in_as("ines", &[]).await.get("/admin").await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_in_layout(&page, "403");
    assert!(page.body.contains("Not allowed"));
}

async fn bodies_over_the_limit_get_413(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.body_limit = 1024).await;
    let browser = app.browser();
    let token = browser.csrf_token("/signup").await;
    let huge = "x".repeat(2048);

    let page = browser
        .post_raw("/signup", &[("csrf_token", &token), ("username", &huge)])
        .await;

    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_in_layout(&page, "413");
    assert!(page.body.contains("larger than this site accepts"));
}

async fn a_malformed_form_gets_a_400_page(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.browser();
    let token = browser.csrf_token("/login").await;

    let response = browser
        .client
        .post(browser.url("/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("csrf_token={token}&next=%ZZ&next=twice"))
        .send()
        .await
        .unwrap();
    let status = response.status();
    let body = response.text().await.unwrap();

    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("could not be understood") && body.contains("<main"));
}

async fn a_server_fault_gets_a_500_page_that_hides_the_cause(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.with_db(|conn| conn.batch_execute("DROP TABLE login_failures").unwrap())
        .await;

    let page = app
        .browser()
        .sign_in("nobody", "wrong-guess-number-1")
        .await;

    assert_eq!(page.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_in_layout(&page, "500");
    assert!(page.body.contains("Something went wrong on our side"));
    assert!(
        !page.body.contains("login_failures"),
        "the cause is not shown"
    );
}

async fn static_files_are_built_in_and_cached_by_content(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.browser();
    let home = browser.get("/").await;
    let start = home.body.find("/static/css/parlour.css?v=").unwrap();
    let url = &home.body[start..home.body[start..].find('"').unwrap() + start];

    let css = browser.get(url).await;

    assert_eq!(css.status, StatusCode::OK);
    assert!(
        css.headers
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert!(
        css.headers
            .get("cache-control")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert!(
        css.body.contains(":focus-visible"),
        "visible focus styles ship"
    );
    assert_eq!(
        browser.get("/static/nope.css").await.status,
        StatusCode::NOT_FOUND
    );
}

async fn health_reports_whether_the_database_answers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.browser();
    assert_eq!(browser.get("/healthz").await.status, StatusCode::OK);

    if backend == Backend::Postgres {
        // The database server loses the database while the app runs.
        app.db.drop_now();
    } else {
        // Every pooled connection is held elsewhere: no answer comes in time.
        let pool = app.state.db.pool().clone();
        let held: Vec<_> = (0..pool.max_size()).map(|_| pool.get().unwrap()).collect();
        assert_eq!(
            browser.get("/healthz").await.status,
            StatusCode::SERVICE_UNAVAILABLE
        );
        drop(held);
        assert_eq!(
            browser.get("/healthz").await.status,
            StatusCode::OK,
            "recovers"
        );
        return;
    }
    assert_eq!(
        browser.get("/healthz").await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
}

on_both_databases!(
    every_page_carries_the_security_headers,
    pages_load_nothing_from_other_hosts,
    missing_pages_get_a_404_page_in_the_layout,
    forbidden_pages_get_a_403_page_in_the_layout,
    bodies_over_the_limit_get_413,
    a_malformed_form_gets_a_400_page,
    a_server_fault_gets_a_500_page_that_hides_the_cause,
    static_files_are_built_in_and_cached_by_content,
    health_reports_whether_the_database_answers,
);

/// On a phone the header is the name, a Menu that opens without script (a `<details>`
/// holding every link, the account's included) and a search field that goes to the
/// search page.
async fn the_header_has_a_menu_that_needs_no_script_and_a_search_field(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let member = app.signed_in_as("tom", &[]).await;
    let page = member.get("/ideas").await.body;
    let menu_start = page
        .find("<details class=\"header-menu\">")
        .expect("a menu");
    let menu = &page[menu_start..menu_start + page[menu_start..].find("</details>").unwrap()];
    assert!(menu.contains("<summary>Menu</summary>"));
    for link in [
        "href=\"/blog\"",
        "href=\"/experts\"",
        "href=\"/notifications\"",
        "href=\"/account\"",
    ] {
        assert!(menu.contains(link), "{link} in the menu");
    }
    assert!(menu.contains("href=\"/ideas\" aria-current=\"page\""));
    assert!(
        menu.contains("action=\"/logout\""),
        "signing out from the menu"
    );
    assert!(!page.contains("<script"), "no script");
    assert!(page.contains("<form method=\"get\" action=\"/search\" class=\"header-search\""));
    assert!(page.contains("name=\"q\" type=\"search\""));
    let found = member.get("/search?q=collar").await;
    assert_eq!(found.status, StatusCode::OK);
}

on_both_databases!(the_header_has_a_menu_that_needs_no_script_and_a_search_field);
