//! Staff blogs: the article list, article pages with comments, the editor, revisions.
//!
//! Who sees what: published articles are public. Drafts and scheduled articles are seen
//! by staff and moderators only; everyone else gets 404, so an unpublished title does not
//! leak. An article is edited by its author (while staff) or by a moderator.

mod comments;
mod editor;
mod list;
mod revisions;
mod save;
mod show;

use actix_web::web;

use crate::db::models::articles::{self, ArticleWithAuthor};
use crate::domain::Role;
use crate::domain::{Viewer, Visibility};
use crate::error::AppError;
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/blog", web::get().to(list::blog))
        .service(
            web::resource("/blog/new")
                .route(web::get().to(editor::new_form))
                .route(web::post().to(save::create)),
        )
        .route(
            "/blog/feed.atom",
            web::get().to(crate::routes::feeds::blog_feed),
        )
        .route(
            "/blog/authors/{username}/feed.atom",
            web::get().to(crate::routes::feeds::author_feed),
        )
        .route("/blog/{slug}", web::get().to(show::article))
        .service(
            web::resource("/blog/{slug}/edit")
                .route(web::get().to(editor::edit_form))
                .route(web::post().to(save::update)),
        )
        .route(
            "/blog/{slug}/revisions",
            web::get().to(revisions::revisions),
        )
        .service(web::resource("/blog/{slug}/comments").route(web::post().to(comments::comment)));
}

/// Whether `viewer` may see drafts and scheduled articles.
fn sees_unpublished(viewer: Option<&Viewer>) -> bool {
    viewer.is_some_and(|v| v.can(Role::Staff) || v.can(Role::Moderator))
}

/// Whether `viewer` may edit an article by `author_id`.
fn may_edit(viewer: &Viewer, author_id: i64) -> bool {
    (viewer.can(Role::Staff) && viewer.id == author_id) || viewer.can(Role::Moderator)
}

/// What is at a blog address.
enum Found {
    Article(Box<ArticleWithAuthor>),
    /// The article moved to this slug when its title changed.
    Moved(String),
}

/// Finds the article at `slug`, or where it moved; 404 when there is neither. A move is
/// revealed only to those who may open the article's page: its new slug names its title,
/// which may hold what kept a draft, or a held or hidden article, from view.
async fn find(state: &AppState, slug: String, viewer: Option<&Viewer>) -> Result<Found, AppError> {
    let sees_unpublished = sees_unpublished(viewer);
    let viewer = viewer.cloned();
    state
        .db
        .run(move |conn| {
            if let Some(found) = articles::by_slug(conn, &slug)? {
                return Ok(Found::Article(Box::new(found)));
            }
            match articles::redirect_for(conn, &slug)? {
                Some(moved)
                    if Visibility::parse(&moved.visibility)
                        .shown_to(moved.author_id, viewer.as_ref())
                        && (sees_unpublished
                            || moved.published_at.is_some_and(|t| t <= crate::clock::now())) =>
                {
                    Ok(Found::Moved(moved.slug))
                }
                _ => Err(AppError::NotFound),
            }
        })
        .await
}

/// A permanent redirect to an article's current address.
fn moved(slug: &str, suffix: &str) -> actix_web::HttpResponse {
    actix_web::HttpResponse::MovedPermanently()
        .insert_header((
            actix_web::http::header::LOCATION,
            format!("{}{suffix}", crate::paths::article(slug)),
        ))
        .finish()
}
