//! Comments, whatever they hang under: posting one through the moderation checks (one
//! way for articles, answers and ideas), `GET /comments/{id}` (the comment in its place),
//! and `GET|POST /comments/{id}/edit`, where an author changes their own comment within
//! the edit window. Moderators' edits belong to the moderation queue.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::Duration;

use crate::accounts::now;
use crate::auth::{CsrfForm, Session, Viewer};
use crate::db::models::replies::{self, NewReply, Reply, Subject};
use crate::db::models::{answers, articles, questions};
use crate::db::{DbConnection, write_transaction};
use crate::domain::reply;
use crate::error::AppError;
use crate::messages;
use crate::moderation::content::{self, Visibility};
use crate::moderation::items;
use crate::moderation::rate::Action;
use crate::moderation::{self, ContentKind, Submission, Verdict};
use crate::render::markdown::{self, Trust};
use crate::render::{Notice, Page, html, ok, see_other};
use crate::routes::BodyForm;
use crate::routes::blog::EDIT_WINDOW_MINUTES;
use crate::routes::moderation::held::held;
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/comments/{id}", web::get().to(show)).service(
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

/// The page a reply is on, without its anchor.
fn place_of(conn: &mut DbConnection, reply: &Reply) -> Result<String, AppError> {
    Ok(match reply.subject_kind.as_str() {
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
            let slug = articles::slug_of(conn, reply.subject_id)?.ok_or(AppError::NotFound)?;
            format!("/blog/{slug}")
        }
    })
}

/// `GET /comments/{id}`: sends the reader to the comment in its place, if they may read
/// it there (404 otherwise, as for a comment that does not exist).
pub async fn show(
    state: web::Data<AppState>,
    session: Session,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let viewer = session.viewer().cloned();
    let place = state
        .db
        .run(move |conn| {
            let item = items::find(conn, ContentKind::Comment, id)?.ok_or(AppError::NotFound)?;
            if !items::readable(conn, &item, viewer.as_ref(), now())? {
                return Err(AppError::NotFound);
            }
            let reply = replies::find(conn, id)?.ok_or(AppError::NotFound)?;
            place_of(conn, &reply)
        })
        .await?;
    Ok(see_other(&format!("{place}#comment-{id}")))
}

/// Posts a comment by `viewer` under `subject` (in thread `parent_id`), through the rate
/// limit and the moderation checks. `area_id` is the area of what it hangs under, for the
/// policy and the queue's filter. Returns the comment's id and the verdict: a held comment
/// is stored but shown to nobody until a moderator approves it.
pub async fn post_comment(
    state: &AppState,
    viewer: &Viewer,
    subject: Subject,
    parent_id: Option<i64>,
    area_id: Option<i64>,
    body: String,
) -> Result<(i64, Verdict), AppError> {
    let rendered = markdown::render_off_thread(body.clone(), Trust::of(viewer)).await?;
    let viewer = viewer.clone();
    let premoderated = state.settings.idea_premoderation;
    state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                let now = now();
                let submission = Submission {
                    kind: ContentKind::Comment,
                    author: &viewer,
                    area_id,
                    text: &body,
                    is_edit: false,
                };
                let verdict =
                    moderation::admit(conn, premoderated, Action::Comment, &submission, now)?;
                let new = NewReply {
                    subject,
                    parent_id,
                    author_id: viewer.id,
                    body_md: &body,
                    body_html: rendered.html.as_str(),
                    status: Visibility::of(verdict.held()).key(),
                };
                let id = replies::create(conn, &new, now)?;
                moderation::record(conn, ContentKind::Comment, id, &submission, &verdict, now)?;
                Ok((id, verdict))
            })
        })
        .await
}

/// The reply, if `session`'s member wrote it and may still change it.
async fn editable(
    state: &AppState,
    session: &Session,
    id: i64,
) -> Result<(Reply, String), AppError> {
    let viewer_id = session.require_poster()?.id;
    let (reply, back) = state
        .db
        .run(move |conn| {
            let reply = replies::find(conn, id)?.ok_or(AppError::NotFound)?;
            let back = place_of(conn, &reply)?;
            Ok((reply, back))
        })
        .await?;
    if reply.author_id != viewer_id {
        return Err(AppError::ForbiddenBecause(messages::COMMENT_NOT_YOURS));
    }
    if reply.status == Visibility::Hidden.key() {
        return Err(AppError::ForbiddenBecause(messages::COMMENT_HIDDEN));
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

pub async fn edit(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<BodyForm>,
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
    let viewer = session.require_poster()?.clone();
    let rendered = markdown::render_off_thread(body.clone(), Trust::of(&viewer)).await?;
    let premoderated = state.settings.idea_premoderation;
    let verdict = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                let now = now();
                let submission = Submission {
                    kind: ContentKind::Comment,
                    author: &viewer,
                    area_id: None,
                    text: &body,
                    is_edit: true,
                };
                let policy = moderation::current_policy(conn, premoderated)?;
                let verdict = moderation::screen(conn, &policy, &submission)?;
                replies::update_body(conn, id, &body, rendered.html.as_str(), now)?;
                if verdict.held() {
                    let item =
                        items::find(conn, ContentKind::Comment, id)?.ok_or(AppError::NotFound)?;
                    content::set_visibility(conn, &item, Visibility::Held, now)?;
                }
                moderation::record(conn, ContentKind::Comment, id, &submission, &verdict, now)?;
                Ok(verdict)
            })
        })
        .await?;
    if verdict.held() {
        return held(&session, ContentKind::Comment, &verdict, &back);
    }
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
