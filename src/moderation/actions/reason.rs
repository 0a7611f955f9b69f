//! The reason for an action taken without one, added afterwards from the queue. The audit
//! log is append-only, so it is a new entry naming the action; when the action was one
//! the author was told of, they are told the reason too.

use chrono::NaiveDateTime;

use super::{Action, actor, on_post, tell_author};
use crate::accounts::log_action;
use crate::db::DbConnection;
use crate::db::models::posts::Post;
use crate::domain::{ContentKind, Viewer};
use crate::error::AppError;
use crate::mail::Outgoing;
use crate::messages::notifications as texts;

/// Logs `reason` for the earlier `action` on post `id` of `kind`.
pub fn add_reason(
    conn: &mut DbConnection,
    kind: ContentKind,
    id: i64,
    moderator: &Viewer,
    action: Action,
    reason: &str,
) -> Result<Vec<Outgoing>, AppError> {
    on_post(conn, kind, id, |conn, post, now| {
        explain(conn, post, moderator, action, reason, now)
    })
}

fn explain(
    conn: &mut DbConnection,
    post: &Post,
    moderator: &Viewer,
    action: Action,
    reason: &str,
    now: NaiveDateTime,
) -> Result<Vec<Outgoing>, AppError> {
    let details = format!("for mod.{}", action.key());
    log_action(
        conn,
        actor(moderator),
        "mod.reason",
        post.audit_subject(),
        &details,
        reason,
    )?;
    if matches!(action, Action::Approve | Action::Trust) {
        return Ok(Vec::new());
    }
    let text = texts::moderation_reason(post.kind.key(), reason);
    tell_author(conn, post, &text, now)
}
