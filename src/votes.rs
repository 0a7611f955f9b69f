//! Votes on answers and ideas, one way: each counts against the member's vote limit, and
//! is written at most once — the (post, member) key turns two clicks sent at once into one
//! vote, and withdrawing a vote never given is a no-op. The counters move with the vote,
//! in the same transaction.

use chrono::NaiveDateTime;
use diesel::QueryResult;

use crate::clock::now;
use crate::db::{DbConnection, write_idempotent};
use crate::error::AppError;
use crate::moderation::rate::{self, Action};

/// Votes (`up`) with `add`, or withdraws the vote with `remove`, for member `voter_id`.
pub fn cast<R>(
    conn: &mut DbConnection,
    voter_id: i64,
    up: bool,
    add: impl FnOnce(&mut DbConnection, NaiveDateTime) -> QueryResult<()>,
    remove: impl FnOnce(&mut DbConnection) -> QueryResult<R>,
) -> Result<(), AppError> {
    write_idempotent(conn, |conn| -> Result<(), AppError> {
        let now = now();
        rate::count(conn, voter_id, Action::Vote, now)?;
        if up {
            add(conn, now)?;
        } else {
            remove(conn)?;
        }
        Ok(())
    })
}
