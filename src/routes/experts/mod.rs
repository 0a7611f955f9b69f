//! Ask the Experts: the question list, asking, the question page with answers, votes,
//! acceptance, follows and invitations, the team page and each expert's queue.

mod actions;
mod ask;
mod list;
mod question;

pub use question::CommentItem;
mod queue;
mod team;

use actix_web::web;

use crate::db::models::areas;
use crate::db::models::questions::{self, QuestionView};
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
            "/experts/questions/{key}",
            web::get().to(question::question),
        )
        .service(
            web::resource("/experts/questions/{id}/answers").route(web::post().to(actions::answer)),
        )
        .service(
            web::resource("/experts/questions/{id}/follow").route(web::post().to(actions::follow)),
        )
        .service(
            web::resource("/experts/questions/{id}/invite").route(web::post().to(actions::invite)),
        )
        .service(web::resource("/experts/answers/{id}/vote").route(web::post().to(actions::vote)))
        .service(
            web::resource("/experts/answers/{id}/accept").route(web::post().to(actions::accept)),
        )
        .service(
            web::resource("/experts/answers/{id}/comments").route(web::post().to(actions::comment)),
        );
}

/// The question with id `id` if it is on view (a held or hidden one is acted on through
/// the moderation queue), or 404.
async fn load(state: &AppState, id: i64) -> Result<QuestionView, AppError> {
    state
        .db
        .run(move |conn| {
            questions::view(conn, id)?
                .filter(|v| v.question.visibility == "visible")
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
