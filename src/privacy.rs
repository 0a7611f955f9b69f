//! What a member can take with them, and what deleting an account removes.
//!
//! **Export** (`GET /account/export`): everything the community holds about the member, as
//! one JSON file: the account, every post they wrote, their votes, follows, "not for me"
//! marks, reports, notifications and e-mail choices.
//!
//! **Deletion** (`POST /account/delete`, with the password): the personal data goes — the
//! e-mail address, names, bio, picture, password, sessions, e-mailed links, votes (the
//! counts drop with them), follows, marks, notifications and choices. The row itself stays,
//! emptied and renamed "former-member-N", so that the moderation record and the audit log
//! (whose `member.delete` entry records the choice below) keep their references. Every
//! image the member uploaded goes too unless a post that stays shows it, so a deleted
//! member's picture is no longer served. The member chooses what happens to their posts:
//!
//! - **Keep them, shown as by a former member** (the default, and what deletion did before
//!   the choice existed): an answer someone relied on, or a comment in a thread, would
//!   otherwise leave holes in other people's conversations.
//! - **Remove them too** ([`removal`]): every post that nobody responded to is deleted,
//!   with what hangs on it (reports, notifications leading to it, follows, votes, status
//!   history, revisions, old slugs), and every count that included it drops. Where others
//!   responded, their part of the conversation is theirs, so the thread keeps reading:
//!   - an answer others commented under, or a comment others replied to, keeps its place
//!     and shows "[removed by its author]" (source and HTML): a reply makes no sense
//!     without something to reply to, but the member's words go. Votes are not replies: an
//!     answer with votes and no comments is deleted, its votes with it. A replaced answer
//!     stops being the accepted one, since what was accepted is gone;
//!   - a question others answered, an idea others voted for or commented on (or merged
//!     into), and an article others commented on stay, without the member's name, with
//!     their text: answers and comments quote and build on it, and without it they read
//!     as answers to nothing. The page notes that the author deleted their account.
//!
//! It all happens in one transaction. Two deletions of the same account sent at once do
//! not both run: the first to mark the account wins, the other finds it deleted.

mod removal;

use crate::i18n::{Key, Text};
use serde_json::{Value, json};

use crate::accounts::{Actor, log_action};
use crate::clock::now;
use crate::db::models::{api_tokens, media, member_data, users};
use crate::db::{DbConnection, write_transaction};
use crate::domain::{PostsChoice, Role, RoleSet, Username};
use crate::error::AppError;
use crate::mail::Outgoing;
use crate::messages::deletion as texts;

/// Everything held about member `id`, as JSON.
pub fn export(conn: &mut DbConnection, id: i64) -> Result<Value, AppError> {
    let record = member_data::record_of(conn, id)?;
    let tokens = api_tokens::of_member(conn, id)?;
    let (username, email, bio, roles, created_at) = &record.account;
    let (display_name, hide_activity, confirmed_at) = &record.profile;
    let role_names: Vec<&str> = Role::ALL
        .into_iter()
        .filter(|r| RoleSet::from_bits(*roles).has(*r))
        .map(Role::name)
        .collect();
    Ok(json!({
        "account": {
            "username": username, "email": email, "bio": bio, "roles": role_names,
            "member_since": created_at, "display_name": display_name,
            "activity_hidden_from_profile": hide_activity, "email_confirmed_at": confirmed_at,
        },
        "sign_in_accounts": record.sign_in_accounts.iter().map(|(provider, since)| json!({
            "provider": provider,
            "linked_at": since,
        })).collect::<Vec<_>>(),
        "signed_in_devices": record.devices.iter().map(|(device, since)| json!({
            "device": device, "since": since,
        })).collect::<Vec<_>>(),
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
        "not_for_me": record.not_for_me.iter().map(|(kind, id, tag)| json!({
            "kind": kind, "id": id, "tag": tag,
        })).collect::<Vec<_>>(),
        "interests": record.interests.iter().map(|(kind, id, tag)| json!({
            "kind": kind, "area_id": id, "tag": tag,
        })).collect::<Vec<_>>(),
        "digest": record.digest,
        "reports": record.reports.iter().map(|(kind, subject, reason, at)| json!({
            "on": kind, "on_id": subject, "reason": reason, "at": at,
        })).collect::<Vec<_>>(),
        "notifications": record.notifications.iter().map(|(text, url, at, read)| json!({
            "text": text, "url": url, "at": at, "read_at": read,
        })).collect::<Vec<_>>(),
        "api_tokens": tokens.iter().map(|t| json!({
            "name": t.name, "scopes": t.scopes, "created_at": t.created_at,
            "expires_at": t.expires_at, "last_used_at": t.last_used_at, "revoked_at": t.revoked_at,
        })).collect::<Vec<_>>(),
        "email_choices": record.email_choices.iter().map(|(kind, email)| json!({"kind": kind, "email": email})).collect::<Vec<_>>(),
    }))
}

/// Deletes member `id`'s account (see the module notes), their posts as `choice` says, and
/// logs it, in one transaction. Returns the e-mail to send once it committed, or `None`
/// when the account was already deleted (by a request sent at the same time).
pub fn delete(
    conn: &mut DbConnection,
    id: i64,
    choice: PostsChoice,
    reason: Key,
) -> Result<Option<Vec<Outgoing>>, AppError> {
    write_transaction(conn, |conn| {
        if !member_data::claim_for_erasure(conn, id)? {
            return Ok(None);
        }
        let now = now();
        let name = free_name(conn, id)?;
        let (details, mut pictures, mail) = match choice {
            PostsChoice::Keep => (texts::AUDIT_POSTS_KEPT.into(), Vec::new(), Vec::new()),
            PostsChoice::Remove => {
                let removed = removal::remove_posts(conn, id, &name, now)?;
                let details =
                    texts::audit_posts_removed(removed.deleted, removed.replaced, removed.kept);
                (details, removed.pictures, removed.mail)
            }
        };
        pictures.extend(users::find(conn, id)?.and_then(|u| u.avatar_id));
        member_data::erase(conn, id, &name)?;
        // Their uploads go, unless a post that stays shows them.
        pictures.extend(media::uploaded_by(conn, id)?);
        pictures.sort_unstable();
        pictures.dedup();
        for picture in pictures {
            media::remove_if_unused(conn, picture)?;
        }
        let actor = Actor {
            id: Some(id),
            name: &name,
        };
        // The reason is the catalogue's, kept as its key so each reader sees it in their
        // language.
        let reason = Text::from(reason).stored();
        log_action(conn, actor, "member.delete", &name, details, &reason)?;
        Ok(Some(mail))
    })
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
