//! `POST /ideas/{id}/vote`: a member votes for an idea, or withdraws the vote. The
//! (idea, member) key keeps concurrent double votes out.

use actix_web::{HttpResponse, web};

use crate::auth::CsrfForm;
use crate::db::models::idea_members;
use crate::domain::idea::IdeaStatus;
use crate::error::AppError;
use crate::messages;
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
    let idea = super::load(&state, id.into_inner(), Some(&viewer))
        .await?
        .idea;
    if idea.author_id == viewer.id {
        return Err(AppError::ForbiddenBecause(messages::IDEA_OWN_VOTE));
    }
    let status = IdeaStatus::parse(&idea.status).unwrap_or(IdeaStatus::New);
    let up = form.up();
    // Withdrawing is always possible; a new vote only on an approved, open idea.
    if up && (!idea.approved || status.is_closed()) {
        return Err(AppError::ForbiddenBecause(
            messages::IDEA_NOT_OPEN_FOR_VOTES,
        ));
    }
    let idea_id = idea.id;
    state
        .db
        .run(move |conn| {
            votes::cast(
                conn,
                viewer.id,
                up,
                |conn, now| idea_members::add_vote(conn, idea_id, viewer.id, now),
                |conn| idea_members::remove_vote(conn, idea_id, viewer.id),
            )
        })
        .await?;
    Ok(see_other(&idea.path()))
}
