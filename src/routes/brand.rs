//! The brand as files: `GET /brand.css`, the custom properties every page loads after the
//! main stylesheet, and `GET /manifest.webmanifest` for phones' home screens.
//!
//! Pages link the stylesheet with a hash of its content (`?v=…`): a browser keeps it for
//! a year and fetches the new one as soon as a page names a new hash. A request naming an
//! old hash gets today's file, not to be cached.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::json;

use crate::error::AppError;
use crate::state::AppState;

const FOREVER: &str = "public, max-age=31536000, immutable";
const BRIEFLY: &str = "no-cache";

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/brand.css", web::get().to(stylesheet))
        .route("/manifest.webmanifest", web::get().to(manifest));
}

async fn stylesheet(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let (brand, url) = state.brand().await?;
    let asked = format!("{}?{}", req.path(), req.query_string());
    let cache = if asked == *url { FOREVER } else { BRIEFLY };
    Ok(HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, cache))
        .body(brand.css()))
}

async fn manifest(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let (brand, _) = state.brand().await?;
    let icon = brand
        .icon
        .clone()
        .unwrap_or_else(|| crate::render::assets::url("img/icon.svg").to_owned());
    let kind = if icon.ends_with(".svg") || icon.contains(".svg?") {
        "image/svg+xml"
    } else if icon.ends_with(".png") {
        "image/png"
    } else {
        "image/jpeg"
    };
    let body = json!({
        "name": brand.name,
        "short_name": brand.name,
        "description": brand.description,
        "start_url": "/",
        "display": "standalone",
        "background_color": crate::domain::brand::PAPER.hex(),
        "theme_color": brand.header.hex(),
        "icons": [{ "src": icon, "type": kind, "sizes": "any" }],
    });
    Ok(HttpResponse::Ok()
        .content_type("application/manifest+json")
        .insert_header((header::CACHE_CONTROL, BRIEFLY))
        .body(body.to_string()))
}
