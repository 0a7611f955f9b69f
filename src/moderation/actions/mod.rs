//! Moderators' actions on a post, the one module that carries them out — the route files
//! only parse the form and render the result:
//!
//! - **approve** — the post goes (or stays) public; **trust** — approve, and the author's
//!   posts skip pre-moderation from now on ([`approve`]);
//! - **edit, then approve** — the moderator's text replaces the author's, the original is
//!   kept on the flags ([`edit`]);
//! - **reject** — the post is hidden (a held idea is declined); **hide** — taken down,
//!   kept in the database; **silence** / **suspend** — hide, and restrict the author for a
//!   number of days ([`takedown`]);
//! - a **reason** added after a one-click action ([`reason`]);
//! - an idea's **status** and **merging** duplicates ([`ideas`]).
//!
//! Every action runs in one write transaction, resolves the post's open flags there, and
//! only flags still open count: when two moderators act on one post, the second finds
//! nothing open, is told so (409), and nothing is done twice. Every action is written to
//! the audit log and raises its event (see [`crate::posting::events`]). Each returns the
//! e-mail to send once it has committed.

mod approve;
mod edit;
pub mod ideas;
mod reason;
mod takedown;

use crate::messages::moderation as wording;
use chrono::NaiveDateTime;

use crate::accounts::Actor;
use crate::clock::now;
use crate::db::models::flags;
use crate::db::models::posts::{self, Post};
use crate::db::{DbConnection, write_transaction};
use crate::domain::{ContentKind, Viewer};
use crate::error::AppError;
use crate::mail::Outgoing;
use crate::messages;
use crate::notify::{self, Kind};

pub use edit::{Correction, edit_and_approve};
pub use reason::add_reason;

/// A one-click action from the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Approve,
    Trust,
    Reject,
    Hide,
    Silence,
    Suspend,
}

impl Action {
    pub fn parse(key: &str) -> Option<Action> {
        Some(match key {
            "approve" => Action::Approve,
            "trust" => Action::Trust,
            "reject" => Action::Reject,
            "hide" => Action::Hide,
            "silence" => Action::Silence,
            "suspend" => Action::Suspend,
            _ => return None,
        })
    }

    /// What the action did, in the queue's confirmation.
    pub fn label(self) -> crate::i18n::Key {
        match self {
            Action::Approve => wording::DID_APPROVE,
            Action::Trust => wording::DID_TRUST,
            Action::Reject => wording::DID_REJECT,
            Action::Hide => wording::DID_HIDE,
            Action::Silence => wording::DID_SILENCE,
            Action::Suspend => wording::DID_SUSPEND,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Action::Approve => "approve",
            Action::Trust => "trust",
            Action::Reject => "reject",
            Action::Hide => "hide",
            Action::Silence => "silence",
            Action::Suspend => "suspend",
        }
    }

    /// Whether the action restricts the author, for a number of days.
    pub fn restricts(self) -> bool {
        matches!(self, Action::Silence | Action::Suspend)
    }
}

/// A moderator's decision on a post, as checked from the form.
pub struct Decision {
    pub action: Action,
    pub reason: String,
    /// How long a silence or suspension lasts.
    pub days: i64,
    /// The newest flag the moderator's page showed.
    pub seen: Option<i64>,
}

/// Carries out `decision` on post `id` of `kind` for `moderator`.
pub fn act(
    conn: &mut DbConnection,
    kind: ContentKind,
    id: i64,
    moderator: &Viewer,
    decision: &Decision,
) -> Result<Vec<Outgoing>, AppError> {
    on_post(conn, kind, id, |conn, post, now| {
        claim(
            conn,
            post,
            moderator,
            decision.action.key(),
            decision.seen,
            now,
        )?;
        match decision.action {
            Action::Approve | Action::Trust => {
                approve::approve(conn, post, moderator, decision, now)
            }
            Action::Reject => takedown::reject(conn, post, moderator, &decision.reason, now),
            Action::Hide => takedown::hide(conn, post, moderator, &decision.reason, now),
            Action::Silence | Action::Suspend => {
                takedown::restrict(conn, post, moderator, decision, now)
            }
        }
    })
}

/// Runs `f` on post `id` of `kind` in one write transaction, with the post as it is now
/// (404 when there is none).
fn on_post<T>(
    conn: &mut DbConnection,
    kind: ContentKind,
    id: i64,
    f: impl FnOnce(&mut DbConnection, &Post, NaiveDateTime) -> Result<T, AppError>,
) -> Result<T, AppError> {
    write_transaction(conn, |conn| {
        let post = posts::find(conn, kind, id)?.ok_or(AppError::NotFound)?;
        f(conn, &post, now())
    })
}

/// Resolves the post's open flags for `moderator`, or answers 409 when another moderator
/// got there first, or when a flag newer than `seen` (the newest the moderator's page
/// showed) arrived since: an edit or a report the moderator has not read.
fn claim(
    conn: &mut DbConnection,
    post: &Post,
    moderator: &Viewer,
    resolution: &str,
    seen: Option<i64>,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    if let Some(seen) = seen
        && flags::newest_open(conn, post.kind.key(), post.id)?.is_some_and(|n| n > seen)
    {
        return Err(AppError::Conflict(messages::MOD_CHANGED));
    }
    let open = flags::resolve(
        conn,
        post.kind.key(),
        post.id,
        &moderator.username,
        resolution,
        now,
    )?;
    if open == 0 {
        return Err(AppError::Conflict(messages::MOD_ALREADY_HANDLED));
    }
    Ok(())
}

/// Tells `post`'s author `text` about a moderator's decision; returns the e-mail.
fn tell_author(
    conn: &mut DbConnection,
    post: &Post,
    text: &crate::i18n::Text,
    now: NaiveDateTime,
) -> Result<Vec<Outgoing>, AppError> {
    Ok(notify::send(
        conn,
        &[post.author_id],
        Kind::ModerationDecision,
        text,
        &post.path,
        now,
    )?)
}

/// The moderator as the audit log names them.
fn actor(moderator: &Viewer) -> Actor<'_> {
    Actor {
        id: Some(moderator.id),
        name: &moderator.username,
    }
}
