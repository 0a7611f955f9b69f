//! What happened to a post, raised by the posting service and by moderators' actions,
//! and the one place where what follows is wired: **subscribe here**.
//!
//! [`raise`] runs inside the transaction that made the change, so a subscriber's writes
//! (a notification, a search-index row, a webhook delivery queued for later) commit or
//! roll back with it. What must wait for the commit — e-mail — is returned as outgoing
//! mail, which the caller sends once the transaction has committed.
//!
//! Today's subscribers: webhooks (every event but edits and deletions); a post that becomes public (published, or approved after being
//! held) is announced to those who follow its place ([`super::announce`]), and an answer
//! that becomes public may be its question's first, which the dashboard times. Held, edited,
//! taken-down and deleted posts and idea status changes are raised too, so that search indexing,
//! digests and webhooks can hang here without touching a handler.

use chrono::NaiveDateTime;
use diesel::QueryResult;

use super::announce;
use crate::db::DbConnection;
use crate::db::models::{answers, dashboard};
use crate::domain::ContentKind;
use crate::mail::Outgoing;

/// A post, by kind and id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PostRef {
    pub kind: ContentKind,
    pub id: i64,
}

/// Something that happened to a post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A new post is public at once.
    Published(PostRef),
    /// A post (new or edited) waits for a moderator.
    Held(PostRef),
    /// A public post's text changed.
    Edited(PostRef),
    /// A moderator made a held or hidden post public (it was announced to nobody yet).
    Approved(PostRef),
    /// A moderator rejected or hid a post.
    TakenDown(PostRef),
    /// Its author deleted the post for good, with their account.
    Deleted(PostRef),
    /// A moderator gave an idea a new status (`status` is its key).
    StatusChanged { idea_id: i64, status: &'static str },
}

/// Runs the subscribers of `event` in the caller's transaction; returns the e-mail to
/// send after the commit.
pub fn raise(
    conn: &mut DbConnection,
    event: &Event,
    now: NaiveDateTime,
) -> QueryResult<Vec<Outgoing>> {
    tracing::debug!(?event, "post event");
    // Search finds (or stops finding) the post as this transaction commits.
    let (kind, id) = match event {
        Event::Published(post)
        | Event::Held(post)
        | Event::Edited(post)
        | Event::Approved(post)
        | Event::TakenDown(post)
        | Event::Deleted(post) => (post.kind, post.id),
        Event::StatusChanged { idea_id, .. } => (ContentKind::Idea, *idea_id),
    };
    crate::search::refresh(conn, kind, id)?;
    // The dashboard's response times start from the first answer anyone can read.
    if let Event::Published(post) | Event::Approved(post) = event
        && post.kind == ContentKind::Answer
    {
        dashboard::note_answer_public(conn, post.id, now)?;
    }
    webhook(conn, event, now)?;
    match event {
        Event::Published(post) | Event::Approved(post) => {
            announce::public(conn, post.kind, post.id, now)
        }
        Event::Held(_)
        | Event::Edited(_)
        | Event::TakenDown(_)
        | Event::Deleted(_)
        | Event::StatusChanged { .. } => Ok(Vec::new()),
    }
}

/// Queues the event's webhook deliveries, in the same transaction (see [`crate::webhooks`]).
fn webhook(conn: &mut DbConnection, event: &Event, now: NaiveDateTime) -> QueryResult<()> {
    use crate::webhooks::{EventType, events};
    let (kind, post) = match event {
        Event::Published(post) => (EventType::PostPublished, post),
        Event::Held(post) => (EventType::PostHeld, post),
        Event::Approved(post) => (EventType::PostApproved, post),
        Event::TakenDown(post) => (EventType::PostHidden, post),
        Event::StatusChanged { idea_id, status } => {
            events::idea_status(conn, *idea_id, status, now)?;
            return Ok(());
        }
        Event::Edited(_) | Event::Deleted(_) => return Ok(()),
    };
    events::post(conn, kind, post.kind, post.id, now)?;
    let public = matches!(kind, EventType::PostPublished | EventType::PostApproved);
    if public
        && post.kind == ContentKind::Answer
        && answers::find_answer(conn, post.id)?.is_some_and(|a| a.by_expert)
    {
        events::expert_answered(conn, post.id, now)?;
    }
    Ok(())
}
