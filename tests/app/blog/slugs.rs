//! Article addresses: unique slugs from titles, and old slugs that redirect after a rename.

use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn titles_make_unique_slugs_and_old_slugs_redirect(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    let first = author
        .write_article("Care for cashmere", "One.", "now")
        .await;
    let second = author
        .write_article("Care for Cashmere!", "Two.", "now")
        .await;
    assert_eq!(first, "/blog/care-for-cashmere");
    assert_eq!(second, "/blog/care-for-cashmere-2");

    let renamed = author
        .submit_multipart(
            "/blog/care-for-cashmere/edit",
            "/blog/care-for-cashmere/edit",
            &[
                ("title", "Caring for cashmere jumpers"),
                ("body", "One, revised."),
                ("publish", "now"),
                ("intent", "save"),
            ],
            &[],
        )
        .await;
    assert_eq!(
        renamed.location(),
        Some("/blog/caring-for-cashmere-jumpers?notice=article-saved")
    );

    let visitor = app.browser();
    let old = visitor.get("/blog/care-for-cashmere").await;
    assert_eq!(old.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(old.location(), Some("/blog/caring-for-cashmere-jumpers"));
    assert!(
        visitor
            .get("/blog/caring-for-cashmere-jumpers")
            .await
            .body
            .contains("One, revised.")
    );
    // The old address stays reserved: a new article with that title gets another slug.
    let third = author
        .write_article("Care for cashmere", "Three.", "now")
        .await;
    assert_eq!(third, "/blog/care-for-cashmere-3");
    // The editor's own address is never an article's.
    assert_eq!(
        author
            .write_article("New", "A title like a route.", "now")
            .await,
        "/blog/new-2"
    );

    // A draft renamed keeps its new title private: its old address is simply not found.
    let draft = author
        .write_article("Secret collab", "Soon.", "draft")
        .await;
    author
        .submit_multipart(
            &format!("{draft}/edit"),
            &format!("{draft}/edit"),
            &[
                ("title", "Collab with a famous mill"),
                ("body", "Soon."),
                ("publish", "draft"),
                ("intent", "save"),
            ],
            &[],
        )
        .await;
    assert_eq!(visitor.get(&draft).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        author.get(&draft).await.status,
        StatusCode::MOVED_PERMANENTLY
    );
}

on_both_databases!(titles_make_unique_slugs_and_old_slugs_redirect);
