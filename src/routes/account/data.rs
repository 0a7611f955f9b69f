//! The member's own data: `GET /account/export` downloads all of it as JSON;
//! `POST /account/delete` (with the password, and a tick to confirm) deletes the account's
//! personal data and signs out. What that keeps and removes is in [`crate::privacy`].

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::accounts::{Actor, log_action};
use crate::auth::{CsrfForm, Session, csrf_token, password, session};
use crate::clock::now;
use crate::db::models::users;
use crate::db::write_transaction;
use crate::error::AppError;
use crate::messages;
use crate::moderation::rate::{self, Action};
use crate::render::{FieldErrors, Notice, see_other_with};
use crate::state::AppState;

pub async fn export(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_viewer()?.clone();
    let id = viewer.id;
    let data = state
        .db
        .run(move |conn| crate::privacy::export(conn, id))
        .await?;
    let body = serde_json::to_string_pretty(&data)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("export: {e}")))?;
    Ok(HttpResponse::Ok()
        .content_type("application/json; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"parlour-{}.json\"", viewer.username),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}

#[derive(Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

pub async fn delete(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<DeleteForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_viewer()?.clone();
    let id = viewer.id;
    // Each check is an Argon2 hash: counted (first, so that guesses sent at once all
    // count) against a small hourly limit.
    let stored = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                rate::count(conn, id, Action::PasswordCheck, now())?;
                Ok(users::find(conn, id)?.map(|u| u.password_hash))
            })
        })
        .await?;
    let typed = form.password;
    let matches = web::block(move || password::verify(stored.as_deref(), &typed)).await?;
    let mut errors = FieldErrors::new();
    if !matches {
        errors.add("delete_password", messages::DELETE_PASSWORD);
    }
    if form.confirm != "yes" {
        errors.add("confirm", messages::DELETE_CONFIRM);
    }
    if !errors.is_empty() {
        return super::overview::render(&state, &session, None, None, errors).await;
    }
    state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                let name = crate::privacy::delete(conn, id)?;
                let actor = Actor {
                    id: Some(id),
                    name: &name,
                };
                log_action(conn, actor, "member.delete", &name, "by the member", "")
            })
        })
        .await?;
    let mut response = see_other_with("/", Notice::AccountDeleted);
    let fresh = session::cookie(
        &csrf_token::visitor_token(&state.keys.csrf),
        state.settings.secure_cookies,
        None,
    );
    response
        .add_cookie(&fresh)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("cookie: {e}")))?;
    Ok(response)
}
