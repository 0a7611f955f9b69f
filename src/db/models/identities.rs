//! Members' accounts at sign-in providers, the trips to a provider under way, and the
//! people a provider vouched for who have not chosen their member yet.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{member_identities, sign_in_arrivals, sign_in_trips};
use crate::db::{DbConnection, UniqueViolation};

/// A trip to a provider, as stored between the departure and the return.
#[derive(Queryable, Selectable, Insertable, Debug, Clone)]
#[diesel(table_name = sign_in_trips)]
pub struct Trip {
    pub state_hash: String,
    pub session_hash: String,
    pub provider: String,
    pub nonce: String,
    pub pkce_verifier: String,
    pub next: String,
    pub link_to: Option<i64>,
    pub created_at: NaiveDateTime,
}

/// Someone a provider vouched for, waiting to become (or find) their member.
#[derive(Queryable, Selectable, Insertable, Debug, Clone)]
#[diesel(table_name = sign_in_arrivals)]
pub struct Arrival {
    pub session_hash: String,
    pub provider: String,
    pub subject: String,
    pub username: String,
    pub email: String,
    pub email_verified: bool,
    /// A JSON list.
    pub groups: String,
    pub next: String,
    pub created_at: NaiveDateTime,
}

/// A member's link to a provider, for their account page.
#[derive(Queryable, Debug, Clone)]
pub struct Linked {
    pub provider: String,
    pub created_at: NaiveDateTime,
    pub last_used_at: NaiveDateTime,
}

pub fn save_trip(conn: &mut DbConnection, trip: &Trip) -> QueryResult<()> {
    diesel::insert_into(sign_in_trips::table)
        .values(trip)
        .execute(conn)
        .map(|_| ())
}

/// Takes the trip with `state_hash` started by the session `session_hash` after `since`:
/// it is deleted whoever asks, so a `state` works once, and only in the browser that sent
/// it. Trips older than `since` are cleared on the way.
pub fn take_trip(
    conn: &mut DbConnection,
    state_hash: &str,
    session_hash: &str,
    since: NaiveDateTime,
) -> QueryResult<Option<Trip>> {
    diesel::delete(sign_in_trips::table.filter(sign_in_trips::created_at.lt(since)))
        .execute(conn)?;
    let trip: Option<Trip> = sign_in_trips::table
        .find(state_hash)
        .select(Trip::as_select())
        .first(conn)
        .optional()?;
    diesel::delete(sign_in_trips::table.find(state_hash)).execute(conn)?;
    Ok(trip.filter(|t| t.session_hash == session_hash))
}

/// Keeps `arrival` for its browser session, replacing an earlier one.
pub fn save_arrival(conn: &mut DbConnection, arrival: &Arrival) -> QueryResult<()> {
    diesel::delete(sign_in_arrivals::table.find(&arrival.session_hash)).execute(conn)?;
    diesel::insert_into(sign_in_arrivals::table)
        .values(arrival)
        .execute(conn)
        .map(|_| ())
}

/// The arrival of session `session_hash` since `since`, if any.
pub fn arrival(
    conn: &mut DbConnection,
    session_hash: &str,
    since: NaiveDateTime,
) -> QueryResult<Option<Arrival>> {
    diesel::delete(sign_in_arrivals::table.filter(sign_in_arrivals::created_at.lt(since)))
        .execute(conn)?;
    sign_in_arrivals::table
        .find(session_hash)
        .select(Arrival::as_select())
        .first(conn)
        .optional()
}

pub fn forget_arrival(conn: &mut DbConnection, session_hash: &str) -> QueryResult<usize> {
    diesel::delete(sign_in_arrivals::table.find(session_hash)).execute(conn)
}

/// The member linked to `subject` at `provider`, noting that it was used now.
pub fn member_of(
    conn: &mut DbConnection,
    provider: &str,
    subject: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<i64>> {
    let key = (provider, subject);
    let user: Option<i64> = member_identities::table
        .find(key)
        .select(member_identities::user_id)
        .first(conn)
        .optional()?;
    if user.is_some() {
        diesel::update(member_identities::table.find(key))
            .set(member_identities::last_used_at.eq(now))
            .execute(conn)?;
    }
    Ok(user)
}

/// Links `subject` at `provider` to member `user_id`. `false` when that account at the
/// provider is linked already (to anyone).
pub fn link(
    conn: &mut DbConnection,
    provider: &str,
    subject: &str,
    user_id: i64,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let taken: Option<i64> = member_identities::table
        .find((provider, subject))
        .select(member_identities::user_id)
        .first(conn)
        .optional()?;
    if taken.is_some() {
        return Ok(false);
    }
    let added = diesel::insert_into(member_identities::table)
        .values((
            member_identities::provider.eq(provider),
            member_identities::subject.eq(subject),
            member_identities::user_id.eq(user_id),
            member_identities::created_at.eq(now),
            member_identities::last_used_at.eq(now),
        ))
        .execute(conn);
    match added {
        Ok(n) => Ok(n == 1),
        // Linked by a concurrent request between the check and the insert.
        Err(e) if e.is_unique_violation() => Ok(false),
        Err(e) => Err(e),
    }
}

/// Member `user_id`'s links, oldest first.
pub fn of_member(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<Linked>> {
    member_identities::table
        .filter(member_identities::user_id.eq(user_id))
        .order(member_identities::created_at.asc())
        .select((
            member_identities::provider,
            member_identities::created_at,
            member_identities::last_used_at,
        ))
        .load(conn)
}

/// Removes member `user_id`'s link to `provider`.
pub fn unlink(conn: &mut DbConnection, user_id: i64, provider: &str) -> QueryResult<usize> {
    diesel::delete(
        member_identities::table
            .filter(member_identities::user_id.eq(user_id))
            .filter(member_identities::provider.eq(provider)),
    )
    .execute(conn)
}

/// Removes every link of member `user_id` (their account is being erased).
pub fn unlink_all(conn: &mut DbConnection, user_id: i64) -> QueryResult<usize> {
    diesel::delete(member_identities::table.filter(member_identities::user_id.eq(user_id)))
        .execute(conn)
}
