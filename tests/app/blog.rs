//! Staff blogs: the editor, publishing, scheduling, slugs, revisions and permissions.

use chrono::{Duration, Utc};
use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Backend, TestApp, text_of_id};
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
    let at = (Utc::now().naive_utc() + Duration::seconds(2))
        .format("%Y-%m-%dT%H:%M:%S")
        .to_string();
    let saved = author
        .submit_multipart(
            "/blog/new",
            "/blog/new",
            &[
                ("title", "Launch day"),
                ("body", "It is here."),
                ("publish", "schedule"),
                ("publish_at", &at),
                ("intent", "save"),
            ],
            &[],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
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

async fn every_save_is_kept_as_a_revision(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    let path = author
        .write_article("Braces or belt?", "First thoughts.", "now")
        .await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    moderator
        .submit_multipart(
            &format!("{path}/edit"),
            &format!("{path}/edit"),
            &[
                ("title", "Braces or belt?"),
                ("body", "Second thoughts."),
                ("publish", "now"),
                ("intent", "save"),
            ],
            &[],
        )
        .await;

    let revisions = author.get(&format!("{path}/revisions")).await;

    assert_eq!(revisions.status, StatusCode::OK);
    assert!(
        revisions.body.contains("First thoughts.") && revisions.body.contains("Second thoughts.")
    );
    assert!(revisions.body.contains("by priya") && revisions.body.contains("by eleanor"));
    let member = app.signed_in_as("tom", &[]).await;
    assert_eq!(
        member.get(&format!("{path}/revisions")).await.status,
        StatusCode::FORBIDDEN
    );
    // A moderator's edit of someone else's article is in the audit log.
    let (entries, _) = app
        .with_db(|c| parlour::db::models::audit::list(c, &Default::default(), 0, 10).unwrap())
        .await;
    assert!(
        entries
            .iter()
            .any(|e| e.action == "article.edit" && e.actor_name == "priya")
    );
}

async fn only_staff_write_and_only_the_author_or_a_moderator_edits(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    let path = author
        .write_article("Suede in the rain", "Brush it when dry.", "now")
        .await;
    let edit = format!("{path}/edit");

    let visitor = app.browser();
    assert_eq!(
        visitor.get("/blog/new").await.location(),
        Some("/login?next=/blog/new")
    );
    let member = app.signed_in_as("tom", &[]).await;
    assert_eq!(member.get("/blog/new").await.status, StatusCode::FORBIDDEN);
    assert_eq!(member.get(&edit).await.status, StatusCode::FORBIDDEN);
    let forged = member
        .submit_multipart(
            "/",
            "/blog/new",
            &[("title", "Spam"), ("body", "Spam"), ("publish", "now")],
            &[],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    let colleague = app.signed_in_as("amara", &[Role::Staff]).await;
    assert_eq!(colleague.get(&edit).await.status, StatusCode::FORBIDDEN);
    let changed = colleague
        .submit_multipart(
            "/",
            &edit,
            &[("title", "Hijacked"), ("body", "x"), ("publish", "now")],
            &[],
        )
        .await;
    assert_eq!(changed.status, StatusCode::FORBIDDEN);
    assert!(
        visitor.get(&path).await.body.contains("Brush it when dry."),
        "nothing changed"
    );

    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    assert_eq!(moderator.get(&edit).await.status, StatusCode::OK);
}

async fn bad_article_input_is_explained_and_nothing_is_lost(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;

    let empty = author
        .submit_multipart(
            "/blog/new",
            "/blog/new",
            &[
                ("title", " "),
                ("body", ""),
                ("tags", "a,b,c,d,e,f"),
                ("publish", "now"),
                ("intent", "save"),
            ],
            &[],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&empty.body, "title-error")
            .unwrap()
            .contains("Give the article a title")
    );
    assert!(
        text_of_id(&empty.body, "body-error")
            .unwrap()
            .contains("Write the article")
    );
    assert!(
        text_of_id(&empty.body, "tags-error")
            .unwrap()
            .contains("at most 5")
    );
    assert!(
        empty.body.contains("value=\"a,b,c,d,e,f\""),
        "what was typed is kept"
    );

    let past = author
        .submit_multipart(
            "/blog/new",
            "/blog/new",
            &[
                ("title", "Late"),
                ("body", "Text"),
                ("publish", "schedule"),
                ("publish_at", "2020-01-01T09:00"),
                ("intent", "save"),
            ],
            &[],
        )
        .await;
    assert_eq!(past.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&past.body, "publish_at-error")
            .unwrap()
            .contains("has passed")
    );

    // A bad edit leaves the saved article as it was.
    let path = author
        .write_article("Pocket squares", "Fold it simply.", "now")
        .await;
    let bad_edit = author
        .submit_multipart(
            &format!("{path}/edit"),
            &format!("{path}/edit"),
            &[
                ("title", ""),
                ("body", "Changed"),
                ("publish", "now"),
                ("intent", "save"),
            ],
            &[],
        )
        .await;
    assert_eq!(bad_edit.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad_edit.body.contains(">Changed</textarea>"));
    let page = app.browser().get(&path).await;
    assert!(
        page.body.contains("Fold it simply.")
            && page
                .body
                .contains("<h1 id=\"article-title\">Pocket squares</h1>")
    );
}

