//! The JSON API under `/api/v1`: what the site shows, for the retailer's other systems
//! (a help-desk, a CRM, the shop's product pages), and the same actions as the forms.
//!
//! It follows the site's rules by calling the site's services: reads show what a visitor
//! sees (held and hidden posts never appear); writes go through the posting service, the
//! vote service and the moderation actions, so a post is screened, held, limited and
//! audited exactly as through a form. A caller is a visitor, or a member holding a
//! personal access token ([`crate::auth::bearer`]) whose scopes say what it may do.
//!
//! Decisions worth knowing:
//! - No cookie is read or set here and no CSRF token is asked for: a browser never sends
//!   a bearer token by itself. The other way round, a request carrying a bearer token is
//!   refused anywhere outside `/api` ([`crate::middleware::error_pages`] and
//!   [`refuse_tokens_outside`]), so a token never reaches a form route.
//! - Every error is an RFC 9457 problem document ([`crate::render::problem`]), with a
//!   stable `code`, in English: the API's readers are programs and the people who write
//!   them, whatever the members' language.
//! - Lists are paged by signed cursors ([`cursor`]); every `GET` answers with an `ETag`,
//!   and `If-None-Match` with it gets a 304 and no body.
//! - The OpenAPI 3.1 description at `/api/v1/openapi.json` is generated from these
//!   handlers and types ([`openapi`]), so it cannot drift from them.

mod access;
pub mod cursor;
mod error;
mod openapi;
mod paging;
mod read;
pub mod types;
mod write;

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;
use sha2::{Digest, Sha256};

pub use access::Access;
pub use error::ApiError;

/// Where the API lives.
pub const PREFIX: &str = "/api/";

/// The largest JSON body the API reads: a post is at most a few tens of kilobytes.
const JSON_LIMIT: usize = 256 * 1024;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api/v1")
            .app_data(
                web::JsonConfig::default()
                    .limit(JSON_LIMIT)
                    .error_handler(|error, _| ApiError::from_json(&error).into()),
            )
            .app_data(
                web::QueryConfig::default()
                    .error_handler(|error, _| ApiError::bad_query(&error.to_string()).into()),
            )
            .app_data(web::PathConfig::default().error_handler(|_, _| ApiError::not_found().into()))
            .route("/openapi.json", web::get().to(openapi::document))
            .route("/me", web::get().to(read::me))
            .route("/areas", web::get().to(read::areas))
            .route("/questions", web::get().to(read::questions))
            .route("/questions", web::post().to(write::ask))
            .route("/questions/{id}", web::get().to(read::question))
            .route("/questions/{id}/answers", web::post().to(write::answer))
            .route("/answers/{id}/vote", web::post().to(write::vote_answer))
            .route(
                "/answers/{id}/comments",
                web::post().to(write::comment_answer),
            )
            .route("/articles", web::get().to(read::articles))
            .route("/articles/{id}", web::get().to(read::article))
            .route("/ideas", web::get().to(read::ideas))
            .route("/ideas", web::post().to(write::propose))
            .route("/ideas/{id}", web::get().to(read::idea))
            .route("/ideas/{id}/vote", web::post().to(write::vote_idea))
            .route("/ideas/{id}/comments", web::post().to(write::comment_idea))
            .route("/ideas/{id}/status", web::post().to(write::idea_status))
            .route("/moderation/{kind}/{id}", web::post().to(write::moderate))
            .route("/members/{username}", web::get().to(read::member))
            .route("/search", web::get().to(read::search))
            .default_service(web::to(|| async {
                Err::<HttpResponse, _>(ApiError::not_found())
            })),
    );
}

/// Whether `path` is the API's.
pub fn is_api(path: &str) -> bool {
    path.starts_with(PREFIX) || path == "/api"
}

/// A `200` JSON response to a `GET`, with an `ETag` made from its bytes; a `304` with no
/// body when the client already holds those bytes (`If-None-Match`).
pub fn fresh_json<T: Serialize>(req: &HttpRequest, value: &T) -> Result<HttpResponse, ApiError> {
    let body = serde_json::to_vec(value).map_err(|e| ApiError::internal(e.into()))?;
    let digest = Sha256::digest(&body);
    let etag = format!("\"{}\"", crate::auth::token::hex(&digest[..16]));
    let matches = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',')
                .any(|t| t.trim().trim_start_matches("W/") == etag || t.trim() == "*")
        });
    let mut response = if matches {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response.insert_header((header::ETAG, etag));
    // Visitors' and members' answers differ (`/me`): caches keep them per caller.
    response.insert_header((header::VARY, HeaderValue::from_static("Authorization")));
    if matches {
        return Ok(response.finish());
    }
    Ok(response.content_type("application/json").body(body))
}

/// A `201` with the new resource's JSON and its `Location`.
pub fn created<T: Serialize>(location: &str, value: &T) -> Result<HttpResponse, ApiError> {
    let body = serde_json::to_vec(value).map_err(|e| ApiError::internal(e.into()))?;
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, location.to_owned()))
        .content_type("application/json")
        .body(body))
}

/// Refuses a request that carries a bearer token outside the API (a token is for the API
/// alone: a form route must never act on one). `/metrics` has a bearer token of its own
/// (the operator's). `None` when the request may go on.
pub fn refuse_tokens_outside(req: &actix_web::dev::ServiceRequest) -> Option<HttpResponse> {
    if is_api(req.path()) || req.path() == "/metrics" {
        return None;
    }
    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(crate::auth::bearer::from_header)
        .is_some();
    bearer.then(|| {
        ApiError::new(
            actix_web::http::StatusCode::BAD_REQUEST,
            "token_outside_api",
            "Access tokens are accepted under /api/v1 only.",
        )
        .response()
    })
}
