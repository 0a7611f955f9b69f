//! `/auth/welcome`: someone a provider vouched for, with no member yet, chooses a new
//! member (a name, and an address when the provider vouched for none) or proves an
//! existing account with its password (counted by the sign-in throttle). The newcomer is
//! kept for the browser's session for a quarter of an hour (`sign_in_arrivals`).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::Duration;
use serde::Deserialize;

use crate::accounts::identities::{self as arrivals, NewMember};
use crate::auth::{CsrfForm, Session, token};
use crate::clock::now;
use crate::db::models::identities::{self, Arrival};
use crate::db::models::users;
use crate::db::write_transaction;
use crate::domain::{Email, Username};
use crate::error::AppError;
use crate::messages::{self, sign_in as texts};
use crate::render::{FieldErrors, Notice, Page, html};
use crate::state::AppState;

use super::providers::{TRIP_MINUTES, back_to_sign_in, provider, start_member_session};
use super::sign_in_gate::{Checked, check_password};

/// The newcomer's choice came too late (or from another browser).
fn arrival_lost(state: &AppState, session: &Session) -> Result<HttpResponse, AppError> {
    back_to_sign_in(state, session, StatusCode::GONE, texts::ARRIVAL_LOST.into())
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
