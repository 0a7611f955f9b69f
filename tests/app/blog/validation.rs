//! Bad article input: each problem explained beside its field, and nothing typed or saved lost.

use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Backend, TestApp, text_of_id};
use crate::on_both_databases;

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

on_both_databases!(bad_article_input_is_explained_and_nothing_is_lost);
