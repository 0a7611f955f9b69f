//! Accounts: sign up, sign in, sign out, the member's own page, and recovering,
//! confirming and changing what secures an account.

mod address;
mod data;
mod interests;
mod login;
mod logout;
mod overview;
mod personal;
mod provider_buttons;
mod providers;
mod recovery;
mod security;
mod sign_in_gate;
mod signup;
mod tokens;
mod welcome;

use crate::i18n::Key;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::accounts::links::LinkProblem;
use crate::auth::{Session, csrf_token, password, session};
use crate::clock::now;
use crate::config::Settings;
use crate::db::models::users;
use crate::db::write_transaction;
use crate::domain::device;
use crate::error::AppError;
use crate::messages::account as texts;
use crate::moderation::rate::{self, Action};
use crate::render::{Notice, Page, html, see_other_with};
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/signup")
            .route(web::get().to(signup::signup_form))
            .route(web::post().to(signup::signup)),
    )
    .service(
        web::resource("/login")
            .route(web::get().to(login::login_form))
            .route(web::post().to(login::login)),
    )
    .service(web::resource("/logout").route(web::post().to(logout::logout)))
    .route("/signed-out", web::get().to(providers::signed_out))
    .route("/auth/welcome", web::get().to(welcome::welcome))
    .route("/auth/welcome", web::post().to(welcome::become_member))
    .route("/auth/welcome/link", web::post().to(welcome::link_existing))
    .route("/auth/{key}", web::post().to(providers::depart))
    .route("/auth/{key}/callback", web::get().to(providers::come_back))
    .route(
        "/account/providers/remove",
        web::post().to(providers::remove),
    )
    .route("/account", web::get().to(overview::account))
    .service(
        web::resource("/account/interests")
            .route(web::get().to(interests::interests_page))
            .route(web::post().to(interests::save_interests)),
    )
    .route("/account/personal", web::get().to(personal::personal_page))
    .service(
        web::resource("/account/tokens")
            .route(web::get().to(tokens::tokens_page))
            .route(web::post().to(tokens::make_token)),
    )
    .route(
        "/account/tokens/{id}/revoke",
        web::post().to(tokens::revoke_token),
    )
    .route("/account/export", web::get().to(data::export))
    .service(web::resource("/account/delete").route(web::post().to(data::delete)))
    .service(web::resource("/account/profile").route(web::post().to(overview::save_profile)))
    .service(web::resource("/account/language").route(web::post().to(overview::save_language)))
    .service(
        web::resource("/account/notifications").route(web::post().to(overview::save_notifications)),
    )
    .service(
        web::resource("/password/forgot")
            .route(web::get().to(recovery::forgot_form))
            .route(web::post().to(recovery::forgot)),
    )
    .route(
        "/password/reset/{token}",
        web::get().to(recovery::reset_form),
    )
    .route("/password/reset", web::post().to(recovery::reset))
    .route(
        "/account/confirm/{token}",
        web::get().to(address::confirm_page),
    )
    .route("/account/confirm", web::post().to(address::confirm))
    .route("/account/confirm-again", web::post().to(address::resend))
    .route(
        "/account/undo-address/{token}",
        web::get().to(address::undo_page),
    )
    .route("/account/undo-address", web::post().to(address::undo))
    .route("/account/email", web::post().to(address::change))
    .route("/account/security", web::get().to(security::security))
    .route(
        "/account/password",
        web::post().to(security::change_password),
    )
    .route(
        "/account/sessions/end",
        web::post().to(security::end_session),
    )
    .route(
        "/account/sessions/end-others",
        web::post().to(security::end_others),
    );
}

/// Where a member goes to get a new link when one does not work.
const ASK_AGAIN_RESET: (&str, Key) = ("/password/forgot", Key("link-ask-again"));
const ASK_AGAIN_CONFIRM: (&str, Key) = ("/account", Key("link-ask-again-account"));

