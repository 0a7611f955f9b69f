//! "Stop e-mails like this one": the signed link in every notification mail.
//! `GET /unsubscribe/{member}/{kind}/{tag}` asks; `POST` to the same address stops that
//! kind of mail. The POST is what a mail provider's own "unsubscribe" button sends (RFC
//! 8058), with no cookie and no form, so it carries no CSRF token: the tag, an HMAC under
//! a site secret naming the member and the kind ([`crate::auth::signed`]), is the proof
//! that the request comes from the member's own mail, and it can do nothing else.

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::{Session, signed};
use crate::db::models::{member_data, notifications};
use crate::error::AppError;
use crate::messages::mail as texts;
use crate::notify::Kind;
use crate::render::{Page, ok};
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/unsubscribe/{member}/{kind}/{tag}")
            .route(web::get().to(ask))
            .route(web::post().to(stop)),
    );
}

#[derive(Template)]
#[template(path = "unsubscribe.html")]
struct UnsubscribePage {
    page: Page,
    kind: &'static str,
    done: bool,
}

/// The kind of mail the link names, if its tag is right.
fn checked(state: &AppState, path: &(i64, String, String)) -> Result<Kind, AppError> {
    let (member, kind, tag) = path;
    Kind::parse(kind)
        .filter(|_| signed::is_unsubscribe_tag(&state.keys.links, *member, kind, tag))
        .ok_or(AppError::NotFound)
}

async fn ask(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<(i64, String, String)>,
) -> Result<HttpResponse, AppError> {
    let kind = checked(&state, &path)?;
    ok(&UnsubscribePage {
        page: Page::new(&session, texts::TITLE_UNSUBSCRIBE),
        kind: kind.label(),
        done: false,
    })
}

async fn stop(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<(i64, String, String)>,
) -> Result<HttpResponse, AppError> {
    let kind = checked(&state, &path)?;
    let member = path.0;
    state
        .db
        .run(move |conn| {
            crate::db::write_idempotent(conn, |conn| {
                // A deleted member's choices are gone: nothing to write back.
                if member_data::is_erased(conn, member)? {
                    return Ok(());
                }
                notifications::set_email_choice(conn, member, kind.key(), false)
                    .map_err(AppError::from)
            })
        })
        .await?;
    ok(&UnsubscribePage {
        page: Page::new(&session, texts::TITLE_UNSUBSCRIBE),
        kind: kind.label(),
        done: true,
    })
}
