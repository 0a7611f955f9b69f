//! `POST /blog/{slug}/comments`: a member comments on a published article, or replies to
//! a comment (replies to replies join the same thread: one level deep).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::Found;
use super::show::render;
use crate::auth::CsrfForm;
use crate::clock::now;
use crate::db::models::replies::{self, Subject};
use crate::domain::reply;
use crate::error::AppError;
use crate::posting;
use crate::routes::moderation::held::after_commenting;
use crate::routes::replies::CommentDraft;
use crate::state::AppState;

#[derive(Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    body: String,
    parent_id: Option<String>,
}

pub async fn comment(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    CsrfForm { session, form }: CsrfForm<CommentForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_poster()?.clone();
    let slug = slug.into_inner();
    let article = match super::find(&state, slug.clone(), Some(&viewer)).await? {
        Found::Article(found) => found.article,
        Found::Moved(_) => return Err(AppError::NotFound),
    };
    // Drafts cannot be commented on, by anyone: they are not there yet.
    if !article.is_published(now()) {
        return Err(AppError::NotFound);
    }
    let parent_id = match form.parent_id.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(id) => Some(id.parse::<i64>().map_err(|_| AppError::NotFound)?),
    };
    let body = match reply::parse_body(&form.body) {
        Ok(body) => body,
        Err(message) => {
            let draft = CommentDraft {
                body: form.body,
                parent_id,
                error: Some(message),
            };
            return render(
                &state,
                &session,
                slug,
                draft,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let subject = Subject::Article(article.id);
    // A reply to a reply joins its parent's thread; a parent elsewhere is refused.
    let parent = match parent_id {
        Some(id) => {
            let parent = state
                .db
                .run(move |conn| Ok(replies::find(conn, id)?))
                .await?
                .filter(|p| replies::belongs_to(p, subject))
                .ok_or(AppError::NotFound)?;
            Some(parent.parent_id.unwrap_or(parent.id))
        }
        None => None,
    };
    let posted = posting::comments::post(&state, &viewer, subject, parent, None, body).await?;
    let path = crate::paths::article(&slug);
    after_commenting(&session, &posted, &path)
}
