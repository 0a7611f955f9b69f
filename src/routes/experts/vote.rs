//! `POST /experts/answers/{id}/vote`: a member votes an answer up, or withdraws the vote.
//! Votes rely on the (answer, member) key, so two clicks sent at once leave one vote.

use actix_web::{HttpResponse, web};

use crate::auth::CsrfForm;
use crate::db::models::answers;
use crate::error::AppError;
use crate::messages;
use crate::paths;
use crate::render::see_other;
use crate::routes::VoteForm;
use crate::state::AppState;
use crate::votes;

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
            votes::cast(
                conn,
                viewer.id,
                up,
                |conn, now| answers::add_vote(conn, &answer, viewer.id, now),
                |conn| answers::remove_vote(conn, &answer, viewer.id),
            )?;
            Ok(paths::answer(question.id, &question.slug, answer_id))
        })
        .await?;
    Ok(see_other(&path))
}
