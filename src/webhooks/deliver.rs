//! Sending the outbox: every [`Settings::webhook_poll`](crate::config::Settings) each app
//! process claims what is due, sends it, and records what came of it.

use std::time::{Duration, Instant};

use chrono::NaiveDateTime;

use super::address;
use super::signing;
use crate::clock::now;
use crate::db::models::webhooks::{self, Attempt, Delivery, Endpoint};
use crate::error::AppError;
use crate::state::AppState;

/// The pauses before each retry: about a day in all (the Standard Webhooks schedule),
/// after which the delivery is given up as failed.
pub const BACKOFF: [Duration; 7] = [
    Duration::from_secs(5),
    Duration::from_secs(5 * 60),
    Duration::from_secs(30 * 60),
    Duration::from_secs(2 * 3600),
    Duration::from_secs(5 * 3600),
    Duration::from_secs(10 * 3600),
    Duration::from_secs(10 * 3600),
];

/// Failed attempts in a row after which an endpoint is disabled.
pub const DISABLE_AFTER: i32 = 15;

/// Deliveries claimed at once by one process.
const BATCH: i64 = 20;

/// When the attempt after `attempts` failed ones is due, or `None` to give up.
pub fn retry_after(attempts: i32, at: NaiveDateTime) -> Option<NaiveDateTime> {
    let pause = BACKOFF.get(usize::try_from(attempts).ok()?.checked_sub(1)?)?;
    Some(at + chrono::Duration::from_std(*pause).ok()?)
}

/// Runs the delivery loop in the background, for as long as the server runs.
pub fn start(state: actix_web::web::Data<AppState>) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(state.settings.webhook_poll);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(error) = run_once(&state).await {
                tracing::warn!(%error, "webhook delivery failed");
            }
        }
    });
}

/// Claims what is due and sends it; returns how many deliveries were attempted.
pub async fn run_once(state: &AppState) -> Result<usize, AppError> {
    let timeout = state.settings.webhook_timeout;
    let lease = chrono::Duration::from_std(timeout * 3).unwrap_or(chrono::Duration::minutes(1));
    let now = now();
    let claimed = state
        .db
        .run(move |conn| Ok(webhooks::claim_due(conn, now, now + lease, BATCH)?))
        .await?;
    let count = claimed.len();
    let sends = claimed
        .into_iter()
        .map(|(delivery, endpoint)| send_and_record(state, delivery, endpoint));
    for result in futures_util::future::join_all(sends).await {
        result?;
    }
    Ok(count)
}

async fn send_and_record(
    state: &AppState,
    delivery: Delivery,
    endpoint: Endpoint,
) -> Result<(), AppError> {
    let started = Instant::now();
    let outcome = send(state, &delivery, &endpoint).await;
    let at = now();
    let duration_ms = i32::try_from(started.elapsed().as_millis()).unwrap_or(i32::MAX);
    let (status, error) = match &outcome {
        Ok(status) => (Some(i32::from(*status)), String::new()),
        Err(Failure::Status(status)) => (Some(i32::from(*status)), format!("answered {status}")),
        Err(Failure::Other(error)) => (None, error.clone()),
    };
    let retry_at = match outcome {
        Ok(_) => None,
        Err(_) => Some(retry_after(delivery.attempts + 1, at)),
    };
    state.metrics.job("webhook", retry_at.is_none());
    let disabled = state
        .db
        .run(move |conn| {
            let attempt = Attempt {
                status,
                error: &error,
                duration_ms,
                at,
                retry_at,
            };
            Ok(webhooks::record(conn, &delivery, &attempt, DISABLE_AFTER)?)
        })
        .await?;
    if disabled {
        tracing::warn!(
            endpoint = endpoint.id,
            "webhook endpoint disabled after repeated failures"
        );
    }
    Ok(())
}

enum Failure {
    /// The receiver answered, but not with a 2xx.
    Status(u16),
    /// No answer: refused address, connection, timeout.
    Other(String),
}

/// One attempt: the addresses checked again, the body signed, the answer read.
async fn send(state: &AppState, delivery: &Delivery, endpoint: &Endpoint) -> Result<u16, Failure> {
    let allow_private = state.settings.webhooks_allow_private;
    let addresses = address::resolve(&endpoint.url, allow_private)
        .await
        .map_err(|refused| Failure::Other(format!("refused: {refused}")))?;
    let (host, _) =
        address::host_and_port(&endpoint.url).map_err(|r| Failure::Other(r.to_string()))?;
    let timestamp = now().and_utc().timestamp();
    let body = with_site(&delivery.payload, &state.settings.public_url);
    let signature = signing::sign(&endpoint.secret, &delivery.message_id, timestamp, &body)
        .ok_or_else(|| Failure::Other("the endpoint's secret is unreadable".to_owned()))?;
    let _ = rustls::crypto::ring::default_provider().install_default();
    // The request goes to the addresses just checked, not to a second lookup's.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(state.settings.webhook_timeout)
        .resolve_to_addrs(&host, &addresses)
        .build()
        .map_err(|e| Failure::Other(e.to_string()))?;
    let response = client
        .post(&endpoint.url)
        .header("content-type", "application/json")
        .header("user-agent", "Parlour-Webhooks/1")
        .header("webhook-id", &delivery.message_id)
        .header("webhook-timestamp", timestamp.to_string())
        .header("webhook-signature", signature)
        .body(body)
        .send()
        .await
        .map_err(|e| {
            Failure::Other(if e.is_timeout() {
                "no answer in time".to_owned()
            } else if e.is_connect() {
                "could not connect".to_owned()
            } else {
                format!("could not send: {e}")
            })
        })?;
    let status = response.status().as_u16();
    if response.status().is_success() {
        Ok(status)
    } else {
        Err(Failure::Status(status))
    }
}

/// The payload as sent: its `data.url`, stored as a path, made a whole URL on this site.
pub fn with_site(payload: &str, public_url: &str) -> String {
    let Ok(mut value) = serde_json::from_str::<serde_json::Value>(payload) else {
        return payload.to_owned();
    };
    if let Some(path) = value["data"]["url"].as_str().filter(|p| p.starts_with('/')) {
        value["data"]["url"] = serde_json::Value::String(format!("{public_url}{path}"));
    }
    value.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_grow_for_about_a_day_then_stop() {
        let at = chrono::DateTime::UNIX_EPOCH.naive_utc();
        assert_eq!(retry_after(1, at), Some(at + chrono::Duration::seconds(5)));
        assert_eq!(retry_after(2, at), Some(at + chrono::Duration::minutes(5)));
        assert_eq!(retry_after(7, at), Some(at + chrono::Duration::hours(10)));
        assert_eq!(retry_after(8, at), None);
        let total: Duration = BACKOFF.iter().sum();
        assert!(total >= Duration::from_secs(24 * 3600) && total < Duration::from_secs(30 * 3600));
    }
}
