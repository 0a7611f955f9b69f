//! Answer votes sent at once: however many arrive together, one vote is kept.

use diesel::prelude::*;
use parlour::db::schema::{answer_votes, answers};
use reqwest::StatusCode;

use super::{answer, ask, newest_answer};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn votes_sent_at_once_leave_one_vote(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (care, slug) = app.create_area("Care").await;
    let _ = care;
    let tom = app.signed_in_as("tom", &[]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    let path = ask(&tom, "How do I store cashmere in summer?", &slug).await;
    answer(&sam, &path, "Fold it, with cedar.").await;
    let id = newest_answer(&app).await;
    let token = tom.csrf_token(&path).await;
    let url = format!("/experts/answers/{id}/vote");
    let fields = [("csrf_token", token.as_str()), ("vote", "up")];

    let requests = (0..8).map(|_| tom.post_raw(&url, &fields));
    let responses = futures_util::future::join_all(requests).await;

    assert!(
        responses.iter().all(|r| r.status == StatusCode::SEE_OTHER),
        "every request gets an answer"
    );
    let (rows, score): (i64, i32) = app
        .with_db(move |c| {
            let rows = answer_votes::table.count().get_result(c).unwrap();
            let score = answers::table
                .find(id)
                .select(answers::score)
                .first(c)
                .unwrap();
            (rows, score)
        })
        .await;
    assert_eq!((rows, score), (1, 1));
}

on_both_databases!(votes_sent_at_once_leave_one_vote);
