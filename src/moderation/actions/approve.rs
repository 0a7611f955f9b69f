//! Approving a post: it becomes public and is announced as a new post would have been (a
//! held post was announced to nobody). A held idea is approved the ideas board's way (its
//! first status entry, its first response time). "Trust" also lets the author's posts
//! skip pre-moderation from now on.

use chrono::NaiveDateTime;

use super::{Action, Decision, actor, tell_author};
use crate::accounts::log_action;
use crate::db::DbConnection;
use crate::db::models::posts::Post;
use crate::db::models::{ideas, post_state, users};
use crate::domain::{ContentKind, Viewer, Visibility};
use crate::error::AppError;
use crate::mail::Outgoing;
use crate::messages::notifications as texts;
use crate::posting::events::{self, Event, PostRef};

/// Approve, or approve and trust.
pub(super) fn approve(
    conn: &mut DbConnection,
    post: &Post,
    moderator: &Viewer,
    decision: &Decision,
    now: NaiveDateTime,
) -> Result<Vec<Outgoing>, AppError> {
    let mail = publish(conn, post, moderator, now)?;
    if decision.action == Action::Trust {
        users::trust(conn, post.author_id)?;
        log_action(
            conn,
            actor(moderator),
            "member.trust",
            &post.author,
            "",
            &decision.reason,
        )?;
    }
    log_action(
        conn,
        actor(moderator),
        "mod.approve",
        post.audit_subject(),
        "",
        &decision.reason,
    )?;
    Ok(mail)
}

/// Makes `post` public, tells its author and raises [`Event::Approved`]. Nothing to do
/// for a post already public.
pub(super) fn publish(
    conn: &mut DbConnection,
    post: &Post,
    moderator: &Viewer,
    now: NaiveDateTime,
) -> Result<Vec<Outgoing>, AppError> {
    if post.visibility == Visibility::Visible {
        return Ok(Vec::new());
    }
    let mut mail = tell_author(conn, post, &texts::post_approved(post.kind.key()), now)?;
    if post.kind == ContentKind::Idea && post.visibility == Visibility::Held {
        let idea = ideas::find(conn, post.id)?.ok_or(AppError::NotFound)?;
        let who = (moderator.id, moderator.username.as_str());
        ideas::change_status(conn, &idea, &idea.status, true, who, "", now)?;
    } else {
        post_state::set_visibility(conn, post, Visibility::Visible, now)?;
    }
    let event = Event::Approved(PostRef {
        kind: post.kind,
        id: post.id,
    });
    mail.extend(events::raise(conn, &event, now)?);
    Ok(mail)
}
