//! What readers get: the paginated list, link previews and plain share links on an article.

use parlour::domain::Role;

use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn article_pages_carry_link_previews_and_plain_share_links(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    let path = author
        .write_article(
            "Choosing a watch strap",
            "Leather for suits, NATO for weekends.",
            "now",
        )
        .await;

    let page = app.browser().get(&path).await;

    let url = format!("{}{path}", app.address);
    assert!(
        page.body
            .contains(&format!("<link rel=\"canonical\" href=\"{url}\">"))
    );
    assert!(
        page.body
            .contains("<meta property=\"og:type\" content=\"article\">")
    );
    assert!(
        page.body
            .contains("<meta property=\"og:title\" content=\"Choosing a watch strap\">")
    );
    assert!(page.body.contains("name=\"twitter:card\""));
    assert!(
        page.body.contains(
            "<meta name=\"description\" content=\"Leather for suits, NATO for weekends.\">"
        )
    );
    let encoded = url.replace(':', "%3A");
    assert!(page.body.contains(&format!(
        "https://www.facebook.com/sharer/sharer.php?u={encoded}"
    )));
    assert!(page.body.contains("https://x.com/intent/post?url="));
    assert!(
        page.body
            .contains("https://www.linkedin.com/sharing/share-offsite/?url=")
    );
    assert!(
        page.body
            .contains("mailto:?subject=Choosing%20a%20watch%20strap")
    );
    assert!(!page.body.contains("<script"), "no share scripts");
    assert!(page.body.contains("1 min read"));
}

async fn the_list_is_paginated_newest_first(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    for n in 1..=12 {
        author
            .write_article(&format!("Tip number {n}"), "Short tip.", "now")
            .await;
    }
    let visitor = app.browser();
    let first = visitor.get("/blog").await;
    assert!(first.body.contains("Tip number 12") && !first.body.contains("Tip number 2<"));
    assert!(first.body.find("Tip number 12").unwrap() < first.body.find("Tip number 11").unwrap());
    assert!(first.body.contains("href=\"/blog?page=2\""));
    let second = visitor.get("/blog?page=2").await;
    assert!(second.body.contains("Tip number 1<") && second.body.contains("Tip number 2<"));
}

on_both_databases!(
    article_pages_carry_link_previews_and_plain_share_links,
    the_list_is_paginated_newest_first,
);
