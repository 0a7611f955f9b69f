//! `POST /ideas/{id}/hide`: "not for me" for one idea.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::auth::CsrfForm;
use crate::clock::now;
use crate::db::models::personal;
use crate::domain::personal::Unwanted;
use crate::error::AppError;
use crate::render::see_other;
use crate::state::AppState;

#[derive(Deserialize)]
pub struct HideForm {
    #[serde(default)]
    hidden: String,
}

/// `POST /ideas/{id}/hide`: "not for me" — hides the idea from the member's own board.
/// Nobody else ever sees the choice.
pub async fn hide(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<HideForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_viewer()?.clone();
    let idea = super::load(&state, id.into_inner(), Some(&viewer))
        .await?
        .idea;
    let hidden = form.hidden != "no";
    let idea_id = idea.id;
    state
        .db
        .run(move |conn| {
            Ok(personal::set_unwanted(
                conn,
                viewer.id,
                &Unwanted::Idea(idea_id),
                hidden,
                now(),
            )?)
        })
        .await?;
    Ok(see_other(&idea.path()))
}
