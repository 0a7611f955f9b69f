//! Posts of any kind as moderation sees them: loaded by kind and id (one query per kind
//! for a whole queue page), and whether a reader may see one where it stands.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::ContentKind;
use super::content::Visibility;
use crate::db::DbConnection;
use crate::db::schema::{answers, articles, ideas, questions, replies, users};

/// What moderation needs of a post.
#[derive(Debug, Clone)]
pub struct Item {
    pub kind: ContentKind,
    pub id: i64,
    pub author_id: i64,
    pub author: String,
    pub title: String,
    pub body_md: String,
    pub body_html: String,
    /// Where the post is read.
    pub path: String,
    pub visibility: Visibility,
    /// The area it belongs to (questions, their answers, ideas), for the queue's filter.
    pub area_id: Option<i64>,
}

impl Item {
    /// How the audit log names the post.
    pub fn audit_subject(&self) -> String {
        format!(
            "{} #{} by {}: {}",
            self.kind.label(),
            self.id,
            self.author,
            self.title
        )
    }
}

/// Whether `viewer` may read `item` where it stands: the post itself (see
/// [`super::may_see`]) and what it hangs under (a published article, a question on view,
/// an approved idea). Moderators read everything. Used by the pages that name a post by
/// id (reports, `/comments/{id}`), so that they reveal nothing its own page would not.
pub fn readable(
    conn: &mut DbConnection,
    item: &Item,
    viewer: Option<&crate::auth::Viewer>,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    if viewer.is_some_and(|v| v.can(crate::domain::Role::Moderator)) {
        return Ok(true);
    }
    if !super::may_see(item.visibility.key(), item.author_id, viewer) {
        return Ok(false);
    }
    let own = |author: i64| viewer.is_some_and(|v| v.id == author);
    let article_open = |conn: &mut DbConnection, id: i64| -> QueryResult<bool> {
        let row: Option<(Option<NaiveDateTime>, String)> = articles::table
            .find(id)
            .select((articles::published_at, articles::visibility))
            .first(conn)
            .optional()?;
        Ok(row.is_some_and(|(at, vis)| at.is_some_and(|t| t <= now) && vis == "visible"))
    };
    let question_open = |conn: &mut DbConnection, id: i64| -> QueryResult<bool> {
        let vis: Option<String> = questions::table
            .find(id)
            .select(questions::visibility)
            .first(conn)
            .optional()?;
        Ok(vis.as_deref() == Some("visible"))
    };
    Ok(match item.kind {
        ContentKind::Article => own(item.author_id) || article_open(conn, item.id)?,
        ContentKind::Question => true,
        ContentKind::Idea => true,
        ContentKind::Answer => {
            let question: i64 = answers::table
                .find(item.id)
                .select(answers::question_id)
                .first(conn)?;
            question_open(conn, question)?
        }
        ContentKind::Comment => {
            let (under, id): (String, i64) = replies::table
                .find(item.id)
                .select((replies::subject_kind, replies::subject_id))
                .first(conn)?;
            match under.as_str() {
                "article" => article_open(conn, id)?,
                "answer" => {
                    let row: Option<(i64, String)> = answers::table
                        .find(id)
                        .select((answers::question_id, answers::visibility))
                        .first(conn)
                        .optional()?;
                    match row {
                        Some((question, vis)) => vis == "visible" && question_open(conn, question)?,
                        None => false,
                    }
                }
                _ => {
                    let row: Option<(bool, String)> = ideas::table
                        .find(id)
                        .select((ideas::approved, ideas::visibility))
                        .first(conn)
                        .optional()?;
                    row.is_some_and(|(approved, vis)| approved && vis == "visible")
                }
            }
        }
    })
}

/// One post, or `None` when there is no such post.
pub fn find(conn: &mut DbConnection, kind: ContentKind, id: i64) -> QueryResult<Option<Item>> {
    Ok(find_many(conn, &[(kind, id)])?.pop())
}

