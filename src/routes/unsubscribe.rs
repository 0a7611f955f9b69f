//! "Stop e-mails like this one": the signed link in every notification mail and digest.
//! `GET /unsubscribe/{member}/{kind}/{tag}` asks; `POST` to the same address stops that
//! kind of mail. The POST is what a mail provider's own "unsubscribe" button sends (RFC
//! 8058), with no cookie and no form, so it carries no CSRF token: the tag, an HMAC under
//! a site secret naming the member and the kind ([`crate::auth::signed`]), is the proof
//! that the request comes from the member's own mail, and it can do nothing else.

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::{Session, signed};
use crate::db::models::{member_data, notifications, personal};
use crate::domain::personal::Digest;
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
    kind: crate::i18n::Key,
    done: bool,
}

/// What a link stops: one kind of notification, or the digest.
enum Stop {
    Notification(Kind),
    Digest,
}

impl Stop {
    fn label(&self) -> crate::i18n::Key {
        match self {
            Stop::Notification(kind) => kind.label(),
            Stop::Digest => texts::DIGEST_LABEL,
        }
    }
}

/// What the link stops, if its tag is right.
fn checked(state: &AppState, path: &(i64, String, String)) -> Result<Stop, AppError> {
    let (member, kind, tag) = path;
    if !signed::is_unsubscribe_tag(&state.keys.links, *member, kind, tag) {
        return Err(AppError::NotFound);
    }
    if kind == texts::DIGEST_KIND {
        return Ok(Stop::Digest);
    }
    Kind::parse(kind)
        .map(Stop::Notification)
        .ok_or(AppError::NotFound)
}

async fn ask(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<(i64, String, String)>,
) -> Result<HttpResponse, AppError> {
    let stop = checked(&state, &path)?;
    ok(&UnsubscribePage {
        page: Page::new(&session, texts::TITLE_UNSUBSCRIBE),
        kind: stop.label(),
        done: false,
    })
}

async fn stop(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<(i64, String, String)>,
) -> Result<HttpResponse, AppError> {
    let stop = checked(&state, &path)?;
    let label = stop.label();
    let member = path.0;
    state
        .db
        .run(move |conn| {
            crate::db::write_idempotent(conn, |conn| {
                // A deleted member's choices are gone: nothing to write back.
                if member_data::is_erased(conn, member)? {
                    return Ok(());
                }
                match &stop {
                    Stop::Notification(kind) => {
                        notifications::set_email_choice(conn, member, kind.key(), false)?;
                    }
                    Stop::Digest => {
                        personal::set_digest(conn, member, Digest::Never)?;
                    }
                }
                Ok(())
            })
        })
        .await?;
    ok(&UnsubscribePage {
        page: Page::new(&session, texts::TITLE_UNSUBSCRIBE),
        kind: label,
        done: true,
    })
}
