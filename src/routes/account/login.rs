//! `GET /login` shows the form; `POST /login` signs in by username or e-mail address.
//!
//! A wrong name and a wrong password get the same message and take the same time, so the
//! form does not tell which accounts exist. Failures are counted per typed account name
//! and per client address in the database, so every app process shares the counts.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::Duration;
use serde::Deserialize;

use crate::accounts;
use crate::auth::{CsrfForm, Session, password, token};
use crate::clock::now;
use crate::db::models::{areas, sessions, throttle, users};
use crate::db::write_transaction;
use crate::domain::Role;
use crate::error::AppError;
use crate::messages;
use crate::render::{FieldErrors, Notice, Page, html, local_path, ok, see_other};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "account/login.html")]
struct LoginPage {
    page: Page,
    login: String,
    next: String,
    errors: FieldErrors,
}

impl LoginPage {
    fn new(session: &Session, login: String, next: Option<&str>, errors: FieldErrors) -> Self {
        Self {
            page: Page::new(session, messages::TITLE_SIGN_IN),
            login,
            next: local_path(next),
            errors,
        }
    }
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

pub async fn login_form(
    session: Session,
    query: web::Query<NextQuery>,
) -> Result<HttpResponse, AppError> {
    if session.viewer().is_some() {
        return Ok(see_other(&local_path(query.next.as_deref())));
    }
    let page = LoginPage::new(
        &session,
        String::new(),
        query.next.as_deref(),
        FieldErrors::new(),
    );
    ok(&page)
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

/// What the throttle said before the password was checked.
enum Gate {
    Closed {
        minutes: i64,
    },
    Open {
        user: Option<Box<users::User>>,
        /// The keys to clear when the password is right.
        cleared: [String; 2],
        attempt: Vec<i64>,
        /// The account is under a spread-out guessing attack: answer slowly.
        slow: bool,
    },
}

/// How long an attempt on an account under attack waits before it is judged.
const SLOW_DOWN: std::time::Duration = std::time::Duration::from_secs(2);

pub async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    CsrfForm { session, form }: CsrfForm<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let mut errors = FieldErrors::new();
    if form.login.trim().is_empty() {
        errors.add("login", messages::LOGIN_REQUIRED);
    }
    if form.password.is_empty() {
        errors.add("password", messages::LOGIN_PASSWORD_REQUIRED);
    }
    let again = |errors: FieldErrors, status: StatusCode| {
        let page = LoginPage::new(&session, form.login.clone(), form.next.as_deref(), errors);
        html(status, &page)
    };
    if !errors.is_empty() {
        return again(errors, StatusCode::UNPROCESSABLE_ENTITY);
    }

    let limits = state.settings.login_limits;
    let login = form.login.trim().to_lowercase();
    let address = super::client_address(&req, &state);
    let address_key = format!("address:{address}");
    let gate = state
        .db
        .run(move |conn| {
            let now = now();
            let window = Duration::minutes(limits.window_minutes);
            throttle::purge(conn, now - Duration::days(1))?;
            let user = users::find_by_login(conn, &login)?;
            // An existing account is one bucket whichever name it was typed by; a typed
            // name that is no account is stored hashed, so its length costs nothing.
            let account_key = match &user {
                Some(user) => format!("account:{}", user.id),
                None => format!("login:{}", token::hash_token(&login)),
            };
            // Paused per account *and* address: guesses from elsewhere cannot lock the
            // owner out.
            let pair_key = format!("{account_key}|{address}");
            // The attempt is counted before it is judged, so that guesses sent in parallel
            // cannot all pass the check before any of them is counted.
            let attempt = throttle::record(conn, &[&account_key, &pair_key, &address_key], now)?;
            for (key, limit) in [
                (&pair_key, limits.per_account),
                (&address_key, limits.per_address),
            ] {
                if throttle::failures_since(conn, key, now - window)? > limit {
                    let oldest = throttle::oldest_failure_since(conn, key, now - window)?;
                    let reopens = oldest.map_or(now, |t| t + window);
                    let minutes = (reopens - now).num_minutes() + 1;
                    return Ok(Gate::Closed { minutes });
                }
            }
            let slow =
                throttle::failures_since(conn, &account_key, now - window)? > limits.slow_after;
            Ok(Gate::Open {
                user: user.map(Box::new),
                cleared: [account_key, pair_key],
                attempt,
                slow,
            })
        })
        .await?;
    let (user, cleared, attempt) = match gate {
        Gate::Closed { minutes } => {
            let mut errors = FieldErrors::new();
            errors.add("login", messages::login_throttled(minutes));
            return again(errors, StatusCode::TOO_MANY_REQUESTS);
        }
        Gate::Open {
            user,
            cleared,
            attempt,
            slow,
        } => {
            if slow {
                tokio::time::sleep(SLOW_DOWN).await;
            }
            (user, cleared, attempt)
        }
    };

    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let typed = form.password.clone();
    let matches = web::block(move || password::verify(stored.as_deref(), &typed)).await?;
    let user = user.filter(|_| matches);

    let Some(user) = user else {
        // The attempt stays counted as a failure.
        let mut errors = FieldErrors::new();
        errors.add("login", messages::LOGIN_FAILED);
        return again(errors, StatusCode::UNPROCESSABLE_ENTITY);
    };

    let days = state.settings.session_days;
    let device = super::device(&req);
    let previous = token::hash_token(session.token());
    let admin = user.roles().allows(Role::Admin);
    let (token, needs_setup) = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                throttle::forget(conn, &attempt)?;
                for key in &cleared {
                    throttle::clear(conn, key)?;
                }
                // Rotation: whatever session this browser had before is ended.
                sessions::delete(conn, &previous)?;
                let token = accounts::start_session(conn, user.id, &device, days)?;
                // A fresh install has no areas: nobody can ask until an admin adds some.
                let needs_setup = admin && areas::all(conn)?.is_empty();
                Ok((token, needs_setup))
            })
        })
        .await?;
    let to = match form.next.as_deref() {
        // An admin of a community not yet set up starts where the setup steps are.
        None | Some("" | "/") if needs_setup => "/admin".to_owned(),
        next => local_path(next),
    };
    Ok(super::signed_in(
        &state.settings,
        &token,
        &to,
        Notice::SignedIn,
    ))
}
