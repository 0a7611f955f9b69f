//! The member's own data: `GET /account/export` downloads all of it as JSON;
//! `POST /account/delete` (with the password, a tick to confirm, and the choice to keep or
//! remove one's posts) deletes the account's personal data and signs out. What that keeps
//! and removes is in [`crate::privacy`].

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::auth::{CsrfForm, Session, password};
use crate::clock::now;
use crate::db::models::{member_data, users};
use crate::db::write_transaction;
use crate::domain::PostsChoice;
use crate::error::AppError;
use crate::messages;
use crate::moderation::rate::{self, Action};
use crate::render::{FieldErrors, Notice};
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
    /// `keep` or `remove`; absent is `keep`.
    posts: Option<String>,
}

/// Where a request for an account deleted meanwhile (by a request sent at the same time)
/// is sent: its session is gone.
fn signed_out() -> AppError {
    AppError::SignInRequired {
        next: "/account".to_owned(),
    }
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
                if member_data::is_erased(conn, id)? {
                    return Err(signed_out());
                }
                rate::count(conn, id, Action::PasswordCheck, now())?;
                Ok(users::find(conn, id)?.map(|u| u.password_hash))
            })
        })
        .await?;
    let typed = form.password;
    let matches = web::block(move || password::verify(stored.as_deref(), &typed)).await?;
    let mut errors = FieldErrors::new();
    let choice = PostsChoice::parse(form.posts.as_deref()).unwrap_or_else(|message| {
        errors.add("posts", message);
        PostsChoice::Keep
    });
    if !matches {
        errors.add("delete_password", messages::DELETE_PASSWORD);
    }
    if form.confirm != "yes" {
        errors.add("confirm", messages::DELETE_CONFIRM);
    }
    if !errors.is_empty() {
        return super::overview::render_with_choice(&state, &session, (None, None), choice, errors)
            .await;
    }
    let mail = state
        .db
        .run(move |conn| {
            crate::privacy::delete(conn, id, choice, crate::messages::deletion::BY_THE_MEMBER)
        })
        .await?
        .ok_or_else(signed_out)?;
    state.mail(mail);
    let notice = match choice {
        PostsChoice::Keep => Notice::AccountDeleted,
        PostsChoice::Remove => Notice::AccountDeletedWithPosts,
    };
    super::signed_out(&state, "/", notice)
}
