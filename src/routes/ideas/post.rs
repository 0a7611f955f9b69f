//! `GET|POST /ideas/new`: a member shares an idea. With pre-moderation on (the default),
//! it waits for a moderator; moderators' own ideas are public at once.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::accounts::now;
use crate::auth::{CsrfForm, Session};
use crate::db::models::ideas;
use crate::domain::Role;
use crate::domain::idea as rules;
use crate::error::AppError;
use crate::render::markdown::{self, Trust, slugify};
use crate::render::{FieldErrors, Notice, Page, html, ok, see_other};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "ideas/new.html")]
struct NewIdeaPage {
    page: Page,
    title: String,
    body: String,
    errors: FieldErrors,
    premoderated: bool,
}

pub async fn new_form(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    session.require_viewer()?;
    ok(&NewIdeaPage {
        page: Page::new(&session, "Share an idea").in_section("ideas"),
        title: String::new(),
        body: String::new(),
        errors: FieldErrors::new(),
        premoderated: state.settings.idea_premoderation,
    })
}

#[derive(Deserialize)]
pub struct IdeaForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
}

pub async fn post(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<IdeaForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_viewer()?.clone();
    let mut errors = FieldErrors::new();
    let title = errors.check("title", rules::parse_title(&form.title));
    let body = errors.check("body", rules::parse_body(&form.body));
    let (Some(title), Some(body)) = (title, body) else {
        let page = NewIdeaPage {
            page: Page::new(&session, "Share an idea").in_section("ideas"),
            title: form.title,
            body: form.body,
            errors,
            premoderated: state.settings.idea_premoderation,
        };
        return html(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let rendered = markdown::render_off_thread(body.clone(), Trust::of(&viewer)).await?;
    let approved = !state.settings.idea_premoderation || viewer.can(Role::Moderator);
    let id = state
        .db
        .run(move |conn| {
            Ok(ideas::create(
                conn,
                &slugify(&title),
                viewer.id,
                &title,
                &body,
                rendered.html.as_str(),
                approved,
                now(),
            )?)
        })
        .await?;
    let notice = if approved {
        Notice::IdeaPosted
    } else {
        Notice::IdeaAwaiting
    };
    Ok(see_other(&format!("/ideas/{id}?notice={}", notice.key())))
}
