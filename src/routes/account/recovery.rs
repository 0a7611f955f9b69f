//! "Forgot your password?": `GET/POST /password/forgot` asks for the address and mails a
//! link; `GET /password/reset/{token}` shows the new-password form and `POST
//! /password/reset` sets it. The links are one-hour, single-use tokens stored as hashes
//! (see [`crate::accounts::links`]); following one never changes anything by itself,
//! because mail scanners open links too.
//!
//! The answer to a request is the same whether or not an account has the address. Requests
//! are counted per client address (too many: 429, said beside the field) and per typed
//! address (too many: the page answers the same but no more mail is sent, so nobody can
//! flood a mailbox or learn from the limit that the address exists).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::Duration;
use serde::Deserialize;

use crate::accounts::links::LinkProblem;
use crate::accounts::{self, links};
use crate::auth::{CsrfForm, Session, password, token};
use crate::clock::now;
use crate::db::models::account_tokens::Purpose;
use crate::db::models::{throttle, users};
use crate::db::write_transaction;
use crate::domain::{Email, NewPassword};
use crate::error::AppError;
use crate::messages::account as texts;
use crate::render::{FieldErrors, Notice, Page, html, ok};
use crate::state::AppState;

/// Requests per client address per hour.
const PER_CLIENT: i64 = 10;
/// Mails per typed address per hour.
const PER_ADDRESS: i64 = 3;

#[derive(Template)]
#[template(path = "account/forgot.html")]
struct ForgotPage {
    page: Page,
    email: String,
    errors: FieldErrors,
}

pub async fn forgot_form(session: Session) -> Result<HttpResponse, AppError> {
    ok(&ForgotPage {
        page: Page::new(&session, texts::TITLE_FORGOT),
        email: String::new(),
        errors: FieldErrors::new(),
    })
}

#[derive(Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

pub async fn forgot(
    state: web::Data<AppState>,
    req: HttpRequest,
    CsrfForm { session, form }: CsrfForm<ForgotForm>,
) -> Result<HttpResponse, AppError> {
    let mut errors = FieldErrors::new();
    let again = |errors: FieldErrors, status| {
        let page = ForgotPage {
            page: Page::new(&session, texts::TITLE_FORGOT),
            email: form.email.clone(),
            errors,
        };
        html(status, &page)
    };
    let Some(email) = errors.check("email", Email::parse(&form.email)) else {
        return again(errors, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let client_key = format!("reset-client:{}", super::client_address(&req, &state));
    let address_key = format!("reset-address:{}", token::hash_token(&email.key()));
    let sent = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                let now = now();
                let hour = now - Duration::hours(1);
                throttle::record(conn, &[&client_key], now)?;
                if throttle::failures_since(conn, &client_key, hour)? > PER_CLIENT {
                    return Ok(None);
                }
                throttle::record(conn, &[&address_key], now)?;
                if throttle::failures_since(conn, &address_key, hour)? > PER_ADDRESS {
                    return Ok(Some(Vec::new()));
                }
                accounts::password::request_reset(conn, &email).map(Some)
            })
        })
        .await?;
    let Some(mail) = sent else {
        errors.add("email", texts::RESET_THROTTLED);
        return again(errors, StatusCode::TOO_MANY_REQUESTS);
    };
    state.mail(mail);
    super::sent_page(&session, texts::RESET_SENT)
}

#[derive(Template)]
#[template(path = "account/reset.html")]
struct ResetPage {
    page: Page,
    token: String,
    username: String,
    errors: FieldErrors,
}

pub async fn reset_form(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let secret = path.into_inner();
    let checked = link_owner(&state, &session, secret.clone()).await?;
    match checked {
        Ok((username, _)) => ok(&ResetPage {
            page: Page::new(&session, texts::TITLE_FORGOT),
            token: secret,
            username,
            errors: FieldErrors::new(),
        }),
        Err(problem) => super::link_problem(
            &session,
            texts::TITLE_FORGOT,
            problem,
            super::ASK_AGAIN_RESET,
        ),
    }
}

/// The username and address of the member whose reset link `secret` is, or what is wrong
/// with the link (looked up without using it).
async fn link_owner(
    state: &AppState,
    session: &Session,
    secret: String,
) -> Result<Result<(String, String), LinkProblem>, AppError> {
    let viewer = session.viewer().map(|v| v.id);
    state
        .db
        .run(move |conn| {
            Ok(
                match links::check(conn, &secret, Purpose::Reset, viewer, now())? {
                    Ok(link) => {
                        let user = users::find(conn, link.user_id)?.ok_or(AppError::NotFound)?;
                        Ok((user.username, user.email))
                    }
                    Err(problem) => Err(problem),
                },
            )
        })
        .await
}

#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
}

pub async fn reset(
    state: web::Data<AppState>,
    req: HttpRequest,
    CsrfForm { session, form }: CsrfForm<ResetForm>,
) -> Result<HttpResponse, AppError> {
    // Whose link it is: a link that does not work is said so before any hashing, and the
    // strength check knows the member's name and address, as at sign-up.
    let owner = link_owner(&state, &session, form.token.clone()).await?;
    let (username, email) = match owner {
        Ok(owner) => owner,
        Err(problem) => {
            return super::link_problem(
                &session,
                texts::TITLE_FORGOT,
                problem,
                super::ASK_AGAIN_RESET,
            );
        }
    };
    let typed = (form.password.clone(), username.clone(), email);
    let checked = web::block(move || NewPassword::parse(&typed.0, &[&typed.1, &typed.2])).await?;
    let new = match checked {
        Ok(new) => new,
        Err(message) => {
            let mut errors = FieldErrors::new();
            errors.add("password", message);
            let page = ResetPage {
                page: Page::new(&session, texts::TITLE_FORGOT),
                token: form.token,
                username,
                errors,
            };
            return html(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let hash = web::block(move || password::hash(new.expose())).await??;
    let viewer = session.viewer().map(|v| v.id);
    let device = super::device(&req);
    let days = state.settings.session_days;
    let secret = form.token;
    let outcome = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                accounts::password::reset(conn, &secret, &hash, viewer, &device, days)
            })
        })
        .await?;
    match outcome {
        Ok(reset) => {
            state.mail(reset.mail);
            tracing::info!(user = reset.user_id, "password reset");
            Ok(super::signed_in(
                &state.settings,
                &reset.session,
                "/",
                Notice::PasswordChanged,
            ))
        }
        Err(problem) => super::link_problem(
            &session,
            texts::TITLE_FORGOT,
            problem,
            super::ASK_AGAIN_RESET,
        ),
    }
}
