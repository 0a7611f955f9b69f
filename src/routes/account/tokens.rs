//! `GET /account/tokens`: the member's personal access tokens for the JSON API (name,
//! scopes, when made, last used, expiry, state) and the form for a new one; `POST
//! /account/tokens` makes one and shows it once; `POST /account/tokens/{id}/revoke`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::accounts::api_tokens::{self, TokenRequest};
use crate::auth::{CsrfForm, NoFields, Session};
use crate::clock::now;
use crate::db::models::api_tokens::ApiToken;
use crate::domain::api_token::{EXPIRY_CHOICES, Scope, Scopes};
use crate::error::AppError;
use crate::messages::account as texts;
use crate::render::{FieldErrors, Notice, Page, html, see_other_with};
use crate::state::AppState;

/// A token as the list shows it.
struct TokenRow {
    id: i64,
    name: String,
    scopes: Vec<&'static str>,
    created_at: chrono::NaiveDateTime,
    expires_at: chrono::NaiveDateTime,
    last_used_at: Option<chrono::NaiveDateTime>,
    /// "live", "expired" or "revoked".
    state: &'static str,
}

#[derive(Template)]
#[template(path = "account/tokens.html")]
struct TokensPage {
    page: Page,
    tokens: Vec<TokenRow>,
    /// The scopes this member may give a token.
    offered: Vec<&'static str>,
    expiries: &'static [i64],
    /// What was typed, after a refusal.
    name: String,
    chosen: Vec<String>,
    days: String,
    errors: FieldErrors,
    /// The token just made, shown this once.
    made: Option<String>,
}

impl TokensPage {
    fn chose(&self, scope: &&str) -> bool {
        self.chosen.iter().any(|c| c == scope)
    }
}

fn row(token: ApiToken, now: chrono::NaiveDateTime) -> TokenRow {
    let state = if token.revoked_at.is_some() {
        "revoked"
    } else if token.expires_at <= now {
        "expired"
    } else {
        "live"
    };
    TokenRow {
        id: token.id,
        scopes: Scopes::parse(&token.scopes)
            .list()
            .map(Scope::key)
            .collect(),
        name: token.name,
        created_at: token.created_at,
        expires_at: token.expires_at,
        last_used_at: token.last_used_at,
        state,
    }
}

/// What the page shows after a form: what was typed, the errors, a token just made.
#[derive(Default)]
struct FormState {
    name: String,
    chosen: Vec<String>,
    days: String,
    errors: FieldErrors,
    made: Option<String>,
}

async fn render(
    state: &AppState,
    session: &Session,
    status: StatusCode,
    form: FormState,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_viewer()?.clone();
    let id = viewer.id;
    let tokens = state
        .db
        .run(move |conn| Ok(crate::db::models::api_tokens::of_member(conn, id)?))
        .await?;
    let now = now();
    let days = if form.days.is_empty() {
        "90".to_owned()
    } else {
        form.days
    };
    html(
        status,
        &TokensPage {
            page: Page::new(session, texts::TITLE_TOKENS),
            tokens: tokens.into_iter().map(|t| row(t, now)).collect(),
            offered: Scope::ALL
                .into_iter()
                .filter(|s| s.allowed_for(viewer.roles))
                .map(Scope::key)
                .collect(),
            expiries: &EXPIRY_CHOICES,
            name: form.name,
            chosen: form.chosen,
            days,
            errors: form.errors,
            made: form.made,
        },
    )
}

pub async fn tokens_page(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    let form = FormState {
        chosen: vec![Scope::Read.key().to_owned()],
        ..FormState::default()
    };
    render(&state, &session, StatusCode::OK, form).await
}

pub async fn make_token(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_viewer()?.clone();
    let value = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let name = value("name");
    let days = value("days");
    let chosen: Vec<String> = form
        .iter()
        .filter(|(k, _)| k == "scope")
        .map(|(_, v)| v.clone())
        .collect();
    let outcome = {
        let (name, days, chosen) = (name.clone(), days.clone(), chosen.clone());
        state
            .db
            .run(move |conn| {
                let request = TokenRequest {
                    name: &name,
                    scopes: &chosen,
                    days: &days,
                };
                api_tokens::issue(conn, &viewer, &request, now())
            })
            .await?
    };
    match outcome {
        Ok(issued) => {
            tracing::info!(token = issued.id, "API token made");
            let form = FormState {
                chosen: vec![Scope::Read.key().to_owned()],
                made: Some(issued.token),
                ..FormState::default()
            };
            render(&state, &session, StatusCode::CREATED, form).await
        }
        Err(problems) => {
            let mut errors = FieldErrors::new();
            for (field, message) in problems {
                errors.add(field, message);
            }
            let form = FormState {
                name,
                chosen,
                days,
                errors,
                made: None,
            };
            render(&state, &session, StatusCode::UNPROCESSABLE_ENTITY, form).await
        }
    }
}

pub async fn revoke_token(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, .. }: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_viewer()?.clone();
    let id = id.into_inner();
    let revoked = state
        .db
        .run(move |conn| api_tokens::revoke(conn, &viewer, id, now()))
        .await?;
    if !revoked {
        return Err(AppError::NotFound);
    }
    Ok(see_other_with("/account/tokens", Notice::TokenRevoked))
}
