//! `GET|POST /report?kind=…&id=…`: any member reports any post they can read, with a
//! reason. The report joins the post's entry in the moderation queue; a member's second
//! report of the same post counts once (the database's key keeps it so under concurrent
//! clicks too) and is answered with a clear message.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::{CsrfForm, Session};
use crate::clock::now;
use crate::db::UniqueViolation;
use crate::db::models::flags::{self, NewFlag};
use crate::db::models::post_access;
use crate::db::models::posts::{self, Post};
use crate::db::write_transaction;
use crate::domain::ContentKind;
use crate::domain::Viewer;
use crate::error::AppError;
use crate::messages;
use crate::moderation::checks::Rule;
use crate::moderation::rate::{self, Action};
use crate::render::{FieldErrors, Notice, Page, html, ok, see_other};
use crate::state::AppState;

const REASON_MAX: usize = 1_000;

#[derive(Template)]
#[template(path = "moderation/report.html")]
struct ReportPage {
    page: Page,
    item: Post,
    reason: String,
    errors: FieldErrors,
}

#[derive(Deserialize)]
pub struct Target {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    id: String,
}

/// The post a report is about, if `viewer` can read it; 404 otherwise (a missing post and
/// one the member cannot see answer alike).
async fn target(state: &AppState, kind: &str, id: &str, viewer: &Viewer) -> Result<Post, AppError> {
    let kind = ContentKind::parse(kind).ok_or(AppError::NotFound)?;
    let id: i64 = id.trim().parse().map_err(|_| AppError::NotFound)?;
    let reader = viewer.clone();
    let item = state
        .db
        .run(move |conn| {
            let item = posts::find(conn, kind, id)?.ok_or(AppError::NotFound)?;
            if post_access::readable(conn, &item, Some(&reader), now())? {
                Ok(item)
            } else {
                Err(AppError::NotFound)
            }
        })
        .await?;
    if item.author_id == viewer.id {
        return Err(AppError::BadRequest(messages::REPORT_OWN));
    }
    Ok(item)
}

pub async fn report_form(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<Target>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_participant()?.clone();
    let item = target(&state, &query.kind, &query.id, &viewer).await?;
    ok(&ReportPage {
        page: Page::new(&session, messages::TITLE_REPORT_A_POST),
        item,
        reason: String::new(),
        errors: FieldErrors::new(),
    })
}

#[derive(Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    id: String,
    #[serde(default)]
    reason: String,
}

pub async fn report(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<ReportForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_participant()?.clone();
    let item = target(&state, &form.kind, &form.id, &viewer).await?;
    let reason = form.reason.trim().to_owned();
    let mut errors = FieldErrors::new();
    if reason.is_empty() {
        errors.add("reason", messages::REPORT_REASON_REQUIRED);
    } else if reason.chars().count() > REASON_MAX {
        errors.add("reason", messages::REPORT_REASON_TOO_LONG);
    }
    if !errors.is_empty() {
        let page = ReportPage {
            page: Page::new(&session, messages::TITLE_REPORT_A_POST),
            item,
            reason: form.reason,
            errors,
        };
        return html(actix_web::http::StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let (kind, id, author, area, path) = (
        item.kind,
        item.id,
        item.author_id,
        item.area_id,
        item.path.clone(),
    );
    let stored = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                let now = now();
                rate::count(conn, viewer.id, Action::Report, now)?;
                if flags::has_reported(conn, kind.key(), id, viewer.id)? {
                    return Err(AppError::Conflict(messages::REPORT_TWICE));
                }
                let new = NewFlag {
                    subject_kind: kind.key(),
                    subject_id: id,
                    author_id: author,
                    area_id: area,
                    rule: Rule::Report.key(),
                    detail: &reason,
                    held: false,
                    reporter_id: Some(viewer.id),
                };
                Ok(flags::create(conn, &new, now)?)
            })
        })
        .await;
    match stored {
        Ok(()) => {}
        // The same member's report sent twice at once: the key let one through.
        Err(e) if e.is_unique_violation() => {
            return Err(AppError::Conflict(messages::REPORT_TWICE));
        }
        Err(e) => return Err(e),
    }
    let (place, anchor) = match path.split_once('#') {
        Some((place, anchor)) => (place.to_owned(), format!("#{anchor}")),
        None => (path, String::new()),
    };
    let joiner = if place.contains('?') { '&' } else { '?' };
    Ok(see_other(&format!(
        "{place}{joiner}notice={}{anchor}",
        Notice::Reported.key()
    )))
}
