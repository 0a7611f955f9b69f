//! Who hears about a post that has just become public: the area's experts of a question;
//! the asker and the followers of an answer. Subscribed to "published" and "approved"
//! (see [`super::events`]), so that a held post is announced once, when it is public.

use chrono::NaiveDateTime;
use diesel::QueryResult;

use crate::db::DbConnection;
use crate::db::models::questions::{self, Question};
use crate::db::models::{answers, areas, users};
use crate::domain::{ContentKind, Visibility};
use crate::mail::Outgoing;
use crate::messages::notifications as texts;
use crate::notify::{self, Kind};
use crate::paths;

/// Announces post `id` of `kind`, if its kind is announced.
pub fn public(
    conn: &mut DbConnection,
    kind: ContentKind,
    id: i64,
    now: NaiveDateTime,
) -> QueryResult<Vec<Outgoing>> {
    match kind {
        ContentKind::Question => match questions::find(conn, id)? {
            Some(question) => question_asked(conn, &question, now),
            None => Ok(Vec::new()),
        },
        ContentKind::Answer => answered(conn, id, now),
        _ => Ok(Vec::new()),
    }
}

/// Tells the experts of the question's area (but not its asker).
fn question_asked(
    conn: &mut DbConnection,
    question: &Question,
    now: NaiveDateTime,
) -> QueryResult<Vec<Outgoing>> {
    let area = areas::find(conn, question.area_id)?.map_or_else(String::new, |a| a.name);
    let experts: Vec<i64> = areas::experts_of(conn, question.area_id)?
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| *id != question.asker_id)
        .collect();
    let text = texts::question_in_area(&area, &question.title);
    notify::send(
        conn,
        &experts,
        Kind::QuestionInMyArea,
        &text,
        &question.path(),
        now,
    )
}

/// Tells the asker and the question's followers of answer `answer_id`.
fn answered(
    conn: &mut DbConnection,
    answer_id: i64,
    now: NaiveDateTime,
) -> QueryResult<Vec<Outgoing>> {
    let Some(answer) = answers::find_answer(conn, answer_id)? else {
        return Ok(Vec::new());
    };
    // An answer under a question out of view (held or hidden) is announced to nobody:
    // the link would lead to a page they cannot open.
    let Some(question) = questions::find(conn, answer.question_id)?
        .filter(|q| q.visibility == Visibility::Visible.key())
    else {
        return Ok(Vec::new());
    };
    let author = users::find(conn, answer.author_id)?.map_or_else(String::new, |u| u.username);
    let url = paths::answer(question.id, &question.slug, answer_id);
    let mut mail = Vec::new();
    if question.asker_id != answer.author_id {
        let text = texts::answered_your_question(&author, &question.title);
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
        .filter(|f| *f != answer.author_id && *f != question.asker_id)
        .collect();
    let text = texts::followed_question_answered(&question.title);
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
