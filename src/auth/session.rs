//! Sessions: one cookie, `parlour_session`, holding a random token. Visitors get a token
//! too (never stored), because CSRF tokens are tied to it; signing in stores the hash of a
//! fresh token with the account, so the token a visitor had before signing in is useless
//! afterwards (rotation). The token itself is never stored or logged.

use std::rc::Rc;
use std::sync::Arc;

use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use futures_util::future::LocalBoxFuture;

use super::{csrf_token, token};
use crate::clock::now;
use crate::db::models::{flags, notifications, sessions, settings};
use crate::domain::brand::Brand;
use crate::domain::{Restriction, Role, RoleSet, Viewer};
use crate::error::AppError;
use crate::i18n::{Chosen, Lang};
use crate::messages::{self, Notice};
use crate::state::AppState;

/// The session cookie's name: the only cookie Parlour sets.
pub const COOKIE_NAME: &str = "parlour_session";

/// The cookie's name behind HTTPS: the `__Host-` prefix makes browsers refuse it unless it
/// is `Secure`, for the whole site (`Path=/`) and for this host only (no `Domain`), so a
/// neighbouring subdomain cannot plant or overwrite it.
pub const SECURE_COOKIE_NAME: &str = "__Host-parlour_session";

/// The session cookie's name under the operator's settings.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        SECURE_COOKIE_NAME
    } else {
        COOKIE_NAME
    }
}

/// The request's session, extracted once per request and cached.
#[derive(Clone)]
pub struct Session(Rc<SessionInner>);

struct SessionInner {
    token: String,
    minted: bool,
    /// Whether a form of the response printed the CSRF token: a visitor's token is sent as
    /// a cookie only then, and a page that printed one is never shared (see
    /// [`crate::page_cache`]).
    handed_out: std::cell::Cell<bool>,
    viewer: Option<Viewer>,
    csrf_token: String,
    path: String,
    notice: Option<Notice>,
    public_url: String,
    brand: Arc<Brand>,
    brand_css: Arc<str>,
    lang: Chosen,
}

impl Session {
    /// The signed-in member, if any.
    pub fn viewer(&self) -> Option<&Viewer> {
        self.0.viewer.as_ref()
    }

    /// The signed-in member, or a redirect to sign in and come back here.
    pub fn require_viewer(&self) -> Result<&Viewer, AppError> {
        self.viewer().ok_or_else(|| AppError::SignInRequired {
            next: self.0.path.clone(),
        })
    }

    /// The signed-in member if they may post and comment (see [`poster`]).
    pub fn require_poster(&self) -> Result<&Viewer, AppError> {
        poster(self.require_viewer()?)
    }

    /// The signed-in member if they may vote and report (see [`participant`]).
    pub fn require_participant(&self) -> Result<&Viewer, AppError> {
        participant(self.require_viewer()?)
    }

    /// The signed-in member if they may act as `role`; visitors are sent to sign in,
    /// members without the role get 403.
    pub fn require_role(&self, role: Role) -> Result<&Viewer, AppError> {
        let viewer = self.require_viewer()?;
        if viewer.can(role) {
            Ok(viewer)
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// The token to put in every form this page shows. Asking for it hands it out.
    pub fn csrf_token(&self) -> &str {
        self.0.handed_out.set(true);
        &self.0.csrf_token
    }

    /// Whether the response printed the CSRF token.
    pub fn token_handed_out(&self) -> bool {
        self.0.handed_out.get()
    }

    /// The raw session token (to tie CSRF tokens and to end the session).
    pub(crate) fn token(&self) -> &str {
        &self.0.token
    }

    /// The notice named in the query string by the redirect that led here, if any.
    pub fn notice(&self) -> Option<Notice> {
        self.0.notice
    }

    /// The request's path and query, for "come back here after signing in".
    pub fn path(&self) -> &str {
        &self.0.path
    }

    /// The site's public address (for absolute links in shared pages).
    pub fn public_url(&self) -> &str {
        &self.0.public_url
    }

    /// The retailer's brand, and its stylesheet's address.
    pub fn brand(&self) -> (Arc<Brand>, Arc<str>) {
        (self.0.brand.clone(), self.0.brand_css.clone())
    }

    /// The request's language and where it came from (see [`crate::i18n`]).
    pub fn lang(&self) -> Chosen {
        self.0.lang
    }

    /// Whether this request created the visitor's token and handed it out in a form, so
    /// the cookie must be set. A visitor who only reads gets no cookie at all.
    pub(crate) fn needs_cookie(&self) -> bool {
        self.0.minted && self.0.handed_out.get()
    }
}

/// The CSRF token as a page holds it: printed by a form's hidden field, which hands it
/// out (see [`Session::csrf_token`]); a page without forms never asks for it.
pub struct FormToken(Option<Session>);

impl FormToken {
    pub fn of(session: Option<&Session>) -> Self {
        Self(session.cloned())
    }
}

// The token is URL-safe Base64 alone (letters, digits, `-`, `_`; see `csrf_token`), so a
// page prints it as it is, with no escaping to scan on every form.
impl askama::filters::HtmlSafe for FormToken {}

impl std::fmt::Display for FormToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Some(session) => f.write_str(session.csrf_token()),
            None => Ok(()),
        }
    }
}

/// The cookie carrying `token`. A signed-in session's cookie lasts as long as the session;
/// a visitor's ends with the browser session.
pub fn cookie(token: &str, secure: bool, max_age_days: Option<i64>) -> Cookie<'static> {
    let mut builder = Cookie::build(cookie_name(secure), token.to_owned())
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure);
    if let Some(days) = max_age_days {
        builder = builder.max_age(CookieDuration::days(days));
    }
    builder.finish()
}

