//! Ask the Experts: the question list, asking, the question page with answers, votes,
//! acceptance, follows and invitations, the team page and each expert's queue. One file
//! per page or action, named after it.

mod accept;
mod answer;
mod ask;
mod comment;
mod follow;
mod invite;
mod list;
mod made;
mod question;
mod queue;
mod team;
mod thread;
mod vote;

use actix_web::web;

use crate::db::models::areas;
use crate::db::models::questions::{self, QuestionView};
use crate::domain::Visibility;
use crate::error::AppError;
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/experts", web::get().to(list::experts))
        .service(
            web::resource("/experts/ask")
                .route(web::get().to(ask::ask_form))
                .route(web::post().to(ask::ask)),
        )
        .route("/experts/team", web::get().to(team::team))
        .route("/experts/queue", web::get().to(queue::queue))
        .route(
            "/experts/feed.atom",
            web::get().to(crate::routes::feeds::experts_feed),
        )
        // An area's page is `/experts?area={slug}`; its feed sits beside it.
        .route(
            "/experts/{area}/feed.atom",
            web::get().to(crate::routes::feeds::area_feed),
        )
        .route(
            "/experts/questions/{key}",
            web::get().to(question::question),
        )
        .service(
            web::resource("/experts/questions/{id}/answers").route(web::post().to(answer::answer)),
        )
        .service(
            web::resource("/experts/questions/{id}/follow").route(web::post().to(follow::follow)),
        )
        .service(
            web::resource("/experts/questions/{id}/invite").route(web::post().to(invite::invite)),
        )
        .service(web::resource("/experts/answers/{id}/vote").route(web::post().to(vote::vote)))
        .service(
            web::resource("/experts/answers/{id}/accept").route(web::post().to(accept::accept)),
        )
        .service(
            web::resource("/experts/answers/{id}/comments").route(web::post().to(comment::comment)),
        );
}

/// The question with id `id` if it is on view (a held or hidden one is acted on through
/// the moderation queue), or 404.
async fn load(state: &AppState, id: i64) -> Result<QuestionView, AppError> {
    state
        .db
        .run(move |conn| {
            questions::view(conn, id)?
                .filter(|v| v.question.visibility == Visibility::Visible.key())
                .ok_or(AppError::NotFound)
        })
        .await
}

/// Whether `user_id` is an expert assigned to `area_id`.
fn is_area_expert(
    conn: &mut crate::db::DbConnection,
    user_id: i64,
    area_id: i64,
) -> Result<bool, AppError> {
    Ok(areas::of_expert(conn, user_id)?.contains(&area_id))
}
