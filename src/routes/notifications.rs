//! `GET /notifications`: a member's newest notifications, unread ones marked;
//! `POST /notifications/read` marks them all read.

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::{CsrfForm, NoFields, Session};
use crate::clock::now;
use crate::db::models::notifications::{self, Notification};
use crate::error::AppError;
use crate::messages;
use crate::render::{Page, ok, see_other};
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/notifications", web::get().to(list))
        .service(web::resource("/notifications/read").route(web::post().to(mark_read)));
}

#[derive(Template)]
#[template(path = "notifications.html")]
struct NotificationsPage {
    page: Page,
    items: Vec<Notification>,
}

pub async fn list(state: web::Data<AppState>, session: Session) -> Result<HttpResponse, AppError> {
    let id = session.require_viewer()?.id;
    let items = state
        .db
        .run(move |conn| Ok(notifications::recent(conn, id, 50)?))
        .await?;
    ok(&NotificationsPage {
        page: Page::new(&session, messages::TITLE_NOTIFICATIONS),
        items,
    })
}

pub async fn mark_read(
    state: web::Data<AppState>,
    CsrfForm { session, .. }: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let id = session.require_viewer()?.id;
    state
        .db
        .run(move |conn| Ok(notifications::mark_all_read(conn, id, now())?))
        .await?;
    Ok(see_other("/notifications"))
}