/// "Check your e-mail": the answer to anything that sends a link.
#[derive(Template)]
#[template(path = "account/sent.html")]
struct SentPage {
    page: Page,
    heading: Key,
    text: Key,
    back_href: &'static str,
    back_label: Key,
}

fn sent_page(session: &Session, text: Key) -> Result<HttpResponse, AppError> {
    let (back_href, back_label) = if session.viewer().is_some() {
        ("/account", Key("link-back-to-account"))
    } else {
        ("/login", Key("link-back-to-sign-in"))
    };
    html(
        StatusCode::OK,
        &SentPage {
            page: Page::new(session, texts::TITLE_CHECK_MAIL),
            heading: texts::TITLE_CHECK_MAIL,
            text,
            back_href,
            back_label,
        },
    )
}

/// The page a mailed link opens: a button, or what is wrong with the link.
#[derive(Template)]
#[template(path = "account/link.html")]
struct LinkPage {
    page: Page,
    heading: Key,
    problem: Option<Key>,
    again_href: &'static str,
    again_label: Key,
    text: Key,
    action: &'static str,
    button: Key,
    token: String,
}

fn link_problem(
    session: &Session,
    heading: Key,
    problem: LinkProblem,
    again: (&'static str, Key),
) -> Result<HttpResponse, AppError> {
    let (status, message) = match problem {
        LinkProblem::Unknown => (StatusCode::NOT_FOUND, texts::LINK_UNKNOWN),
        LinkProblem::Expired => (StatusCode::GONE, texts::LINK_EXPIRED),
        LinkProblem::OtherAccount => (StatusCode::FORBIDDEN, texts::LINK_OTHER_ACCOUNT),
        LinkProblem::AddressTaken => (StatusCode::CONFLICT, texts::LINK_ADDRESS_TAKEN),
    };
    html(
        status,
        &LinkPage {
            page: Page::new(session, heading),
            heading,
            problem: Some(message),
            again_href: again.0,
            again_label: again.1,
            text: Key("link-none"),
            action: "",
            button: Key("link-none"),
            token: String::new(),
        },
    )
}

/// Checks a typed password against member `id`'s, counted first against the hourly limit
/// of password checks (each is an Argon2 hash, and guesses sent at once must all count).
async fn password_matches(state: &AppState, id: i64, typed: String) -> Result<bool, AppError> {
    let stored = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                rate::count(conn, id, Action::PasswordCheck, now())?;
                Ok(users::find(conn, id)?.map(|u| u.password_hash))
            })
        })
        .await?;
    Ok(web::block(move || password::verify(stored.as_deref(), &typed)).await?)
}

/// The browser family of the request, for the member's list of devices (a stored
/// catalogue sentence).
fn device(req: &HttpRequest) -> String {
    let agent = req
        .headers()
        .get(actix_web::http::header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    device::describe(agent).stored()
}

/// The redirect after the session ended: the browser gets a fresh visitor's cookie.
fn signed_out(state: &AppState, to: &str, notice: Notice) -> Result<HttpResponse, AppError> {
    let mut response = see_other_with(to, notice);
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

/// The redirect after signing in or up: it carries the new session's cookie.
fn signed_in(settings: &Settings, token: &str, to: &str, notice: Notice) -> HttpResponse {
    let mut response = see_other_with(to, notice);
    let cookie = session::cookie(token, settings.secure_cookies, Some(settings.session_days));
    if let Err(error) = response.add_cookie(&cookie) {
        tracing::error!(%error, "setting the session cookie failed");
    }
    response
}

/// The client's address: the peer, or with `PARLOUR_TRUST_PROXY` the last entry of
/// `X-Forwarded-For`, the one our own proxy added (earlier entries are the client's word).
pub(super) fn client_address(req: &HttpRequest, state: &AppState) -> String {
    if state.settings.trust_proxy
        && let Some(address) = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .map(str::trim)
            .filter(|v| !v.is_empty())
    {
        return address.to_owned();
    }
    req.peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_else(|| "unknown".to_owned())
}
