//! Changing posts of any kind: holding, showing or hiding them, replacing their text with
//! a moderator's edit, and counting an author's posts. One `match` per operation keeps
//! the differences between kinds in one place (an answer moves its question's counters;
//! an idea's hold is its pre-moderation state). Loading them is in [`super::posts`].

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::posts::Post;
use super::questions;
use crate::db::DbConnection;
use crate::db::schema::{answers, articles, ideas, questions as questions_t, replies};
use crate::domain::{ContentKind, Visibility};

/// How many visible posts `author` has, of every kind.
pub fn visible_posts_by(conn: &mut DbConnection, author: i64) -> QueryResult<i64> {
    let visible = Visibility::Visible.key();
    let articles: i64 = articles::table
        .filter(articles::author_id.eq(author))
        .filter(articles::visibility.eq(visible))
        .count()
        .get_result(conn)?;
    let questions: i64 = questions_t::table
        .filter(questions_t::asker_id.eq(author))
        .filter(questions_t::visibility.eq(visible))
        .count()
        .get_result(conn)?;
    let answers: i64 = answers::table
        .filter(answers::author_id.eq(author))
        .filter(answers::visibility.eq(visible))
        .count()
        .get_result(conn)?;
    let comments: i64 = replies::table
        .filter(replies::author_id.eq(author))
        .filter(replies::status.eq(visible))
        .count()
        .get_result(conn)?;
    let ideas: i64 = ideas::table
        .filter(ideas::author_id.eq(author))
        .filter(ideas::approved.eq(true))
        .filter(ideas::visibility.eq(visible))
        .count()
        .get_result(conn)?;
    Ok(articles + questions + answers + comments + ideas)
}

/// How many posts (of every kind, any visibility) each of `authors` has written: five
/// grouped queries, whatever the number of authors.
pub fn post_counts(conn: &mut DbConnection, authors: &[i64]) -> QueryResult<HashMap<i64, i64>> {
    let mut counts = HashMap::new();
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
    add(questions_t::table
        .filter(questions_t::asker_id.eq_any(authors))
        .group_by(questions_t::asker_id)
        .select((questions_t::asker_id, diesel::dsl::count_star()))
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
    post: &Post,
    to: Visibility,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let key = to.key();
    match post.kind {
        ContentKind::Article => diesel::update(articles::table.find(post.id))
            .set(articles::visibility.eq(key))
            .execute(conn)?,
        ContentKind::Question => diesel::update(questions_t::table.find(post.id))
            .set(questions_t::visibility.eq(key))
            .execute(conn)?,
        ContentKind::Answer => {
            set_answer_visibility(conn, post, to, now)?;
            diesel::update(answers::table.find(post.id))
                .set(answers::visibility.eq(key))
                .execute(conn)?
        }
        ContentKind::Comment => diesel::update(replies::table.find(post.id))
            .set(replies::status.eq(key))
            .execute(conn)?,
        ContentKind::Idea => {
            let (approved, visibility) = match to {
                Visibility::Visible => (true, Visibility::Visible),
                Visibility::Held => (false, Visibility::Visible),
                Visibility::Hidden => (true, Visibility::Hidden),
            };
            diesel::update(ideas::table.find(post.id))
                .set((
                    ideas::approved.eq(approved),
                    ideas::visibility.eq(visibility.key()),
                ))
                .execute(conn)?
        }
    };
    Ok(())
}

/// What an answer coming into or going out of view changes on its question: the counts,
/// and the acceptance (an answer out of view cannot stay the accepted one).
fn set_answer_visibility(
    conn: &mut DbConnection,
    post: &Post,
    to: Visibility,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let (question, by_expert): (i64, bool) = answers::table
        .find(post.id)
        .select((answers::question_id, answers::by_expert))
        .first(conn)?;
    let was = post.visibility == Visibility::Visible;
    let will_be = to == Visibility::Visible;
    if was != will_be {
        let step = if will_be { 1 } else { -1 };
        questions::count_answer(conn, question, by_expert, step, now)?;
    }
    if !will_be {
        questions::drop_acceptance_of(conn, question, post.id)?;
    }
    Ok(())
}

/// Replaces a post's text with a moderator's edit.
pub fn replace_body(
    conn: &mut DbConnection,
    post: &Post,
    body_md: &str,
    body_html: &str,
) -> QueryResult<()> {
    match post.kind {
        ContentKind::Article => diesel::update(articles::table.find(post.id))
            .set((
                articles::body_md.eq(body_md),
                articles::body_html.eq(body_html),
            ))
            .execute(conn),
        ContentKind::Question => diesel::update(questions_t::table.find(post.id))
            .set((
                questions_t::body_md.eq(body_md),
                questions_t::body_html.eq(body_html),
            ))
            .execute(conn),
        ContentKind::Answer => diesel::update(answers::table.find(post.id))
            .set((
                answers::body_md.eq(body_md),
                answers::body_html.eq(body_html),
            ))
            .execute(conn),
        ContentKind::Comment => diesel::update(replies::table.find(post.id))
            .set((
                replies::body_md.eq(body_md),
                replies::body_html.eq(body_html),
            ))
            .execute(conn),
        ContentKind::Idea => diesel::update(ideas::table.find(post.id))
            .set((ideas::body_md.eq(body_md), ideas::body_html.eq(body_html)))
            .execute(conn),
    }
    .map(|_| ())
}
