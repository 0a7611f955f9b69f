//! What a member can take with them, and what deleting an account removes.
//!
//! **Export** (`GET /account/export`): everything the community holds about the member, as
//! one JSON file: the account, every post they wrote, their votes, follows, "not for me"
//! marks, reports, notifications and e-mail choices.
//!
//! **Deletion** (`POST /account/delete`, with the password): the personal data goes — the
//! e-mail address, name, bio, picture (deleted unless a post shows it), password, sessions, votes (the counts drop with
//! them), follows, marks, notifications and choices. What they wrote for others stays, as
//! "former member N": an answer someone relied on, or a comment in a thread, would
//! otherwise leave holes in other people's conversations. The row itself stays so that
//! those posts, the moderation record and the audit log keep their references; nothing
//! in it identifies the person any more.

use serde_json::{Value, json};

use crate::db::DbConnection;
use crate::db::models::{media, member_data, users};
use crate::domain::{Role, RoleSet, Username};
use crate::error::AppError;

/// Everything held about member `id`, as JSON.
pub fn export(conn: &mut DbConnection, id: i64) -> Result<Value, AppError> {
    let record = member_data::record_of(conn, id)?;
    let (username, email, bio, roles, created_at) = &record.account;
    let role_names: Vec<&str> = Role::ALL
        .into_iter()
        .filter(|r| RoleSet::from_bits(*roles).has(*r))
        .map(Role::name)
        .collect();
    Ok(json!({
        "account": {
            "username": username, "email": email, "bio": bio, "roles": role_names,
            "member_since": created_at,
        },
        "articles": record.articles.iter().map(|(title, body, published, created)| json!({
            "title": title, "text": body, "published_at": published, "created_at": created,
        })).collect::<Vec<_>>(),
        "questions": record.questions.iter().map(|(qid, title, body, created)| json!({
            "id": qid, "title": title, "text": body, "created_at": created,
        })).collect::<Vec<_>>(),
        "answers": record.answers.iter().map(|(question, body, created)| json!({
            "question_id": question, "text": body, "created_at": created,
        })).collect::<Vec<_>>(),
        "comments": record.comments.iter().map(|(kind, subject, body, created)| json!({
            "on": kind, "on_id": subject, "text": body, "created_at": created,
        })).collect::<Vec<_>>(),
        "ideas": record.ideas.iter().map(|(iid, title, body, status, created)| json!({
            "id": iid, "title": title, "text": body, "status": status, "created_at": created,
        })).collect::<Vec<_>>(),
        "votes": {
            "ideas": record.idea_votes.iter().map(|(i, at)| json!({"idea_id": i, "at": at})).collect::<Vec<_>>(),
            "answers": record.answer_votes.iter().map(|(a, at)| json!({"answer_id": a, "at": at})).collect::<Vec<_>>(),
        },
        "following": { "questions": record.followed_questions, "ideas": record.followed_ideas },
        "not_for_me": record.not_for_me,
        "reports": record.reports.iter().map(|(kind, subject, reason, at)| json!({
            "on": kind, "on_id": subject, "reason": reason, "at": at,
        })).collect::<Vec<_>>(),
        "notifications": record.notifications.iter().map(|(text, url, at, read)| json!({
            "text": text, "url": url, "at": at, "read_at": read,
        })).collect::<Vec<_>>(),
        "email_choices": record.email_choices.iter().map(|(kind, email)| json!({"kind": kind, "email": email})).collect::<Vec<_>>(),
    }))
}

/// Deletes member `id`'s personal data (see the module notes); returns the name their
/// posts now show. Runs in the caller's transaction.
pub fn delete(conn: &mut DbConnection, id: i64) -> Result<String, AppError> {
    let name = free_name(conn, id)?;
    let avatar = users::find(conn, id)?.and_then(|u| u.avatar_id);
    member_data::erase(conn, id, &name)?;
    // Their picture goes too, unless a post of theirs shows it.
    if let Some(avatar) = avatar {
        media::remove_if_unused(conn, avatar)?;
    }
    Ok(name)
}

/// `former-member-{id}`. Nobody can sign up with such a name, but an account made before
/// the name was reserved might hold it: then a suffix is added, so that deleting one
/// account never fails on another's.
fn free_name(conn: &mut DbConnection, id: i64) -> Result<String, AppError> {
    let base = Username::of_deleted(id);
    let mut name = base.clone();
    let mut n = 2;
    while users::find_by_username(conn, &name)?.is_some_and(|u| u.id != id) {
        name = format!("{base}-{n}");
        n += 1;
    }
    Ok(name)
}
