//! The site's version: the number that moves on with every change a visitor could see (the
//! database's triggers move it, see the `site_version` migration). Cached pages are kept
//! with the version they were made at.

use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::site_version;

/// The version now.
pub fn current(conn: &mut DbConnection) -> QueryResult<i64> {
    site_version::table
        .find(1_i64)
        .select(site_version::version)
        .first(conn)
}

/// The version now, on a connection of SQLite's own type: the page cache reads it on every
/// request, and this way its statement stays prepared instead of being parsed each time.
pub fn current_on_sqlite(conn: &mut diesel::SqliteConnection) -> QueryResult<i64> {
    site_version::table
        .find(1_i64)
        .select(site_version::version)
        .first(conn)
}
