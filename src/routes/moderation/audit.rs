//! `GET /mod/audit`: every moderator and admin action, newest first.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::Session;
use crate::db::models::audit::{self, AuditEntry};
use crate::domain::Role;
use crate::error::AppError;
use crate::render::{Page, Pager, ok};
use crate::state::AppState;

const PER_PAGE: i64 = 50;

#[derive(Template)]
#[template(path = "moderation/audit.html")]
struct AuditPage {
    page: Page,
    entries: Vec<AuditEntry>,
    pager: Pager,
}

#[derive(Deserialize)]
pub struct AuditQuery {
    page: Option<i64>,
}

pub async fn audit_log(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Moderator)?;
    let mut pager = Pager::new(query.page, PER_PAGE);
    let offset = pager.offset();
    let (entries, total) = state
        .db
        .run(move |conn| Ok(audit::list(conn, offset, PER_PAGE)?))
        .await?;
    pager.total = total;
    let page = Page::new(&session, "Audit log").in_section("moderation");
    ok(&AuditPage {
        page,
        entries,
        pager,
    })
}
