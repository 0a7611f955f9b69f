//! The API's lists: what anyone may read, newest first, one page after a position (the
//! last item's time and id) rather than after an offset, so that a deep page costs what
//! the first does. Each list is one query along the index on its date; the names beside
//! each row come in the same query.

/// A position in a list: the last item's time and id.
pub type After = (NaiveDateTime, i64);

/// An idea with its author's name and its area's slug and name.
pub type IdeaRow = (Idea, String, Option<(String, String)>);

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::models::idea_lists;
use crate::db::models::ideas::Idea;
use crate::db::models::questions::Question;
use crate::db::schema::{areas, ideas, questions, users};
use crate::domain::Visibility;

/// Questions on view, newest first, after `after`: each with its asker and its area's slug
/// and name.
pub fn questions(
    conn: &mut DbConnection,
    after: Option<After>,
    limit: i64,
) -> QueryResult<Vec<(Question, String, String, String)>> {
    let mut query = questions::table
        .inner_join(users::table)
        .inner_join(areas::table)
        .filter(questions::visibility.eq(Visibility::Visible.key()))
        .into_boxed();
    if let Some((at, id)) = after {
        // A range the index can seek to, then the few rows at the same time.
        query = query
            .filter(questions::created_at.le(at))
            .filter(questions::created_at.lt(at).or(questions::id.lt(id)));
    }
    query
        .order((questions::created_at.desc(), questions::id.desc()))
        .limit(limit)
        .select((
            Question::as_select(),
            users::username,
            areas::slug,
            areas::name,
        ))
        .load(conn)
}

/// Ideas anyone may read (approved, on view, not merged), newest first, after `after`,
/// with their authors and areas.
pub fn ideas(
    conn: &mut DbConnection,
    after: Option<After>,
    limit: i64,
) -> QueryResult<Vec<IdeaRow>> {
    let mut query = ideas::table
        .inner_join(users::table)
        .left_join(areas::table.on(ideas::area_id.eq(areas::id.nullable())))
        .filter(idea_lists::public())
        .into_boxed();
    if let Some((at, id)) = after {
        // A range the index can seek to, then the few rows at the same time.
        query = query
            .filter(ideas::created_at.le(at))
            .filter(ideas::created_at.lt(at).or(ideas::id.lt(id)));
    }
    query
        .order((ideas::created_at.desc(), ideas::id.desc()))
        .limit(limit)
        .select((
            Idea::as_select(),
            users::username,
            (areas::slug, areas::name).nullable(),
        ))
        .load(conn)
}
