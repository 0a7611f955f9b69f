//! Posts of any kind, loaded by kind and id as moderation, reports and `/comments/{id}`
//! see them: one query per kind present, whatever the number of posts, each mapped by
//! [`PostRow::into_post`] so that the kinds differ only in the columns they select.

use diesel::dsl::AsExprOf;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Nullable, Text};

use crate::db::DbConnection;
use crate::db::schema::{answers, articles, ideas, questions, replies, users};
use crate::domain::{AuditSubject, ContentKind, Visibility};
use crate::messages::notifications;
use crate::paths;

/// A post of any kind, with what moderation needs of it.
#[derive(Debug, Clone)]
pub struct Post {
    pub kind: ContentKind,
    pub id: i64,
    pub author_id: i64,
    pub author: String,
    /// The post's own title; for an answer, its question's.
    pub title: String,
    pub body_md: String,
    pub body_html: String,
    /// Where the post is read.
    pub path: String,
    pub visibility: Visibility,
    /// The area it belongs to (questions, their answers, ideas), for the queue's filter.
    pub area_id: Option<i64>,
    /// What a comment hangs under.
    pub under: Option<ContentKind>,
}

impl Post {
    /// How the queue heads the post.
    pub fn heading(&self) -> crate::i18n::Text {
        notifications::post_heading(self.kind.key(), &self.title, self.under_key())
    }

    fn under_key(&self) -> &'static str {
        self.under.map_or("", ContentKind::key)
    }

    /// How the audit log names the post, with a link to it.
    pub fn audit_subject(&self) -> AuditSubject {
        let name = notifications::audit_post(
            self.kind.key(),
            self.id,
            &self.author,
            &self.title,
            self.under_key(),
        );
        AuditSubject::linked(name, &self.path)
    }
}

/// The columns every kind selects, in this order. `key` is the slug, or what a comment
/// hangs under; `parent` an answer's question.
#[derive(Queryable)]
struct PostRow {
    id: i64,
    author_id: i64,
    author: String,
    title: String,
    body_md: String,
    body_html: String,
    key: String,
    visibility: String,
    parent: Option<i64>,
    area_id: Option<i64>,
    approved: bool,
}

impl PostRow {
    fn into_post(self, kind: ContentKind) -> Post {
        let mut visibility = Visibility::parse(&self.visibility);
        // An idea waiting for review is held, whatever its visibility column says.
        if visibility == Visibility::Visible && !self.approved {
            visibility = Visibility::Held;
        }
        let path = match kind {
            ContentKind::Article => paths::article(&self.key),
            ContentKind::Question => paths::question(self.id, &self.key),
            ContentKind::Answer => paths::answer(self.parent.unwrap_or(0), &self.key, self.id),
            ContentKind::Comment => paths::comment(self.id),
            ContentKind::Idea => paths::idea(self.id),
        };
        let under = (kind == ContentKind::Comment)
            .then(|| ContentKind::parse(&self.key))
            .flatten();
        Post {
            kind,
            id: self.id,
            author_id: self.author_id,
            author: self.author,
            title: self.title,
            body_md: self.body_md,
            body_html: self.body_html,
            path,
            visibility,
            area_id: self.area_id,
            under,
        }
    }
}

fn no_id() -> AsExprOf<Option<i64>, Nullable<BigInt>> {
    None::<i64>.into_sql::<Nullable<BigInt>>()
}

fn yes() -> AsExprOf<bool, Bool> {
    true.into_sql::<Bool>()
}

/// One post, or `None` when there is no such post.
pub fn find(conn: &mut DbConnection, kind: ContentKind, id: i64) -> QueryResult<Option<Post>> {
    Ok(find_many(conn, &[(kind, id)])?.pop())
}

/// The posts `keys` that exist, in no particular order: one query per kind present.
pub fn find_many(conn: &mut DbConnection, keys: &[(ContentKind, i64)]) -> QueryResult<Vec<Post>> {
    let mut posts = Vec::new();
    for kind in ContentKind::ALL {
        let ids: Vec<i64> = keys
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, id)| *id)
            .collect();
        if ids.is_empty() {
            continue;
        }
        let rows = load_rows(conn, kind, &ids)?;
        posts.extend(rows.into_iter().map(|row| row.into_post(kind)));
    }
    Ok(posts)
}

fn load_rows(conn: &mut DbConnection, kind: ContentKind, ids: &[i64]) -> QueryResult<Vec<PostRow>> {
    match kind {
        ContentKind::Article => articles::table
            .inner_join(users::table)
            .filter(articles::id.eq_any(ids))
            .select((
                articles::id,
                articles::author_id,
                users::username,
                articles::title,
                articles::body_md,
                articles::body_html,
                articles::slug,
                articles::visibility,
                no_id(),
                no_id(),
                yes(),
            ))
            .load(conn),
        ContentKind::Question => questions::table
            .inner_join(users::table)
            .filter(questions::id.eq_any(ids))
            .select((
                questions::id,
                questions::asker_id,
                users::username,
                questions::title,
                questions::body_md,
                questions::body_html,
                questions::slug,
                questions::visibility,
                no_id(),
                questions::area_id.nullable(),
                yes(),
            ))
            .load(conn),
        ContentKind::Answer => answers::table
            .inner_join(users::table)
            .inner_join(questions::table)
            .filter(answers::id.eq_any(ids))
            .select((
                answers::id,
                answers::author_id,
                users::username,
                questions::title,
                answers::body_md,
                answers::body_html,
                questions::slug,
                answers::visibility,
                questions::id.nullable(),
                questions::area_id.nullable(),
                yes(),
            ))
            .load(conn),
        ContentKind::Comment => replies::table
            .inner_join(users::table)
            .filter(replies::id.eq_any(ids))
            .select((
                replies::id,
                replies::author_id,
                users::username,
                "".into_sql::<Text>(),
                replies::body_md,
                replies::body_html,
                replies::subject_kind,
                replies::status,
                no_id(),
                no_id(),
                yes(),
            ))
            .load(conn),
        ContentKind::Idea => ideas::table
            .inner_join(users::table)
            .filter(ideas::id.eq_any(ids))
            .select((
                ideas::id,
                ideas::author_id,
                users::username,
                ideas::title,
                ideas::body_md,
                ideas::body_html,
                "".into_sql::<Text>(),
                ideas::visibility,
                no_id(),
                ideas::area_id,
                ideas::approved,
            ))
            .load(conn),
    }
}
