//! `GET /signup` shows the form; `POST /signup` creates an unconfirmed account and mails
//! the link that confirms its address. The answer is "check your e-mail" whether or not
//! the address already has an account (its owner is told by mail instead), so sign-up
//! never signs in: see [`crate::accounts::address`].

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use chrono::Duration;

use crate::accounts;
use crate::auth::{CsrfForm, Session, password};
use crate::clock::now;
use crate::db::models::throttle;
use crate::db::models::users::CreateUserError;
use crate::db::write_transaction;
use crate::domain::{Email, NewPassword, Username};
use crate::error::AppError;
use crate::messages;
use crate::render::{FieldErrors, Page, html, ok, see_other};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "account/signup.html")]
struct SignupPage {
    page: Page,
    username: String,
    email: String,
    errors: FieldErrors,
}

impl SignupPage {
    fn new(session: &Session, username: String, email: String, errors: FieldErrors) -> Self {
        let page = Page::new(session, messages::TITLE_CREATE_AN_ACCOUNT)
            .describe(messages::DESCRIPTION_SIGNUP);
        Self {
            page,
            username,
            email,
            errors,
        }
    }
}

pub async fn signup_form(session: Session) -> Result<HttpResponse, AppError> {
    if session.viewer().is_some() {
        return Ok(see_other("/"));
    }
    ok(&SignupPage::new(
        &session,
        String::new(),
        String::new(),
        FieldErrors::new(),
    ))
}

#[derive(Deserialize)]
pub struct SignupForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn signup(
    state: web::Data<AppState>,
    req: HttpRequest,
    CsrfForm { session, form }: CsrfForm<SignupForm>,
) -> Result<HttpResponse, AppError> {
    let mut errors = FieldErrors::new();
    let username = errors.check("username", Username::parse(&form.username));
    let email = errors.check("email", Email::parse(&form.email));
    // zxcvbn is CPU work: off the async threads, like the hash.
    let typed = (
        form.password.clone(),
        form.username.clone(),
        form.email.clone(),
    );
    let checked = web::block(move || NewPassword::parse(&typed.0, &[&typed.1, &typed.2])).await?;
    let password = errors.check("password", checked);
    if let (Some(username), Some(email), Some(password)) = (username, email, password) {
        if let Some(minutes) = too_many_signups(&state, &req).await? {
            let mut errors = FieldErrors::new();
            errors.add("username", messages::signups_throttled(minutes));
            let page = SignupPage::new(&session, form.username, form.email, errors);
            return html(StatusCode::TOO_MANY_REQUESTS, &page);
        }
        // Hashed whether or not the address has an account, so that both take as long.
        let hash = web::block(move || password::hash(password.expose())).await??;
        let created = state
            .db
            .run(move |conn| {
                write_transaction(conn, |conn| {
                    accounts::address::sign_up(conn, &username, &email, &hash)
                })
            })
            .await?;
        match created {
            Ok(mail) => {
                state.mail(mail);
                return super::sent_page(&session, messages::account::SIGNUP_SENT);
            }
            Err(CreateUserError::Db(e)) => return Err(e.into()),
            Err(CreateUserError::UsernameTaken) => {
                errors.add("username", messages::USERNAME_TAKEN);
            }
            // The address had an account after all (a race with another sign-up): the
            // answer cannot say so.
            Err(CreateUserError::EmailTaken) => {
                return super::sent_page(&session, messages::account::SIGNUP_SENT);
            }
        }
    }
    let page = SignupPage::new(&session, form.username, form.email, errors);
    html(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// Counts a sign-up from the client's address (before the password is hashed, so that a
/// burst costs the server nothing) and says how many minutes to wait when that address has
/// asked for too many accounts in the last hour.
async fn too_many_signups(state: &AppState, req: &HttpRequest) -> Result<Option<i64>, AppError> {
    let key = format!("signup:{}", super::client_address(req, state));
    let limit = state.settings.login_limits.signups_per_address;
    state
        .db
        .run(move |conn| {
            let now = now();
            let window = Duration::hours(1);
            throttle::record(conn, &[&key], now)?;
            if throttle::failures_since(conn, &key, now - window)? <= limit {
                return Ok(None);
            }
            let oldest = throttle::oldest_failure_since(conn, &key, now - window)?;
            let reopens = oldest.map_or(now, |t| t + window);
            Ok(Some((reopens - now).num_minutes() + 1))
        })
        .await
}
