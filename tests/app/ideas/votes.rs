//! Votes on ideas: one per member even when sent at once, withdrawn, and closed with the idea.

use diesel::prelude::*;
use parlour::db::schema::{idea_votes, ideas};
use parlour::domain::Role;
use reqwest::StatusCode;

use super::{set_status, share};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn votes_are_one_per_member_even_when_sent_at_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = share(&tom, "A loyalty card that lives in the app").await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;

    // Before approval nobody else can even see it; its author cannot vote for it.
    assert_eq!(
        sam.submit("/ideas", &format!("{path}/vote"), &[("vote", "up")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    set_status(&moderator, &path, "new", "").await;
    let own = tom
        .submit(&path, &format!("{path}/vote"), &[("vote", "up")])
        .await;
    assert_eq!(own.status, StatusCode::FORBIDDEN);

    let token = sam.csrf_token(&path).await;
    let url = format!("{path}/vote");
    let fields = [("csrf_token", token.as_str()), ("vote", "up")];
    let responses =
        futures_util::future::join_all((0..8).map(|_| sam.post_raw(&url, &fields))).await;
    assert!(responses.iter().all(|r| r.status == StatusCode::SEE_OTHER));
    let counts = || async {
        app.with_db(|c| {
            let rows: i64 = idea_votes::table.count().get_result(c).unwrap();
            let count: i32 = ideas::table.select(ideas::vote_count).first(c).unwrap();
            (rows, count)
        })
        .await
    };
    assert_eq!(counts().await, (1, 1));
    assert!(sam.get(&path).await.body.contains("Withdraw my vote"));

    sam.submit(&path, &url, &[("vote", "withdraw")]).await;
    assert_eq!(counts().await, (0, 0));
    sam.submit(&path, &url, &[("vote", "withdraw")]).await;
    assert_eq!(counts().await, (0, 0), "withdrawing twice is a no-op");

    // Voters hear of status changes; a declined idea takes no new votes.
    sam.submit(&path, &url, &[("vote", "up")]).await;
    set_status(&moderator, &path, "declined", "Not this year.").await;
    assert!(
        sam.get("/notifications")
            .await
            .body
            .contains("is now declined")
    );
    let oliver = app.signed_in_as("oliver-j", &[]).await;
    let closed = oliver.submit(&path, &url, &[("vote", "up")]).await;
    assert_eq!(closed.status, StatusCode::FORBIDDEN);
    assert!(closed.body.contains("not open for votes"));
}

on_both_databases!(votes_are_one_per_member_even_when_sent_at_once);
