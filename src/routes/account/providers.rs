//! Signing in with a provider: `POST /auth/{key}` leaves for the provider, `GET
//! /auth/{key}/callback` comes back, `/auth/welcome` lets a newcomer choose their member
//! (or prove an existing account), `POST /account/providers/remove` unlinks one, and
//! `/signed-out` offers to sign out at the provider too.
//!
//! The start is a form (`POST`, with the CSRF token): it writes the trip. Pages with such
//! a form allow it to lead to the providers' sites (`provider_buttons::form_targets`); the
//! site's policy otherwise lets forms post only to itself.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::Duration;
use serde::Deserialize;

use crate::accounts::identities::{self as arrivals, NewMember, Return};
use crate::auth::{CsrfForm, Session, token};
use crate::clock::now;
use crate::db::models::identities::{self, Arrival, Trip};
use crate::db::models::{sessions, users};
use crate::db::write_transaction;
use crate::domain::{Email, Username};
use crate::error::AppError;
use crate::messages::{self, sign_in as texts};
use crate::render::{FieldErrors, Notice, Page, html, local_path, see_other, see_other_with};
use crate::sign_in::{Provider, TripError};
use crate::state::AppState;

use super::sign_in_gate::{Checked, check_password};

/// How long a trip to a provider, or a newcomer's choice, may take.
const TRIP_MINUTES: i64 = 15;

/// The sign-in page with a message about a provider, and the status to answer with.
fn back_to_sign_in(
    state: &AppState,
    session: &Session,
    status: StatusCode,
    problem: String,
) -> Result<HttpResponse, AppError> {
    super::login::page_with_problem(state, session, status, problem)
}

/// The newcomer's choice came too late (or from another browser).
fn arrival_lost(state: &AppState, session: &Session) -> Result<HttpResponse, AppError> {
    back_to_sign_in(
        state,
        session,
        StatusCode::GONE,
        texts::ARRIVAL_LOST.to_owned(),
    )
}

/// Ends the browser's previous session (rotation) and starts member `user_id`'s, signed in
/// with `provider`; returns its token and where to go (towards `next`).
fn start_member_session(
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

fn provider<'a>(state: &'a AppState, key: &str) -> Result<&'a Provider, AppError> {
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
            texts::TRIP_LOST.to_owned(),
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
            back_to_sign_in(&state, &session, StatusCode::FORBIDDEN, message.to_owned())
        }
        (Return::Member(_), None) => Err(AppError::Internal(anyhow::anyhow!("no session"))),
    }
}

#[derive(Template)]
#[template(path = "account/welcome.html")]
struct WelcomePage {
    page: Page,
    provider: String,
    username: String,
    /// The provider vouched for this address: it is the new member's.
    verified_email: String,
    /// Ask for an address (the provider vouched for none).
    ask_email: bool,
    email: String,
    /// A confirmed account has the vouched address: only linking it is offered.
    address_has_account: bool,
    login: String,
    errors: FieldErrors,
}

/// The newcomer kept for this browser session, with their provider.
async fn arrival_of(
    state: &AppState,
    session: &Session,
) -> Result<Option<(Arrival, bool, String)>, AppError> {
    let session_hash = token::hash_token(session.token());
    state
        .db
        .run(move |conn| {
            let since = now() - Duration::minutes(TRIP_MINUTES);
            let Some(arrival) = identities::arrival(conn, &session_hash, since)? else {
                return Ok(None);
            };
            let taken = match arrivals::verified_email(&arrival) {
                Some(email) => users::find_by_email(conn, &email)?.is_some(),
                None => false,
            };
            let proposed = arrivals::proposed_username(conn, &arrival)?;
            Ok(Some((arrival, taken, proposed)))
        })
        .await
}

impl WelcomePage {
    fn new(
        state: &AppState,
        session: &Session,
        arrival: &Arrival,
        address_has_account: bool,
    ) -> Self {
        let provider = state
            .providers
            .get(&arrival.provider)
            .map_or_else(|| arrival.provider.clone(), |p| p.config.name.clone());
        let verified = arrivals::verified_email(arrival);
        Self {
            page: Page::new(session, texts::TITLE_WELCOME),
            provider,
            username: String::new(),
            ask_email: verified.is_none(),
            verified_email: verified.map(|e| e.as_str().to_owned()).unwrap_or_default(),
            email: String::new(),
            address_has_account,
            login: String::new(),
            errors: FieldErrors::new(),
        }
    }
}

