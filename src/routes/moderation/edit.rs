//! `GET|POST /mod/{kind}/{id}/edit`: a moderator corrects a post before approving it.
//! The form is here; the correction is [`crate::moderation::actions::edit_and_approve`].

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::act::{kind_of, parse_reason, seen_of};
use crate::auth::{CsrfForm, Session};
use crate::db::models::posts::{self, Post};
use crate::domain::{ContentKind, Role, reply};
use crate::error::AppError;
use crate::messages;
use crate::moderation::actions::{self, Correction};
use crate::render::markdown::{self, Trust};
use crate::render::{Notice, Page, html, ok, see_other_with};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "moderation/edit.html")]
struct EditPage {
    page: Page,
    item: Post,
    body: String,
    error: Option<crate::i18n::Key>,
    seen: String,
}

#[derive(Deserialize)]
pub struct SeenQuery {
    #[serde(default)]
    seen: String,
}

/// `GET /mod/{kind}/{id}/edit`: the post's text, to correct before approving.
pub async fn edit_form(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<(String, i64)>,
    query: web::Query<SeenQuery>,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Moderator)?;
    let (kind, id) = path.into_inner();
    let kind = kind_of(&kind)?;
    let item = state
        .db
        .run(move |conn| posts::find(conn, kind, id)?.ok_or(AppError::NotFound))
        .await?;
    ok(&EditPage {
        page: Page::new(&session, messages::TITLE_MOD_EDIT).in_section("moderation"),
        body: item.body_md.clone(),
        item,
        error: None,
        seen: query.into_inner().seen,
    })
}

#[derive(Deserialize)]
pub struct EditForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    seen: String,
}

/// `POST /mod/{kind}/{id}/edit`: saves the moderator's text (keeping the original on the
/// flags), approves the post, logs the edit.
pub async fn edit(
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
    CsrfForm { session, form }: CsrfForm<EditForm>,
) -> Result<HttpResponse, AppError> {
    let moderator = session.require_role(Role::Moderator)?.clone();
    let (kind, id) = path.into_inner();
    let kind = kind_of(&kind)?;
    let reason = parse_reason(&form.reason)?;
    let body = match reply::parse_body(&form.body) {
        Ok(body) if !body.is_empty() => body,
        refused => {
            let error = refused.err().unwrap_or(messages::MOD_BODY_REQUIRED);
            let item = state
                .db
                .run(move |conn| posts::find(conn, kind, id)?.ok_or(AppError::NotFound))
                .await?;
            let page = EditPage {
                page: Page::new(&session, messages::TITLE_MOD_EDIT).in_section("moderation"),
                item,
                body: form.body,
                error: Some(error),
                seen: form.seen,
            };
            return html(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    // Rendered as its author's would be: staff articles as staff, the rest as a member's
    // (links stay `nofollow`).
    let trust = if kind == ContentKind::Article {
        Trust::Staff
    } else {
        Trust::Member
    };
    let rendered = markdown::render_off_thread(body.clone(), trust).await?;
    let correction = Correction {
        body_md: body,
        body_html: rendered.html,
        reason,
        seen: seen_of(&form.seen),
    };
    let mail = state
        .db
        .run(move |conn| actions::edit_and_approve(conn, kind, id, &moderator, &correction))
        .await?;
    state.mail(mail);
    Ok(see_other_with("/mod", Notice::ModDone))
}
