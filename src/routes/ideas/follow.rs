//! `POST /ideas/{id}/follow`: following an idea's status changes.

use actix_web::{HttpResponse, web};

use crate::auth::CsrfForm;
use crate::db::models::idea_members;
use crate::db::write_idempotent;
use crate::error::AppError;
use crate::render::see_other;
use crate::routes::FollowForm;
use crate::state::AppState;

/// `POST /ideas/{id}/follow`: follow (or stop following) an idea, to be told when its
/// status changes. Authors follow their own ideas from the start.
pub async fn follow(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<FollowForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_viewer()?.clone();
    let idea = super::load(&state, id.into_inner(), Some(&viewer))
        .await?
        .idea;
    let follow = form.follows();
    let idea_id = idea.id;
    state
        .db
        .run(move |conn| {
            write_idempotent(conn, |conn| {
                Ok(idea_members::set_follow(conn, idea_id, viewer.id, follow)?)
            })
        })
        .await?;
    Ok(see_other(&idea.path()))
}
