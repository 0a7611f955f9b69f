//! The posts moderation acts on, whatever their kind: what the queue shows of them, how
//! they are held, shown or hidden, and how a moderator's edit replaces their text. One
//! `match` per operation keeps the differences between kinds in one place (an answer moves
//! its question's counters; an idea's hold is its pre-moderation state).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::ContentKind;
use crate::db::DbConnection;
use crate::db::schema::{answers, articles, ideas, questions, replies, users};

/// A post's visibility.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    Visible,
    /// Waits for a moderator; its author and moderators see it.
    Held,
    /// Taken down by a moderator; kept, moderators see it.
    Hidden,
}

impl Visibility {
    pub fn key(self) -> &'static str {
        match self {
            Visibility::Visible => "visible",
            Visibility::Held => "held",
            Visibility::Hidden => "hidden",
        }
    }

    pub fn parse(key: &str) -> Visibility {
        match key {
            "held" => Visibility::Held,
            "hidden" => Visibility::Hidden,
            _ => Visibility::Visible,
        }
    }

    pub fn of(held: bool) -> Visibility {
        if held {
            Visibility::Held
        } else {
            Visibility::Visible
        }
    }
}

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

/// How many visible posts `author` has, of every kind.
pub fn visible_posts_by(conn: &mut DbConnection, author: i64) -> QueryResult<i64> {
    let articles: i64 = articles::table
        .filter(articles::author_id.eq(author))
        .filter(articles::visibility.eq("visible"))
        .count()
        .get_result(conn)?;
    let questions: i64 = questions::table
        .filter(questions::asker_id.eq(author))
        .filter(questions::visibility.eq("visible"))
        .count()
        .get_result(conn)?;
    let answers: i64 = answers::table
        .filter(answers::author_id.eq(author))
        .filter(answers::visibility.eq("visible"))
        .count()
        .get_result(conn)?;
    let comments: i64 = replies::table
        .filter(replies::author_id.eq(author))
        .filter(replies::status.eq("visible"))
        .count()
        .get_result(conn)?;
    let ideas: i64 = ideas::table
        .filter(ideas::author_id.eq(author))
        .filter(ideas::approved.eq(true))
        .filter(ideas::visibility.eq("visible"))
        .count()
        .get_result(conn)?;
    Ok(articles + questions + answers + comments + ideas)
}

/// How many posts (of every kind, any visibility) each of `authors` has written: five
/// grouped queries, whatever the number of authors.
pub fn post_counts(
    conn: &mut DbConnection,
    authors: &[i64],
) -> QueryResult<std::collections::HashMap<i64, i64>> {
    let mut counts = std::collections::HashMap::new();
    let mut add = |rows: Vec<(i64, i64)>| {
        for (author, n) in rows {
            *counts.entry(author).or_insert(0) += n;
        }
    };
    add(articles::table
        .filter(articles::author_id.eq_any(authors))
        .group_by(articles::author_id)
        .select((articles::author_id, diesel::dsl::count_star()))
        .load(conn)?);
    add(questions::table
        .filter(questions::asker_id.eq_any(authors))
        .group_by(questions::asker_id)
        .select((questions::asker_id, diesel::dsl::count_star()))
        .load(conn)?);
    add(answers::table
        .filter(answers::author_id.eq_any(authors))
        .group_by(answers::author_id)
        .select((answers::author_id, diesel::dsl::count_star()))
        .load(conn)?);
    add(replies::table
        .filter(replies::author_id.eq_any(authors))
        .group_by(replies::author_id)
        .select((replies::author_id, diesel::dsl::count_star()))
        .load(conn)?);
    add(ideas::table
        .filter(ideas::author_id.eq_any(authors))
        .group_by(ideas::author_id)
        .select((ideas::author_id, diesel::dsl::count_star()))
        .load(conn)?);
    Ok(counts)
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

/// Sets a post's visibility. An answer's question counts only its visible answers; an
/// idea's hold is its pre-moderation state (approving it puts it on the board).
pub fn set_visibility(
    conn: &mut DbConnection,
    item: &Item,
    to: Visibility,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let key = to.key();
    match item.kind {
        ContentKind::Article => {
            diesel::update(articles::table.find(item.id))
                .set(articles::visibility.eq(key))
                .execute(conn)?;
        }
        ContentKind::Question => {
            diesel::update(questions::table.find(item.id))
                .set(questions::visibility.eq(key))
                .execute(conn)?;
        }
        ContentKind::Answer => {
            let (question, by_expert): (i64, bool) = answers::table
                .find(item.id)
                .select((answers::question_id, answers::by_expert))
                .first(conn)?;
            let was = item.visibility == Visibility::Visible;
            let now_visible = to == Visibility::Visible;
            if was != now_visible {
                let step = if now_visible { 1 } else { -1 };
                diesel::update(questions::table.find(question))
                    .set((
                        questions::answer_count.eq(questions::answer_count + step),
                        questions::expert_answer_count
                            .eq(questions::expert_answer_count + step * i32::from(by_expert)),
                        questions::last_activity_at.eq(now),
                    ))
                    .execute(conn)?;
            }
            if !now_visible {
                // An answer out of view cannot stay the accepted one.
                diesel::update(
                    questions::table
                        .find(question)
                        .filter(questions::accepted_answer_id.eq(Some(item.id))),
                )
                .set(questions::accepted_answer_id.eq(None::<i64>))
                .execute(conn)?;
            }
            diesel::update(answers::table.find(item.id))
                .set(answers::visibility.eq(key))
                .execute(conn)?;
        }
        ContentKind::Comment => {
            diesel::update(replies::table.find(item.id))
                .set(replies::status.eq(key))
                .execute(conn)?;
        }
        ContentKind::Idea => {
            let (approved, visibility) = match to {
                Visibility::Visible => (true, "visible"),
                Visibility::Held => (false, "visible"),
                Visibility::Hidden => (true, "hidden"),
            };
            diesel::update(ideas::table.find(item.id))
                .set((
                    ideas::approved.eq(approved),
                    ideas::visibility.eq(visibility),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// Replaces a post's text with a moderator's edit.
pub fn replace_body(
    conn: &mut DbConnection,
    item: &Item,
    body_md: &str,
    body_html: &str,
) -> QueryResult<()> {
    match item.kind {
        ContentKind::Article => diesel::update(articles::table.find(item.id))
            .set((
                articles::body_md.eq(body_md),
                articles::body_html.eq(body_html),
            ))
            .execute(conn),
        ContentKind::Question => diesel::update(questions::table.find(item.id))
            .set((
                questions::body_md.eq(body_md),
                questions::body_html.eq(body_html),
            ))
            .execute(conn),
        ContentKind::Answer => diesel::update(answers::table.find(item.id))
            .set((
                answers::body_md.eq(body_md),
                answers::body_html.eq(body_html),
            ))
            .execute(conn),
        ContentKind::Comment => diesel::update(replies::table.find(item.id))
            .set((
                replies::body_md.eq(body_md),
                replies::body_html.eq(body_html),
            ))
            .execute(conn),
        ContentKind::Idea => diesel::update(ideas::table.find(item.id))
            .set((ideas::body_md.eq(body_md), ideas::body_html.eq(body_html)))
            .execute(conn),
    }
    .map(|_| ())
}
