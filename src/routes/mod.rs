//! The URL map. [`configure`] registers every route, each area through its own
//! `configure`; each area has its own folder, one file per page or action, with the
//! template struct beside its handler. Handlers parse the request, call one service and
//! render: the work is in the services (`posting`, `moderation::actions`, …).

pub mod account;
pub mod admin;
pub mod blog;
mod brand;
pub mod experts;
mod feeds;
mod health;
mod home;
pub mod ideas;
mod media;
pub mod metrics;
mod moderation;
mod not_for_me;
mod notifications;
mod profiles;
mod replies;
mod search;
pub mod thread_comment;
mod unsubscribe;
mod uploads;

use std::collections::HashMap;

use actix_web::{HttpResponse, web};

use crate::auth::Session;
use crate::db::models::users::Person;
use crate::error::AppError;
use crate::render::{Author, assets};

/// Registers every route.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home::home))
        .route("/healthz", web::get().to(health::healthz))
        .route("/metrics", web::get().to(metrics::with_token))
        .route("/static/{path:.+}", web::get().to(assets::serve))
        .route("/media/{name}", web::get().to(media::media_file))
        .route("/search", web::get().to(search::search))
        .route("/not-for-me", web::post().to(not_for_me::mark));
    crate::api::configure(cfg);
    account::configure(cfg);
    blog::configure(cfg);
    experts::configure(cfg);
    notifications::configure(cfg);
    ideas::configure(cfg);
    replies::configure(cfg);
    profiles::configure(cfg);
    unsubscribe::configure(cfg);
    feeds::configure(cfg);
    brand::configure(cfg);
    admin::configure(cfg);
    moderation::configure(cfg);
}

/// The vote forms of answers and ideas: `vote=up`, or `vote=withdraw`.
#[derive(serde::Deserialize)]
pub struct VoteForm {
    #[serde(default)]
    vote: String,
}

impl VoteForm {
    /// Whether the member votes (rather than withdrawing a vote).
    pub fn up(&self) -> bool {
        self.vote != "withdraw"
    }
}

/// The follow forms of questions and ideas: `follow=yes`, or `follow=no` to stop.
#[derive(serde::Deserialize)]
pub struct FollowForm {
    #[serde(default)]
    follow: String,
}

impl FollowForm {
    /// Whether the member follows (rather than stopping).
    pub fn follows(&self) -> bool {
        self.follow != "no"
    }
}

/// A form of one text, `body`: answers, comments under answers and ideas, comment edits.
#[derive(serde::Deserialize)]
pub struct BodyForm {
    #[serde(default)]
    pub body: String,
}

/// Author `id` called `name`, with their picture and role badge from `people` (loaded for
/// the whole page at once, with [`crate::db::models::users::people_of`]).
pub fn author(name: &str, id: i64, people: &HashMap<i64, Person>) -> Author {
    match people.get(&id) {
        Some(person) => Author::new(name, person.avatar.clone()).with_roles(person.roles),
        None => Author::new(name, None),
    }
}

/// Every path no route claims.
pub async fn not_found(_session: Session) -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}
