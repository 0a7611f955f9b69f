//! Members' reports: one per member even when sent at once, and shown in the queue.

use diesel::prelude::*;
use parlour::db::schema::flags;
use parlour::domain::Role;
use reqwest::StatusCode;

use super::{article, comment, last_comment};
use crate::helpers::{Backend, TestApp, text_of_id};
use crate::on_both_databases;

async fn reports_reach_the_queue_once_per_member(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, path) = article(&app).await;
    let tom = app.signed_in_as("tom", &[]).await;
    comment(&tom, &path, "Linen creases, deal with it.").await;
    let id = last_comment(&app).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    let form = format!("/report?kind=comment&id={id}");

    let empty = sam
        .submit(
            &form,
            "/report",
            &[
                ("kind", "comment"),
                ("id", &id.to_string()),
                ("reason", " "),
            ],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of_id(&empty.body, "reason-error").is_some());

    let fields = [
        ("kind", "comment"),
        ("id", &id.to_string()),
        ("reason", "Rude to other members"),
    ];
    let sent = sam.submit(&form, "/report", &fields).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let again = sam.submit(&form, "/report", &fields).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("reported this post already"));

    // Two reports sent at once by one member still count once.
    let oliver = app.signed_in_as("oliver-j", &[]).await;
    let token = oliver.csrf_token(&form).await;
    let id_text = id.to_string();
    let fields = [
        ("csrf_token", token.as_str()),
        ("kind", "comment"),
        ("id", id_text.as_str()),
        ("reason", "Unkind"),
    ];
    let send = || oliver.post_raw("/report", &fields);
    let (a, b) = tokio::join!(send(), send());
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::SEE_OTHER, StatusCode::CONFLICT]);
    let reports: i64 = app
        .with_db(move |c| {
            flags::table
                .filter(flags::subject_id.eq(id))
                .filter(flags::rule.eq("report"))
                .count()
                .get_result(c)
                .unwrap()
        })
        .await;
    assert_eq!(reports, 2, "one per member");

    let missing = sam
        .submit(
            &form,
            "/report",
            &[("kind", "comment"), ("id", "999999"), ("reason", "x")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let token = tom.csrf_token(&path).await;
    let mut own_fields = vec![("csrf_token", token.as_str())];
    own_fields.extend_from_slice(&fields);
    let own = tom.post_raw("/report", &own_fields).await;
    assert_eq!(own.status, StatusCode::BAD_REQUEST);

    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let queue = moderator.get("/mod").await.body;
    assert!(queue.contains("Reported by a member</strong> by sam_k: Rude to other members"));
    assert!(queue.contains("Reported by a member</strong> by oliver-j: Unkind"));
}

on_both_databases!(reports_reach_the_queue_once_per_member);
