//! `POST /experts/answers/{id}/accept`: the asker, or an expert of the question's area,
//! accepts the answer that solved it (and may change it later). The answer's author and
//! the asker are told.

use actix_web::{HttpResponse, web};

use crate::auth::{CsrfForm, NoFields};
use crate::clock::now;
use crate::db::models::answers;
use crate::db::models::questions::{self, Question};
use crate::db::write_transaction;
use crate::domain::{ContentKind, Role};
use crate::error::AppError;
use crate::messages::{self, notifications as texts};
use crate::moderation::rate::{self, Action};
use crate::notify::{self, Kind};
use crate::paths;
use crate::render::see_other;
use crate::state::AppState;

pub async fn accept(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, .. }: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_participant()?.clone();
    let answer_id = id.into_inner();
    let (path, mail) = state
        .db
        .run(move |conn| {
            let (answer, question): (_, Question) =
                answers::on_view(conn, answer_id)?.ok_or(AppError::NotFound)?;
            let allowed = question.asker_id == viewer.id
                || (viewer.can(Role::Expert)
                    && super::is_area_expert(conn, viewer.id, question.area_id)?);
            if !allowed {
                return Err(AppError::ForbiddenBecause(
                    messages::ANSWER_ACCEPT_NOT_ALLOWED,
                ));
            }
            if question.accepted_answer_id == Some(answer.id) {
                return Ok((question.path(), Vec::new()));
            }
            let url = paths::answer(question.id, &question.slug, answer.id);
            write_transaction(conn, |conn| {
                let now = now();
                rate::count(conn, viewer.id, Action::Accept, now)?;
                questions::accept(conn, question.id, Some(answer.id), now)?;
                crate::search::refresh(conn, ContentKind::Question, question.id)?;
                crate::webhooks::events::answer_accepted(conn, answer.id, now)?;
                let text = texts::answer_accepted(&question.title);
                let told: Vec<i64> = [answer.author_id, question.asker_id]
                    .into_iter()
                    .filter(|u| *u != viewer.id)
                    .collect();
                let mail = notify::send(conn, &told, Kind::AnswerAccepted, &text, &url, now)?;
                Ok((url.clone(), mail))
            })
        })
        .await?;
    state.mail(mail);
    Ok(see_other(&path))
}