/// The posts `keys` that exist, in no particular order: one query per kind present.
pub fn find_many(conn: &mut DbConnection, keys: &[(ContentKind, i64)]) -> QueryResult<Vec<Item>> {
    let ids_of = |kind: ContentKind| -> Vec<i64> {
        keys.iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, id)| *id)
            .collect()
    };
    let mut items = Vec::new();
    let ids = ids_of(ContentKind::Article);
    if !ids.is_empty() {
        type ArticleRow = (i64, i64, String, String, String, String, String, String);
        let rows: Vec<ArticleRow> = articles::table
            .inner_join(users::table)
            .filter(articles::id.eq_any(&ids))
            .select((
                articles::id,
                articles::author_id,
                users::username,
                articles::title,
                articles::body_md,
                articles::body_html,
                articles::slug,
                articles::visibility,
            ))
            .load(conn)?;
        items.extend(rows.into_iter().map(
            |(id, author_id, author, title, body_md, body_html, slug, visibility)| Item {
                kind: ContentKind::Article,
                id,
                author_id,
                author,
                title,
                body_md,
                body_html,
                path: format!("/blog/{slug}"),
                visibility: Visibility::parse(&visibility),
                area_id: None,
            },
        ));
    }
    let ids = ids_of(ContentKind::Question);
    if !ids.is_empty() {
        type QuestionRow = (
            i64,
            i64,
            String,
            String,
            String,
            String,
            String,
            String,
            i64,
        );
        let rows: Vec<QuestionRow> = questions::table
            .inner_join(users::table)
            .filter(questions::id.eq_any(&ids))
            .select((
                questions::id,
                questions::asker_id,
                users::username,
                questions::title,
                questions::body_md,
                questions::body_html,
                questions::slug,
                questions::visibility,
                questions::area_id,
            ))
            .load(conn)?;
        items.extend(rows.into_iter().map(
            |(id, author_id, author, title, body_md, body_html, slug, visibility, area)| Item {
                kind: ContentKind::Question,
                id,
                author_id,
                author,
                title,
                body_md,
                body_html,
                path: format!("/experts/questions/{id}-{slug}"),
                visibility: Visibility::parse(&visibility),
                area_id: Some(area),
            },
        ));
    }
    let ids = ids_of(ContentKind::Answer);
    if !ids.is_empty() {
        type AnswerRow = (
            i64,
            i64,
            String,
            String,
            String,
            i64,
            String,
            String,
            String,
            i64,
        );
        let rows: Vec<AnswerRow> = answers::table
            .inner_join(users::table)
            .inner_join(questions::table)
            .filter(answers::id.eq_any(&ids))
            .select((
                answers::id,
                answers::author_id,
                users::username,
                answers::body_md,
                answers::body_html,
                questions::id,
                questions::slug,
                questions::title,
                answers::visibility,
                questions::area_id,
            ))
            .load(conn)?;
        items.extend(rows.into_iter().map(
            |(
                id,
                author_id,
                author,
                body_md,
                body_html,
                question,
                slug,
                title,
                visibility,
                area,
            )| {
                Item {
                    kind: ContentKind::Answer,
                    id,
                    author_id,
                    author,
                    title: format!("Answer to “{title}”"),
                    body_md,
                    body_html,
                    path: format!("/experts/questions/{question}-{slug}#answer-{id}"),
                    visibility: Visibility::parse(&visibility),
                    area_id: Some(area),
                }
            },
        ));
    }
    let ids = ids_of(ContentKind::Comment);
    if !ids.is_empty() {
        type CommentRow = (i64, i64, String, String, String, String, String);
        let rows: Vec<CommentRow> = replies::table
            .inner_join(users::table)
            .filter(replies::id.eq_any(&ids))
            .select((
                replies::id,
                replies::author_id,
                users::username,
                replies::body_md,
                replies::body_html,
                replies::status,
                replies::subject_kind,
            ))
            .load(conn)?;
        items.extend(rows.into_iter().map(
            |(id, author_id, author, body_md, body_html, status, under)| {
                Item {
                    kind: ContentKind::Comment,
                    id,
                    author_id,
                    author,
                    title: match under.as_str() {
                        "answer" => "Comment on an answer",
                        "idea" => "Comment on an idea",
                        _ => "Comment on an article",
                    }
                    .to_owned(),
                    body_md,
                    body_html,
                    path: format!("/comments/{id}"),
                    visibility: Visibility::parse(&status),
                    area_id: None,
                }
            },
        ));
    }
    let ids = ids_of(ContentKind::Idea);
    if !ids.is_empty() {
        type IdeaRow = (
            i64,
            i64,
            String,
            String,
            String,
            String,
            bool,
            String,
            Option<i64>,
        );
        let rows: Vec<IdeaRow> = ideas::table
            .inner_join(users::table)
            .filter(ideas::id.eq_any(&ids))
            .select((
                ideas::id,
                ideas::author_id,
                users::username,
                ideas::title,
                ideas::body_md,
                ideas::body_html,
                ideas::approved,
                ideas::visibility,
                ideas::area_id,
            ))
            .load(conn)?;
        items.extend(rows.into_iter().map(
            |(id, author_id, author, title, body_md, body_html, approved, visibility, area_id)| {
                Item {
                    kind: ContentKind::Idea,
                    id,
                    author_id,
                    author,
                    title,
                    body_md,
                    body_html,
                    path: format!("/ideas/{id}"),
                    visibility: match Visibility::parse(&visibility) {
                        Visibility::Visible if !approved => Visibility::Held,
                        other => other,
                    },
                    area_id,
                }
            },
        ));
    }
    Ok(items)
}
