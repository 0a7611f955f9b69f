//! `POST /logout`: ends the session and gives the browser a fresh visitor token.

use actix_web::{HttpResponse, web};

use crate::auth::{CsrfForm, NoFields, token};
use crate::db::models::sessions;
use crate::error::AppError;
use crate::render::Notice;
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
    super::signed_out(&state, "/", Notice::SignedOut)
}
