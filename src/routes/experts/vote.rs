//! `POST /experts/answers/{id}/vote`: a member votes an answer up, or withdraws the vote.
//! Votes rely on the (answer, member) key, so two clicks sent at once leave one vote.

use actix_web::{HttpResponse, web};

use crate::auth::CsrfForm;
use crate::error::AppError;
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
    let (path, _) = state
        .db
        .run(move |conn| votes::on_answer(conn, &viewer, answer_id, up))
        .await?;
    Ok(see_other(&path))
}
