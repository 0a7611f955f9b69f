//! `GET /admin`: the admin's starting point.

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::Session;
use crate::db::models::{areas, users};
use crate::domain::Role;
use crate::error::AppError;
use crate::messages;
use crate::render::{Page, ok};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct DashboardPage {
    page: Page,
    members: i64,
    /// No areas yet: the page lists the first steps (nobody can ask a question before).
    needs_setup: bool,
}

pub async fn dashboard(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Admin)?;
    let (members, needs_setup) = state
        .db
        .run(|conn| {
            Ok((
                users::list(conn, None, 0, 0)?.1,
                areas::all(conn)?.is_empty(),
            ))
        })
        .await?;
    let page = Page::new(&session, messages::TITLE_ADMIN).in_section("admin");
    ok(&DashboardPage {
        page,
        members,
        needs_setup,
    })
}
