//! Visitors' pages, made once per change and then served from memory.
//!
//! Why: most requests come from people and crawlers who are not signed in, reading pages
//! that change rarely. Making such a page costs a handful of queries and a template;
//! sending a copy costs almost nothing. A signed-in member's pages are never cached (they
//! show the member's votes, notifications and forms) and see every change at once.
//!
//! Invalidation first: the database holds one number, the site version, which a trigger on
//! every table a visitor can see moves on in the same transaction as the change (see the
//! `site_version` migration). Each cacheable request reads it (on SQLite from a connection
//! of the process's own, in microseconds; see [`version`]) and is served from memory only
//! if its copy was made at that version. A change through any node, the command line or
//! plain SQL is therefore seen by the next request on every node, and a page made while a
//! change committed is kept under the older version, so it is never served after it. One
//! number for the whole site keeps that simple to trust: any change makes every page again
//! once, which costs what a page cost before the cache.
//!
//! When many visitors miss the same page at once (after a change), one request makes it
//! and the others wait for its copy ([`inflight`]).
//!
//! Time changes pages too ("5 minutes ago"; a scheduled article going out): a copy lives at
//! most `PARLOUR_PAGE_CACHE_SECONDS` (60 by default) and never past the next scheduled
//! publication.
//!
//! What is cached: a GET of a public page (not /api, /account, /notifications, /mod,
//! /admin, /media, /static) by a visitor (no session cookie, or a visitor's signed one),
//! answered 200 with HTML, a feed, a sitemap or text, that set no cookie and printed no
//! CSRF token (a visitor's sign-in form is made for them alone), keyed by address and
//! language. Each copy is compressed once with gzip and Brotli and carries a weak ETag;
//! `If-None-Match` gets 304. `Cache-Control: public, no-cache` lets a reverse proxy or CDN
//! keep the page as long as it asks again each time (`Vary` names Cookie, so a signed-in
//! member never gets a visitor's copy from it).

mod copy;
pub mod encoding;
pub mod inflight;
pub mod shared;
pub mod store;
pub mod version;

use std::sync::{Arc, Mutex};

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{Error, web};
use chrono::NaiveDateTime;

use crate::auth::{csrf_token, session};
use crate::clock::now;
use crate::config::Settings;
use crate::db::models::article_lists;
use crate::error::AppError;
use crate::i18n::Chosen;
use crate::state::AppState;
use copy::{is_shareable, make_entry, respond};
use inflight::{InFlight, Turn};
use shared::{Shared, SharedKey, Weigh};
use store::{Key, Store};
use version::VersionSource;

/// Paths whose pages are never cached: personal pages, the API (its own ETags), files
/// (their own long-lived caching) and the operators' endpoints.
const NEVER: &[&str] = &[
    "/api",
    "/account",
    "/notifications",
    "/mod",
    "/admin",
    "/media",
    "/static",
    "/brand.css",
    "/healthz",
    "/metrics",
];

/// How long a request waits for another to make the page it asked for.
const LONGEST_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// The process's cache of visitors' pages.
pub struct PageCache {
    store: Store,
    /// What signed-in members' pages share, per thread (see [`shared`]).
    shared: Shared,
    source: VersionSource,
    lifetime: chrono::Duration,
    enabled: bool,
    /// The pages being made now (see [`inflight`]).
    inflight: InFlight,
    /// The version this process last got ready for: the brand reloaded at it, and the next
    /// scheduled publication read.
    known: Mutex<Known>,
}

#[derive(Clone, Copy, Default)]
struct Known {
    version: i64,
    next_publication: Option<NaiveDateTime>,
}

impl PageCache {
    /// The cache `settings` ask for (`PARLOUR_PAGE_CACHE_MB=0` turns it off).
    /// Its version reads are reported to `watch`.
    pub fn new(settings: &Settings, watch: crate::db::Watch) -> anyhow::Result<Self> {
        Ok(Self {
            store: Store::new(settings.page_cache_mb * 1024 * 1024),
            shared: Shared::new(settings.page_cache_mb * 1024 * 1024 / 4),
            source: VersionSource::for_database(&settings.database, watch)?,
            lifetime: chrono::Duration::from_std(settings.page_cache_lifetime)?,
            enabled: settings.page_cache_mb > 0,
            inflight: InFlight::default(),
            known: Mutex::default(),
        })
    }

    /// How many pages and bytes are held.
    pub fn size(&self) -> (usize, usize) {
        self.store.size()
    }

