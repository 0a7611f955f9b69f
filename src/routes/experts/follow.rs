//! `POST /experts/questions/{id}/follow`: a member follows a question (told of new
//! answers), or stops following it.

use actix_web::{HttpResponse, web};

use crate::auth::CsrfForm;
use crate::clock::now;
use crate::db::models::questions;
use crate::error::AppError;
use crate::render::see_other;
use crate::routes::FollowForm;
use crate::state::AppState;

pub async fn follow(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<FollowForm>,
) -> Result<HttpResponse, AppError> {
    let viewer_id = session.require_viewer()?.id;
    let question = super::load(&state, id.into_inner()).await?.question;
    let follow = form.follows();
    let question_id = question.id;
    state
        .db
        .run(move |conn| {
            Ok(questions::set_follow(
                conn,
                question_id,
                viewer_id,
                follow,
                now(),
            )?)
        })
        .await?;
    Ok(see_other(&question.path()))
}
