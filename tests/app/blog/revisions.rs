//! Article revisions: every save is kept, and an edit of a stale version is refused.

use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Backend, TestApp, text_of_id};
use crate::on_both_databases;

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
    every_save_is_kept_as_a_revision,
);
