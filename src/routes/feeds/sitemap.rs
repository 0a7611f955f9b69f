//! `GET /sitemap.xml`: the articles, and the questions and ideas anyone may read.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;

use crate::clock::now;
use crate::db::models::{article_lists, search};
use crate::error::AppError;
use crate::state::AppState;

/// Questions and ideas in the sitemap, newest first: a sitemap holds 50,000 addresses at
/// most (splitting into a sitemap index is still to come).
const SITEMAP_THREADS: i64 = 45_000;

#[derive(Template)]
#[template(path = "feeds/sitemap.xml")]
struct Sitemap {
    base: String,
    articles: Vec<(String, NaiveDateTime)>,
    /// Questions and ideas anyone may read: their paths and dates.
    threads: Vec<(String, NaiveDateTime)>,
}

/// `GET /sitemap.xml`
pub async fn sitemap(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let now = now();
    let (articles, threads) = state
        .db
        .run(move |conn| {
            Ok((
                article_lists::published_slugs(conn, now)?,
                search::public_threads(conn, now, SITEMAP_THREADS)?,
            ))
        })
        .await?;
    let sitemap = Sitemap {
        base: state.settings.public_url.clone(),
        articles,
        threads,
    };
    Ok(HttpResponse::Ok()
        .content_type("application/xml; charset=utf-8")
        .body(sitemap.render()?))
}
