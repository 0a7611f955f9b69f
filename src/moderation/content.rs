//! Changing posts of any kind: holding, showing or hiding them, and replacing their text
//! with a moderator's edit; and counting an author's posts. One `match` per operation keeps
//! the differences between kinds in one place (an answer moves its question's counters; an
//! idea's hold is its pre-moderation state). Reading them is in [`super::items`].

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::ContentKind;
use super::items::Item;
use crate::db::DbConnection;
use crate::db::schema::{answers, articles, ideas, questions, replies};

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
