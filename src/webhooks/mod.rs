//! Webhooks: the community's events sent to the retailer's other systems (a help-desk, a
//! CRM, a product tracker) as signed JSON, at least once.
//!
//! How it holds together:
//! - **Outbox.** An event writes one delivery row per endpoint that wants it, inside the
//!   transaction that made the change ([`raise`], called from
//!   [`crate::posting::events::raise`] and the few places that are not post events). A
//!   crash after the commit leaves the row, which is sent after the restart; a rollback
//!   leaves nothing to send. The row's key is the event's identity, so an event raised
//!   twice is one delivery.
//! - **Delivery** ([`deliver`]) runs in every app process every second or so: it claims due
//!   rows with a compare-and-set lease (so two processes never send one delivery at the
//!   same time), sends each, and records the status, the time taken and the attempt.
//!   Failures are retried with growing pauses for about a day ([`deliver::BACKOFF`]);
//!   an endpoint that fails [`deliver::DISABLE_AFTER`] times in a row is disabled until an
//!   admin enables it again. Admins see the log and can send any delivery again.
//! - **Signing** ([`signing`]) follows the Standard Webhooks specification: headers
//!   `webhook-id`, `webhook-timestamp` and `webhook-signature` (HMAC-SHA256 of
//!   `id.timestamp.body` under the endpoint's secret), so receivers can use any of its
//!   libraries.
//! - **Where requests may go** ([`address`]): only to public addresses, checked when the
//!   endpoint is saved and again, after resolving the name, at each delivery (so a name
//!   that later resolves to a private address is refused), unless the operator allows
//!   private addresses (`PARLOUR_WEBHOOKS_ALLOW_PRIVATE`). Redirects are not followed.

pub mod address;
pub mod deliver;
pub mod endpoints;
pub mod events;
pub mod signing;

use chrono::NaiveDateTime;
use diesel::QueryResult;
use serde_json::{Value, json};

use crate::db::DbConnection;
use crate::db::models::webhooks;

/// What a webhook can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventType {
    PostPublished,
    PostHeld,
    PostApproved,
    PostHidden,
    ExpertAnswered,
    AnswerAccepted,
    IdeaStatusChanged,
    MemberJoined,
}

impl EventType {
    pub const ALL: [EventType; 8] = [
        EventType::PostPublished,
        EventType::PostHeld,
        EventType::PostApproved,
        EventType::PostHidden,
        EventType::ExpertAnswered,
        EventType::AnswerAccepted,
        EventType::IdeaStatusChanged,
        EventType::MemberJoined,
    ];

    /// The name in payloads and in an endpoint's list.
    pub fn key(self) -> &'static str {
        match self {
            EventType::PostPublished => "post.published",
            EventType::PostHeld => "post.held",
            EventType::PostApproved => "post.approved",
            EventType::PostHidden => "post.hidden",
            EventType::ExpertAnswered => "question.expert_answered",
            EventType::AnswerAccepted => "answer.accepted",
            EventType::IdeaStatusChanged => "idea.status_changed",
            EventType::MemberJoined => "member.joined",
        }
    }

    pub fn parse(key: &str) -> Option<EventType> {
        EventType::ALL.into_iter().find(|e| e.key() == key)
    }
}

/// Queues `data` as event `kind` for every enabled endpoint that wants it, in the
/// caller's transaction. `key` names this occurrence of the event: the same key again is
/// not queued twice.
pub fn raise(
    conn: &mut DbConnection,
    kind: EventType,
    key: &str,
    data: Value,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let endpoints = webhooks::wanting(conn, kind.key())?;
    if endpoints.is_empty() {
        return Ok(0);
    }
    let payload = json!({
        "type": kind.key(),
        "timestamp": now.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "data": data,
    })
    .to_string();
    let mut queued = 0;
    for endpoint in endpoints {
        let message_id = signing::new_message_id();
        queued += webhooks::enqueue(conn, endpoint, &message_id, kind.key(), key, &payload, now)?;
    }
    Ok(queued)
}
