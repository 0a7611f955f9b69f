//! Edit, then approve: a moderator corrects a post before approving it. The moderator's
//! text replaces the author's; the original is kept on the post's flags; the edit
//! resolves the flags like any other action and is logged.

use chrono::NaiveDateTime;

use super::{actor, approve, claim, on_post};
use crate::accounts::log_action;
use crate::db::DbConnection;
use crate::db::models::posts::Post;
use crate::db::models::{flags, post_state};
use crate::domain::{ContentKind, Viewer};
use crate::error::AppError;
use crate::mail::Outgoing;
use crate::messages::notifications as texts;
use crate::render::SafeHtml;

/// The moderator's text for a post, rendered.
pub struct Correction {
    pub body_md: String,
    pub body_html: SafeHtml,
    pub reason: String,
    /// The newest flag the moderator's page showed.
    pub seen: Option<i64>,
}

/// Replaces the text of post `id` of `kind` with `correction`, keeping the original, and
/// approves it.
pub fn edit_and_approve(
    conn: &mut DbConnection,
    kind: ContentKind,
    id: i64,
    moderator: &Viewer,
    correction: &Correction,
) -> Result<Vec<Outgoing>, AppError> {
    on_post(conn, kind, id, |conn, post, now| {
        correct(conn, post, moderator, correction, now)
    })
}

fn correct(
    conn: &mut DbConnection,
    post: &Post,
    moderator: &Viewer,
    correction: &Correction,
    now: NaiveDateTime,
) -> Result<Vec<Outgoing>, AppError> {
    flags::keep_original(conn, post.kind.key(), post.id, &post.body_md)?;
    claim(conn, post, moderator, "edit", correction.seen, now)?;
    post_state::replace_body(
        conn,
        post,
        &correction.body_md,
        correction.body_html.as_str(),
    )?;
    let mail = approve::publish(conn, post, moderator, now)?;
    log_action(
        conn,
        actor(moderator),
        "mod.edit",
        post.audit_subject(),
        texts::AUDIT_EDITED_THEN_APPROVED,
        &correction.reason,
    )?;
    Ok(mail)
}
