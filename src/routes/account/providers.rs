//! Signing in with a provider: `POST /auth/{key}` leaves for the provider, `GET
//! /auth/{key}/callback` comes back, `POST /account/providers/remove` unlinks one, and
//! `/signed-out` offers to sign out at the provider too. A newcomer's choice is in
//! `welcome`.
//!
//! The start is a form (`POST`, with the CSRF token): it writes the trip. Pages with such
//! a form allow it to lead to the providers' sites (`provider_buttons::form_targets`); the
//! site's policy otherwise lets forms post only to itself.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::Duration;
use serde::Deserialize;

use crate::accounts::identities::{self as arrivals, Return};
use crate::auth::{CsrfForm, Session, token};
use crate::clock::now;
use crate::db::models::identities::{self, Trip};
use crate::db::models::{sessions, users};
use crate::db::write_transaction;
use crate::error::AppError;
use crate::i18n::Text;
use crate::messages::sign_in as texts;
use crate::render::{Notice, Page, html, local_path, see_other, see_other_with};
use crate::sign_in::{Provider, TripError};
use crate::state::AppState;

/// How long a trip to a provider, or a newcomer's choice, may take.
pub(super) const TRIP_MINUTES: i64 = 15;

/// The sign-in page with a message about a provider, and the status to answer with.
pub(super) fn back_to_sign_in(
    state: &AppState,
    session: &Session,
    status: StatusCode,
    problem: Text,
) -> Result<HttpResponse, AppError> {
    super::login::page_with_problem(state, session, status, problem)
}

/// Ends the browser's previous session (rotation) and starts member `user_id`'s, signed in
/// with `provider`; returns its token and where to go (towards `next`).
pub(super) fn start_member_session(
    conn: &mut crate::db::DbConnection,
    previous: &str,
    user_id: i64,
    (device, days, provider): (&str, i64, &str),
    next: &str,
) -> Result<(String, String), AppError> {
    sessions::delete(conn, previous)?;
    let token = crate::accounts::start_session_via(conn, user_id, device, days, provider)?;
    let to = crate::accounts::first_stop(conn, user_id, &local_path(Some(next)))?;
    Ok((token, to))
}

pub(super) fn provider<'a>(state: &'a AppState, key: &str) -> Result<&'a Provider, AppError> {
    state.providers.get(key).ok_or(AppError::NotFound)
}

#[derive(Deserialize)]
pub struct DepartForm {
    next: Option<String>,
    /// `yes` from the account page: link to the signed-in member.
    #[serde(default)]
    link: String,
}

/// `POST /auth/{key}`: the trip starts.
pub async fn depart(
    state: web::Data<AppState>,
    key: web::Path<String>,
    CsrfForm { session, form }: CsrfForm<DepartForm>,
) -> Result<HttpResponse, AppError> {
    let provider = provider(&state, &key)?;
    let departure = match provider.depart(&state.providers.http).await {
        Ok(departure) => departure,
        Err(e) => {
            tracing::warn!(provider = %provider.config.key, "sign-in trip not started: {e}");
            return back_to_sign_in(
                &state,
                &session,
                StatusCode::SERVICE_UNAVAILABLE,
                texts::unavailable(&provider.config.name),
            );
        }
    };
    let link_to = if form.link == "yes" {
        Some(session.require_viewer()?.id)
    } else {
        None
    };
    let trip = Trip {
        state_hash: token::hash_token(&departure.state),
        session_hash: token::hash_token(session.token()),
        provider: provider.config.key.clone(),
        nonce: departure.nonce,
        pkce_verifier: departure.pkce_verifier,
        next: local_path(form.next.as_deref()),
        link_to,
        created_at: now(),
    };
    state
        .db
        .run(move |conn| Ok(identities::save_trip(conn, &trip)?))
        .await?;
    Ok(see_other(&departure.url))
}

#[derive(Deserialize)]
pub struct ReturnQuery {
    #[serde(default)]
    code: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    error: String,
}

