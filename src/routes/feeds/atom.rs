//! Atom feeds: the site's and the blog's (articles, also per author), Ask the Experts'
//! (questions, also per area) and the ideas board's. One entry type and one template serve
//! them all. Each feed is one query (two for an area: its name first) for the newest posts
//! a visitor may read, along an index on their date: never a held, hidden, draft or
//! unreviewed post.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;

use crate::clock::now;
use crate::db::models::articles::Article;
use crate::db::models::ideas::Idea;
use crate::db::models::questions::Question;
use crate::db::models::{areas, article_lists, idea_lists, question_lists, users};
use crate::error::{AppError, encode_query_value};
use crate::messages::FeedTitle;
use crate::state::AppState;

const FEED_LENGTH: i64 = 20;

/// One feed entry.
pub struct Entry {
    /// The post's path on the site.
    pub path: String,
    pub title: String,
    pub author: String,
    /// A short text of its own, where the post has one (an article's excerpt).
    pub summary: Option<String>,
    /// The post as its page shows it: HTML sanitised when it was written (empty for a
    /// question asked without details, and then left out).
    pub content: String,
    pub published: NaiveDateTime,
    pub updated: NaiveDateTime,
}

impl Entry {
    fn article((article, author): (Article, String)) -> Self {
        Self {
            path: crate::paths::article(&article.slug),
            title: article.title,
            author,
            summary: Some(article.excerpt),
            content: article.body_html,
            published: article.published_at.unwrap_or(article.created_at),
            updated: article.updated_at,
        }
    }

    fn question((question, asker): (Question, String)) -> Self {
        Self {
            path: question.path(),
            title: question.title,
            author: asker,
            summary: None,
            content: question.body_html,
            published: question.created_at,
            updated: question.created_at,
        }
    }

    fn idea((idea, author): (Idea, String)) -> Self {
        Self {
            path: idea.path(),
            title: idea.title,
            author,
            summary: None,
            content: idea.body_html,
            published: idea.created_at,
            updated: idea.created_at,
        }
    }
}

#[derive(Template)]
#[template(path = "feeds/atom.xml")]
struct AtomFeed<'a> {
    lang: crate::i18n::Lang,
    base: &'a str,
    /// The feed's own path.
    path: &'a str,
    title: &'a str,
    /// The path of the page the feed follows.
    page: &'a str,
    updated: NaiveDateTime,
    entries: Vec<Entry>,
}

/// The feed at `path`, called `title`, following the page at `page`.
async fn respond(
    state: &AppState,
    path: &str,
    title: FeedTitle<'_>,
    page: &str,
    entries: Vec<Entry>,
) -> Result<HttpResponse, AppError> {
    // A feed reader asks for no language: the feed is in the site's.
    let brand = state.brand().await?.0;
    let title = title.of(brand.language, &brand.name);
    let feed = AtomFeed {
        lang: brand.language,
        base: &state.settings.public_url,
        path,
        title: &title,
        page,
        updated: entries.iter().map(|e| e.updated).max().unwrap_or_else(now),
        entries,
    };
    Ok(HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .body(feed.render()?))
}

/// The newest published articles, by `author` or by everyone.
async fn articles(state: &AppState, author: Option<String>) -> Result<Vec<Entry>, AppError> {
    let now = now();
    let rows = state
        .db
        .run(move |conn| {
            Ok(article_lists::newest_published(
                conn,
                now,
                author.as_deref(),
                None,
                FEED_LENGTH,
            )?)
        })
        .await?;
    Ok(rows.into_iter().map(Entry::article).collect())
}

/// `GET /feed.atom`: everything new on the site (articles, for now).
pub async fn site_feed(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let entries = articles(&state, None).await?;
    respond(&state, "/feed.atom", FeedTitle::Site, "/blog", entries).await
}

/// `GET /blog/feed.atom`
pub async fn blog_feed(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let entries = articles(&state, None).await?;
    respond(&state, "/blog/feed.atom", FeedTitle::Blog, "/blog", entries).await
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
        .run(move |conn| Ok(users::find_by_username(conn, &lookup)?))
        .await?
        .ok_or(AppError::NotFound)?;
    let entries = articles(&state, Some(username)).await?;
    respond(
        &state,
        &format!("/blog/authors/{}/feed.atom", user.username),
        FeedTitle::Author(&user.username),
        &format!("/blog?author={}", encode_query_value(&user.username)),
        entries,
    )
    .await
}

/// `GET /experts/feed.atom`: the newest questions.
pub async fn experts_feed(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let rows = state
        .db
        .run(|conn| Ok(question_lists::newest(conn, None, FEED_LENGTH)?))
        .await?;
    let entries = rows.into_iter().map(Entry::question).collect();
    respond(
        &state,
        "/experts/feed.atom",
        FeedTitle::Experts,
        "/experts",
        entries,
    )
    .await
}

/// `GET /experts/{area}/feed.atom`: the newest questions of one area, whose page is
/// `/experts?area={area}`; 404 for an unknown area.
pub async fn area_feed(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let slug = slug.into_inner();
    let (area, rows) = state
        .db
        .run(move |conn| {
            let area = areas::find_by_slug(conn, &slug)?.ok_or(AppError::NotFound)?;
            let rows = question_lists::newest(conn, Some(area.id), FEED_LENGTH)?;
            Ok((area, rows))
        })
        .await?;
    let entries = rows.into_iter().map(Entry::question).collect();
    respond(
        &state,
        &crate::paths::area_feed(&area.slug),
        FeedTitle::Area(&area.name),
        &format!("/experts?area={}", encode_query_value(&area.slug)),
        entries,
    )
    .await
}

/// `GET /ideas/feed.atom`: the newest ideas on the board.
pub async fn ideas_feed(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let rows = state
        .db
        .run(|conn| Ok(idea_lists::newest(conn, FEED_LENGTH)?))
        .await?;
    let entries = rows.into_iter().map(Entry::idea).collect();
    respond(
        &state,
        "/ideas/feed.atom",
        FeedTitle::Ideas,
        "/ideas",
        entries,
    )
    .await
}