async fn scripts_and_javascript_links_never_survive(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    let payloads = [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "[click me](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">link</a>",
        "<svg/onload=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "[x](JAVASCRIPT:alert(1))",
        "<details open ontoggle=alert(1)>",
        "<body onload=alert(1)>",
        "<a href=\"&#106;avascript:alert(1)\">entity</a>",
        "![x](https://evil.example/track.gif)",
        "<style>body{display:none}</style>",
    ];
    let body = payloads.join("\n\n");
    let path = author.write_article("Payloads", &body, "now").await;
    let member = app.signed_in_as("tom", &[]).await;
    for payload in payloads {
        let response = member
            .submit(&path, &format!("{path}/comments"), &[("body", payload)])
            .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{payload}");
    }

    let page = app.browser().get(&path).await;

    assert_eq!(
        page.body.matches("class=\"comment\"").count(),
        payloads.len()
    );
    let main = &page.body[page.body.find("<main").unwrap()..page.body.find("</main>").unwrap()];
    for tag in real_tags(&main.to_lowercase()) {
        let name = tag.split([' ', '/']).next().unwrap_or("");
        assert!(
            ![
                "script", "iframe", "svg", "style", "body", "object", "embed"
            ]
            .contains(&name),
            "<{tag}>"
        );
        assert!(!tag.contains("javascript:"), "<{tag}>");
        assert!(!has_event_handler(&tag), "<{tag}>");
        if name == "img" {
            assert!(
                tag.contains("src=\"/media/") || tag.contains("src=\"/static/"),
                "<{tag}>"
            );
        }
    }
}

/// Every tag the browser would parse: text `<` is escaped, so each `<` opens a real tag.
fn real_tags(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or("").to_owned())
        .collect()
}

/// Whether a tag has an attribute like `onerror=` or `onload=`.
fn has_event_handler(tag: &str) -> bool {
    tag.match_indices(" on").any(|(i, _)| {
        let rest = &tag[i + 3..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        !name.is_empty() && rest[name.len()..].trim_start().starts_with('=')
    })
}

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

async fn a_stale_edit_is_refused_not_merged(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    let path = author
        .write_article("Knitted ties", "First version.", "now")
        .await;
    let edit = format!("{path}/edit");
    let form = author.get(&edit).await.body;
    let marker = "name=\"version\" value=\"";
    let start = form.find(marker).expect("the form carries its version") + marker.len();
    let version = form[start..start + form[start..].find('"').unwrap()].to_owned();

    // A moderator saves in between.
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let saved = moderator
        .submit_multipart(
            &edit,
            &edit,
            &[
                ("title", "Knitted ties"),
                ("body", "Moderator version."),
                ("publish", "now"),
                ("intent", "save"),
            ],
            &[],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);

    let stale = author
        .submit_multipart(
            &edit,
            &edit,
            &[
                ("title", "Knitted ties"),
                ("body", "Author late version."),
                ("publish", "now"),
                ("version", &version),
                ("intent", "save"),
            ],
            &[],
        )
        .await;

    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(
        text_of_id(&stale.body, "form-error")
            .unwrap()
            .contains("Someone else saved this article")
    );
    assert!(
        stale.body.contains(">Author late version.</textarea>"),
        "the text is kept"
    );
    assert!(
        app.browser()
            .get(&path)
            .await
            .body
            .contains("Moderator version.")
    );
}

on_both_databases!(
    a_stale_edit_is_refused_not_merged,
    a_staff_author_previews_saves_a_draft_and_publishes,
    drafts_are_seen_only_by_staff_and_moderators,
    a_scheduled_article_appears_when_its_time_comes,
    titles_make_unique_slugs_and_old_slugs_redirect,
    every_save_is_kept_as_a_revision,
    only_staff_write_and_only_the_author_or_a_moderator_edits,
    bad_article_input_is_explained_and_nothing_is_lost,
    scripts_and_javascript_links_never_survive,
    article_pages_carry_link_previews_and_plain_share_links,
    the_list_is_paginated_newest_first,
);
