//! `GET /experts/queue`: an expert's unanswered questions in their areas, oldest first,
//! with how long each has waited; those past the configured wait are highlighted.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{Duration, NaiveDateTime};

use crate::auth::Session;
use crate::clock::now;
use crate::db::models::areas;
use crate::db::models::question_lists::{self, QuestionListRow};
use crate::domain::Role;
use crate::error::AppError;
use crate::messages;
use crate::render::{Page, ok};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "experts/queue.html")]
struct QueuePage {
    page: Page,
    rows: Vec<QuestionListRow>,
    has_areas: bool,
    now: NaiveDateTime,
    overdue_after: Duration,
}

impl QueuePage {
    fn waited(&self, row: &QuestionListRow) -> String {
        let waited = self.now - row.created_at;
        if waited.num_days() >= 1 {
            self.page.t1("count-days", "count", waited.num_days())
        } else {
            self.page
                .t1("count-hours", "count", waited.num_hours().max(0))
        }
    }

    fn overdue(&self, row: &QuestionListRow) -> bool {
        self.now - row.created_at > self.overdue_after
    }
}

pub async fn queue(state: web::Data<AppState>, session: Session) -> Result<HttpResponse, AppError> {
    let viewer = session.require_role(Role::Expert)?.clone();
    let (rows, has_areas) = state
        .db
        .run(move |conn| {
            let mine = areas::of_expert(conn, viewer.id)?;
            Ok((
                question_lists::unanswered_in(conn, &mine, 100)?,
                !mine.is_empty(),
            ))
        })
        .await?;
    let page = Page::new(&session, messages::TITLE_YOUR_QUEUE).in_section("experts");
    ok(&QueuePage {
        page,
        rows,
        has_areas,
        now: now(),
        overdue_after: Duration::hours(state.settings.expert_wait_hours),
    })
}
