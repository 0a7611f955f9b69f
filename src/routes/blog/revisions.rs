//! `GET /blog/{slug}/revisions`: who saved which version of an article, and when. For
//! staff and moderators.

use actix_web::{HttpResponse, web};
use askama::Template;

use super::Found;
use crate::auth::Session;
use crate::db::models::articles::{self, RevisionRow};
use crate::error::AppError;
use crate::messages;
use crate::render::{Page, ok};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "blog/revisions.html")]
struct RevisionsPage {
    page: Page,
    slug: String,
    title: String,
    revisions: Vec<RevisionRow>,
}

pub async fn revisions(
    state: web::Data<AppState>,
    session: Session,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    session.require_viewer()?;
    if !super::sees_unpublished(session.viewer()) {
        return Err(AppError::Forbidden);
    }
    let found = match super::find(&state, slug.into_inner(), session.viewer()).await? {
        Found::Article(found) => *found,
        Found::Moved(slug) => return Ok(super::moved(&slug, "/revisions")),
    };
    // Earlier texts may hold what moderation took out (a leak edited away before approval):
    // only the author and moderators read them.
    let viewer = session.require_viewer()?;
    if !super::may_edit(viewer, found.article.author_id) {
        return Err(AppError::Forbidden);
    }
    let id = found.article.id;
    let revisions = state
        .db
        .run(move |conn| Ok(articles::revisions(conn, id)?))
        .await?;
    ok(&RevisionsPage {
        page: Page::new(&session, messages::title_revisions(&found.article.title))
            .in_section("blog"),
        slug: found.article.slug,
        title: found.article.title,
        revisions,
    })
}
