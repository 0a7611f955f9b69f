//! `GET /account`: the member's own account page.

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::Session;
use crate::db::models::users::{self, User};
use crate::error::AppError;
use crate::render::{Page, ok};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "account/overview.html")]
struct AccountPage {
    page: Page,
    user: User,
}

pub async fn account(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    let id = session.require_viewer()?.id;
    let user = state
        .db
        .run(move |conn| users::find(conn, id)?.ok_or(AppError::NotFound))
        .await?;
    let page = Page::new(&session, "Your account");
    ok(&AccountPage { page, user })
}