    /// What a page shows every reader alike, kept under `key` at the current site version
    /// or read by `load` (see [`shared`]). With the cache off, `load` runs every time.
    pub async fn shared<V, F>(
        &self,
        state: &AppState,
        key: SharedKey,
        load: F,
    ) -> Result<Arc<V>, AppError>
    where
        V: Weigh + Send + Sync + 'static,
        F: FnOnce(&mut crate::db::DbConnection) -> Result<V, AppError> + Send + 'static,
    {
        if !self.enabled {
            return Ok(Arc::new(state.db.run(load).await?));
        }
        let version = self.source.read(&state.db).await?;
        let now = now();
        self.shared
            .get_or_load(&state.db, key, version, (now, now + self.lifetime), load)
            .await
    }

    /// Gets the process ready to make or serve pages at `version`: the brand as saved at
    /// it or later, and until when a copy made now may live.
    async fn ready(
        &self,
        state: &AppState,
        version: i64,
        now: NaiveDateTime,
    ) -> Result<NaiveDateTime, AppError> {
        let known = self.known.lock().map(|k| *k).unwrap_or_default();
        let next_publication =
            if known.version == version && known.next_publication.is_none_or(|t| t > now) {
                known.next_publication
            } else {
                let brand = state.brand.clone();
                let next = state
                    .db
                    .run(move |conn| {
                        brand.refresh(conn)?;
                        Ok(article_lists::next_publication(conn, now)?)
                    })
                    .await?;
                if let Ok(mut known) = self.known.lock() {
                    *known = Known {
                        version,
                        next_publication: next,
                    };
                }
                next
            };
        let until = now + self.lifetime;
        Ok(next_publication.map_or(until, |t| t.min(until)))
    }
}

/// The middleware: serves a visitor's page from memory when the copy is current, else
/// lets the app make it and keeps it when it may be shared.
pub async fn serve(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let Some(state) = state.filter(|s| s.pages.enabled && is_candidate(&req, s)) else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let pages = &state.pages;
    let version = pages.source.read(&state.db).await?;
    let now = now();
    let until = pages.ready(&state, version, now).await?;
    let key = key_of(&req, &state);
    let encoding = encoding::preferred(req.headers().get(header::ACCEPT_ENCODING));
    if let Some(entry) = pages.store.get(&key, version, now) {
        state.metrics.page_cache(true);
        let response = respond(req.request(), &entry, encoding);
        return Ok(req.into_response(response));
    }
    let making = match pages.inflight.turn(&key, version) {
        Turn::Make(making) => Some(making),
        Turn::Wait(done) => {
            let woken = done.notified();
            if pages.store.get(&key, version, now).is_none() {
                let _ = tokio::time::timeout(LONGEST_WAIT, woken).await;
            }
            if let Some(entry) = pages.store.get(&key, version, now) {
                state.metrics.page_cache(true);
                let response = respond(req.request(), &entry, encoding);
                return Ok(req.into_response(response));
            }
            // The maker's page could not be shared, or it took too long: make our own.
            None
        }
    };
    state.metrics.page_cache(false);
    let res = next.call(req).await?;
    if !is_shareable(&res) {
        return Ok(res.map_into_boxed_body());
    }
    let (request, response) = res.into_parts();
    let (head, body) = response.into_parts();
    let identity = actix_web::body::to_bytes(body)
        .await
        .map_err(|_| AppError::Internal(anyhow::anyhow!("reading a page to cache failed")))?;
    let route = request.match_pattern().map(Into::into);
    let entry = Arc::new(make_entry(version, until, route, head.headers(), identity)?);
    pages.store.put(key, entry.clone());
    drop(making);
    let response = respond(&request, &entry, encoding);
    Ok(ServiceResponse::new(request, response))
}

/// Whether `req` asks for a page that may be served from the cache: a GET of a public
/// address by a visitor.
fn is_candidate(req: &ServiceRequest, state: &AppState) -> bool {
    if req.method() != Method::GET || req.headers().contains_key(header::AUTHORIZATION) {
        return false;
    }
    let path = req.path();
    if NEVER.iter().any(|p| {
        path.strip_prefix(p)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '.', '?']))
    }) {
        return false;
    }
    match req.cookie(session::cookie_name(state.settings.secure_cookies)) {
        None => true,
        Some(cookie) => csrf_token::is_visitor_token(&state.keys.csrf, cookie.value()),
    }
}

/// The cache key: the address and the language the visitor will be answered in.
fn key_of(req: &ServiceRequest, state: &AppState) -> Key {
    let asked = session::asked_lang(req.query_string());
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang = Chosen::resolve(
        asked.as_deref(),
        None,
        accept,
        state.brand.current().0.language,
    )
    .lang;
    let target = req
        .uri()
        .path_and_query()
        .map_or_else(|| req.path().to_owned(), |pq| pq.as_str().to_owned());
    Key { lang, target }
}
