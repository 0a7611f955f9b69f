//! Comments under articles: posting, threads one level deep, staff badges, editing.

use chrono::{Duration, Utc};
use diesel::prelude::*;
use parlour::db::schema::replies;
use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Backend, Browser, TestApp, csrf_token_in, text_of_id};
use crate::on_both_databases;

async fn published(app: &TestApp) -> (Browser, String) {
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    let path = author
        .write_article("Cufflinks 101", "Double cuffs need them.", "now")
        .await;
    (author, path)
}

/// The id of the newest comment.
async fn newest_comment(app: &TestApp) -> i64 {
    app.with_db(|conn| {
        replies::table
            .select(replies::id)
            .order(replies::id.desc())
            .first(conn)
            .unwrap()
    })
    .await
}

async fn members_comment_and_replies_stay_one_level_deep(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (author, path) = published(&app).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let comments = format!("{path}/comments");

    let posted = tom
        .submit(&path, &comments, &[("body", "Do silk knots count?")])
        .await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER);
    let first = newest_comment(&app).await;
    assert_eq!(
        posted.location(),
        Some(format!("{path}?notice=comment-posted#comment-{first}").as_str())
    );

    let first_id = first.to_string();
    author
        .submit(
            &path,
            &comments,
            &[
                ("body", "They do, **for** evenings."),
                ("parent_id", &first_id),
            ],
        )
        .await;
    let reply = newest_comment(&app).await;
    // A reply to the reply joins the same thread.
    let reply_id = reply.to_string();
    tom.submit(
        &path,
        &comments,
        &[("body", "Thanks!"), ("parent_id", &reply_id)],
    )
    .await;
    let parents: Vec<Option<i64>> = app
        .with_db(|conn| {
            replies::table
                .order(replies::id.asc())
                .select(replies::parent_id)
                .load(conn)
                .unwrap()
        })
        .await;
    assert_eq!(parents, vec![None, Some(first), Some(first)]);

    let page = app.browser().get(&path).await;
    assert!(page.body.contains("3 comments"));
    assert!(page.body.contains("Do silk knots count?"));
    assert!(
        page.body.contains("<strong>for</strong>"),
        "comments are Markdown"
    );
    assert!(
        page.body.contains("comment-staff"),
        "the staff reply is marked"
    );
    assert!(
        page.body
            .contains("<span class=\"badge badge-role\">Staff</span>")
    );
    let thread_start = page.body.find("Do silk knots count?").unwrap();
    let replies_start = page.body[thread_start..].find("class=\"replies\"").unwrap() + thread_start;
    assert!(page.body[replies_start..].contains("Thanks!"));
}

async fn visitors_are_sent_to_sign_in_to_comment(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, path) = published(&app).await;
    let visitor = app.browser();
    let page = visitor.get(&path).await;
    assert!(page.body.contains(&format!("href=\"/login?next={path}\"")));
    let response = visitor
        .submit("/login", &format!("{path}/comments"), &[("body", "Hi")])
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert!(response.location().unwrap().starts_with("/login?next="));
    let count: i64 = app
        .with_db(|c| replies::table.count().get_result(c).unwrap())
        .await;
    assert_eq!(count, 0);
}

async fn comments_on_drafts_or_missing_articles_are_404(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    let draft = author.write_article("Not yet", "Draft.", "draft").await;
    let tom = app.signed_in_as("tom", &[]).await;

    let on_draft = tom
        .submit("/", &format!("{draft}/comments"), &[("body", "First!")])
        .await;
    assert_eq!(on_draft.status, StatusCode::NOT_FOUND);
    // Not even staff comment on a draft: there is nothing to discuss yet.
    let by_staff = author
        .submit("/", &format!("{draft}/comments"), &[("body", "Note")])
        .await;
    assert_eq!(by_staff.status, StatusCode::NOT_FOUND);
    let missing = tom
        .submit("/", "/blog/no-such-article/comments", &[("body", "Hello")])
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let path = author
        .write_article("Cufflinks 101", "Double cuffs need them.", "now")
        .await;
    let stray_parent = tom
        .submit(
            &path,
            &format!("{path}/comments"),
            &[("body", "Hi"), ("parent_id", "999999")],
        )
        .await;
    assert_eq!(stray_parent.status, StatusCode::NOT_FOUND);
    let count: i64 = app
        .with_db(|c| replies::table.count().get_result(c).unwrap())
        .await;
    assert_eq!(count, 0);
}

