//! Feeds and discovery: Atom feeds (site-wide, blog, per author), `sitemap.xml`,
//! `robots.txt`, and the OpenSearch description that lets browsers offer the site's
//! search. Absolute addresses come from `PARLOUR_PUBLIC_URL`.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;

use crate::clock::now;
use crate::db::models::articles::Article;
use crate::db::models::{article_lists, search};
use crate::error::AppError;
use crate::messages;
use crate::state::AppState;

const FEED_LENGTH: i64 = 20;
/// Questions and ideas in the sitemap, newest first: a sitemap holds 50,000 addresses at
/// most (splitting into a sitemap index is still to come).
const SITEMAP_THREADS: i64 = 45_000;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/feed.atom", web::get().to(site_feed))
        .route("/sitemap.xml", web::get().to(sitemap))
        .route("/robots.txt", web::get().to(robots))
        .route("/opensearch.xml", web::get().to(opensearch));
}

#[derive(Template)]
#[template(path = "feeds/opensearch.xml")]
struct OpenSearch<'a> {
    name: &'a str,
    base: &'a str,
}

async fn opensearch(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let body = OpenSearch {
        name: messages::TITLE_PARLOUR,
        base: state.settings.public_url.trim_end_matches('/'),
    }
    .render()
    .map_err(|e| AppError::Internal(anyhow::anyhow!("opensearch: {e}")))?;
    Ok(HttpResponse::Ok()
        .content_type("application/opensearchdescription+xml; charset=utf-8")
        .body(body))
}

/// One feed entry.
pub struct Entry {
    pub url: String,
    pub title: String,
    pub author: String,
    pub summary: String,
    pub content: String,
    pub published: NaiveDateTime,
    pub updated: NaiveDateTime,
}

#[derive(Template)]
#[template(path = "feeds/atom.xml")]
struct AtomFeed {
    id: String,
    title: String,
    self_url: String,
    site_url: String,
    updated: NaiveDateTime,
    entries: Vec<Entry>,
}

async fn feed(
    state: &AppState,
    path: &str,
    title: String,
    author: Option<String>,
) -> Result<HttpResponse, AppError> {
    let base = state.settings.public_url.clone();
    let now = now();
    let rows: Vec<(Article, String)> = state
        .db
        .run(move |conn| {
            Ok(article_lists::newest_published(
                conn,
                now,
                author.as_deref(),
                FEED_LENGTH,
            )?)
        })
        .await?;
    let entries: Vec<Entry> = rows
        .into_iter()
        .map(|(article, author)| Entry {
            url: format!("{base}/blog/{}", article.slug),
            title: article.title,
            author,
            summary: article.excerpt,
            content: article.body_html,
            published: article.published_at.unwrap_or(article.created_at),
            updated: article.updated_at,
        })
        .collect();
    let updated = entries.iter().map(|e| e.updated).max().unwrap_or(now);
    let feed = AtomFeed {
        id: format!("{base}{path}"),
        title,
        self_url: format!("{base}{path}"),
        site_url: format!("{base}/blog"),
        updated,
        entries,
    };
    Ok(HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .body(feed.render()?))
}

/// `GET /feed.atom`: everything new on the site (articles, for now).
pub async fn site_feed(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    feed(&state, "/feed.atom", "Parlour".to_owned(), None).await
}

/// `GET /blog/feed.atom`
pub async fn blog_feed(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    feed(&state, "/blog/feed.atom", "Parlour blog".to_owned(), None).await
}

/// `GET /blog/authors/{username}/feed.atom`
pub async fn author_feed(
    state: web::Data<AppState>,
    username: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let username = username.into_inner();
    let lookup = username.clone();
    let user = state
        .db
        .run(move |conn| Ok(crate::db::models::users::find_by_username(conn, &lookup)?))
        .await?
        .ok_or(AppError::NotFound)?;
    let path = format!("/blog/authors/{}/feed.atom", user.username);
    let title = messages::feed_title_author(&user.username);
    feed(&state, &path, title, Some(username)).await
}

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
