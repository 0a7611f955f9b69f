//! Feeds and discovery: the Atom feeds ([`atom`]), the sitemap ([`sitemap`]), `robots.txt`,
//! and the OpenSearch description that lets browsers offer the site's search. Absolute
//! addresses come from `PARLOUR_PUBLIC_URL`. The blog's, the experts' and the ideas' feeds
//! are mounted by their sections, beside the pages they belong to.

mod atom;
mod sitemap;

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::error::AppError;
use crate::state::AppState;

pub use atom::{area_feed, author_feed, blog_feed, experts_feed, ideas_feed, site_feed};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/feed.atom", web::get().to(site_feed))
        .route("/sitemap.xml", web::get().to(sitemap::sitemap))
        .route(
            "/sitemap-{part:[1-9][0-9]*}.xml",
            web::get().to(sitemap::part),
        )
        .route("/robots.txt", web::get().to(robots))
        .route("/opensearch.xml", web::get().to(opensearch));
}

#[derive(Template)]
#[template(path = "feeds/opensearch.xml")]
struct OpenSearch<'a> {
    name: &'a str,
    base: &'a str,
    lang: crate::i18n::Lang,
}

async fn opensearch(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let brand = state.brand().await?.0;
    let body = OpenSearch {
        name: &brand.name,
        base: state.settings.public_url.trim_end_matches('/'),
        lang: brand.language,
    }
    .render()
    .map_err(|e| AppError::Internal(anyhow::anyhow!("opensearch: {e}")))?;
    Ok(HttpResponse::Ok()
        .content_type("application/opensearchdescription+xml; charset=utf-8")
        .body(body))
}

/// `GET /robots.txt`: everything public may be indexed; private areas may not.
pub async fn robots(state: web::Data<AppState>) -> HttpResponse {
    let body = format!(
        "User-agent: *\nDisallow: /admin\nDisallow: /mod\nDisallow: /account\n\
         Disallow: /login\nDisallow: /signup\n\nSitemap: {}/sitemap.xml\n",
        state.settings.public_url
    );
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body(body)
}
