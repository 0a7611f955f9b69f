//! `GET /account`: the member's own account page, with their profile (bio and picture,
//! shown on the experts' team page) and their e-mail choices per kind of notification.
//! `POST /account/profile` and `POST /account/notifications` save them.

use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::accounts;
use crate::auth::{CsrfForm, CsrfMultipart, Session};
use crate::clock::now;
use crate::db::models::media::{self, MediaRef};
use crate::db::models::notifications;
use crate::db::models::users::{self, User};
use crate::domain::PostsChoice;
use crate::error::AppError;
use crate::messages;
use crate::notify::Kind;
use crate::render::{FieldErrors, Notice, Page, html, see_other};
use crate::routes::uploads;
use crate::state::AppState;

const BIO_MAX: usize = 500;

#[derive(Template)]
#[template(path = "account/overview.html")]
struct AccountPage {
    page: Page,
    user: User,
    avatar: Option<MediaRef>,
    /// The avatar is a new upload, not yet saved: the form carries it.
    carried: bool,
    bio: String,
    choices: Vec<(Kind, bool)>,
    /// The deletion form comes back with "remove my posts too" chosen.
    remove_posts: bool,
    errors: FieldErrors,
}

pub(super) async fn render(
    state: &AppState,
    session: &Session,
    bio: Option<String>,
    new_avatar: Option<MediaRef>,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    render_with_choice(state, session, (bio, new_avatar), PostsChoice::Keep, errors).await
}

/// The page with the deletion form showing `posts` chosen (sent back with `errors`).
pub(super) async fn render_with_choice(
    state: &AppState,
    session: &Session,
    (bio, new_avatar): (Option<String>, Option<MediaRef>),
    posts: PostsChoice,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let id = session.require_viewer()?.id;
    let (user, avatar, saved) = state
        .db
        .run(move |conn| {
            let user = users::find(conn, id)?.ok_or(AppError::NotFound)?;
            let avatar = match user.avatar_id {
                Some(avatar) => media::find_by_id(conn, avatar)?,
                None => None,
            };
            Ok((user, avatar, notifications::email_choices(conn, id)?))
        })
        .await?;
    let choices = Kind::ALL
        .into_iter()
        .map(|kind| {
            let chosen = saved.iter().find(|(k, _)| k == kind.key()).map(|(_, e)| *e);
            (kind, chosen.unwrap_or(kind.emails_by_default()))
        })
        .collect();
    let status = errors.status();
    html(
        status,
        &AccountPage {
            page: Page::new(session, messages::TITLE_YOUR_ACCOUNT),
            bio: bio.unwrap_or_else(|| user.bio.clone()),
            user,
            carried: new_avatar.is_some(),
            avatar: new_avatar.or(avatar),
            choices,
            remove_posts: posts == PostsChoice::Remove,
            errors,
        },
    )
}

pub async fn account(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    render(&state, &session, None, None, FieldErrors::new()).await
}

pub async fn save_profile(
    state: web::Data<AppState>,
    form: CsrfMultipart,
) -> Result<HttpResponse, AppError> {
    // A profile is words and a picture others see: restricted members may not change it.
    let viewer = form.session.require_poster()?.clone();
    let bio = form.text("bio").trim().to_owned();
    let mut errors = FieldErrors::new();
    if bio.chars().count() > BIO_MAX {
        errors.add("bio", messages::PROFILE_BIO_TOO_LONG);
    }
    let avatar = uploads::picture(
        &state,
        &form,
        &uploads::AVATAR,
        viewer.id,
        now(),
        &mut errors,
    )
    .await?;
    if !errors.is_empty() {
        return render(&state, &form.session, Some(bio), avatar, errors).await;
    }
    let remove = form.text("remove_avatar") == "yes";
    let id = viewer.id;
    state
        .db
        .run(move |conn| accounts::save_profile(conn, id, &bio, avatar.map(|a| a.id), remove))
        .await?;
    Ok(see_other(&format!(
        "/account?notice={}",
        Notice::Saved.key()
    )))
}

pub async fn save_notifications(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<HashMap<String, String>>,
) -> Result<HttpResponse, AppError> {
    let id = session.require_viewer()?.id;
    state
        .db
        .run(move |conn| {
            crate::db::write_idempotent(conn, |conn| {
                for kind in Kind::ALL {
                    let wanted = form.contains_key(&format!("email-{}", kind.key()));
                    notifications::set_email_choice(conn, id, kind.key(), wanted)?;
                }
                Ok(())
            })
        })
        .await?;
    Ok(see_other(&format!(
        "/account?notice={}",
        Notice::Saved.key()
    )))
}
