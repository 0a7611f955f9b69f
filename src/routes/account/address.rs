//! E-mail addresses: `GET /account/confirm/{token}` asks, `POST /account/confirm` confirms
//! (a new account's address, or a new address for an account); `POST
//! /account/confirm/resend` mails a new link; `POST /account/email` starts a change (with
//! the password); `GET/POST /account/undo-address` puts the old address back. The rules
//! are in [`crate::accounts::address`].

use crate::i18n::Key;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::accounts::{self, links};
use crate::auth::{CsrfForm, Session};
use crate::clock::now;
use crate::db::models::account_tokens::Purpose;
use crate::db::models::users;
use crate::db::write_transaction;
use crate::domain::Email;
use crate::error::AppError;
use crate::messages::account as texts;
use crate::moderation::rate::{self, Action};
use crate::render::{FieldErrors, Notice, see_other_with};
use crate::state::AppState;

use super::LinkPage;

pub async fn confirm_page(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    link_page(&state, &session, path.into_inner(), Purpose::Confirm).await
}

pub async fn undo_page(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    link_page(&state, &session, path.into_inner(), Purpose::UndoAddress).await
}

/// The page a mailed link opens: a button that does what the link is for, or what is
/// wrong with the link.
async fn link_page(
    state: &AppState,
    session: &Session,
    secret: String,
    purpose: Purpose,
) -> Result<HttpResponse, AppError> {
    // Undoing is for whoever holds the old mailbox, whoever is signed in here.
    let viewer = match purpose {
        Purpose::UndoAddress => None,
        _ => session.viewer().map(|v| v.id),
    };
    let checked = {
        let secret = secret.clone();
        state
            .db
            .run(move |conn| links::check(conn, &secret, purpose, viewer, now()))
            .await?
    };
    let (heading, text, action, button, again) = match purpose {
        Purpose::UndoAddress => (
            texts::TITLE_UNDO,
            Key("link-undo-text"),
            "/account/undo-address",
            Key("link-undo-button"),
            super::ASK_AGAIN_RESET,
        ),
        _ => (
            texts::TITLE_CONFIRM,
            Key("link-confirm-text"),
            "/account/confirm",
            Key("link-confirm-button"),
            super::ASK_AGAIN_CONFIRM,
        ),
    };
    if let Err(problem) = checked {
        return super::link_problem(session, heading, problem, again);
    }
    crate::render::ok(&LinkPage {
        page: crate::render::Page::new(session, heading),
        heading,
        problem: None,
        again_href: again.0,
        again_label: again.1,
        text,
        action,
        button,
        token: secret,
    })
}

#[derive(Deserialize)]
pub struct LinkForm {
    #[serde(default)]
    token: String,
}

pub async fn confirm(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<LinkForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.viewer().map(|v| v.id);
    let outcome = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                accounts::address::confirm(conn, &form.token, viewer)
            })
        })
        .await?;
    match outcome {
        Ok(confirmed) => {
            state.mail(confirmed.mail);
            let notice = if confirmed.moved {
                Notice::AddressChanged
            } else {
                Notice::AddressConfirmed
            };
            // Confirming never signs anyone in: a link is proof of a mailbox, not of who
            // made the account.
            let to = if viewer == Some(confirmed.user_id) {
                "/account"
            } else {
                "/login"
            };
            Ok(see_other_with(to, notice))
        }
        Err(problem) => super::link_problem(
            &session,
            texts::TITLE_CONFIRM,
            problem,
            super::ASK_AGAIN_CONFIRM,
        ),
    }
}

pub async fn undo(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<LinkForm>,
) -> Result<HttpResponse, AppError> {
    let outcome = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                accounts::address::undo_change(conn, &form.token)
            })
        })
        .await?;
    match outcome {
        Ok(_) => Ok(super::signed_out(
            &state,
            "/password/forgot",
            Notice::AddressRestored,
        )?),
        Err(problem) => {
            super::link_problem(&session, texts::TITLE_UNDO, problem, super::ASK_AGAIN_RESET)
        }
    }
}

pub async fn resend(
    state: web::Data<AppState>,
    CsrfForm { session, .. }: CsrfForm<LinkForm>,
) -> Result<HttpResponse, AppError> {
    let id = session.require_viewer()?.id;
    let mail = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                rate::count(conn, id, Action::AccountMail, now())?;
                accounts::address::resend_confirmation(conn, id)
            })
        })
        .await?;
    state.mail(mail);
    Ok(see_other_with("/account", Notice::ConfirmationSent))
}

#[derive(Deserialize)]
pub struct ChangeForm {
    #[serde(default)]
    new_email: String,
    #[serde(default)]
    password: String,
}

pub async fn change(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<ChangeForm>,
) -> Result<HttpResponse, AppError> {
    let id = session.require_viewer()?.id;
    let mut errors = FieldErrors::new();
    let new = errors.check("new_email", Email::parse(&form.new_email));
    let matches = super::password_matches(&state, id, form.password.clone()).await?;
    if !matches {
        errors.add("email_password", texts::CURRENT_PASSWORD_WRONG);
    }
    let current = state
        .db
        .run(move |conn| Ok(users::find(conn, id)?.ok_or(AppError::NotFound)?.email))
        .await?;
    if new
        .as_ref()
        .is_some_and(|new| new.key() == current.to_lowercase())
    {
        errors.add("new_email", texts::ADDRESS_UNCHANGED);
    }
    let Some(new) = new.filter(|_| errors.is_empty()) else {
        return super::security::render(&state, &session, form.new_email, errors).await;
    };
    let mail = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                accounts::address::request_change(conn, id, &new)
            })
        })
        .await?;
    state.mail(mail);
    super::sent_page(&session, texts::CHANGE_SENT)
}
