//! What a member can take with them, and what deleting an account removes.
//!
//! **Export** (`GET /account/export`): everything the community holds about the member, as
//! one JSON file: the account, every post they wrote, their votes, follows, "not for me"
//! marks, reports, notifications and e-mail choices.
//!
//! **Deletion** (`POST /account/delete`, with the password): the personal data goes — the
//! e-mail address, name, bio, picture, password, sessions, votes (the counts drop with
//! them), follows, marks, notifications and choices. What they wrote for others stays, as
//! "former member N": an answer someone relied on, or a comment in a thread, would
//! otherwise leave holes in other people's conversations. The row itself stays so that
//! those posts, the moderation record and the audit log keep their references; nothing
//! in it identifies the person any more.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::{Value, json};

use crate::db::DbConnection;
use crate::db::models::{answers, ideas};
use crate::db::schema::{
    answer_votes, answers as answers_t, articles, expert_areas, flags, idea_follows, idea_hidden,
    idea_votes, ideas as ideas_t, notification_prefs, notifications, question_follows, questions,
    rate_events, replies, sessions, users,
};
use crate::domain::Role;
use crate::error::AppError;

/// Everything held about member `id`, as JSON.
pub fn export(conn: &mut DbConnection, id: i64) -> Result<Value, AppError> {
    let (username, email, bio, roles, created_at): (String, String, String, i32, NaiveDateTime) =
        users::table
            .find(id)
            .select((
                users::username,
                users::email,
                users::bio,
                users::roles,
                users::created_at,
            ))
            .first(conn)?;
    let role_names: Vec<&str> = Role::ALL
        .into_iter()
        .filter(|r| crate::domain::RoleSet::from_bits(roles).has(*r))
        .map(Role::name)
        .collect();
    let articles: Vec<(String, String, Option<NaiveDateTime>, NaiveDateTime)> = articles::table
        .filter(articles::author_id.eq(id))
        .select((
            articles::title,
            articles::body_md,
            articles::published_at,
            articles::created_at,
        ))
        .load(conn)?;
    let questions: Vec<(i64, String, String, NaiveDateTime)> = questions::table
        .filter(questions::asker_id.eq(id))
        .select((
            questions::id,
            questions::title,
            questions::body_md,
            questions::created_at,
        ))
        .load(conn)?;
    let answers: Vec<(i64, String, NaiveDateTime)> = answers_t::table
        .filter(answers_t::author_id.eq(id))
        .select((
            answers_t::question_id,
            answers_t::body_md,
            answers_t::created_at,
        ))
        .load(conn)?;
    let comments: Vec<(String, i64, String, NaiveDateTime)> = replies::table
        .filter(replies::author_id.eq(id))
        .select((
            replies::subject_kind,
            replies::subject_id,
            replies::body_md,
            replies::created_at,
        ))
        .load(conn)?;
    let ideas: Vec<(i64, String, String, String, NaiveDateTime)> = ideas_t::table
        .filter(ideas_t::author_id.eq(id))
        .select((
            ideas_t::id,
            ideas_t::title,
            ideas_t::body_md,
            ideas_t::status,
            ideas_t::created_at,
        ))
        .load(conn)?;
    let idea_votes: Vec<(i64, NaiveDateTime)> = idea_votes::table
        .filter(idea_votes::user_id.eq(id))
        .select((idea_votes::idea_id, idea_votes::created_at))
        .load(conn)?;
    let answer_votes: Vec<(i64, NaiveDateTime)> = answer_votes::table
        .filter(answer_votes::user_id.eq(id))
        .select((answer_votes::answer_id, answer_votes::created_at))
        .load(conn)?;
    let followed_questions: Vec<i64> = question_follows::table
        .filter(question_follows::user_id.eq(id))
        .select(question_follows::question_id)
        .load(conn)?;
    let followed_ideas: Vec<i64> = idea_follows::table
        .filter(idea_follows::user_id.eq(id))
        .select(idea_follows::idea_id)
        .load(conn)?;
    let not_for_me: Vec<i64> = idea_hidden::table
        .filter(idea_hidden::user_id.eq(id))
        .select(idea_hidden::idea_id)
        .load(conn)?;
    let reports: Vec<(String, i64, String, NaiveDateTime)> = flags::table
        .filter(flags::reporter_id.eq(id))
        .select((
            flags::subject_kind,
            flags::subject_id,
            flags::detail,
            flags::created_at,
        ))
        .load(conn)?;
    let notes: Vec<(String, String, NaiveDateTime, Option<NaiveDateTime>)> = notifications::table
        .filter(notifications::user_id.eq(id))
        .select((
            notifications::text,
            notifications::url,
            notifications::created_at,
            notifications::read_at,
        ))
        .load(conn)?;
    let prefs: Vec<(String, bool)> = notification_prefs::table
        .filter(notification_prefs::user_id.eq(id))
        .select((notification_prefs::kind, notification_prefs::email))
        .load(conn)?;
    Ok(json!({
        "account": {
            "username": username, "email": email, "bio": bio, "roles": role_names,
            "member_since": created_at,
        },
        "articles": articles.iter().map(|(title, body, published, created)| json!({
            "title": title, "text": body, "published_at": published, "created_at": created,
        })).collect::<Vec<_>>(),
        "questions": questions.iter().map(|(qid, title, body, created)| json!({
            "id": qid, "title": title, "text": body, "created_at": created,
        })).collect::<Vec<_>>(),
        "answers": answers.iter().map(|(question, body, created)| json!({
            "question_id": question, "text": body, "created_at": created,
        })).collect::<Vec<_>>(),
        "comments": comments.iter().map(|(kind, subject, body, created)| json!({
            "on": kind, "on_id": subject, "text": body, "created_at": created,
        })).collect::<Vec<_>>(),
        "ideas": ideas.iter().map(|(iid, title, body, status, created)| json!({
            "id": iid, "title": title, "text": body, "status": status, "created_at": created,
        })).collect::<Vec<_>>(),
        "votes": {
            "ideas": idea_votes.iter().map(|(i, at)| json!({"idea_id": i, "at": at})).collect::<Vec<_>>(),
            "answers": answer_votes.iter().map(|(a, at)| json!({"answer_id": a, "at": at})).collect::<Vec<_>>(),
        },
        "following": { "questions": followed_questions, "ideas": followed_ideas },
        "not_for_me": not_for_me,
        "reports": reports.iter().map(|(kind, subject, reason, at)| json!({
            "on": kind, "on_id": subject, "reason": reason, "at": at,
        })).collect::<Vec<_>>(),
        "notifications": notes.iter().map(|(text, url, at, read)| json!({
            "text": text, "url": url, "at": at, "read_at": read,
        })).collect::<Vec<_>>(),
        "email_choices": prefs.iter().map(|(kind, email)| json!({"kind": kind, "email": email})).collect::<Vec<_>>(),
    }))
}

