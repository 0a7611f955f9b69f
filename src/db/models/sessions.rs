//! Signed-in sessions. Only a SHA-256 hash of each token is stored, so a copy of the
//! database cannot be used to sign in as anyone.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{sessions, users};

/// Who a live session belongs to.
#[derive(Queryable, Debug, Clone)]
pub struct SessionOwner {
    pub user_id: i64,
    pub username: String,
    pub roles: i32,
    pub trusted: bool,
    pub restriction: String,
    pub restricted_until: Option<NaiveDateTime>,
    pub restriction_reason: String,
    pub email_confirmed_at: Option<NaiveDateTime>,
    /// The language the member chose (`''`: none).
    pub language: String,
}

/// The columns of a [`SessionOwner`], for any query that joins `users` (sessions, API
/// tokens).
pub const OWNER: (
    users::id,
    users::username,
    users::roles,
    users::trusted,
    users::restriction,
    users::restricted_until,
    users::restriction_reason,
    users::email_confirmed_at,
    users::language,
) = (
    users::id,
    users::username,
    users::roles,
    users::trusted,
    users::restriction,
    users::restricted_until,
    users::restriction_reason,
    users::email_confirmed_at,
    users::language,
);

/// One of a member's signed-in devices, for their list.
#[derive(Queryable, Debug, Clone)]
pub struct DeviceSession {
    pub token_hash: String,
    pub device: String,
    pub created_at: NaiveDateTime,
}

/// Stores a new session.
pub fn create(
    conn: &mut DbConnection,
    token_hash: &str,
    user_id: i64,
    device: &str,
    provider: &str,
    now: NaiveDateTime,
    expires_at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(sessions::table)
        .values((
            sessions::token_hash.eq(token_hash),
            sessions::user_id.eq(user_id),
            sessions::created_at.eq(now),
            sessions::expires_at.eq(expires_at),
            sessions::device.eq(device),
            sessions::provider.eq(provider),
        ))
        .execute(conn)
        .map(|_| ())
}

/// The owner of an unexpired session, if any.
pub fn owner(
    conn: &mut DbConnection,
    token_hash: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<SessionOwner>> {
    sessions::table
        .inner_join(users::table)
        .filter(sessions::token_hash.eq(token_hash))
        .filter(sessions::expires_at.gt(now))
        .select(OWNER)
        .first(conn)
        .optional()
}

/// The provider a live session signed in with (`""`: a password).
pub fn provider_of(conn: &mut DbConnection, token_hash: &str) -> QueryResult<Option<String>> {
    sessions::table
        .find(token_hash)
        .select(sessions::provider)
        .first(conn)
        .optional()
}

/// Ends a session.
pub fn delete(conn: &mut DbConnection, token_hash: &str) -> QueryResult<usize> {
    diesel::delete(sessions::table.find(token_hash)).execute(conn)
}

/// Removes sessions that have expired.
pub fn delete_expired(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(sessions::table.filter(sessions::expires_at.le(now))).execute(conn)
}

/// Member `user_id`'s live sessions, newest first.
pub fn of_member(
    conn: &mut DbConnection,
    user_id: i64,
    now: NaiveDateTime,
) -> QueryResult<Vec<DeviceSession>> {
    sessions::table
        .filter(sessions::user_id.eq(user_id))
        .filter(sessions::expires_at.gt(now))
        .order(sessions::created_at.desc())
        .select((sessions::token_hash, sessions::device, sessions::created_at))
        .load(conn)
}

/// Ends one of member `user_id`'s sessions; a hash of someone else's session ends nothing.
pub fn delete_of_member(
    conn: &mut DbConnection,
    user_id: i64,
    token_hash: &str,
) -> QueryResult<usize> {
    diesel::delete(
        sessions::table
            .filter(sessions::user_id.eq(user_id))
            .filter(sessions::token_hash.eq(token_hash)),
    )
    .execute(conn)
}

/// Ends every session of member `user_id` but `keep` (when given).
pub fn delete_all_but(
    conn: &mut DbConnection,
    user_id: i64,
    keep: Option<&str>,
) -> QueryResult<usize> {
    let mut query =
        diesel::delete(sessions::table.filter(sessions::user_id.eq(user_id))).into_boxed();
    if let Some(keep) = keep {
        query = query.filter(sessions::token_hash.ne(keep));
    }
    query.execute(conn)
}
