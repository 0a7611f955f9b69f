//! `POST /experts/questions/{id}/invite`: an expert invites another expert of the
//! question's area to answer; the invitation is kept once per expert and question.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::auth::CsrfForm;
use crate::clock::now;
use crate::db::models::{areas, questions};
use crate::db::write_transaction;
use crate::domain::Role;
use crate::error::AppError;
use crate::messages::{self, notifications as texts};
use crate::notify::{self, Kind};
use crate::render::{Notice, see_other_with};
use crate::state::AppState;

#[derive(Deserialize)]
pub struct InviteForm {
    invitee: Option<i64>,
}

pub async fn invite(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<InviteForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_role(Role::Expert)?.clone();
    let question = super::load(&state, id.into_inner()).await?.question;
    let invitee = form
        .invitee
        .ok_or(AppError::BadRequest(messages::INVITE_NOT_AN_EXPERT))?;
    let path = question.path();
    let mail = state
        .db
        .run(move |conn| {
            let experts = areas::experts_of(conn, question.area_id)?;
            if invitee == viewer.id || !experts.iter().any(|(id, _)| *id == invitee) {
                return Err(AppError::BadRequest(messages::INVITE_NOT_AN_EXPERT));
            }
            write_transaction(conn, |conn| {
                let now = now();
                if !questions::invite(conn, question.id, invitee, viewer.id, now)? {
                    return Ok(Vec::new());
                }
                let text = texts::invited_to_answer(&viewer.username, &question.title);
                Ok(notify::send(
                    conn,
                    &[invitee],
                    Kind::InvitedToAnswer,
                    &text,
                    &question.path(),
                    now,
                )?)
            })
        })
        .await?;
    state.mail(mail);
    Ok(see_other_with(&path, Notice::Saved))
}
