//! `GET|POST /admin/webhooks`: the endpoints webhooks go to, and the form for a new one;
//! `GET /admin/webhooks/{id}`: one endpoint, its signing secret and its delivery log;
//! `POST /admin/webhooks/{id}/{enable|disable|remove}` and
//! `POST /admin/webhooks/{id}/deliveries/{delivery}/send-again`. Admins only; the work is
//! in [`crate::webhooks::endpoints`].

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::{CsrfForm, NoFields, Session};
use crate::clock::now;
use crate::db::models::webhooks::{self, Delivery, Endpoint};
use crate::domain::Role;
use crate::error::AppError;
use crate::messages::webhooks as texts;
use crate::render::{FieldErrors, Notice, Page, html, see_other_with};
use crate::state::AppState;
use crate::webhooks::EventType;
use crate::webhooks::endpoints::{self, DESCRIPTION_MAX};

#[derive(Template)]
#[template(path = "admin/webhooks.html")]
struct WebhooksPage {
    page: Page,
    endpoints: Vec<Endpoint>,
    events: Vec<&'static str>,
    url: String,
    description: String,
    chosen: Vec<String>,
    errors: FieldErrors,
}

impl WebhooksPage {
    fn chose(&self, event: &&str) -> bool {
        self.chosen.iter().any(|c| c == event)
    }
}

/// An event's name in the reader's language (Fluent's variant names take no dots:
/// `post.held` is asked as `post-held`).
pub fn event_word(page: &Page, key: &str) -> String {
    page.t1(
        "admin-webhooks-event",
        "event",
        key.replace('.', "-").as_str(),
    )
}

#[derive(Template)]
#[template(path = "admin/webhook.html")]
struct WebhookPage {
    page: Page,
    endpoint: Endpoint,
    deliveries: Vec<Delivery>,
}

/// The deliveries a log shows.
const LOG_SIZE: i64 = 100;

async fn list(
    state: &AppState,
    session: &Session,
    status: StatusCode,
    url: String,
    description: String,
    chosen: Vec<String>,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let endpoints = state.db.run(|conn| Ok(webhooks::all(conn)?)).await?;
    html(
        status,
        &WebhooksPage {
            page: Page::new(session, texts::TITLE).in_section("admin"),
            endpoints,
            events: EventType::ALL.iter().map(|e| e.key()).collect(),
            url,
            description,
            chosen,
            errors,
        },
    )
}

pub async fn webhooks_page(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Admin)?;
    list(
        &state,
        &session,
        StatusCode::OK,
        String::new(),
        String::new(),
        Vec::new(),
        FieldErrors::new(),
    )
    .await
}

pub async fn add_webhook(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let admin = session.require_role(Role::Admin)?.clone();
    let value = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let (url, description) = (value("url"), value("description").trim().to_owned());
    let chosen: Vec<String> = form
        .iter()
        .filter(|(k, _)| k == "event")
        .map(|(_, v)| v.clone())
        .collect();
    let mut errors = FieldErrors::new();
    let checked = errors.check(
        "url",
        endpoints::check_url(&url, state.settings.webhooks_allow_private).await,
    );
    let events = errors.check("events", endpoints::parse_events(&chosen));
    if description.chars().count() > DESCRIPTION_MAX {
        errors.add("description", texts::DESCRIPTION_LONG);
    }
    let (Some(checked), Some(events), true) = (checked, events, errors.is_empty()) else {
        return list(
            &state,
            &session,
            StatusCode::UNPROCESSABLE_ENTITY,
            url,
            description,
            chosen,
            errors,
        )
        .await;
    };
    let id = state
        .db
        .run(move |conn| endpoints::register(conn, &admin, &checked, &description, &events, now()))
        .await?;
    Ok(see_other_with(
        &format!("/admin/webhooks/{id}"),
        Notice::Saved,
    ))
}

pub async fn webhook_page(
    state: web::Data<AppState>,
    session: Session,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Admin)?;
    let id = id.into_inner();
    let (endpoint, deliveries) = state
        .db
        .run(move |conn| {
            let endpoint = webhooks::find(conn, id)?.ok_or(AppError::NotFound)?;
            Ok((endpoint, webhooks::log_of(conn, id, LOG_SIZE)?))
        })
        .await?;
    html(
        StatusCode::OK,
        &WebhookPage {
            page: Page::new(&session, texts::TITLE).in_section("admin"),
            endpoint,
            deliveries,
        },
    )
}

/// `POST /admin/webhooks/{id}/{action}`: enable, disable or remove.
pub async fn change_webhook(
    state: web::Data<AppState>,
    path: web::Path<(i64, String)>,
    CsrfForm { session, .. }: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let admin = session.require_role(Role::Admin)?.clone();
    let (id, action) = path.into_inner();
    let (found, back) = match action.as_str() {
        "enable" | "disable" => {
            let enabled = action == "enable";
            let found = state
                .db
                .run(move |conn| endpoints::set_enabled(conn, &admin, id, enabled, now()))
                .await?;
            (found, format!("/admin/webhooks/{id}"))
        }
        "remove" => {
            let found = state
                .db
                .run(move |conn| endpoints::remove(conn, &admin, id))
                .await?;
            (found, "/admin/webhooks".to_owned())
        }
        _ => return Err(AppError::NotFound),
    };
    if !found {
        return Err(AppError::NotFound);
    }
    Ok(see_other_with(&back, Notice::Saved))
}

pub async fn send_again(
    state: web::Data<AppState>,
    path: web::Path<(i64, i64)>,
    CsrfForm { session, .. }: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let admin = session.require_role(Role::Admin)?.clone();
    let (id, delivery) = path.into_inner();
    let found = state
        .db
        .run(move |conn| endpoints::send_again(conn, &admin, id, delivery, now()))
        .await?;
    if !found {
        return Err(AppError::NotFound);
    }
    Ok(see_other_with(
        &format!("/admin/webhooks/{id}"),
        Notice::Saved,
    ))
}
