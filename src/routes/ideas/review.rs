//! `GET /ideas/review`: the moderators' list of ideas waiting for review, oldest first,
//! with the team's numbers. Deciding is `POST /ideas/{id}/status` (`status.rs`).

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::Session;
use crate::clock::now;
use crate::db::models::idea_lists;
use crate::db::models::ideas::Idea;
use crate::domain::Role;
use crate::error::AppError;
use crate::messages;
use crate::render::{Page, ok};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "ideas/review.html")]
struct ReviewPage {
    page: Page,
    waiting: Vec<Idea>,
    numbers: idea_lists::ReviewNumbers,
}

impl ReviewPage {
    fn median(&self) -> String {
        match self.numbers.median_response {
            None => self.page.say(crate::messages::moderation::NO_RESPONSE_YET),
            Some(wait) if wait.num_hours() >= 48 => {
                self.page.t1("count-days", "count", wait.num_days())
            }
            Some(wait) => self
                .page
                .t1("count-hours", "count", wait.num_hours().max(0)),
        }
    }
}

pub async fn review(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Moderator)?;
    let (waiting, numbers) = state
        .db
        .run(|conn| {
            Ok((
                idea_lists::awaiting_review(conn, None)?,
                idea_lists::review_numbers(conn, now())?,
            ))
        })
        .await?;
    ok(&ReviewPage {
        page: Page::new(&session, messages::TITLE_IDEAS_WAITING_FOR_REVIEW)
            .in_section("moderation"),
        waiting,
        numbers,
    })
}