impl FromRequest for Session {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let cached = req.extensions().get::<Session>().cloned();
        let req = req.clone();
        Box::pin(async move {
            if let Some(session) = cached {
                return Ok(session);
            }
            let state = req
                .app_data::<web::Data<AppState>>()
                .ok_or_else(|| AppError::Internal(anyhow::anyhow!("app state missing")))?
                .clone();
            let (brand, brand_css) = state.brand().await?;
            let key = &state.keys.csrf;
            let existing = req
                .cookie(cookie_name(state.settings.secure_cookies))
                .map(|c| c.value().to_owned())
                .filter(|t| token::is_well_formed(t));
            let (token, minted, viewer) = match existing {
                Some(token) => {
                    let hash = token::hash_token(&token);
                    let viewer = state
                        .db
                        .read_here(move |conn| {
                            let Some(owner) = sessions::owner(conn, &hash, now())? else {
                                return Ok(None);
                            };
                            Ok(Some(viewer_of(conn, owner)?))
                        })
                        .await?;
                    match viewer {
                        Some(viewer) => (token, false, Some(viewer)),
                        None if csrf_token::is_visitor_token(key, &token) => (token, false, None),
                        // Not a session, nor a token this site gave a visitor: replaced.
                        None => (csrf_token::visitor_token(key), true, None),
                    }
                }
                None => (csrf_token::visitor_token(key), true, None),
            };
            let path = match req.uri().path_and_query() {
                Some(pq) => pq.as_str().to_owned(),
                None => req.path().to_owned(),
            };
            let query = web::Query::<PageQuery>::from_query(req.query_string()).ok();
            let notice = query
                .as_ref()
                .and_then(|q| q.notice.as_deref().and_then(Notice::parse));
            let lang = Chosen::resolve(
                query.as_ref().and_then(|q| q.lang.as_deref()),
                viewer.as_ref().and_then(|v| v.lang),
                req.headers()
                    .get(actix_web::http::header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok()),
                brand.language,
            );
            let session = Session(Rc::new(SessionInner {
                csrf_token: csrf_token::token_for(&state.keys.csrf, &token),
                token,
                minted,
                handed_out: std::cell::Cell::new(false),
                viewer,
                path,
                notice,
                public_url: state.settings.public_url.clone(),
                brand,
                brand_css,
                lang,
            }));
            req.extensions_mut().insert(session.clone());
            Ok(session)
        })
    }
}

/// The member behind a live session (or an API token) as a request knows them: their
/// roles, unread notifications, a moderator's waiting count, any restriction in force.
pub fn viewer_of(
    conn: &mut crate::db::DbConnection,
    owner: sessions::SessionOwner,
) -> diesel::QueryResult<Viewer> {
    let unread = notifications::unread_count(conn, owner.user_id)?;
    let roles = RoleSet::from_bits(owner.roles);
    let waiting = if roles.allows(Role::Moderator) {
        flags::waiting_count(conn)?
    } else {
        0
    };
    let now = now();
    let restriction = owner
        .restricted_until
        .filter(|until| *until > now && !owner.restriction.is_empty())
        .map(|until| Restriction {
            suspended: owner.restriction == "suspended",
            until,
            reason: owner.restriction_reason.clone(),
        });
    let unconfirmed = owner.email_confirmed_at.is_none();
    // Only unconfirmed members cost this query.
    let must_confirm =
        unconfirmed && settings::get(conn, settings::UNCONFIRMED_MAY_POST)?.as_deref() != Some("1");
    Ok(Viewer {
        id: owner.user_id,
        username: owner.username,
        roles,
        unread,
        waiting,
        trusted: owner.trusted,
        restriction,
        unconfirmed,
        must_confirm,
        lang: Lang::parse(&owner.language),
    })
}

/// The language asked for in an address's query (`?lang=`), read as every page reads it
/// (the page cache's key must agree with the page, whatever the query holds).
pub fn asked_lang(query_string: &str) -> Option<String> {
    web::Query::<PageQuery>::from_query(query_string)
        .ok()
        .and_then(|q| q.into_inner().lang)
}

/// What the session reads from any page's address: a notice to show, a language to use.
#[derive(serde::Deserialize)]
struct PageQuery {
    notice: Option<String>,
    lang: Option<String>,
}

/// `viewer`, if they may post and comment: silenced and suspended members are told until
/// when and why. The same rule for a browser's session and an API token.
pub fn poster(viewer: &Viewer) -> Result<&Viewer, AppError> {
    match &confirmed(viewer)?.restriction {
        Some(r) => Err(AppError::Restricted(r.clone())),
        None => Ok(viewer),
    }
}

/// `viewer`, if they may vote and report: suspended members may only read (and keep their
/// own lists: following and "not for me" touch nobody else).
pub fn participant(viewer: &Viewer) -> Result<&Viewer, AppError> {
    match &confirmed(viewer)?.restriction {
        Some(r) if r.suspended => Err(AppError::Restricted(r.clone())),
        _ => Ok(viewer),
    }
}

/// `viewer`, unless they must confirm their address before taking part.
fn confirmed(viewer: &Viewer) -> Result<&Viewer, AppError> {
    if viewer.must_confirm {
        Err(AppError::ForbiddenBecause(messages::CONFIRM_ADDRESS_FIRST))
    } else {
        Ok(viewer)
    }
}
