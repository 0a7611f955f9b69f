//! `POST /ideas/{id}/vote`: a member votes for an idea, or withdraws the vote. The
//! (idea, member) key keeps concurrent double votes out.

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
    let idea_id = id.into_inner();
    let up = form.up();
    let (path, _) = state
        .db
        .run(move |conn| votes::on_idea(conn, &viewer, idea_id, up))
        .await?;
    Ok(see_other(&path))
}
