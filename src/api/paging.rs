//! Lists, page by page: a caller's `limit` and signed `cursor` ([`super::cursor`]) read
//! into one query along the list's index, and the next page's cursor.

use chrono::NaiveDateTime;
use diesel::QueryResult;

use super::ApiError;
use super::cursor::{self, After};
use super::types::Paging;
use crate::db::DbConnection;
use crate::state::AppState;

/// Items per page: the caller's `limit`, within 1 to 100.
pub fn per_page(paging: &Paging) -> Result<i64, ApiError> {
    match paging.limit {
        None => Ok(20),
        Some(n @ 1..=100) => Ok(n),
        Some(_) => Err(ApiError::bad_query("limit is from 1 to 100.")),
    }
}

/// One page of list `list`: `load` reads up to a limit of rows after a position, and
/// `position` says where a row stands. Returns the rows and the next page's cursor, if the
/// list goes on (one row more than the page is read to know).
pub async fn page<R: Send + 'static>(
    state: &AppState,
    list: &'static str,
    paging: &Paging,
    load: impl FnOnce(&mut DbConnection, Option<(NaiveDateTime, i64)>, i64) -> QueryResult<Vec<R>>
    + Send
    + 'static,
    position: impl Fn(&R) -> (NaiveDateTime, i64),
) -> Result<(Vec<R>, Option<String>), ApiError> {
    let limit = per_page(paging)?;
    let key = &state.keys.links;
    let start = match paging.cursor.as_deref() {
        None => None,
        Some(c) => Some(cursor::decode(key, list, c).ok_or_else(ApiError::invalid_cursor)?),
    };
    let mut rows = state
        .db
        .run(move |conn| Ok(load(conn, start.map(After::pair), limit + 1)?))
        .await?;
    let more = rows.len() as i64 > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(0));
    let next = rows.last().filter(|_| more).map(|row| {
        let (at, id) = position(row);
        cursor::encode(key, list, After { at, id })
    });
    Ok((rows, next))
}
