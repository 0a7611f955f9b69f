//! Publishing an article: preview, draft, publish now or on a schedule, and who sees drafts.

use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn a_staff_author_previews_saves_a_draft_and_publishes(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let eleanor = app.signed_in_as("eleanor", &[Role::Staff]).await;
    assert_eq!(eleanor.get("/blog/new").await.status, StatusCode::OK);

    let fields = [
        ("title", "Tying a Windsor knot"),
        ("excerpt", "A symmetrical knot for spread collars."),
        (
            "body",
            "## Start\n\nWide end on the **right**.\n\n| Step | Do |\n|---|---|\n| 1 | Cross |\n",
        ),
        ("tags", "Ties, Occasions"),
        ("publish", "draft"),
    ];
    let mut preview_fields = fields.to_vec();
    preview_fields.push(("intent", "preview"));
    let preview = eleanor
        .submit_multipart("/blog/new", "/blog/new", &preview_fields, &[])
        .await;
    assert_eq!(preview.status, StatusCode::OK);
    assert!(
        preview.body.contains("<strong>right</strong>"),
        "the preview renders Markdown"
    );
    assert!(preview.body.contains("<td>Cross</td>"));
    assert!(
        preview.body.contains("value=\"Tying a Windsor knot\""),
        "the form is kept"
    );
    assert!(
        eleanor.get("/blog/tying-a-windsor-knot").await.status == StatusCode::NOT_FOUND,
        "a preview saves nothing"
    );

    let mut save_fields = fields.to_vec();
    save_fields.push(("intent", "save"));
    let saved = eleanor
        .submit_multipart("/blog/new", "/blog/new", &save_fields, &[])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(
        saved.location(),
        Some("/blog/tying-a-windsor-knot?notice=article-saved")
    );
    let draft = eleanor.get("/blog/tying-a-windsor-knot").await;
    assert!(
        draft
            .body
            .contains("Draft: visible to staff and moderators only")
    );
    assert!(
        !app.browser()
            .get("/blog")
            .await
            .body
            .contains("Tying a Windsor knot")
    );

    let mut publish_fields = fields.to_vec();
    publish_fields.retain(|(k, _)| *k != "publish");
    publish_fields.extend([("publish", "now"), ("intent", "save")]);
    let published = eleanor
        .submit_multipart(
            "/blog/tying-a-windsor-knot/edit",
            "/blog/tying-a-windsor-knot/edit",
            &publish_fields,
            &[],
        )
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);

    let visitor = app.browser();
    let list = visitor.get("/blog").await;
    assert!(list.body.contains("Tying a Windsor knot"));
    let tagged = visitor.get("/blog?tag=ties").await;
    assert!(tagged.body.contains("Tying a Windsor knot"));
    assert!(
        !visitor
            .get("/blog?tag=shoes")
            .await
            .body
            .contains("Tying a Windsor knot")
    );
    assert!(
        visitor
            .get("/blog?author=ELEANOR")
            .await
            .body
            .contains("Tying a Windsor knot")
    );
    let page = visitor.get("/blog/tying-a-windsor-knot").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("<h2 id=\"h-start\">"),
        "headings get anchors"
    );
    assert!(page.body.contains("A symmetrical knot for spread collars."));
}

async fn drafts_are_seen_only_by_staff_and_moderators(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    let path = author
        .write_article("Unreleased collection", "Secret until launch.", "draft")
        .await;

    let colleague = app.signed_in_as("amara", &[Role::Staff]).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let member = app.signed_in_as("tom", &[]).await;
    let visitor = app.browser();

    for (who, browser) in [
        ("author", &author),
        ("other staff", &colleague),
        ("moderator", &moderator),
    ] {
        let page = browser.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{who}");
        assert!(
            browser
                .get("/blog")
                .await
                .body
                .contains("Unreleased collection"),
            "{who} sees it listed"
        );
    }
    for (who, browser) in [("member", &member), ("visitor", &visitor)] {
        assert_eq!(
            browser.get(&path).await.status,
            StatusCode::NOT_FOUND,
            "{who}"
        );
        assert!(
            !browser
                .get("/blog")
                .await
                .body
                .contains("Unreleased collection"),
            "{who}"
        );
        assert!(
            !browser
                .get("/blog/feed.atom")
                .await
                .body
                .contains("Unreleased collection"),
            "{who}"
        );
    }
}

async fn a_scheduled_article_appears_when_its_time_comes(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    author
        .schedule_article("Launch day", "It is here.", 2)
        .await;
    let visitor = app.browser();
    assert_eq!(
        visitor.get("/blog/launch-day").await.status,
        StatusCode::NOT_FOUND
    );
    assert!(
        author
            .get("/blog/launch-day")
            .await
            .body
            .contains("Scheduled")
    );

    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;

    assert_eq!(visitor.get("/blog/launch-day").await.status, StatusCode::OK);
    assert!(visitor.get("/blog").await.body.contains("Launch day"));
}

on_both_databases!(
    a_staff_author_previews_saves_a_draft_and_publishes,
    drafts_are_seen_only_by_staff_and_moderators,
    a_scheduled_article_appears_when_its_time_comes,
);
