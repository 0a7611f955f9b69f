//! Whether a reader may read a post where it stands: the post's own visibility and what it hangs under. Used by the pages that name a post by id, so that they reveal nothing its own page would not.

use crate::db::DbConnection;
use crate::db::models::posts::Post;
use crate::db::schema::{answers, articles, ideas, questions, replies};
use crate::domain::{ContentKind, Role, Viewer, Visibility};
use chrono::NaiveDateTime;
use diesel::prelude::*;

/// Whether `viewer` may read `post` where it stands: the post itself (see
/// [`Visibility::shown_to`]) and what it hangs under (a published article, a question on
/// view, an approved idea). Moderators read everything. Used by the pages that name a
/// post by id (reports, `/comments/{id}`), so that they reveal nothing its own page would
/// not.
pub fn readable(
    conn: &mut DbConnection,
    post: &Post,
    viewer: Option<&Viewer>,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    if viewer.is_some_and(|v| v.can(Role::Moderator)) {
        return Ok(true);
    }
    if !post.visibility.shown_to(post.author_id, viewer) {
        return Ok(false);
    }
    let own = viewer.is_some_and(|v| v.id == post.author_id);
    Ok(match post.kind {
        ContentKind::Article => own || article_open(conn, post.id, now)?,
        ContentKind::Question | ContentKind::Idea => true,
        ContentKind::Answer => {
            let question: i64 = answers::table
                .find(post.id)
                .select(answers::question_id)
                .first(conn)?;
            question_open(conn, question)?
        }
        ContentKind::Comment => {
            let (under, id): (String, i64) = replies::table
                .find(post.id)
                .select((replies::subject_kind, replies::subject_id))
                .first(conn)?;
            match ContentKind::parse(&under) {
                Some(ContentKind::Article) => article_open(conn, id, now)?,
                Some(ContentKind::Answer) => answer_open(conn, id)?,
                _ => idea_open(conn, id)?,
            }
        }
    })
}

const VISIBLE: &str = Visibility::Visible.key();

fn article_open(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> QueryResult<bool> {
    let row: Option<(Option<NaiveDateTime>, String)> = articles::table
        .find(id)
        .select((articles::published_at, articles::visibility))
        .first(conn)
        .optional()?;
    Ok(row.is_some_and(|(at, vis)| at.is_some_and(|t| t <= now) && vis == VISIBLE))
}

fn question_open(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    let vis: Option<String> = questions::table
        .find(id)
        .select(questions::visibility)
        .first(conn)
        .optional()?;
    Ok(vis.as_deref() == Some(VISIBLE))
}

fn answer_open(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    let row: Option<(i64, String)> = answers::table
        .find(id)
        .select((answers::question_id, answers::visibility))
        .first(conn)
        .optional()?;
    match row {
        Some((question, vis)) => Ok(vis == VISIBLE && question_open(conn, question)?),
        None => Ok(false),
    }
}

fn idea_open(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    let row: Option<(bool, String)> = ideas::table
        .find(id)
        .select((ideas::approved, ideas::visibility))
        .first(conn)
        .optional()?;
    Ok(row.is_some_and(|(approved, vis)| approved && vis == VISIBLE))
}
