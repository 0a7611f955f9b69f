//! `POST /mod/{kind}/{id}/reason`: the reason for an action taken without one, added
//! afterwards from the queue ([`crate::moderation::actions::add_reason`]).

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::act::{action_of, kind_of, parse_reason};
use crate::auth::CsrfForm;
use crate::domain::Role;
use crate::error::AppError;
use crate::messages;
use crate::moderation::actions;
use crate::render::{Notice, see_other_with};
use crate::state::AppState;

#[derive(Deserialize)]
pub struct ReasonForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    reason: String,
}

pub async fn add_reason(
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
    CsrfForm { session, form }: CsrfForm<ReasonForm>,
) -> Result<HttpResponse, AppError> {
    let moderator = session.require_role(Role::Moderator)?.clone();
    let (kind, id) = path.into_inner();
    let kind = kind_of(&kind)?;
    let action = action_of(&form.action)?;
    let reason = parse_reason(&form.reason)?;
    if reason.is_empty() {
        return Err(AppError::BadRequest(messages::MOD_REASON_REQUIRED));
    }
    let mail = state
        .db
        .run(move |conn| actions::add_reason(conn, kind, id, &moderator, action, &reason))
        .await?;
    state.mail(mail);
    Ok(see_other_with("/mod", Notice::Saved))
}
