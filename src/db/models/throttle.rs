//! Sign-in attempts, counted per key (an account or a client address) in the database so
//! that every app process sees the same counts. An attempt is inserted before it is judged
//! and removed again if it succeeds, so concurrent guesses are all counted.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::login_failures;

/// How many failures `key` has had since `since`.
pub fn failures_since(
    conn: &mut DbConnection,
    key: &str,
    since: NaiveDateTime,
) -> QueryResult<i64> {
    login_failures::table
        .filter(login_failures::throttle_key.eq(key))
        .filter(login_failures::failed_at.gt(since))
        .count()
        .get_result(conn)
}

/// The oldest failure of `key` since `since`: the window reopens when it ages out.
pub fn oldest_failure_since(
    conn: &mut DbConnection,
    key: &str,
    since: NaiveDateTime,
) -> QueryResult<Option<NaiveDateTime>> {
    login_failures::table
        .filter(login_failures::throttle_key.eq(key))
        .filter(login_failures::failed_at.gt(since))
        .select(diesel::dsl::min(login_failures::failed_at))
        .first(conn)
}

/// Counts one attempt for each key and returns the rows' ids.
pub fn record(conn: &mut DbConnection, keys: &[&str], now: NaiveDateTime) -> QueryResult<Vec<i64>> {
    keys.iter()
        .map(|key| {
            diesel::insert_into(login_failures::table)
                .values((
                    login_failures::throttle_key.eq(*key),
                    login_failures::failed_at.eq(now),
                ))
                .returning(login_failures::id)
                .get_result(conn)
        })
        .collect()
}

/// Uncounts the attempts `ids` (they succeeded).
pub fn forget(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<usize> {
    diesel::delete(login_failures::table.filter(login_failures::id.eq_any(ids))).execute(conn)
}

/// Forgets the failures of `key` (after a successful sign-in).
pub fn clear(conn: &mut DbConnection, key: &str) -> QueryResult<usize> {
    diesel::delete(login_failures::table.filter(login_failures::throttle_key.eq(key))).execute(conn)
}

/// Forgets every failure before `before`: addresses are kept no longer than abuse
/// control needs them.
pub fn purge(conn: &mut DbConnection, before: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(login_failures::table.filter(login_failures::failed_at.lt(before))).execute(conn)
}
