//! `POST /logout`: ends the session and gives the browser a fresh visitor token. A member
//! who signed in with a provider that can sign them out too is offered that next.

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
    let provider = state
        .db
        .run(move |conn| {
            let provider = sessions::provider_of(conn, &hash)?.unwrap_or_default();
            sessions::delete(conn, &hash)?;
            Ok(provider)
        })
        .await?;
    if state.providers.get(&provider).is_some() {
        let to = format!("/signed-out?provider={provider}");
        return super::signed_out(&state, &to, Notice::SignedOut);
    }
    super::signed_out(&state, "/", Notice::SignedOut)
}
