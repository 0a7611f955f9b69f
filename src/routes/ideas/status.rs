//! `POST /ideas/{id}/status`: a moderator approves, declines or moves an idea along, with
//! an optional public note ([`crate::moderation::actions::ideas::set_status`]).

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::auth::CsrfForm;
use crate::domain::Role;
use crate::domain::idea::{IdeaStatus, NOTE_MAX};
use crate::error::AppError;
use crate::messages;
use crate::moderation::actions::ideas as idea_actions;
use crate::render::{Notice, see_other_with};
use crate::state::AppState;

#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    note: String,
}

pub async fn set_status(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<StatusForm>,
) -> Result<HttpResponse, AppError> {
    let moderator = session.require_role(Role::Moderator)?.clone();
    let to = IdeaStatus::parse(&form.status)
        .ok_or(AppError::BadRequest(messages::IDEA_STATUS_NOT_ALLOWED))?;
    let note = form.note.trim().to_owned();
    if note.chars().count() > NOTE_MAX {
        return Err(AppError::BadRequest(messages::IDEA_NOTE_TOO_LONG));
    }
    let idea_id = id.into_inner();
    let (path, mail) = state
        .db
        .run(move |conn| idea_actions::set_status(conn, idea_id, to, &note, &moderator))
        .await?;
    state.mail(mail);
    Ok(see_other_with(&path, Notice::Saved))
}
