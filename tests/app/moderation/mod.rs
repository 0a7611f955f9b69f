//! Moderation: automatic checks, reports, the queue, restrictions, policy, audit log, limits.

use diesel::prelude::*;
use parlour::db::schema::replies;
use parlour::domain::Role;

use crate::helpers::{Browser, TestApp};

mod audit;
mod checks;
mod limits;
mod policy;
mod queue;
mod reports;
mod restrictions;
mod views;
mod visibility;

/// Comments on `article` as `who`; returns the response.
async fn comment(who: &Browser, article: &str, body: &str) -> crate::helpers::Page {
    who.submit(article, &format!("{article}/comments"), &[("body", body)])
        .await
}

/// A published article by a staff member, and that member.
async fn article(app: &TestApp) -> (Browser, String) {
    let staff = app.signed_in_as("amara", &[Role::Staff]).await;
    let path = staff
        .write_article("Caring for linen", "Wash cool, dry flat.", "now")
        .await;
    (staff, path)
}

/// The newest comment's id.
async fn last_comment(app: &TestApp) -> i64 {
    app.with_db(|c| {
        replies::table
            .select(replies::id)
            .order(replies::id.desc())
            .first(c)
            .unwrap()
    })
    .await
}

/// Acts on a post from the queue.
async fn act(
    moderator: &Browser,
    kind: &str,
    id: i64,
    fields: &[(&str, &str)],
) -> crate::helpers::Page {
    moderator
        .submit("/", &format!("/mod/{kind}/{id}"), fields)
        .await
}
