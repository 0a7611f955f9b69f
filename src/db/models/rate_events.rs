//! Rate limits per member, counted in the database so that every app process shares them.
//! An event is counted inside the same transaction as the write it limits.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::rate_events;

/// How many `action`s `user_id` did since `since`.
pub fn count_since(
    conn: &mut DbConnection,
    user_id: i64,
    action: &str,
    since: NaiveDateTime,
) -> QueryResult<i64> {
    rate_events::table
        .filter(rate_events::user_id.eq(user_id))
        .filter(rate_events::action.eq(action))
        .filter(rate_events::created_at.gt(since))
        .count()
        .get_result(conn)
}

pub fn record(
    conn: &mut DbConnection,
    user_id: i64,
    action: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(rate_events::table)
        .values((
            rate_events::user_id.eq(user_id),
            rate_events::action.eq(action),
            rate_events::created_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Forgets events older than `before` (they no longer count towards any limit).
pub fn prune(conn: &mut DbConnection, before: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(rate_events::table.filter(rate_events::created_at.lt(before))).execute(conn)
}