async fn an_empty_comment_is_explained_and_what_was_typed_kept(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, path) = published(&app).await;
    let tom = app.signed_in_as("tom", &[]).await;

    let blank = tom
        .submit(&path, &format!("{path}/comments"), &[("body", "   \n  ")])
        .await;
    assert_eq!(blank.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&blank.body, "comment-body-error")
            .unwrap()
            .contains("Write something")
    );

    let long = "x".repeat(10_001);
    let too_long = tom
        .submit(&path, &format!("{path}/comments"), &[("body", &long)])
        .await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_long.body.contains(&long), "the text is kept");
    let count: i64 = app
        .with_db(|c| replies::table.count().get_result(c).unwrap())
        .await;
    assert_eq!(count, 0);
}

async fn authors_edit_their_own_comments_within_the_window(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, path) = published(&app).await;
    let tom = app.signed_in_as("tom", &[]).await;
    tom.submit(
        &path,
        &format!("{path}/comments"),
        &[("body", "Teh best guide")],
    )
    .await;
    let id = newest_comment(&app).await;
    let edit = format!("/comments/{id}/edit");

    assert!(
        tom.get(&path)
            .await
            .body
            .contains(&format!("href=\"{edit}\""))
    );
    let saved = tom
        .submit(&edit, &edit, &[("body", "The best guide")])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let page = app.browser().get(&path).await;
    assert!(page.body.contains("The best guide") && page.body.contains("edited"));

    let sam = app.signed_in_as("sam_k", &[]).await;
    assert_eq!(sam.get(&edit).await.status, StatusCode::FORBIDDEN);
    let hijack = sam.submit(&path, &edit, &[("body", "Hijacked")]).await;
    assert_eq!(hijack.status, StatusCode::FORBIDDEN);

    app.with_db(move |conn| {
        let long_ago = Utc::now().naive_utc() - Duration::minutes(16);
        diesel::update(replies::table.find(id))
            .set(replies::created_at.eq(long_ago))
            .execute(conn)
            .unwrap()
    })
    .await;
    let late = tom.submit(&path, &edit, &[("body", "Too late")]).await;
    assert_eq!(late.status, StatusCode::FORBIDDEN);
    assert!(late.body.contains("15 minutes"));
    assert!(
        app.browser()
            .get(&path)
            .await
            .body
            .contains("The best guide")
    );
}

/// Under each thread a "Reply" link, not a form: the link opens the one reply form, focused,
/// under the comment it names, and a reply sent from it joins that thread.
async fn a_reply_link_opens_the_one_form_under_its_comment(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, path) = published(&app).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let comments = format!("{path}/comments");
    tom.submit(&path, &comments, &[("body", "Silk or metal?")])
        .await;
    let first = newest_comment(&app).await;
    tom.submit(&path, &comments, &[("body", "And for evenings?")])
        .await;
    let second = newest_comment(&app).await;
    let reply_field = |id: i64| format!("name=\"parent_id\" value=\"{id}\"");

    let page = tom.get(&path).await;
    assert!(
        !page.body.contains("name=\"parent_id\""),
        "no reply form until asked for"
    );
    for id in [first, second] {
        assert!(
            page.body
                .contains(&format!("href=\"?reply={id}#reply-{id}\""))
        );
    }
    let opened = tom.get(&format!("{path}?reply={first}")).await;
    assert_eq!(
        opened.body.matches("name=\"parent_id\"").count(),
        1,
        "one form"
    );
    let form = opened.body.find(&reply_field(first)).expect("the form");
    let thread = opened.body.find("Silk or metal?").unwrap();
    let next = opened.body.find("And for evenings?").unwrap();
    assert!(thread < form && form < next, "under the comment it names");
    assert!(opened.body.contains(&format!(
        "id=\"reply-{first}\" name=\"body\" rows=\"3\" autofocus"
    )));
    let token = csrf_token_in(&opened.body).unwrap();
    let first_id = first.to_string();
    let sent = tom
        .post_raw(
            &comments,
            &[
                ("csrf_token", &token),
                ("body", "Metal."),
                ("parent_id", &first_id),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let parent: Option<i64> = app
        .with_db(|conn| {
            replies::table
                .order(replies::id.desc())
                .select(replies::parent_id)
                .first(conn)
                .unwrap()
        })
        .await;
    assert_eq!(parent, Some(first));
}

on_both_databases!(
    a_reply_link_opens_the_one_form_under_its_comment,
    members_comment_and_replies_stay_one_level_deep,
    visitors_are_sent_to_sign_in_to_comment,
    comments_on_drafts_or_missing_articles_are_404,
    an_empty_comment_is_explained_and_what_was_typed_kept,
    authors_edit_their_own_comments_within_the_window,
);
