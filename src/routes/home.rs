//! `GET /`: the front page, with the latest articles and questions and the most-voted
//! ideas (without those the member marked "not for me").

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::Session;
use crate::clock::now;
use crate::db::models::article_lists::{self, ArticleListRow, ListFilter};
use crate::db::models::idea_lists::{self, BoardFilter, BoardSort};
use crate::db::models::ideas::Idea;
use crate::db::models::question_lists::{self, QuestionListRow, Sort, Status};
use crate::error::AppError;
use crate::messages;
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
            let (latest, _) =
                article_lists::list_published(conn, now, &ListFilter::default(), 0, 3)?;
            let (recent, _) = question_lists::list(conn, None, Status::All, Sort::Newest, 0, 5)?;
            let (ideas, _) = idea_lists::board(conn, &ideas_filter, BoardSort::Top, 0, 3)?;
            Ok((latest, recent, ideas))
        })
        .await?;
    let page = Page::new(&session, messages::TITLE_PARLOUR)
        .in_section("home")
        .describe(messages::DESCRIPTION_HOME);
    ok(&HomePage {
        page,
        latest,
        questions: recent,
        ideas,
        now,
    })
}
