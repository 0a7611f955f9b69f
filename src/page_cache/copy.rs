//! A copy of a page: whether the app's answer may be kept and given to every visitor, the
//! copy made of it (compressed once in each encoding, with its ETag), and the answer sent
//! from it (304 when the browser's copy is the same).

use std::sync::Arc;

use actix_web::body::MessageBody;
use actix_web::dev::ServiceResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpMessage, HttpResponse, web};
use chrono::NaiveDateTime;

use super::encoding::{self, Encoding};
use super::store::Entry;
use crate::auth::Session;
use crate::error::AppError;

/// What a cached page's response says to browsers and proxies.
const CACHE_CONTROL: &str = "public, no-cache";
const VARY: &str = "Accept-Encoding, Accept-Language, Cookie";

/// Content types worth keeping: pages, feeds, sitemaps and text.
const SHAREABLE_TYPES: &[&str] = &[
    "text/html",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "text/plain",
];

/// Whether the app's answer may be given to every visitor: a 200 of a shareable type, no
/// cookie set, no CSRF token printed, nobody signed in, nothing saying otherwise.
pub(super) fn is_shareable(res: &ServiceResponse<impl MessageBody>) -> bool {
    let headers = res.headers();
    let type_ok = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| SHAREABLE_TYPES.iter().any(|s| t.starts_with(s)));
    let private = headers
        .get(header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("no-store"));
    let personal = res
        .request()
        .extensions()
        .get::<Session>()
        .is_some_and(|s| s.viewer().is_some() || s.token_handed_out());
    res.status() == StatusCode::OK
        && type_ok
        && !private
        && !personal
        && !headers.contains_key(header::SET_COOKIE)
        && !headers.contains_key(header::CONTENT_ENCODING)
}

/// Headers the cache sets itself on every copy it sends.
const OWN_HEADERS: &[header::HeaderName] = &[
    header::CONTENT_LENGTH,
    header::CONTENT_ENCODING,
    header::CACHE_CONTROL,
    header::VARY,
    header::ETAG,
    header::DATE,
    header::SET_COOKIE,
];

/// A copy of a page made at `version`, compressed once in each encoding.
pub(super) fn make_entry(
    version: i64,
    expires: NaiveDateTime,
    route: Option<Arc<str>>,
    headers: &header::HeaderMap,
    identity: web::Bytes,
) -> Result<Entry, AppError> {
    let compress = |r: std::io::Result<Vec<u8>>| {
        r.map(web::Bytes::from)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("compressing a page: {e}")))
    };
    Ok(Entry {
        version,
        expires,
        etag: HeaderValue::from_str(&encoding::etag(&identity))
            .map_err(|e| AppError::Internal(e.into()))?,
        route,
        headers: headers
            .iter()
            .filter(|(name, _)| !OWN_HEADERS.contains(name))
            .map(|(name, value)| (name.clone(), value.clone()))
            .collect(),
        gzip: compress(encoding::gzip(&identity))?,
        brotli: compress(encoding::brotli(&identity))?,
        identity,
    })
}

/// The copy as the request asked for it: 304 when the browser's copy is the same, else
/// the page in `encoding`.
pub(super) fn respond(
    req: &actix_web::HttpRequest,
    entry: &Entry,
    encoding: Encoding,
) -> HttpResponse {
    let etag = entry.etag.to_str().unwrap_or_default();
    let unchanged = encoding::matches(req.headers().get(header::IF_NONE_MATCH), etag);
    let mut response = if unchanged {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response
        .insert_header((header::ETAG, entry.etag.clone()))
        .insert_header((header::CACHE_CONTROL, CACHE_CONTROL))
        .insert_header((header::VARY, VARY));
    let mut response = if unchanged {
        response.finish()
    } else {
        for (name, value) in &entry.headers {
            response.append_header((name.clone(), value.clone()));
        }
        if let Some(coding) = encoding.header() {
            response.insert_header((header::CONTENT_ENCODING, coding));
        }
        response.body(entry.body(encoding))
    };
    if let Some(route) = &entry.route {
        response
            .extensions_mut()
            .insert(crate::metrics::RoutePattern(route.clone()));
    }
    response
}
