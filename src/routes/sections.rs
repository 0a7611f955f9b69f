//! The landing pages of the sections whose content arrives with later features: blog,
//! experts, ideas and search. Each says plainly that nothing is there yet.

use actix_web::HttpResponse;
use askama::Template;

use crate::auth::Session;
use crate::error::AppError;
use crate::render::{Page, ok};

#[derive(Template)]
#[template(path = "section.html")]
struct SectionPage {
    page: Page,
    lead: &'static str,
}

fn section(
    session: &Session,
    key: &'static str,
    title: &'static str,
    lead: &'static str,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(session, title).in_section(key).describe(lead);
    ok(&SectionPage { page, lead })
}

pub async fn search(session: Session) -> Result<HttpResponse, AppError> {
    section(
        &session,
        "search",
        "Search",
        "Search articles, questions, answers and ideas.",
    )
}
