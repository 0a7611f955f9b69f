//! `GET /media/{hash}.{ext}`: stored images. The address names the content, so a response
//! may be cached for a year and never goes stale.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

use crate::db::models::media;
use crate::error::AppError;
use crate::state::AppState;

pub async fn media_file(
    state: web::Data<AppState>,
    req: HttpRequest,
    name: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (hash, extension) = name.split_once('.').ok_or(AppError::NotFound)?;
    if hash.is_empty() || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let etag = format!("\"{hash}\"");
    let cache = (header::CACHE_CONTROL, "public, max-age=31536000, immutable");
    let unchanged = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == etag);
    if unchanged {
        return Ok(HttpResponse::NotModified()
            .insert_header((header::ETAG, etag))
            .insert_header(cache)
            .finish());
    }
    let hash_owned = hash.to_owned();
    let (stored_extension, content_type, bytes) = state
        .db
        .run(move |conn| media::content(conn, &hash_owned)?.ok_or(AppError::NotFound))
        .await?;
    if stored_extension != extension {
        return Err(AppError::NotFound);
    }
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::ETAG, etag))
        .insert_header(cache)
        .body(bytes))
}
