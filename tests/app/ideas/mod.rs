//! The ideas board: posting, review, statuses with history, votes, sorting, merging and comments.

use reqwest::StatusCode;

use diesel::prelude::*;
use parlour::db::schema::{idea_votes, ideas};

use crate::helpers::{Browser, TestApp};

mod board;
mod comments;
mod merging;
mod posting;
mod review;
mod statuses;
mod votes;

pub async fn share(browser: &Browser, title: &str) -> String {
    share_with(
        browser,
        &[("title", title), ("body", "Because **reasons**.")],
        &[],
    )
    .await
}

/// Shares an idea in the area `area` (its slug); returns its path.
pub async fn share_in(browser: &Browser, title: &str, area: &str) -> String {
    share_with(
        browser,
        &[
            ("title", title),
            ("body", "Because **reasons**."),
            ("area", area),
        ],
        &[],
    )
    .await
}

/// Posts the idea form with `fields` and `files`; returns the new idea's path.
pub async fn share_with(
    browser: &Browser,
    fields: &[(&str, &str)],
    files: &[(&str, &str, Vec<u8>)],
) -> String {
    let page = browser
        .submit_multipart("/ideas/new", "/ideas/new", fields, files)
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    page.location()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned()
}

pub async fn set_status(
    moderator: &Browser,
    path: &str,
    status: &str,
    note: &str,
) -> crate::helpers::Page {
    moderator
        .submit(
            path,
            &format!("{path}/status"),
            &[("status", status), ("note", note)],
        )
        .await
}

/// An idea's vote counter and how many vote rows it has.
pub async fn votes_of(app: &TestApp, idea_id: i64) -> (i32, i64) {
    app.with_db(move |c| {
        let count = ideas::table
            .find(idea_id)
            .select(ideas::vote_count)
            .first(c)
            .unwrap();
        let rows = idea_votes::table
            .filter(idea_votes::idea_id.eq(idea_id))
            .count()
            .get_result(c)
            .unwrap();
        (count, rows)
    })
    .await
}
