//! `GET /media/{hash}.{ext}` and `GET /media/{hash}-{width}.{ext}`: stored images and
//! their smaller copies. The address names the content, so a response may be cached for a
//! year and never goes stale. A copy not made yet (an image stored before copies existed,
//! until `parlour images` has run) is answered with the image itself, marked to be asked
//! for again, so that the page still shows it and the copy is used once it exists.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

use crate::db::models::media;
use crate::domain::image::SIZES;
use crate::error::AppError;
use crate::state::AppState;

pub async fn media_file(
    state: web::Data<AppState>,
    req: HttpRequest,
    name: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (stem, extension) = name.split_once('.').ok_or(AppError::NotFound)?;
    let (hash, width) = match stem.split_once('-') {
        Some((hash, width)) => {
            let width: u32 = width.parse().map_err(|_| AppError::NotFound)?;
            if !SIZES.contains(&width) {
                return Err(AppError::NotFound);
            }
            (hash, Some(width as i32))
        }
        None => (stem, None),
    };
    if hash.is_empty() || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let etag = format!("\"{stem}\"");
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
    let (found, copy) = state
        .db
        .run(move |conn| {
            if let Some(width) = width {
                if let Some(found) = media::sized_content(conn, &hash_owned, width)? {
                    return Ok((found, true));
                }
            }
            let found = media::content(conn, &hash_owned)?.ok_or(AppError::NotFound)?;
            Ok((found, false))
        })
        .await?;
    let (stored_extension, content_type, bytes) = found;
    if stored_extension != extension {
        return Err(AppError::NotFound);
    }
    if width.is_some() && !copy {
        return Ok(HttpResponse::Ok()
            .content_type(content_type)
            .insert_header((header::CACHE_CONTROL, "no-cache"))
            .body(bytes));
    }
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::ETAG, etag))
        .insert_header(cache)
        .body(bytes))
}
