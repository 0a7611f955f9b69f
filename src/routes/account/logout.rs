//! `POST /logout`: ends the session and gives the browser a fresh visitor token.

use actix_web::{HttpResponse, web};

use crate::auth::{CsrfForm, NoFields, csrf_token, session, token};
use crate::db::models::sessions;
use crate::error::AppError;
use crate::render::{Notice, see_other_with};
use crate::state::AppState;

pub async fn logout(
    state: web::Data<AppState>,
    CsrfForm { session, .. }: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let hash = token::hash_token(session.token());
    state
        .db
        .run(move |conn| Ok(sessions::delete(conn, &hash)?))
        .await?;
    let mut response = see_other_with("/", Notice::SignedOut);
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
