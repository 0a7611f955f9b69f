//! Webhook endpoints and the outbox of their deliveries (see [`crate::webhooks`]).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{webhook_deliveries, webhook_endpoints};

#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = webhook_endpoints)]
pub struct Endpoint {
    pub id: i64,
    pub url: String,
    pub description: String,
    pub secret: String,
    pub events: String,
    pub failures_in_a_row: i32,
    pub disabled_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

impl Endpoint {
    pub fn event_list(&self) -> Vec<&str> {
        self.events.split_whitespace().collect()
    }
}

#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = webhook_deliveries)]
pub struct Delivery {
    pub id: i64,
    pub endpoint_id: i64,
    pub message_id: String,
    pub event_key: String,
    pub event_type: String,
    pub payload: String,
    pub created_at: NaiveDateTime,
    pub state: String,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub claimed_until: Option<NaiveDateTime>,
    pub last_status: Option<i32>,
    pub last_error: String,
    pub last_duration_ms: Option<i32>,
    pub last_attempt_at: Option<NaiveDateTime>,
}

pub const PENDING: &str = "pending";
pub const DELIVERED: &str = "delivered";
pub const FAILED: &str = "failed";

pub fn create(
    conn: &mut DbConnection,
    url: &str,
    description: &str,
    secret: &str,
    events: &str,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    diesel::insert_into(webhook_endpoints::table)
        .values((
            webhook_endpoints::url.eq(url),
            webhook_endpoints::description.eq(description),
            webhook_endpoints::secret.eq(secret),
            webhook_endpoints::events.eq(events),
            webhook_endpoints::created_at.eq(now),
        ))
        .returning(webhook_endpoints::id)
        .get_result(conn)
}

pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<Endpoint>> {
    webhook_endpoints::table
        .order(webhook_endpoints::id.asc())
        .select(Endpoint::as_select())
        .load(conn)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Endpoint>> {
    webhook_endpoints::table
        .find(id)
        .select(Endpoint::as_select())
        .first(conn)
        .optional()
}

/// Enables (`None`) or disables an endpoint; enabling starts its count of failures again.
pub fn set_disabled(
    conn: &mut DbConnection,
    id: i64,
    disabled_at: Option<NaiveDateTime>,
) -> QueryResult<usize> {
    diesel::update(webhook_endpoints::table.find(id))
        .set((
            webhook_endpoints::disabled_at.eq(disabled_at),
            webhook_endpoints::failures_in_a_row.eq(0),
        ))
        .execute(conn)
}

pub fn delete(conn: &mut DbConnection, id: i64) -> QueryResult<usize> {
    diesel::delete(webhook_endpoints::table.find(id)).execute(conn)
}

/// The enabled endpoints that want events of type `kind` (few: read whole, filtered here).
pub fn wanting(conn: &mut DbConnection, kind: &str) -> QueryResult<Vec<i64>> {
    let rows: Vec<(i64, String)> = webhook_endpoints::table
        .filter(webhook_endpoints::disabled_at.is_null())
        .select((webhook_endpoints::id, webhook_endpoints::events))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter(|(_, events)| events.split_whitespace().any(|e| e == kind))
        .map(|(id, _)| id)
        .collect())
}

/// Queues one delivery, unless this event was queued for this endpoint already. Returns
/// how many rows were written (0 or 1).
pub fn enqueue(
    conn: &mut DbConnection,
    endpoint_id: i64,
    message_id: &str,
    kind: &str,
    key: &str,
    payload: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    // Looked for first rather than left to the unique key: on PostgreSQL a refused insert
    // would end the event's whole transaction.
    let queued: i64 = webhook_deliveries::table
        .filter(webhook_deliveries::endpoint_id.eq(endpoint_id))
        .filter(webhook_deliveries::event_key.eq(key))
        .count()
        .get_result(conn)?;
    if queued > 0 {
        return Ok(0);
    }
    diesel::insert_into(webhook_deliveries::table)
        .values((
            webhook_deliveries::endpoint_id.eq(endpoint_id),
            webhook_deliveries::message_id.eq(message_id),
            webhook_deliveries::event_key.eq(key),
            webhook_deliveries::event_type.eq(kind),
            webhook_deliveries::payload.eq(payload),
            webhook_deliveries::created_at.eq(now),
            webhook_deliveries::state.eq(PENDING),
            webhook_deliveries::next_attempt_at.eq(now),
        ))
        .execute(conn)
}

/// Claims up to `limit` deliveries due at `now` for this process until `lease_until`:
/// each with a compare-and-set update, so that of two processes reaching for one row,
/// one gets it. Returns the claimed deliveries with their endpoints.
pub fn claim_due(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    lease_until: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<(Delivery, Endpoint)>> {
    let unclaimed = || {
        webhook_deliveries::claimed_until
            .is_null()
            .or(webhook_deliveries::claimed_until.lt(now))
    };
    let candidates: Vec<i64> = webhook_deliveries::table
        .inner_join(webhook_endpoints::table)
        .filter(webhook_deliveries::state.eq(PENDING))
        .filter(webhook_deliveries::next_attempt_at.le(now))
        .filter(unclaimed())
        .filter(webhook_endpoints::disabled_at.is_null())
        .order(webhook_deliveries::next_attempt_at.asc())
        .limit(limit)
        .select(webhook_deliveries::id)
        .load(conn)?;
    let mut claimed = Vec::new();
    for id in candidates {
        let won = diesel::update(
            webhook_deliveries::table
                .find(id)
                .filter(webhook_deliveries::state.eq(PENDING))
                .filter(unclaimed()),
        )
        .set(webhook_deliveries::claimed_until.eq(lease_until))
        .execute(conn)?;
        if won == 1 {
            claimed.push(id);
        }
    }
    if claimed.is_empty() {
        return Ok(Vec::new());
    }
    webhook_deliveries::table
        .inner_join(webhook_endpoints::table)
        .filter(webhook_deliveries::id.eq_any(&claimed))
        .select((Delivery::as_select(), Endpoint::as_select()))
        .load(conn)
}

/// What one attempt came to.
pub struct Attempt<'a> {
    pub status: Option<i32>,
    pub error: &'a str,
    pub duration_ms: i32,
    pub at: NaiveDateTime,
    /// `None`: delivered. Otherwise when to try again, or `None` inside to give up.
    pub retry_at: Option<Option<NaiveDateTime>>,
}

/// Records an attempt of delivery `id` and releases its claim; counts the endpoint's
/// failures in a row (reset by a success) and disables it after `disable_after` of them.
/// Returns whether the endpoint was disabled by this attempt.
pub fn record(
    conn: &mut DbConnection,
    delivery: &Delivery,
    attempt: &Attempt,
    disable_after: i32,
) -> QueryResult<bool> {
    let (state, next) = match attempt.retry_at {
        None => (DELIVERED, delivery.next_attempt_at),
        Some(Some(at)) => (PENDING, at),
        Some(None) => (FAILED, delivery.next_attempt_at),
    };
    diesel::update(webhook_deliveries::table.find(delivery.id))
        .set((
            webhook_deliveries::state.eq(state),
            webhook_deliveries::attempts.eq(webhook_deliveries::attempts + 1),
            webhook_deliveries::next_attempt_at.eq(next),
            webhook_deliveries::claimed_until.eq(None::<NaiveDateTime>),
            webhook_deliveries::last_status.eq(attempt.status),
            webhook_deliveries::last_error.eq(attempt.error),
            webhook_deliveries::last_duration_ms.eq(attempt.duration_ms),
            webhook_deliveries::last_attempt_at.eq(attempt.at),
        ))
        .execute(conn)?;
    let endpoint = webhook_endpoints::table.find(delivery.endpoint_id);
    if attempt.retry_at.is_none() {
        diesel::update(endpoint)
            .set(webhook_endpoints::failures_in_a_row.eq(0))
            .execute(conn)?;
        return Ok(false);
    }
    let failures: i32 = diesel::update(endpoint)
        .set(webhook_endpoints::failures_in_a_row.eq(webhook_endpoints::failures_in_a_row + 1))
        .returning(webhook_endpoints::failures_in_a_row)
        .get_result(conn)?;
    if failures >= disable_after {
        let disabled = diesel::update(endpoint.filter(webhook_endpoints::disabled_at.is_null()))
            .set(webhook_endpoints::disabled_at.eq(attempt.at))
            .execute(conn)?;
        return Ok(disabled == 1);
    }
    Ok(false)
}

/// Queues delivery `id` of endpoint `endpoint_id` to be sent again now, whatever came of
/// it before. Returns whether there was such a delivery.
pub fn send_again(
    conn: &mut DbConnection,
    endpoint_id: i64,
    id: i64,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let updated = diesel::update(
        webhook_deliveries::table
            .find(id)
            .filter(webhook_deliveries::endpoint_id.eq(endpoint_id)),
    )
    .set((
        webhook_deliveries::state.eq(PENDING),
        webhook_deliveries::next_attempt_at.eq(now),
        webhook_deliveries::claimed_until.eq(None::<NaiveDateTime>),
    ))
    .execute(conn)?;
    Ok(updated == 1)
}

/// An endpoint's newest deliveries.
pub fn log_of(conn: &mut DbConnection, endpoint_id: i64, limit: i64) -> QueryResult<Vec<Delivery>> {
    webhook_deliveries::table
        .filter(webhook_deliveries::endpoint_id.eq(endpoint_id))
        .order((
            webhook_deliveries::created_at.desc(),
            webhook_deliveries::id.desc(),
        ))
        .limit(limit)
        .select(Delivery::as_select())
        .load(conn)
}
