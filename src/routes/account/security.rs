//! `GET /account/security`: change the password, change the address, and the list of
//! devices signed in, each with "sign out"; `POST /account/password`, `POST
//! /account/sessions/end` and `POST /account/sessions/end-others` act on them.
//!
//! Devices are named by browser family and the date they signed in, never by address: the
//! member needs "is this one mine?", not a log of where they have been.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::accounts;
use crate::auth::{CsrfForm, Session, password, token};
use crate::clock::now;
use crate::db::models::{identities, sessions, users};
use crate::db::write_transaction;
use crate::domain::NewPassword;
use crate::error::AppError;
use crate::messages::account as texts;
use crate::render::{FieldErrors, Notice, Page, format, html, see_other_with};
use crate::state::AppState;

/// A signed-in device as the list shows it.
struct Device {
    name: String,
    since: String,
    /// What the "sign out" button names (the session's hash: useless to sign in with).
    handle: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "account/security.html")]
struct SecurityPage {
    page: Page,
    username: String,
    email: String,
    confirmed: bool,
    new_email: String,
    devices: Vec<Device>,
    /// Passwords are off for the member's group: the password form is not offered.
    password_allowed: bool,
    /// Providers linked to the account: (key, name, linked on).
    linked: Vec<(String, String, String)>,
    /// Providers the member may link.
    linkable: Vec<super::provider_buttons::Button>,
    errors: FieldErrors,
}

pub(super) async fn render(
    state: &AppState,
    session: &Session,
    new_email: String,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let id = session.require_viewer()?.id;
    let current = token::hash_token(session.token());
    let lang = session.lang().lang;
    let (user, live, links) = state
        .db
        .run(move |conn| {
            let user = users::find(conn, id)?.ok_or(AppError::NotFound)?;
            let links = identities::of_member(conn, id)?;
            Ok((user, sessions::of_member(conn, id, now())?, links))
        })
        .await?;
    let linked: Vec<(String, String, String)> = links
        .into_iter()
        .map(|l| {
            let name = state
                .providers
                .get(&l.provider)
                .map_or_else(|| l.provider.clone(), |p| p.config.name.clone());
            (l.provider, name, format::date(lang, l.created_at))
        })
        .collect();
    let linkable = super::provider_buttons::buttons(state)
        .into_iter()
        .filter(|b| !linked.iter().any(|(key, _, _)| *key == b.key))
        .collect();
    let devices = live
        .into_iter()
        .map(|s| Device {
            current: s.token_hash == current,
            name: if s.device.is_empty() {
                lang.t("device-unknown")
            } else {
                crate::i18n::Text::from_stored(&s.device).say(lang)
            },
            since: format::date(lang, s.created_at),
            handle: s.token_hash,
        })
        .collect();
    let status = errors.status();
    let page = html(
        status,
        &SecurityPage {
            page: Page::new(session, texts::TITLE_SECURITY),
            password_allowed: state.providers.config.password_allowed(user.roles()),
            linked,
            linkable,
            confirmed: user.email_confirmed_at.is_some(),
            username: user.username,
            email: user.email,
            new_email,
            devices,
            errors,
        },
    )?;
    Ok(super::provider_buttons::form_targets(state, page))
}

pub async fn security(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    render(&state, &session, String::new(), FieldErrors::new()).await
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

pub async fn change_password(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_viewer()?.clone();
    let mut errors = FieldErrors::new();
    if !super::password_matches(&state, viewer.id, form.current_password.clone()).await? {
        errors.add("current_password", texts::CURRENT_PASSWORD_WRONG);
    }
    let id = viewer.id;
    let email = state
        .db
        .run(move |conn| Ok(users::find(conn, id)?.map(|u| u.email).unwrap_or_default()))
        .await?;
    let typed = (form.new_password.clone(), viewer.username.clone(), email);
    let checked = web::block(move || NewPassword::parse(&typed.0, &[&typed.1, &typed.2])).await?;
    let new = errors.check("new_password", checked);
    if form.new_password == form.current_password && !form.new_password.is_empty() {
        errors.add("new_password", texts::NEW_PASSWORD_SAME);
    }
    let Some(new) = new.filter(|_| errors.is_empty()) else {
        return render(&state, &session, String::new(), errors).await;
    };
    let hash = web::block(move || password::hash(new.expose())).await??;
    let keep = token::hash_token(session.token());
    let id = viewer.id;
    let mail = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                accounts::password::change(conn, id, &hash, &keep)
            })
        })
        .await?;
    state.mail(mail);
    Ok(see_other_with("/account/security", Notice::PasswordChanged))
}

#[derive(Deserialize)]
pub struct EndForm {
    #[serde(default)]
    session: String,
}

pub async fn end_session(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<EndForm>,
) -> Result<HttpResponse, AppError> {
    let id = session.require_viewer()?.id;
    let ended = state
        .db
        .run(move |conn| Ok(sessions::delete_of_member(conn, id, &form.session)?))
        .await?;
    if ended == 0 {
        // Already signed out, or not one of this member's sessions.
        return Err(AppError::NotFound);
    }
    Ok(see_other_with("/account/security", Notice::DeviceSignedOut))
}

pub async fn end_others(
    state: web::Data<AppState>,
    CsrfForm { session, .. }: CsrfForm<EndForm>,
) -> Result<HttpResponse, AppError> {
    let id = session.require_viewer()?.id;
    let keep = token::hash_token(session.token());
    state
        .db
        .run(move |conn| Ok(sessions::delete_all_but(conn, id, Some(&keep))?))
        .await?;
    Ok(see_other_with("/account/security", Notice::OthersSignedOut))
}
