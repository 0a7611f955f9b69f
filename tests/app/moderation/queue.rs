//! The moderation queue: approve, edit, reject and hide, each once, with reasons, all logged.

use diesel::prelude::*;
use parlour::db::schema::{flags, replies};
use parlour::domain::Role;
use reqwest::StatusCode;

use super::{act, article, comment, last_comment};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn every_queue_action_works_once_and_is_logged(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, path) = article(&app).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let other_moderator = app.signed_in_as("quinn", &[Role::Moderator]).await;

    // Approve a held post; a second moderator acting on it too is told, and nothing
    // happens twice.
    comment(&tom, &path, "You are a fucking bastard").await;
    let held = last_comment(&app).await;
    let member_try = act(&sam, "comment", held, &[("action", "approve")]).await;
    assert_eq!(member_try.status, StatusCode::FORBIDDEN);
    let first = act(&moderator, "comment", held, &[("action", "approve")]).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let second = act(&other_moderator, "comment", held, &[("action", "hide")]).await;
    assert_eq!(second.status, StatusCode::CONFLICT);
    assert!(
        second
            .body
            .contains("Another moderator has dealt with this post already")
    );
    assert!(
        app.browser().get(&path).await.body.contains("fucking"),
        "approved, not hidden"
    );

    // Edit before approving: the text is replaced and the original kept.
    comment(&tom, &path, "Call me a twat again and see").await;
    let edited = last_comment(&app).await;
    let form = format!("/mod/comment/{edited}/edit");
    let page = moderator.get(&form).await;
    assert!(page.body.contains("Call me a twat again"));
    let empty = moderator.submit(&form, &form, &[("body", "  ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let saved = moderator
        .submit(
            &form,
            &form,
            &[("body", "[removed by a moderator]"), ("reason", "insult")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let (body, original): (String, Option<String>) = app
        .with_db(move |c| {
            let body = replies::table
                .find(edited)
                .select(replies::body_md)
                .first(c)
                .unwrap();
            let original = flags::table
                .filter(flags::subject_id.eq(edited))
                .filter(flags::subject_kind.eq("comment"))
                .select(flags::original_md)
                .first(c)
                .unwrap();
            (body, original)
        })
        .await;
    assert_eq!(body, "[removed by a moderator]");
    assert_eq!(original.as_deref(), Some("Call me a twat again and see"));

    // Reject with a reason: hidden (kept), the author told why.
    comment(&tom, &path, "Shitty shop, shitty staff").await;
    let rejected = last_comment(&app).await;
    act(
        &moderator,
        "comment",
        rejected,
        &[("action", "reject"), ("reason", "Please keep it civil")],
    )
    .await;
    assert!(!app.browser().get(&path).await.body.contains("Shitty shop"));
    assert!(
        tom.get("/notifications")
            .await
            .body
            .contains("A moderator rejected your comment: Please keep it civil")
    );
    let kept: i64 = app
        .with_db(move |c| replies::table.find(rejected).count().get_result(c).unwrap())
        .await;
    assert_eq!(kept, 1, "hidden content stays in the database");

    // Hide a reported, visible post.
    comment(&sam, &path, "Meh.").await;
    let reported = last_comment(&app).await;
    tom.submit(
        &format!("/report?kind=comment&id={reported}"),
        "/report",
        &[
            ("kind", "comment"),
            ("id", &reported.to_string()),
            ("reason", "Pointless"),
        ],
    )
    .await;
    // One click, the reason added afterwards: logged, and sent to the author.
    let hidden = act(&moderator, "comment", reported, &[("action", "hide")]).await;
    let queue = hidden.location().unwrap().to_owned();
    assert!(
        queue.contains(&format!("done=comment-{reported}-hide")),
        "{queue}"
    );
    let offer = moderator.get(&queue).await.body;
    assert!(
        offer.contains(&format!("You hid comment #{reported}")),
        "{offer}"
    );
    let added = moderator
        .submit(
            &queue,
            &format!("/mod/comment/{reported}/reason"),
            &[("action", "hide"), ("reason", "Not adding anything")],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    assert!(
        sam.get("/notifications")
            .await
            .body
            .contains("Not adding anything")
    );
    let comments = app.browser().get(&path).await.body;
    assert!(!comments.contains("Meh."));

    let audit = moderator.get("/mod/audit?action=mod.").await.body;
    for action in [
        "mod.approve",
        "mod.edit",
        "mod.reject",
        "mod.hide",
        "mod.reason",
    ] {
        assert!(audit.contains(&format!("<td>{action}</td>")), "{action}");
    }
}

on_both_databases!(every_queue_action_works_once_and_is_logged);