/// Deletes member `id`'s personal data (see the module notes); returns the name their
/// posts now show. Runs in the caller's transaction.
pub fn delete(conn: &mut DbConnection, id: i64) -> Result<String, AppError> {
    // Votes go one by one through the model, so the counts they added drop with them.
    let voted_ideas: Vec<i64> = idea_votes::table
        .filter(idea_votes::user_id.eq(id))
        .select(idea_votes::idea_id)
        .load(conn)?;
    for idea in voted_ideas {
        ideas::remove_vote(conn, idea, id)?;
    }
    let voted_answers: Vec<i64> = answer_votes::table
        .filter(answer_votes::user_id.eq(id))
        .select(answer_votes::answer_id)
        .load(conn)?;
    for answer in voted_answers {
        if let Some(answer) = answers::find_answer(conn, answer)? {
            answers::remove_vote(conn, &answer, id)?;
        }
    }
    diesel::delete(sessions::table.filter(sessions::user_id.eq(id))).execute(conn)?;
    diesel::delete(notifications::table.filter(notifications::user_id.eq(id))).execute(conn)?;
    diesel::delete(notification_prefs::table.filter(notification_prefs::user_id.eq(id)))
        .execute(conn)?;
    diesel::delete(question_follows::table.filter(question_follows::user_id.eq(id)))
        .execute(conn)?;
    diesel::delete(idea_follows::table.filter(idea_follows::user_id.eq(id))).execute(conn)?;
    diesel::delete(idea_hidden::table.filter(idea_hidden::user_id.eq(id))).execute(conn)?;
    diesel::delete(rate_events::table.filter(rate_events::user_id.eq(id))).execute(conn)?;
    diesel::delete(expert_areas::table.filter(expert_areas::user_id.eq(id))).execute(conn)?;
    let name = format!("former-member-{id}");
    diesel::update(users::table.find(id))
        .set((
            users::username.eq(&name),
            users::username_key.eq(&name),
            users::email.eq(format!("{name}@deleted.invalid")),
            users::email_key.eq(format!("{name}@deleted.invalid")),
            // Not a password hash: no password ever matches it.
            users::password_hash.eq("!deleted"),
            users::bio.eq(""),
            users::avatar_id.eq(None::<i64>),
            users::roles.eq(0),
            users::trusted.eq(false),
            users::restriction.eq(""),
            users::restricted_until.eq(None::<NaiveDateTime>),
            users::restriction_reason.eq(""),
        ))
        .execute(conn)?;
    Ok(name)
}
