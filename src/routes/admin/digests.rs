//! `GET|POST /admin/digests`: the hour (UTC) after which the background job sends the
//! members' daily and weekly digests. A change is logged.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::accounts::{Actor, log_action};
use crate::auth::{CsrfForm, Session};
use crate::clock::now;
use crate::db::models::settings;
use crate::db::write_transaction;
use crate::domain::Role;
use crate::error::AppError;
use crate::messages::personal as texts;
use crate::personal::{DIGEST_HOUR, digest_hour};
use crate::render::{FieldErrors, Notice, Page, html, see_other_with};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "admin/digests.html")]
struct DigestsPage {
    page: Page,
    hour: String,
    errors: FieldErrors,
}

pub async fn digests_page(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Admin)?;
    let hour = state.db.run(|conn| Ok(digest_hour(conn)?)).await?;
    html(
        StatusCode::OK,
        &DigestsPage {
            page: Page::new(&session, texts::TITLE_DIGESTS).in_section("admin"),
            hour: hour.to_string(),
            errors: FieldErrors::new(),
        },
    )
}

#[derive(Deserialize)]
pub struct HourForm {
    #[serde(default)]
    hour: String,
}

pub async fn save_digests(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<HourForm>,
) -> Result<HttpResponse, AppError> {
    let admin = session.require_role(Role::Admin)?.clone();
    let Some(hour) = form.hour.trim().parse::<u32>().ok().filter(|h| *h < 24) else {
        let mut errors = FieldErrors::new();
        errors.add("hour", texts::HOUR_INVALID);
        let page = DigestsPage {
            page: Page::new(&session, texts::TITLE_DIGESTS).in_section("admin"),
            hour: form.hour,
            errors,
        };
        return html(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                let before = digest_hour(conn)?;
                if before == hour {
                    return Ok(());
                }
                settings::set(conn, DIGEST_HOUR, &hour.to_string(), now())?;
                let actor = Actor {
                    id: Some(admin.id),
                    name: &admin.username,
                };
                let details = format!("{before} → {hour}");
                log_action(conn, actor, "setting.change", DIGEST_HOUR, &details, "")
            })
        })
        .await?;
    Ok(see_other_with("/admin/digests", Notice::DigestHourSaved))
}
