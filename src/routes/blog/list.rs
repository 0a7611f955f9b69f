//! `GET /blog`: published articles, newest first, filtered by tag or author; staff and
//! moderators also see drafts and scheduled articles above the list.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::Session;
use crate::clock::now;
use crate::db::models::article_lists::{self, ArticleListRow, ListFilter};
use crate::domain::Role;
use crate::error::{AppError, encode_query_value};
use crate::messages;
use crate::render::{Page, Pager, ok};
use crate::state::AppState;

const PER_PAGE: i64 = 10;

#[derive(Template)]
#[template(path = "blog/list.html")]
struct BlogPage {
    page: Page,
    rows: Vec<ArticleListRow>,
    unpublished: Vec<ArticleListRow>,
    pager: Pager,
    pager_base: String,
    tag: Option<String>,
    author: Option<String>,
    can_write: bool,
    now: chrono::NaiveDateTime,
}

#[derive(Deserialize)]
pub struct BlogQuery {
    tag: Option<String>,
    author: Option<String>,
    page: Option<i64>,
}

pub async fn blog(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<BlogQuery>,
) -> Result<HttpResponse, AppError> {
    let clean = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty() && v.len() <= 60)
            .map(str::to_owned)
    };
    let tag = clean(&query.tag);
    let filter = ListFilter {
        // A tag's own page shows what the member asked for, marked or not.
        viewer: session.viewer().map(|v| v.id).filter(|_| tag.is_none()),
        tag,
        author: clean(&query.author),
        skip_total: false,
    };
    let mut pager = Pager::new(query.page, PER_PAGE);
    let window = pager.window();
    let sees_unpublished = super::sees_unpublished(session.viewer());
    // Moderators see every held draft; a staff author only their own.
    let author_of_held = session
        .viewer()
        .filter(|v| !v.can(Role::Moderator))
        .map(|v| v.id);
    let now = now();
    let list_filter = filter.clone();
    let (rows, total, unpublished) = state
        .db
        .run(move |conn| {
            let (rows, total) = article_lists::list_published(conn, now, &list_filter, window)?;
            let unpublished = if sees_unpublished && window.offset == 0 {
                article_lists::list_unpublished(conn, now, author_of_held, 20)?
            } else {
                Vec::new()
            };
            Ok((rows, total, unpublished))
        })
        .await?;
    pager.set_total(total);
    let title = match (&filter.tag, &filter.author) {
        (Some(tag), _) => messages::title_tagged(tag),
        (None, Some(author)) => messages::title_by_author(author),
        (None, None) => "Blog".to_owned(),
    };
    let mut pager_base = String::from("/blog?");
    if let Some(tag) = &filter.tag {
        pager_base.push_str(&format!("tag={}&", encode_query_value(tag)));
    }
    if let Some(author) = &filter.author {
        pager_base.push_str(&format!("author={}&", encode_query_value(author)));
    }
    let (feed_title, feed) = match &filter.author {
        Some(author) => (
            messages::FeedTitle::Author(author),
            format!("/blog/authors/{}/feed.atom", encode_query_value(author)),
        ),
        None => (messages::FeedTitle::Blog, "/blog/feed.atom".to_owned()),
    };
    let page = Page::new(&session, title)
        .in_section("blog")
        .describe(messages::DESCRIPTION_BLOG)
        .with_feed(feed_title, feed);
    ok(&BlogPage {
        page,
        rows,
        unpublished,
        pager,
        pager_base,
        tag: filter.tag,
        author: filter.author,
        can_write: session.viewer().is_some_and(|v| v.can(Role::Staff)),
        now,
    })
}
