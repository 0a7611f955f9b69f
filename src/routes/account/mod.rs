//! Accounts: sign up, sign in, sign out and the member's own page.

mod data;
mod login;
mod logout;
mod overview;
mod signup;

use actix_web::{HttpRequest, HttpResponse, web};

use crate::auth::session;
use crate::config::Settings;
use crate::render::{Notice, see_other_with};
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
    .route("/account", web::get().to(overview::account))
    .route("/account/export", web::get().to(data::export))
    .service(web::resource("/account/delete").route(web::post().to(data::delete)))
    .service(web::resource("/account/profile").route(web::post().to(overview::save_profile)))
    .service(
        web::resource("/account/notifications").route(web::post().to(overview::save_notifications)),
    );
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
