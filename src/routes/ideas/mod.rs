//! The ideas board: the board, posting (pre-moderated by default), the idea page with
//! votes and status history, and the moderators' review and status changes.
//!
//! Who sees what: approved ideas are public. An idea waiting for review is seen by its
//! author and by moderators only; everyone else gets 404.

pub mod board;
mod comment;
mod follow;
mod hide;
mod idea;
mod merge;
mod post;
mod review;
mod status;
mod vote;

pub use board::label;

use actix_web::web;

use crate::db::models::ideas::{self, IdeaView};
use crate::domain::Viewer;
use crate::error::AppError;
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/ideas", web::get().to(board::board))
        .service(
            web::resource("/ideas/new")
                .route(web::get().to(post::new_form))
                .route(web::post().to(post::post)),
        )
        .route("/ideas/review", web::get().to(review::review))
        // Before `/ideas/{id}`, which would otherwise take the feed's address.
        .route(
            "/ideas/feed.atom",
            web::get().to(crate::routes::feeds::ideas_feed),
        )
        .route("/ideas/{id}", web::get().to(idea::idea))
        .service(web::resource("/ideas/{id}/vote").route(web::post().to(vote::vote)))
        .service(web::resource("/ideas/{id}/status").route(web::post().to(status::set_status)))
        .service(web::resource("/ideas/{id}/merge").route(web::post().to(merge::merge)))
        .service(web::resource("/ideas/{id}/hide").route(web::post().to(hide::hide)))
        .service(web::resource("/ideas/{id}/follow").route(web::post().to(follow::follow)))
        .service(web::resource("/ideas/{id}/comments").route(web::post().to(comment::comment)));
}

/// The idea with id `id` if `viewer` may see it, with its author, area and picture; else
/// 404.
async fn load(state: &AppState, id: i64, viewer: Option<&Viewer>) -> Result<IdeaView, AppError> {
    let view = state
        .db
        .run(move |conn| ideas::view(conn, id)?.ok_or(AppError::NotFound))
        .await?;
    if view.idea.shown_to(viewer) {
        Ok(view)
    } else {
        Err(AppError::NotFound)
    }
}
