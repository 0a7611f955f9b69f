//! `GET /`: the front page.

use actix_web::HttpResponse;
use askama::Template;

use crate::auth::Session;
use crate::error::AppError;
use crate::render::{Page, ok};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    page: Page,
}

pub async fn home(session: Session) -> Result<HttpResponse, AppError> {
    let page = Page::new(&session, "Parlour")
        .in_section("home")
        .describe("Advice from our staff, answers from our experts, and a say in what we do next.");
    ok(&HomePage { page })
}
