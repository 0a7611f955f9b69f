//! `GET /metrics`: the numbers of [`crate::metrics`], never for the public. On the site's
//! own address it answers only a request carrying the operator's bearer token
//! (`PARLOUR_METRICS_TOKEN`); without a configured token it is not there at all (a 404
//! like any unknown address). On the separate metrics address (`PARLOUR_METRICS_BIND`)
//! it answers without a token: that address is for a network only monitoring reaches.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use sha2::{Digest, Sha256};

use crate::db::models::flags;
use crate::error::AppError;
use crate::metrics::CONTENT_TYPE;
use crate::state::AppState;

/// `/metrics` on the site's address: for the bearer of the operator's token only.
pub async fn with_token(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let Some(token) = state.settings.metrics_token.as_deref() else {
        return Err(AppError::NotFound);
    };
    let offered = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    if !offered.is_some_and(|offered| same(offered, token)) {
        return Ok(HttpResponse::Unauthorized()
            .insert_header((header::WWW_AUTHENTICATE, "Bearer realm=\"metrics\""))
            .finish());
    }
    Ok(respond(&state).await)
}

/// `/metrics` on the separate metrics address.
pub async fn open(state: web::Data<AppState>) -> HttpResponse {
    respond(&state).await
}

/// Compares digests, so the time taken says nothing about how much of the token matched.
fn same(offered: &str, token: &str) -> bool {
    Sha256::digest(offered.as_bytes()) == Sha256::digest(token.as_bytes())
}

async fn respond(state: &AppState) -> HttpResponse {
    let waiting = match state.db.run(|conn| Ok(flags::waiting_count(conn)?)).await {
        Ok(count) => Some(count),
        Err(error) => {
            tracing::warn!(%error, "metrics: posts waiting not counted");
            None
        }
    };
    let text = state.metrics.render(state.db.pool_state(), waiting);
    HttpResponse::Ok()
        .content_type(CONTENT_TYPE)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(text)
}
