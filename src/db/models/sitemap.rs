//! What the sitemap lists besides its fixed pages: the articles, questions and ideas anyone
//! may read, each list counted and read a slice at a time. Each list keeps one fixed order,
//! an index's (date, then id, so that no two rows tie): a slice is one stretch of that
//! index from an offset, never a read of every post, and a row stays in its slice until
//! posts before it come or go.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::models::idea_lists;
use crate::db::schema::{articles, ideas, questions};
use crate::domain::Visibility;
use crate::paths;

type Backend = <DbConnection as diesel::Connection>::Backend;

/// A list the sitemap holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listed {
    Articles,
    Questions,
    Ideas,
}

/// A page's path and when it last changed.
pub type Address = (String, NaiveDateTime);

/// Articles published by `now` and on view.
fn articles_on_view(now: NaiveDateTime) -> articles::BoxedQuery<'static, Backend> {
    articles::table
        .filter(articles::published_at.le(now))
        .filter(articles::visibility.eq(Visibility::Visible.key()))
        .into_boxed()
}

/// Questions on view.
fn questions_on_view() -> questions::BoxedQuery<'static, Backend> {
    questions::table
        .filter(questions::visibility.eq(Visibility::Visible.key()))
        .into_boxed()
}

/// Ideas with a page of their own for anyone.
fn ideas_on_view() -> ideas::BoxedQuery<'static, Backend> {
    ideas::table.filter(idea_lists::public()).into_boxed()
}

/// How many addresses `listed` holds at `now`.
pub fn count(conn: &mut DbConnection, listed: Listed, now: NaiveDateTime) -> QueryResult<i64> {
    match listed {
        Listed::Articles => articles_on_view(now).count().get_result(conn),
        Listed::Questions => questions_on_view().count().get_result(conn),
        Listed::Ideas => ideas_on_view().count().get_result(conn),
    }
}

/// `limit` addresses of `listed` from `offset`, in the list's fixed order. An article's
/// last change is its last edit; a question's, its last answer or comment.
pub fn slice(
    conn: &mut DbConnection,
    listed: Listed,
    now: NaiveDateTime,
    offset: i64,
    limit: i64,
) -> QueryResult<Vec<Address>> {
    Ok(match listed {
        Listed::Articles => articles_on_view(now)
            .order((articles::published_at, articles::id))
            .offset(offset)
            .limit(limit)
            .select((articles::slug, articles::updated_at))
            .load::<(String, NaiveDateTime)>(conn)?
            .into_iter()
            .map(|(slug, changed)| (paths::article(&slug), changed))
            .collect(),
        Listed::Questions => questions_on_view()
            .order((questions::created_at, questions::id))
            .offset(offset)
            .limit(limit)
            .select((questions::id, questions::slug, questions::last_activity_at))
            .load::<(i64, String, NaiveDateTime)>(conn)?
            .into_iter()
            .map(|(id, slug, changed)| (paths::question(id, &slug), changed))
            .collect(),
        Listed::Ideas => ideas_on_view()
            .order((ideas::created_at, ideas::id))
            .offset(offset)
            .limit(limit)
            .select((ideas::id, ideas::created_at))
            .load::<(i64, NaiveDateTime)>(conn)?
            .into_iter()
            .map(|(id, created)| (paths::idea(id), created))
            .collect(),
    })
}