/// `GET /auth/{key}/callback`: the provider sends the browser back.
pub async fn come_back(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    key: web::Path<String>,
    query: web::Query<ReturnQuery>,
) -> Result<HttpResponse, AppError> {
    let provider = provider(&state, &key)?;
    let name = provider.config.name.clone();
    // The trip is taken (and so spent) whatever comes next.
    let state_hash = token::hash_token(&query.state);
    let session_hash = token::hash_token(session.token());
    let trip = {
        let session_hash = session_hash.clone();
        state
            .db
            .run(move |conn| {
                let since = now() - Duration::minutes(TRIP_MINUTES);
                Ok(identities::take_trip(
                    conn,
                    &state_hash,
                    &session_hash,
                    since,
                )?)
            })
            .await?
    };
    let Some(trip) = trip.filter(|t| t.provider == provider.config.key) else {
        tracing::warn!(provider = %provider.config.key, "sign-in return without its trip");
        return back_to_sign_in(
            &state,
            &session,
            StatusCode::BAD_REQUEST,
            texts::TRIP_LOST.into(),
        );
    };
    if !query.error.is_empty() || query.code.is_empty() {
        // The provider's error code only: its description is its own words.
        let error: String = query
            .error
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
            .take(40)
            .collect();
        tracing::warn!(provider = %provider.config.key, %error, "the provider did not sign in");
        return back_to_sign_in(
            &state,
            &session,
            StatusCode::BAD_REQUEST,
            texts::refused(&name),
        );
    }
    let vouched = match provider
        .arrive(
            &state.providers.http,
            &query.code,
            &trip.nonce,
            &trip.pkce_verifier,
        )
        .await
    {
        Ok(vouched) => vouched,
        Err(e) => {
            tracing::warn!(provider = %provider.config.key, "sign-in refused: {e}");
            let (status, message) = match e {
                TripError::Unavailable(_) => {
                    (StatusCode::SERVICE_UNAVAILABLE, texts::unavailable(&name))
                }
                TripError::Refused(_) => (StatusCode::BAD_REQUEST, texts::refused(&name)),
            };
            return back_to_sign_in(&state, &session, status, message);
        }
    };
    let config = state.providers.config.clone();
    let provider_config = provider.config.clone();
    let days = state.settings.session_days;
    let device = super::device(&req);
    let outcome = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                let outcome =
                    arrivals::on_return(conn, &config, &provider_config, &trip, &vouched)?;
                if let Return::Member(id) = outcome {
                    // Rotation: whatever session this browser had before is ended.
                    let token = start_member_session(
                        conn,
                        &trip.session_hash,
                        id,
                        (&device, days, &provider_config.key),
                        &trip.next,
                    )?;
                    return Ok((outcome, Some(token)));
                }
                Ok((outcome, None))
            })
        })
        .await?;
    match outcome {
        (Return::Member(_), Some((token, to))) => Ok(super::signed_in(
            &state.settings,
            &token,
            &to,
            Notice::SignedIn,
        )),
        (Return::Linked, _) => Ok(see_other_with("/account/security", Notice::ProviderLinked)),
        (Return::Arrived, _) => Ok(see_other("/auth/welcome")),
        (Return::Refused(message), _) => {
            back_to_sign_in(&state, &session, StatusCode::FORBIDDEN, message.into())
        }
        (Return::Member(_), None) => Err(AppError::Internal(anyhow::anyhow!("no session"))),
    }
}

#[derive(Deserialize)]
pub struct RemoveForm {
    #[serde(default)]
    provider: String,
}

/// `POST /account/providers/remove`: the member unlinks a provider, unless it is their
/// only way in.
pub async fn remove(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<RemoveForm>,
) -> Result<HttpResponse, AppError> {
    let id = session.require_viewer()?.id;
    let removed = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                let user = users::find(conn, id)?.ok_or(AppError::NotFound)?;
                let links = identities::of_member(conn, id)?;
                let without_password = user.password_hash == arrivals::NO_PASSWORD;
                if without_password && links.len() <= 1 {
                    return Ok(false);
                }
                identities::unlink(conn, id, &form.provider)?;
                Ok(true)
            })
        })
        .await?;
    if removed {
        Ok(see_other_with(
            "/account/security",
            Notice::ProviderUnlinked,
        ))
    } else {
        Err(AppError::BadRequest(texts::LAST_WAY_IN))
    }
}

#[derive(Template)]
#[template(path = "account/signed_out.html")]
struct SignedOutPage {
    page: Page,
    provider: String,
    sign_out_url: String,
}

#[derive(Deserialize)]
pub struct SignedOutQuery {
    #[serde(default)]
    provider: String,
}

/// `GET /signed-out?provider=…`: signed out here; the provider's own sign-out offered.
pub async fn signed_out(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<SignedOutQuery>,
) -> Result<HttpResponse, AppError> {
    let Some(provider) = state.providers.get(&query.provider) else {
        return Ok(see_other("/"));
    };
    let come_back = format!("{}/", state.settings.public_url);
    let sign_out_url = provider
        .sign_out_url(&state.providers.http, &come_back)
        .await
        .unwrap_or_default();
    html(
        StatusCode::OK,
        &SignedOutPage {
            page: Page::new(&session, texts::TITLE_SIGNED_OUT),
            provider: provider.config.name.clone(),
            sign_out_url,
        },
    )
}
