//! `POST /experts/answers/{id}/vote`: a member votes an answer up, or withdraws the vote.
//! Votes rely on the (answer, member) key, so two clicks sent at once leave one vote.

use actix_web::{HttpResponse, web};

use crate::auth::CsrfForm;
use crate::clock::now;
use crate::db::models::answers;
use crate::db::write_idempotent;
use crate::error::AppError;
use crate::messages;
use crate::moderation::rate::{self, Action};
use crate::paths;
use crate::render::see_other;
use crate::routes::VoteForm;
use crate::state::AppState;

pub async fn vote(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<VoteForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_participant()?.clone();
    let answer_id = id.into_inner();
    let up = form.up();
    let path = state
        .db
        .run(move |conn| {
            let (answer, question) =
                answers::on_view(conn, answer_id)?.ok_or(AppError::NotFound)?;
            if answer.author_id == viewer.id {
                return Err(AppError::ForbiddenBecause(messages::ANSWER_OWN_VOTE));
            }
            // A second vote, or withdrawing a vote never given, is a no-op.
            write_idempotent(conn, |conn| -> Result<(), AppError> {
                rate::count(conn, viewer.id, Action::Vote, now())?;
                if up {
                    answers::add_vote(conn, &answer, viewer.id, now())?;
                } else {
                    answers::remove_vote(conn, &answer, viewer.id)?;
                }
                Ok(())
            })?;
            Ok(paths::answer(question.id, &question.slug, answer_id))
        })
        .await?;
    Ok(see_other(&path))
}
