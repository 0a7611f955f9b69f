//! An admin's endpoints: registered, enabled and disabled, removed, a delivery sent again.
//! Each change is written to the audit log in its transaction.

use chrono::NaiveDateTime;

use super::EventType;
use super::address::{self, Refused};
use crate::accounts::{Actor, log_action};
use crate::db::models::webhooks;
use crate::db::{DbConnection, write_transaction};
use crate::domain::Viewer;
use crate::error::AppError;
use crate::i18n::Key;
use crate::messages::webhooks as texts;

/// The longest description kept.
pub const DESCRIPTION_MAX: usize = 200;

/// `url`, trimmed, if webhooks may go there now.
pub async fn check_url(url: &str, allow_private: bool) -> Result<String, Key> {
    let url = url.trim();
    if url.is_empty() || url.len() > 2_000 {
        return Err(texts::URL_INVALID);
    }
    match address::resolve(url, allow_private).await {
        Ok(_) => Ok(url.to_owned()),
        Err(Refused::NotAUrl) => Err(texts::URL_INVALID),
        Err(Refused::Private(_)) => Err(texts::URL_PRIVATE),
        Err(Refused::Unresolved) => Err(texts::URL_UNRESOLVED),
    }
}

/// The events named by `keys`, or the message for none or an unknown one.
pub fn parse_events(keys: &[String]) -> Result<Vec<EventType>, Key> {
    let events: Option<Vec<EventType>> = keys.iter().map(|k| EventType::parse(k)).collect();
    match events {
        Some(events) if !events.is_empty() => Ok(events),
        _ => Err(texts::EVENTS_MISSING),
    }
}

fn actor(admin: &Viewer) -> Actor<'_> {
    Actor {
        id: Some(admin.id),
        name: &admin.username,
    }
}

/// Registers an endpoint (its URL checked by [`check_url`]) with a new secret.
pub fn register(
    conn: &mut DbConnection,
    admin: &Viewer,
    url: &str,
    description: &str,
    events: &[EventType],
    now: NaiveDateTime,
) -> Result<i64, AppError> {
    let events: Vec<&str> = events.iter().map(|e| e.key()).collect();
    write_transaction(conn, |conn| {
        let secret = super::signing::new_secret();
        let id = webhooks::create(conn, url, description, &secret, &events.join(" "), now)?;
        log_action(
            conn,
            actor(admin),
            "webhook.add",
            url,
            events.join(", "),
            "",
        )?;
        Ok(id)
    })
}

/// Runs `act` on endpoint `id` in one transaction and logs `action` with what it returns
/// as the details; `Ok(false)` when there is no such endpoint, or `act` found nothing to do.
fn on_endpoint(
    conn: &mut DbConnection,
    admin: &Viewer,
    id: i64,
    action: &str,
    act: impl FnOnce(&mut DbConnection) -> Result<Option<String>, AppError>,
) -> Result<bool, AppError> {
    write_transaction(conn, |conn| {
        let Some(endpoint) = webhooks::find(conn, id)? else {
            return Ok(false);
        };
        let Some(details) = act(conn)? else {
            return Ok(false);
        };
        log_action(conn, actor(admin), action, &endpoint.url, details, "")?;
        Ok(true)
    })
}

/// Enables or disables endpoint `id`. Returns whether there is one.
pub fn set_enabled(
    conn: &mut DbConnection,
    admin: &Viewer,
    id: i64,
    enabled: bool,
    now: NaiveDateTime,
) -> Result<bool, AppError> {
    let action = if enabled {
        "webhook.enable"
    } else {
        "webhook.disable"
    };
    on_endpoint(conn, admin, id, action, |conn| {
        webhooks::set_disabled(conn, id, (!enabled).then_some(now))?;
        Ok(Some(String::new()))
    })
}

/// Removes endpoint `id` and its log. Returns whether there was one.
pub fn remove(conn: &mut DbConnection, admin: &Viewer, id: i64) -> Result<bool, AppError> {
    on_endpoint(conn, admin, id, "webhook.remove", |conn| {
        webhooks::delete(conn, id)?;
        Ok(Some(String::new()))
    })
}

/// Queues delivery `delivery_id` of endpoint `endpoint_id` to be sent again now.
pub fn send_again(
    conn: &mut DbConnection,
    admin: &Viewer,
    endpoint_id: i64,
    delivery_id: i64,
    now: NaiveDateTime,
) -> Result<bool, AppError> {
    on_endpoint(conn, admin, endpoint_id, "webhook.resend", |conn| {
        let queued = webhooks::send_again(conn, endpoint_id, delivery_id, now)?;
        Ok(queued.then(|| format!("#{delivery_id}")))
    })
}
