//! Comments, whatever they hang under: `GET /comments/{id}` (the comment in its place),
//! and `GET|POST /comments/{id}/edit`, where an author changes their own comment within
//! the edit window. Posting them is [`crate::posting::comments`]; moderators' edits
//! belong to the moderation queue.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::Duration;

use crate::auth::{CsrfForm, Session};
use crate::clock::now;
use crate::db::DbConnection;
use crate::db::models::replies::{self, Reply};
use crate::db::models::{answers, articles, post_access, posts, questions};
use crate::domain::reply::{self, EDIT_WINDOW_MINUTES};
use crate::domain::{ContentKind, Visibility};
use crate::error::AppError;
use crate::messages;
use crate::paths;
use crate::posting;
use crate::render::{Notice, Page, html, ok, see_other};
use crate::routes::BodyForm;
use crate::routes::moderation::held::after_posting;
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
    error: Option<crate::i18n::Key>,
}

/// The page a reply is on, without its anchor.
fn place_of(conn: &mut DbConnection, reply: &Reply) -> Result<String, AppError> {
    Ok(match ContentKind::parse(&reply.subject_kind) {
        Some(ContentKind::Idea) => paths::idea(reply.subject_id),
        Some(ContentKind::Answer) => {
            let answer = answers::find_answer(conn, reply.subject_id)?;
            let question = match answer {
                Some(a) => questions::find(conn, a.question_id)?,
                None => None,
            };
            question.ok_or(AppError::NotFound)?.path()
        }
        _ => {
            let slug = articles::slug_of(conn, reply.subject_id)?.ok_or(AppError::NotFound)?;
            paths::article(&slug)
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
            let post = posts::find(conn, ContentKind::Comment, id)?.ok_or(AppError::NotFound)?;
            if !post_access::readable(conn, &post, viewer.as_ref(), now())? {
                return Err(AppError::NotFound);
            }
            let reply = replies::find(conn, id)?.ok_or(AppError::NotFound)?;
            place_of(conn, &reply)
        })
        .await?;
    Ok(see_other(&format!("{place}#comment-{id}")))
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
        page: Page::new(&session, messages::TITLE_EDIT_COMMENT),
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
                page: Page::new(&session, messages::TITLE_EDIT_COMMENT),
                id,
                body: form.body,
                back,
                error: Some(message),
            };
            return html(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let viewer = session.require_poster()?;
    let posted = posting::comments::edit(&state, viewer, id, body).await?;
    let place = format!("{back}#comment-{id}");
    after_posting(
        &session,
        ContentKind::Comment,
        &posted,
        &back,
        &place,
        Notice::CommentUpdated,
    )
}

/// `?reply={id}`: the post whose reply form a thread page opens. A thread shows one reply
/// form at most; under every other post it shows a "Reply" link to itself with this query
/// (`partials/reply_link.html`). Without it, a page with 50 answers carried 50 hidden forms,
/// each with its own copy of the CSRF token — a third of a signed-in page's weight, sent on
/// every view for the rare reader who replies. The form opens in place, focused, and a
/// refused reply reopens it the same way; no script is needed.
#[derive(serde::Deserialize)]
pub struct OpenReply {
    reply: Option<i64>,
}

impl OpenReply {
    /// The post asked for, if any (an unreadable query opens nothing).
    pub fn id(open: Option<web::Query<OpenReply>>) -> Option<i64> {
        open.and_then(|q| q.reply)
    }
}

/// The comment form's state: empty, or what was typed with the reason it was refused.
#[derive(Default)]
pub struct CommentDraft {
    pub body: String,
    pub parent_id: Option<i64>,
    pub error: Option<crate::i18n::Key>,
}

impl CommentDraft {
    /// The form opened by `?reply=` (see [`OpenReply`]), empty.
    pub fn opened(open: Option<web::Query<OpenReply>>) -> Self {
        Self {
            parent_id: OpenReply::id(open),
            ..Self::default()
        }
    }

    /// Whether this draft is a reply to comment `id`.
    pub fn replies_to(&self, id: &i64) -> bool {
        self.parent_id == Some(*id)
    }
}
