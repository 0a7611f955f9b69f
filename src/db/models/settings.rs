//! Site settings an admin changes at run time (the moderation policy), as named text
//! values. Absent names take the built-in defaults.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::settings;

pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<(String, String)>> {
    settings::table
        .select((settings::name, settings::value))
        .load(conn)
}

/// Sets `name` to `value`; returns the value it had.
pub fn set(
    conn: &mut DbConnection,
    name: &str,
    value: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<String>> {
    let old: Option<String> = settings::table
        .find(name)
        .select(settings::value)
        .first(conn)
        .optional()?;
    if old.is_some() {
        diesel::update(settings::table.find(name))
            .set((settings::value.eq(value), settings::updated_at.eq(now)))
            .execute(conn)?;
    } else {
        diesel::insert_into(settings::table)
            .values((
                settings::name.eq(name),
                settings::value.eq(value),
                settings::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(old)
}

/// The policy setting that lets members post before confirming their address ("1"); the
/// default is that they may not.
pub const UNCONFIRMED_MAY_POST: &str = "unconfirmed_may_post";

/// One setting's value, if it was ever set.
pub fn get(conn: &mut DbConnection, name: &str) -> QueryResult<Option<String>> {
    settings::table
        .filter(settings::name.eq(name))
        .select(settings::value)
        .first(conn)
        .optional()
}
