//! Replies: the comments under articles, and later under answers and ideas. One table for
//! every kind of subject, threaded one level deep (a reply to a reply joins its parent).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{replies, users};
use crate::domain::{HeldSeen, Visibility};
use diesel::IntoSql;
use diesel::sql_types::Bool;

/// What a reply hangs under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Article(i64),
    Answer(i64),
    Idea(i64),
}

impl Subject {
    fn kind(self) -> &'static str {
        match self {
            Subject::Article(_) => "article",
            Subject::Answer(_) => "answer",
            Subject::Idea(_) => "idea",
        }
    }

    fn id(self) -> i64 {
        match self {
            Subject::Article(id) | Subject::Answer(id) | Subject::Idea(id) => id,
        }
    }
}

/// A reply as stored.
#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = replies)]
pub struct Reply {
    pub id: i64,
    pub subject_kind: String,
    pub subject_id: i64,
    pub parent_id: Option<i64>,
    pub author_id: i64,
    pub body_md: String,
    pub body_html: String,
    pub status: String,
    pub created_at: NaiveDateTime,
    pub edited_at: Option<NaiveDateTime>,
}

/// A reply with what a page shows of its author.
#[derive(Debug, Clone)]
pub struct ReplyView {
    pub reply: Reply,
    pub author: String,
    pub author_roles: i32,
}

/// A new reply, as checked and rendered.
pub struct NewReply<'a> {
    pub subject: Subject,
    /// The thread it joins (a top-level reply's id).
    pub parent_id: Option<i64>,
    pub author_id: i64,
    pub body_md: &'a str,
    pub body_html: &'a str,
    /// `visible`, or `held` for a moderator.
    pub status: &'a str,
}

/// Adds a reply and returns its id.
pub fn create(conn: &mut DbConnection, new: &NewReply, now: NaiveDateTime) -> QueryResult<i64> {
    diesel::insert_into(replies::table)
        .values((
            replies::subject_kind.eq(new.subject.kind()),
            replies::subject_id.eq(new.subject.id()),
            replies::parent_id.eq(new.parent_id),
            replies::author_id.eq(new.author_id),
            replies::body_md.eq(new.body_md),
            replies::body_html.eq(new.body_html),
            replies::status.eq(new.status),
            replies::created_at.eq(now),
        ))
        .returning(replies::id)
        .get_result(conn)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Reply>> {
    replies::table
        .find(id)
        .select(Reply::as_select())
        .first(conn)
        .optional()
}

/// The replies under `subject`, oldest first, with their authors: the visible ones and
/// the held ones `held` lets the reader see. One query.
pub fn for_subject(
    conn: &mut DbConnection,
    subject: Subject,
    held: HeldSeen,
) -> QueryResult<Vec<ReplyView>> {
    for_subjects(conn, subject.kind(), &[subject.id()], held)
}

/// The replies under answers `ids`, as [`for_subject`]: one query.
pub fn for_answers(
    conn: &mut DbConnection,
    ids: &[i64],
    held: HeldSeen,
) -> QueryResult<Vec<ReplyView>> {
    for_subjects(conn, "answer", ids, held)
}

fn for_subjects(
    conn: &mut DbConnection,
    kind: &str,
    ids: &[i64],
    held: HeldSeen,
) -> QueryResult<Vec<ReplyView>> {
    let rows: Vec<(Reply, String, i32)> = replies::table
        .inner_join(users::table)
        .filter(replies::subject_kind.eq(kind))
        .filter(replies::subject_id.eq_any(ids))
        .filter(
            replies::status
                .eq(Visibility::Visible.key())
                .or(replies::status.eq(Visibility::Held.key()).and(
                    replies::author_id
                        .eq(held.author_id)
                        .or(held.all.into_sql::<Bool>()),
                )),
        )
        .order((replies::created_at.asc(), replies::id.asc()))
        .select((Reply::as_select(), users::username, users::roles))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(reply, author, author_roles)| ReplyView {
            reply,
            author,
            author_roles,
        })
        .collect())
}

/// Replaces a reply's text.
pub fn update_body(
    conn: &mut DbConnection,
    id: i64,
    body_md: &str,
    body_html: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(replies::table.find(id))
        .set((
            replies::body_md.eq(body_md),
            replies::body_html.eq(body_html),
            replies::edited_at.eq(Some(now)),
        ))
        .execute(conn)
}

/// Whether the subject belongs to `subject` (a parent must hang under the same article).
pub fn belongs_to(reply: &Reply, subject: Subject) -> bool {
    reply.subject_kind == subject.kind() && reply.subject_id == subject.id()
}
