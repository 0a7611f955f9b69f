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
}

/// Stores a new session.
pub fn create(
    conn: &mut DbConnection,
    token_hash: &str,
    user_id: i64,
    now: NaiveDateTime,
    expires_at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(sessions::table)
        .values((
            sessions::token_hash.eq(token_hash),
            sessions::user_id.eq(user_id),
            sessions::created_at.eq(now),
            sessions::expires_at.eq(expires_at),
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
        .select((
            users::id,
            users::username,
            users::roles,
            users::trusted,
            users::restriction,
            users::restricted_until,
            users::restriction_reason,
        ))
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
