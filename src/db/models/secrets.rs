//! Site-wide secrets (the key that signs CSRF tokens), created once and shared by every
//! app process through the database.

use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::site_secrets;

/// Returns the secret called `name`, creating it from `generate` on first use. When two
/// processes start at once, the first insert wins and both read the same value.
pub fn get_or_create(
    conn: &mut DbConnection,
    name: &str,
    generate: impl FnOnce() -> Vec<u8>,
) -> QueryResult<Vec<u8>> {
    let read = |conn: &mut DbConnection| {
        site_secrets::table
            .find(name)
            .select(site_secrets::value)
            .first::<Vec<u8>>(conn)
            .optional()
    };
    if let Some(value) = read(conn)? {
        return Ok(value);
    }
    let inserted = diesel::insert_into(site_secrets::table)
        .values((
            site_secrets::name.eq(name),
            site_secrets::value.eq(generate()),
        ))
        .execute(conn);
    match inserted {
        Ok(_) => {}
        Err(e) if super::is_unique_violation_on(&e, "") => {}
        Err(e) => return Err(e),
    }
    read(conn)?.ok_or(diesel::result::Error::NotFound)
}
