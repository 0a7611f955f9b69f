//! `GET /login` shows the form; `POST /login` signs in by username or e-mail address.
//!
//! A wrong name and a wrong password get the same message and take the same time, so the
//! form does not tell which accounts exist. Failures are counted by `sign_in_gate`. With
//! passwords switched off for the member's group, even the right password is refused,
//! naming the provider buttons to use instead.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::accounts;
use crate::auth::{CsrfForm, Session, token};
use crate::db::models::{areas, sessions};
use crate::db::write_transaction;
use crate::domain::Role;
use crate::error::AppError;
use crate::i18n::Text;
use crate::messages::{self, sign_in as texts};
use crate::render::{FieldErrors, Notice, Page, html, local_path, see_other};
use crate::state::AppState;

use super::provider_buttons::{Button, buttons, form_targets};
use super::sign_in_gate::{Checked, check_password};

#[derive(Template)]
#[template(path = "account/login.html")]
struct LoginPage {
    page: Page,
    login: String,
    next: String,
    errors: FieldErrors,
    /// What went wrong with a provider, above the form.
    problem: String,
    providers: Vec<Button>,
}

impl LoginPage {
    fn new(
        state: &AppState,
        session: &Session,
        login: String,
        next: Option<&str>,
        errors: FieldErrors,
    ) -> Self {
        Self {
            page: Page::new(session, messages::TITLE_SIGN_IN),
            login,
            next: local_path(next),
            errors,
            problem: String::new(),
            providers: buttons(state),
        }
    }

    fn answer(&self, state: &AppState, status: StatusCode) -> Result<HttpResponse, AppError> {
        Ok(form_targets(state, html(status, self)?))
    }
}

/// The sign-in page with `problem` above it (a provider's trip went wrong).
pub(super) fn page_with_problem(
    state: &AppState,
    session: &Session,
    status: StatusCode,
    problem: Text,
) -> Result<HttpResponse, AppError> {
    let mut page = LoginPage::new(state, session, String::new(), None, FieldErrors::new());
    page.problem = problem.say(session.lang().lang);
    page.answer(state, status)
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

pub async fn login_form(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<NextQuery>,
) -> Result<HttpResponse, AppError> {
    if session.viewer().is_some() {
        return Ok(see_other(&local_path(query.next.as_deref())));
    }
    let page = LoginPage::new(
        &state,
        &session,
        String::new(),
        query.next.as_deref(),
        FieldErrors::new(),
    );
    page.answer(&state, StatusCode::OK)
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

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
        let page = LoginPage::new(
            &state,
            &session,
            form.login.clone(),
            form.next.as_deref(),
            errors,
        );
        page.answer(&state, status)
    };
    if !errors.is_empty() {
        return again(errors, StatusCode::UNPROCESSABLE_ENTITY);
    }

    let user = match check_password(&state, &req, &form.login, &form.password).await? {
        Checked::Throttled(minutes) => {
            let mut errors = FieldErrors::new();
            errors.add("login", messages::login_throttled(minutes));
            return again(errors, StatusCode::TOO_MANY_REQUESTS);
        }
        Checked::Wrong => {
            let mut errors = FieldErrors::new();
            errors.add("login", messages::LOGIN_FAILED);
            return again(errors, StatusCode::UNPROCESSABLE_ENTITY);
        }
        Checked::Right(user) => user,
    };

    // Passwords switched off for the member's group: the right password is refused too,
    // with the buttons to use instead.
    let sign_in = &state.providers.config;
    if !sign_in.password_allowed(user.roles()) {
        let labels: Vec<&str> = sign_in
            .providers_for(user.roles())
            .map(|p| p.label.as_str())
            .collect();
        let mut errors = FieldErrors::new();
        errors.add("login", texts::use_provider(&labels));
        return again(errors, StatusCode::FORBIDDEN);
    }

    let days = state.settings.session_days;
    let device = super::device(&req);
    let previous = token::hash_token(session.token());
    let admin = user.roles().allows(Role::Admin);
    let next = form.next.clone();
    let (token, to) = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                // Rotation: whatever session this browser had before is ended.
                sessions::delete(conn, &previous)?;
                let token = accounts::start_session(conn, user.id, &device, days)?;
                // A fresh install has no areas: nobody can ask until an admin adds some.
                let needs_setup = admin && areas::all(conn)?.is_empty();
                let to = match next.as_deref() {
                    // An admin of a community not yet set up starts with the setup.
                    None | Some("" | "/") if needs_setup => "/admin/setup".to_owned(),
                    next => accounts::first_stop(conn, user.id, &local_path(next))?,
                };
                Ok((token, to))
            })
        })
        .await?;
    Ok(super::signed_in(
        &state.settings,
        &token,
        &to,
        Notice::SignedIn,
    ))
}
