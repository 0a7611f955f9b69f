//! `POST /ideas/{id}/comments`: comments on an approved idea, through the posting
//! service; commenting follows the idea.

use actix_web::{HttpResponse, web};

use super::idea::render;
use crate::auth::CsrfForm;
use crate::domain::reply;
use crate::error::AppError;
use crate::posting;
use crate::routes::BodyForm;
use crate::routes::moderation::held::after_commenting;
use crate::routes::replies::CommentDraft;
use crate::state::AppState;

/// `POST /ideas/{id}/comments`: a member comments on an approved idea. A refused comment
/// shows the page again with the text kept and the reason beside the field.
pub async fn comment(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<BodyForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_poster()?.clone();
    let idea = super::load(&state, id.into_inner(), Some(&viewer))
        .await?
        .idea;
    if !idea.approved || idea.merged_into_id.is_some() {
        return Err(AppError::NotFound);
    }
    let body = match reply::parse_body(&form.body) {
        Ok(body) => body,
        Err(message) => {
            let draft = CommentDraft {
                body: form.body,
                parent_id: None,
                error: Some(message),
            };
            return render(&state, &session, idea.id, draft).await;
        }
    };
    let posted = posting::ideas::comment(&state, &viewer, &idea, body).await?;
    let path = idea.path();
    after_commenting(&session, &posted, &path)
}
