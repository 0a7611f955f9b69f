//! `GET /account`: the member's own account page, with their profile (display name, bio,
//! picture and whether their posts are listed, shown on their public profile and the
//! experts' team page) and their e-mail choices per kind of notification.
//! `POST /account/profile` and `POST /account/notifications` save them.

use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::accounts;
use crate::auth::{CsrfForm, CsrfMultipart, Session};
use crate::clock::now;
use crate::db::models::media;
use crate::db::models::notifications;
use crate::db::models::personal::{self, Marked};
use crate::db::models::users::{self, User};
use crate::domain::MediaRef;
use crate::domain::{DisplayName, PostsChoice};
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
    /// The profile form's values: as saved, or as typed when sent back with a mistake.
    values: ProfileValues,
    choices: Vec<(Kind, bool)>,
    /// The deletion form comes back with "remove my posts too" chosen.
    remove_posts: bool,
    /// What the member marked "not for me", each with an undo.
    marks: Vec<Marked>,
    errors: FieldErrors,
}

/// What the profile form holds.
pub(super) struct ProfileValues {
    pub display_name: String,
    pub bio: String,
    pub hide_activity: bool,
}

pub(super) async fn render(
    state: &AppState,
    session: &Session,
    typed: Option<ProfileValues>,
    new_avatar: Option<MediaRef>,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    render_with_choice(
        state,
        session,
        (typed, new_avatar),
        PostsChoice::Keep,
        errors,
    )
    .await
}

/// The page with the deletion form showing `posts` chosen (sent back with `errors`).
pub(super) async fn render_with_choice(
    state: &AppState,
    session: &Session,
    (typed, new_avatar): (Option<ProfileValues>, Option<MediaRef>),
    posts: PostsChoice,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let id = session.require_viewer()?.id;
    let (user, avatar, saved, marks) = state
        .db
        .run(move |conn| {
            let user = users::find(conn, id)?.ok_or(AppError::NotFound)?;
            let avatar = match user.avatar_id {
                Some(avatar) => media::find_by_id(conn, avatar)?,
                None => None,
            };
            let marks = personal::marked_with_names(conn, id)?;
            Ok((user, avatar, notifications::email_choices(conn, id)?, marks))
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
            values: typed.unwrap_or_else(|| ProfileValues {
                display_name: user.display_name.clone(),
                bio: user.bio.clone(),
                hide_activity: user.hide_activity,
            }),
            user,
            carried: new_avatar.is_some(),
            avatar: new_avatar.or(avatar),
            choices,
            remove_posts: posts == PostsChoice::Remove,
            marks,
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
    let typed = ProfileValues {
        display_name: form.text("display_name").to_owned(),
        bio: form.text("bio").trim().to_owned(),
        hide_activity: form.text("hide_activity") == "yes",
    };
    let mut errors = FieldErrors::new();
    let display_name = errors.check("display_name", DisplayName::parse(&typed.display_name));
    if typed.bio.chars().count() > BIO_MAX {
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
    let Some(display_name) = display_name.filter(|_| errors.is_empty()) else {
        return render(&state, &form.session, Some(typed), avatar, errors).await;
    };
    let remove = form.text("remove_avatar") == "yes";
    let id = viewer.id;
    state
        .db
        .run(move |conn| {
            let profile = accounts::ProfileForm {
                display_name: &display_name,
                bio: &typed.bio,
                avatar: avatar.map(|a| a.id),
                remove,
                hide_activity: typed.hide_activity,
            };
            accounts::save_profile(conn, id, &profile)
        })
        .await?;
    Ok(see_other(&format!(
        "/account?notice={}",
        Notice::Saved.key()
    )))
}

/// `POST /account/language`: the interface (and e-mail) language the member chose, or none
/// (then pages follow the browser, and e-mail the site's default).
pub async fn save_language(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<HashMap<String, String>>,
) -> Result<HttpResponse, AppError> {
    let id = session.require_viewer()?.id;
    let typed = form.get("language").map_or("", String::as_str);
    let code = if typed.is_empty() {
        ""
    } else if let Some(lang) = crate::i18n::Lang::parse(typed) {
        lang.code()
    } else {
        let mut errors = FieldErrors::new();
        errors.add("language", messages::LANGUAGE_UNKNOWN);
        return render(&state, &session, None, None, errors).await;
    };
    state
        .db
        .run(move |conn| Ok(crate::db::models::users::set_language(conn, id, code)?))
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
