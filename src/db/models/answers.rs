//! Answers to questions and the votes on them. Adding an answer or a vote also updates
//! the counters on the question row, in the caller's transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{answer_votes, answers, questions, users};
use crate::domain::{HeldSeen, Visibility};
use diesel::IntoSql;
use diesel::sql_types::Bool;

/// An answer as stored.
#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = answers)]
pub struct Answer {
    pub id: i64,
    pub question_id: i64,
    pub author_id: i64,
    pub body_md: String,
    pub body_html: String,
    pub by_expert: bool,
    pub score: i32,
    pub created_at: NaiveDateTime,
    pub edited_at: Option<NaiveDateTime>,
    /// `visible`, `held` or `hidden` (see `moderation::content::Visibility`).
    pub visibility: String,
}

/// An answer and its question, when both are on view (what members may vote on, accept
/// and comment under).
pub fn on_view(
    conn: &mut DbConnection,
    id: i64,
) -> QueryResult<Option<(Answer, super::questions::Question)>> {
    let Some(answer) = find_answer(conn, id)?.filter(|a| a.visibility == Visibility::Visible.key())
    else {
        return Ok(None);
    };
    Ok(super::questions::find(conn, answer.question_id)?
        .filter(|q| q.visibility == Visibility::Visible.key())
        .map(|q| (answer, q)))
}

/// An answer with its author's name.
pub struct AnswerView {
    pub answer: Answer,
    pub author: String,
}

pub fn find_answer(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Answer>> {
    answers::table
        .find(id)
        .select(Answer::as_select())
        .first(conn)
        .optional()
}

/// A question's answers with their authors, oldest first, with the held ones `held` lets
/// the reader see: one query.
pub fn answers_of(
    conn: &mut DbConnection,
    question_id: i64,
    held: HeldSeen,
) -> QueryResult<Vec<AnswerView>> {
    let rows: Vec<(Answer, String)> = answers::table
        .inner_join(users::table)
        .filter(answers::question_id.eq(question_id))
        .filter(
            answers::visibility
                .eq(Visibility::Visible.key())
                .or(answers::visibility.eq(Visibility::Held.key()).and(
                    answers::author_id
                        .eq(held.author_id)
                        .or(held.all.into_sql::<Bool>()),
                )),
        )
        .order((answers::created_at.asc(), answers::id.asc()))
        .select((Answer::as_select(), users::username))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(answer, author)| AnswerView { answer, author })
        .collect())
}

/// A new answer, as checked and rendered.
pub struct NewAnswer<'a> {
    pub question_id: i64,
    pub author_id: i64,
    pub body_md: &'a str,
    pub body_html: &'a str,
    pub by_expert: bool,
    /// Held while it waits for a moderator: the question's counts leave it out until then.
    pub visibility: Visibility,
}

/// Adds an answer; a visible one counts on its question at once.
pub fn add_answer(
    conn: &mut DbConnection,
    new: &NewAnswer,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    let id = diesel::insert_into(answers::table)
        .values((
            answers::question_id.eq(new.question_id),
            answers::author_id.eq(new.author_id),
            answers::body_md.eq(new.body_md),
            answers::body_html.eq(new.body_html),
            answers::by_expert.eq(new.by_expert),
            answers::created_at.eq(now),
            answers::visibility.eq(new.visibility.key()),
        ))
        .returning(answers::id)
        .get_result(conn)?;
    if new.visibility == Visibility::Visible {
        super::questions::count_answer(conn, new.question_id, new.by_expert, 1, now)?;
    }
    Ok(id)
}

/// Records a vote. A second vote by the same member fails on the table's key (a unique
/// violation): the caller rolls back and treats it as the no-op it is. The error is not
/// caught here because PostgreSQL cannot continue a transaction after it.
pub fn add_vote(
    conn: &mut DbConnection,
    answer: &Answer,
    user_id: i64,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(answer_votes::table)
        .values((
            answer_votes::answer_id.eq(answer.id),
            answer_votes::user_id.eq(user_id),
            answer_votes::created_at.eq(now),
        ))
        .execute(conn)?;
    adjust_score(conn, answer, 1)
}

/// Withdraws a vote; false when there was none.
pub fn remove_vote(conn: &mut DbConnection, answer: &Answer, user_id: i64) -> QueryResult<bool> {
    let removed = diesel::delete(
        answer_votes::table
            .filter(answer_votes::answer_id.eq(answer.id))
            .filter(answer_votes::user_id.eq(user_id)),
    )
    .execute(conn)?;
    if removed == 0 {
        return Ok(false);
    }
    adjust_score(conn, answer, -1)?;
    Ok(true)
}

fn adjust_score(conn: &mut DbConnection, answer: &Answer, by: i32) -> QueryResult<()> {
    diesel::update(answers::table.find(answer.id))
        .set(answers::score.eq(answers::score + by))
        .execute(conn)?;
    diesel::update(questions::table.find(answer.question_id))
        .set(questions::vote_count.eq(questions::vote_count + by))
        .execute(conn)?;
    Ok(())
}

/// The answers of a question that `user_id` voted for.
pub fn voted(conn: &mut DbConnection, question_id: i64, user_id: i64) -> QueryResult<Vec<i64>> {
    answer_votes::table
        .inner_join(answers::table)
        .filter(answers::question_id.eq(question_id))
        .filter(answer_votes::user_id.eq(user_id))
        .select(answer_votes::answer_id)
        .load(conn)
}
