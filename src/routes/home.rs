//! `GET /`: the front page, with the latest articles and questions and the most-voted
//! ideas (without those the member marked "not for me").

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::Session;
use crate::clock::now;
use crate::db::models::articles::{self, ArticleListRow, ListFilter};
use crate::db::models::idea_lists::{self, BoardFilter, BoardSort};
use crate::db::models::ideas::Idea;
use crate::db::models::questions::{self, QuestionListRow, Sort, Status};
use crate::error::AppError;
use crate::render::{Page, ok};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    page: Page,
    latest: Vec<ArticleListRow>,
    questions: Vec<QuestionListRow>,
    ideas: Vec<(Idea, String)>,
    now: chrono::NaiveDateTime,
}

pub async fn home(state: web::Data<AppState>, session: Session) -> Result<HttpResponse, AppError> {
    let now = now();
    let ideas_filter = BoardFilter {
        viewer: session.viewer().map(|v| v.id),
        ..BoardFilter::default()
    };
    let (latest, recent, ideas) = state
        .db
        .run(move |conn| {
            let (latest, _) = articles::list_published(conn, now, &ListFilter::default(), 0, 3)?;
            let (recent, _) = questions::list(conn, None, Status::All, Sort::Newest, 0, 5)?;
            let (ideas, _) = idea_lists::board(conn, &ideas_filter, BoardSort::Top, 0, 3)?;
            Ok((latest, recent, ideas))
        })
        .await?;
    let page = Page::new(&session, "Parlour")
        .in_section("home")
        .describe("Advice from our staff, answers from our experts, and a say in what we do next.");
    ok(&HomePage {
        page,
        latest,
        questions: recent,
        ideas,
        now,
    })
}
