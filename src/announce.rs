//! Who hears about a new question or answer: the area's experts of a question; the asker
//! and the followers of an answer. Shared by posting and by a moderator approving a post
//! that was held, so that a held post is announced once, when it becomes public.

use chrono::NaiveDateTime;

use crate::db::DbConnection;
use crate::db::models::areas;
use crate::db::models::questions::{self, Question};
use crate::mail::Outgoing;
use crate::notify::{self, Kind};

/// Tells the experts of the question's area (but not its asker).
pub fn question(
    conn: &mut DbConnection,
    question: &Question,
    now: NaiveDateTime,
) -> diesel::QueryResult<Vec<Outgoing>> {
    let area = areas::find(conn, question.area_id)?.map_or_else(String::new, |a| a.name);
    let experts: Vec<i64> = areas::experts_of(conn, question.area_id)?
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| *id != question.asker_id)
        .collect();
    let text = format!("New question in {area}: {}", question.title);
    notify::send(
        conn,
        &experts,
        Kind::QuestionInMyArea,
        &text,
        &question.path(),
        now,
    )
}

/// Tells the asker and the question's followers of answer `answer_id` by `author`.
pub fn answer(
    conn: &mut DbConnection,
    question: &Question,
    answer_id: i64,
    author: (i64, &str),
    now: NaiveDateTime,
) -> diesel::QueryResult<Vec<Outgoing>> {
    let url = format!("{}#answer-{answer_id}", question.path());
    let mut mail = Vec::new();
    if question.asker_id != author.0 {
        let text = format!("{} answered your question: {}", author.1, question.title);
        mail = notify::send(
            conn,
            &[question.asker_id],
            Kind::AnswerToMyQuestion,
            &text,
            &url,
            now,
        )?;
    }
    let followers: Vec<i64> = questions::followers(conn, question.id)?
        .into_iter()
        .filter(|f| *f != author.0 && *f != question.asker_id)
        .collect();
    let text = format!("New answer on a question you follow: {}", question.title);
    mail.extend(notify::send(
        conn,
        &followers,
        Kind::FollowedQuestionAnswered,
        &text,
        &url,
        now,
    )?);
    Ok(mail)
}
