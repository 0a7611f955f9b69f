//! `GET|POST /comments/{id}/edit`: an author changes their own comment within the edit
//! window. Moderators' edits belong to the moderation queue.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::Duration;
use serde::Deserialize;

use crate::accounts::now;
use crate::auth::{CsrfForm, Session};
use crate::db::models::replies::{self, Reply};
use crate::db::models::{answers, articles, questions};
use crate::domain::reply;
use crate::error::AppError;
use crate::messages;
use crate::render::markdown::{self, Trust};
use crate::render::{Notice, Page, html, ok, see_other};
use crate::routes::blog::EDIT_WINDOW_MINUTES;
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/comments/{id}/edit")
            .route(web::get().to(edit_form))
            .route(web::post().to(edit)),
    );
}

#[derive(Template)]
#[template(path = "replies/edit.html")]
struct EditPage {
    page: Page,
    id: i64,
    body: String,
    back: String,
    error: Option<&'static str>,
}

/// The reply, if `session`'s member wrote it and may still change it.
async fn editable(
    state: &AppState,
    session: &Session,
    id: i64,
) -> Result<(Reply, String), AppError> {
    let viewer_id = session.require_viewer()?.id;
    let (reply, back) = state
        .db
        .run(move |conn| {
            let reply = replies::find(conn, id)?.ok_or(AppError::NotFound)?;
            let back = match reply.subject_kind.as_str() {
                "idea" => format!("/ideas/{}", reply.subject_id),
                "answer" => {
                    let answer = answers::find_answer(conn, reply.subject_id)?;
                    let question = match answer {
                        Some(a) => questions::find(conn, a.question_id)?,
                        None => None,
                    };
                    question.ok_or(AppError::NotFound)?.path()
                }
                _ => {
                    let slug =
                        articles::slug_of(conn, reply.subject_id)?.ok_or(AppError::NotFound)?;
                    format!("/blog/{slug}")
                }
            };
            Ok((reply, back))
        })
        .await?;
    if reply.author_id != viewer_id {
        return Err(AppError::ForbiddenBecause(messages::COMMENT_NOT_YOURS));
    }
    if now() - reply.created_at >= Duration::minutes(EDIT_WINDOW_MINUTES) {
        return Err(AppError::ForbiddenBecause(messages::COMMENT_EDIT_CLOSED));
    }
    Ok((reply, back))
}

pub async fn edit_form(
    state: web::Data<AppState>,
    session: Session,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let (reply, back) = editable(&state, &session, id).await?;
    ok(&EditPage {
        page: Page::new(&session, "Edit your comment"),
        id,
        body: reply.body_md,
        back,
        error: None,
    })
}

#[derive(Deserialize)]
pub struct EditForm {
    #[serde(default)]
    body: String,
}

pub async fn edit(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<EditForm>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let (_, back) = editable(&state, &session, id).await?;
    let body = match reply::parse_body(&form.body) {
        Ok(body) => body,
        Err(message) => {
            let page = EditPage {
                page: Page::new(&session, "Edit your comment"),
                id,
                body: form.body,
                back,
                error: Some(message),
            };
            return html(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let viewer = session.require_viewer()?;
    let rendered = markdown::render_off_thread(body.clone(), Trust::of(viewer)).await?;
    state
        .db
        .run(move |conn| {
            Ok(replies::update_body(
                conn,
                id,
                &body,
                rendered.html.as_str(),
                now(),
            )?)
        })
        .await?;
    Ok(see_other(&format!(
        "{back}?notice={}#comment-{id}",
        Notice::CommentUpdated.key()
    )))
}

/// The comment form's state: empty, or what was typed with the reason it was refused.
#[derive(Default)]
pub struct CommentDraft {
    pub body: String,
    pub parent_id: Option<i64>,
    pub error: Option<&'static str>,
}

impl CommentDraft {
    /// Whether this draft is a reply to comment `id`.
    pub fn replies_to(&self, id: &i64) -> bool {
        self.parent_id == Some(*id)
    }
}