/// `GET /auth/welcome`: choose a name, or link an existing account.
pub async fn welcome(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    let Some((arrival, taken, proposed)) = arrival_of(&state, &session).await? else {
        return arrival_lost(&state, &session);
    };
    let mut page = WelcomePage::new(&state, &session, &arrival, taken);
    page.username = proposed;
    page.login = if taken {
        page.verified_email.clone()
    } else {
        String::new()
    };
    html(StatusCode::OK, &page)
}

#[derive(Deserialize)]
pub struct WelcomeForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    email: String,
}

/// `POST /auth/welcome`: the newcomer becomes a member.
pub async fn become_member(
    state: web::Data<AppState>,
    req: HttpRequest,
    CsrfForm { session, form }: CsrfForm<WelcomeForm>,
) -> Result<HttpResponse, AppError> {
    let Some((arrival, taken, _)) = arrival_of(&state, &session).await? else {
        return arrival_lost(&state, &session);
    };
    let mut errors = FieldErrors::new();
    let username = errors.check("username", Username::parse(&form.username));
    let typed_email = if arrivals::verified_email(&arrival).is_none() {
        errors.check("email", Email::parse(&form.email))
    } else {
        None
    };
    if taken {
        errors.add("username", texts::LINK_INSTEAD);
    }
    let provider_config = provider(&state, &arrival.provider)?.config.clone();
    if let Some(username) = username.filter(|_| errors.is_empty()) {
        let days = state.settings.session_days;
        let device = super::device(&req);
        let kept = arrival.clone();
        let created = state
            .db
            .run(move |conn| {
                write_transaction(conn, |conn| {
                    let chosen = NewMember {
                        username: &username,
                        typed_email: typed_email.as_ref(),
                    };
                    match arrivals::become_member(conn, &provider_config, &kept, &chosen)? {
                        Ok((id, mail)) => {
                            let token = start_member_session(
                                conn,
                                &kept.session_hash,
                                id,
                                (&device, days, &provider_config.key),
                                &kept.next,
                            )?;
                            Ok(Ok((token, mail)))
                        }
                        Err(e) => Ok(Err(e)),
                    }
                })
            })
            .await?;
        match created {
            Ok(((token, to), mail)) => {
                state.mail(mail);
                return Ok(super::signed_in(
                    &state.settings,
                    &token,
                    &to,
                    Notice::SignedIn,
                ));
            }
            Err(crate::db::models::users::CreateUserError::UsernameTaken) => {
                errors.add("username", messages::USERNAME_TAKEN);
            }
            Err(crate::db::models::users::CreateUserError::EmailTaken) => {
                errors.add("username", texts::LINK_INSTEAD);
            }
            Err(crate::db::models::users::CreateUserError::Db(e)) => return Err(e.into()),
        }
    }
    let mut page = WelcomePage::new(&state, &session, &arrival, taken);
    page.username = form.username;
    page.email = form.email;
    page.errors = errors;
    html(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

#[derive(Deserialize)]
pub struct LinkForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
}

/// `POST /auth/welcome/link`: the newcomer proves an existing account with its password,
/// counted by the same throttle as the sign-in form.
pub async fn link_existing(
    state: web::Data<AppState>,
    req: HttpRequest,
    CsrfForm { session, form }: CsrfForm<LinkForm>,
) -> Result<HttpResponse, AppError> {
    let Some((arrival, taken, _)) = arrival_of(&state, &session).await? else {
        return arrival_lost(&state, &session);
    };
    let again = |errors: FieldErrors, status: StatusCode| {
        let mut page = WelcomePage::new(&state, &session, &arrival, taken);
        page.login = form.login.clone();
        page.errors = errors;
        html(status, &page)
    };
    let user = match check_password(&state, &req, &form.login, &form.password).await? {
        Checked::Throttled(minutes) => {
            let mut errors = FieldErrors::new();
            errors.add("login", messages::login_throttled(minutes));
            return again(errors, StatusCode::TOO_MANY_REQUESTS);
        }
        Checked::Wrong => {
            let mut errors = FieldErrors::new();
            errors.add("login", texts::LINK_PASSWORD_WRONG);
            return again(errors, StatusCode::UNPROCESSABLE_ENTITY);
        }
        Checked::Right(user) => user,
    };
    let provider_config = provider(&state, &arrival.provider)?.config.clone();
    let days = state.settings.session_days;
    let device = super::device(&req);
    let kept = arrival.clone();
    let (token, to) = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                arrivals::link_arrival(conn, &provider_config, &kept, user.id)?;
                start_member_session(
                    conn,
                    &kept.session_hash,
                    user.id,
                    (&device, days, &provider_config.key),
                    &kept.next,
                )
            })
        })
        .await?;
    Ok(super::signed_in(
        &state.settings,
        &token,
        &to,
        Notice::ProviderLinked,
    ))
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
