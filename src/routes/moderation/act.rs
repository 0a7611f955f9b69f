//! `POST /mod/{kind}/{id}`: a moderator's one-click action on a post in the queue
//! (approve, trust, reject, hide, silence, suspend), carried out by
//! [`crate::moderation::actions`]. This file only reads the form and answers.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::auth::CsrfForm;
use crate::domain::{ContentKind, Role};
use crate::error::AppError;
use crate::messages;
use crate::moderation::actions::{self, Action, Decision};
use crate::render::{Notice, see_other, see_other_with};
use crate::state::AppState;

/// The longest reason a moderator may give.
const REASON_MAX: usize = 1_000;

#[derive(Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    days: String,
    /// The newest flag the moderator's page showed.
    #[serde(default)]
    seen: String,
}

/// A moderator's reason, trimmed, or 400 when it is too long.
pub(super) fn parse_reason(input: &str) -> Result<String, AppError> {
    let reason = input.trim();
    if reason.chars().count() > REASON_MAX {
        return Err(AppError::BadRequest(messages::MOD_REASON_TOO_LONG));
    }
    Ok(reason.to_owned())
}

/// The post's kind from the address, or 404.
pub(super) fn kind_of(key: &str) -> Result<ContentKind, AppError> {
    ContentKind::parse(key).ok_or(AppError::NotFound)
}

/// The action named by the form, or 400.
pub(super) fn action_of(key: &str) -> Result<Action, AppError> {
    Action::parse(key).ok_or(AppError::BadRequest(messages::MOD_ACTION_UNKNOWN))
}

/// The newest flag the moderator's page showed, if the form says.
pub(super) fn seen_of(input: &str) -> Option<i64> {
    input.trim().parse().ok()
}

pub async fn act(
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
    CsrfForm { session, form }: CsrfForm<ActionForm>,
) -> Result<HttpResponse, AppError> {
    let moderator = session.require_role(Role::Moderator)?.clone();
    let (kind, id) = path.into_inner();
    let kind = kind_of(&kind)?;
    let action = action_of(&form.action)?;
    let days = if action.restricts() {
        match form.days.trim().parse::<i64>() {
            Ok(days) if (1..=365).contains(&days) => days,
            _ => return Err(AppError::BadRequest(messages::MOD_DAYS)),
        }
    } else {
        0
    };
    let decision = Decision {
        action,
        reason: parse_reason(&form.reason)?,
        days,
        seen: seen_of(&form.seen),
    };
    let without_reason = decision.reason.is_empty();
    let mail = state
        .db
        .run(move |conn| actions::act(conn, kind, id, &moderator, &decision))
        .await?;
    state.mail(mail);
    // One click first, the reason after: the queue offers to add one.
    if without_reason {
        return Ok(see_other(&format!(
            "/mod?notice={}&done={}-{id}-{}",
            Notice::ModDone.key(),
            kind.key(),
            action.key()
        )));
    }
    Ok(see_other_with("/mod", Notice::ModDone))
}
