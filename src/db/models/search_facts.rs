//! What the search index records about posts besides their words: dates, the question an
//! answer belongs to, what a comment hangs under, an idea's status. Every function takes a
//! set of ids and answers in one query, so that rewriting one document and rebuilding a
//! million cost the same number of queries per post: none beyond a batch's few.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{answers, articles, ideas, questions, replies};

/// Articles `ids`: (id, made, published).
pub fn articles(
    conn: &mut DbConnection,
    ids: &[i64],
) -> QueryResult<Vec<(i64, NaiveDateTime, Option<NaiveDateTime>)>> {
    articles::table
        .filter(articles::id.eq_any(ids))
        .select((articles::id, articles::created_at, articles::published_at))
        .load(conn)
}

/// A question's id, date, number of experts' answers and accepted answer.
pub type QuestionFacts = (i64, NaiveDateTime, i32, Option<i64>);

/// Questions `ids`.
pub fn questions(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<QuestionFacts>> {
    questions::table
        .filter(questions::id.eq_any(ids))
        .select((
            questions::id,
            questions::created_at,
            questions::expert_answer_count,
            questions::accepted_answer_id,
        ))
        .load(conn)
}

/// An answer's facts, with its question's.
#[derive(Queryable, Debug, Clone)]
pub struct AnswerFacts {
    pub id: i64,
    pub created_at: NaiveDateTime,
    pub by_expert: bool,
    pub question_id: i64,
    pub question_visibility: String,
    pub accepted_answer_id: Option<i64>,
}

/// Answers `ids`.
pub fn answers(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<AnswerFacts>> {
    answers::table
        .inner_join(questions::table)
        .filter(answers::id.eq_any(ids))
        .select((
            answers::id,
            answers::created_at,
            answers::by_expert,
            questions::id,
            questions::visibility,
            questions::accepted_answer_id,
        ))
        .load(conn)
}

/// Comments `ids`: (id, written, subject's kind, subject's id).
pub fn comments(
    conn: &mut DbConnection,
    ids: &[i64],
) -> QueryResult<Vec<(i64, NaiveDateTime, String, i64)>> {
    replies::table
        .filter(replies::id.eq_any(ids))
        .select((
            replies::id,
            replies::created_at,
            replies::subject_kind,
            replies::subject_id,
        ))
        .load(conn)
}

/// An idea's id, date, status and what it was merged into.
pub type IdeaFacts = (i64, NaiveDateTime, String, Option<i64>);

/// Ideas `ids`.
pub fn ideas(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<IdeaFacts>> {
    ideas::table
        .filter(ideas::id.eq_any(ids))
        .select((
            ideas::id,
            ideas::created_at,
            ideas::status,
            ideas::merged_into_id,
        ))
        .load(conn)
}

/// The answers of question `id`, and the comments under it and them, as (kind, id).
pub fn children_of(
    conn: &mut DbConnection,
    kind: &str,
    id: i64,
) -> QueryResult<Vec<(String, i64)>> {
    let mut children: Vec<(String, i64)> = Vec::new();
    let mut answer_ids = Vec::new();
    if kind == "question" {
        answer_ids = answers::table
            .filter(answers::question_id.eq(id))
            .select(answers::id)
            .load(conn)?;
        children.extend(answer_ids.iter().map(|a| ("answer".to_owned(), *a)));
    }
    let comments: Vec<i64> = replies::table
        .filter(
            replies::subject_kind
                .eq(kind)
                .and(replies::subject_id.eq(id))
                .or(replies::subject_kind
                    .eq("answer")
                    .and(replies::subject_id.eq_any(&answer_ids))),
        )
        .select(replies::id)
        .load(conn)?;
    children.extend(comments.into_iter().map(|c| ("comment".to_owned(), c)));
    Ok(children)
}

/// Every post of `kind`, as (id, date): a rebuild writes the documents oldest first, so
/// that the index's row order follows time (see `crate::search`).
pub fn dated(conn: &mut DbConnection, kind: &str) -> QueryResult<Vec<(i64, NaiveDateTime)>> {
    macro_rules! every {
        ($table:ident) => {
            $table::table
                .select(($table::id, $table::created_at))
                .load(conn)
        };
    }
    match kind {
        "article" => every!(articles),
        "question" => every!(questions),
        "answer" => every!(answers),
        "comment" => every!(replies),
        "idea" => every!(ideas),
        _ => Ok(Vec::new()),
    }
}

/// Whether any post exists.
pub fn any_post(conn: &mut DbConnection) -> QueryResult<bool> {
    use diesel::dsl::exists;
    let (a, q, i): (bool, bool, bool) = diesel::select((
        exists(articles::table.select(articles::id)),
        exists(questions::table.select(questions::id)),
        exists(ideas::table.select(ideas::id)),
    ))
    .get_result(conn)?;
    // Answers and comments hang under these, so no other table needs asking.
    Ok(a || q || i)
}
