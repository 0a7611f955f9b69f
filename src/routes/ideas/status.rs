//! `POST /ideas/{id}/status`: a moderator approves, declines or moves an idea along, with
//! an optional public note ([`crate::moderation::actions::ideas::set_status`]). A note
//! with the status unchanged is added to the history alone. A mistake, or an idea that
//! changed meanwhile, shows the idea page again with the message beside the field.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::idea::{ModForms, answer_moderation};
use crate::auth::CsrfForm;
use crate::domain::Role;
use crate::domain::idea::{IdeaStatus, NOTE_MAX};
use crate::error::AppError;
use crate::messages;
use crate::moderation::actions::ideas as idea_actions;
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
    let idea_id = id.into_inner();
    let note = form.note.trim().to_owned();
    let result = match IdeaStatus::parse(&form.status) {
        None => Err(AppError::BadRequest(messages::IDEA_STATUS_CHOOSE)),
        Some(_) if note.chars().count() > NOTE_MAX => {
            Err(AppError::BadRequest(messages::IDEA_NOTE_TOO_LONG))
        }
        Some(to) => {
            state
                .db
                .run(move |conn| idea_actions::set_status(conn, idea_id, to, &note, &moderator))
                .await
        }
    };
    answer_moderation(&state, &session, idea_id, result, |message| ModForms {
        status: Some(form.status),
        note: form.note,
        status_error: Some(message),
        ..ModForms::default()
    })
    .await
}
