//! Taking a post down: reject (a held idea is declined with the reason as its public
//! note; anything else is hidden), hide, and hide while silencing or suspending the
//! author. The post stays in the database; its author is told, with the reason.

use chrono::{Duration, NaiveDateTime};

use super::{Action, Decision, actor, tell_author};
use crate::accounts::log_action;
use crate::db::DbConnection;
use crate::db::models::posts::Post;
use crate::db::models::{ideas, post_state, users};
use crate::domain::{ContentKind, RoleSet, Viewer, Visibility};
use crate::error::AppError;
use crate::mail::Outgoing;
use crate::messages::{self, notifications as texts};
use crate::moderation::policy::Group;
use crate::posting::events::{self, Event, PostRef};
use crate::render::format;

/// Rejects `post`.
pub(super) fn reject(
    conn: &mut DbConnection,
    post: &Post,
    moderator: &Viewer,
    reason: &str,
    now: NaiveDateTime,
) -> Result<Vec<Outgoing>, AppError> {
    if post.kind == ContentKind::Idea && post.visibility == Visibility::Held {
        let idea = ideas::find(conn, post.id)?.ok_or(AppError::NotFound)?;
        let who = (moderator.id, moderator.username.as_str());
        ideas::change_status(conn, &idea, "declined", false, who, reason, now)?;
    } else {
        post_state::set_visibility(conn, post, Visibility::Hidden, now)?;
    }
    let text = texts::post_rejected(post.kind.key(), reason);
    taken_down(conn, post, (moderator, "mod.reject", reason), &text, now)
}

/// Hides `post`.
pub(super) fn hide(
    conn: &mut DbConnection,
    post: &Post,
    moderator: &Viewer,
    reason: &str,
    now: NaiveDateTime,
) -> Result<Vec<Outgoing>, AppError> {
    post_state::set_visibility(conn, post, Visibility::Hidden, now)?;
    let text = texts::post_hidden(post.kind.key(), reason);
    taken_down(conn, post, (moderator, "mod.hide", reason), &text, now)
}

/// Hides `post` and silences or suspends its author for `decision.days`. Staff cannot be
/// restricted from the queue: an admin changes their roles instead.
pub(super) fn restrict(
    conn: &mut DbConnection,
    post: &Post,
    moderator: &Viewer,
    decision: &Decision,
    now: NaiveDateTime,
) -> Result<Vec<Outgoing>, AppError> {
    let roles = users::roles_of(conn, &[post.author_id])?;
    let author_roles = RoleSet::from_bits(roles.first().map_or(0, |r| r.1));
    if Group::of(author_roles) == Group::Staff {
        return Err(AppError::BadRequest(messages::MOD_CANNOT_RESTRICT_STAFF));
    }
    let suspended = decision.action == Action::Suspend;
    let (days, reason) = (decision.days, decision.reason.as_str());
    let until = now + Duration::days(days);
    post_state::set_visibility(conn, post, Visibility::Hidden, now)?;
    users::restrict(conn, post.author_id, suspended, until, reason, now)?;
    let text = texts::member_restricted(post.kind.key(), suspended, days, reason);
    let mail = taken_down(conn, post, (moderator, "mod.hide", reason), &text, now)?;
    let what = if suspended {
        "member.suspend"
    } else {
        "member.silence"
    };
    let details = crate::i18n::Text::new("audit-restricted-until")
        .count("days", days as f64)
        .with("until", format::iso(until));
    log_action(conn, actor(moderator), what, &post.author, details, reason)?;
    Ok(mail)
}

/// Logs the take-down (the moderator, the audit action, the reason), tells the author `text` and
/// raises [`Event::TakenDown`].
fn taken_down(
    conn: &mut DbConnection,
    post: &Post,
    (moderator, action, reason): (&Viewer, &str, &str),
    text: &crate::i18n::Text,
    now: NaiveDateTime,
) -> Result<Vec<Outgoing>, AppError> {
    log_action(
        conn,
        actor(moderator),
        action,
        post.audit_subject(),
        "",
        reason,
    )?;
    let mut mail = tell_author(conn, post, text, now)?;
    let event = Event::TakenDown(PostRef {
        kind: post.kind,
        id: post.id,
    });
    mail.extend(events::raise(conn, &event, now)?);
    Ok(mail)
}
