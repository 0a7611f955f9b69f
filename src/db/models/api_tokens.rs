//! Personal access tokens for the JSON API. Only the SHA-256 of a token is stored, as for
//! sessions: a copy of the database does not let anyone call the API as a member.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::models::sessions::{self, SessionOwner};
use crate::db::schema::{api_tokens, users};

/// A token as its member's list shows it (never the token itself).
#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = api_tokens)]
pub struct ApiToken {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub scopes: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub last_used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

/// A token being made.
pub struct NewApiToken<'a> {
    pub user_id: i64,
    pub name: &'a str,
    pub token_hash: &'a str,
    pub scopes: &'a str,
    pub expires_at: NaiveDateTime,
}

pub fn create(
    conn: &mut DbConnection,
    new: &NewApiToken<'_>,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::user_id.eq(new.user_id),
            api_tokens::name.eq(new.name),
            api_tokens::token_hash.eq(new.token_hash),
            api_tokens::scopes.eq(new.scopes),
            api_tokens::created_at.eq(now),
            api_tokens::expires_at.eq(new.expires_at),
        ))
        .returning(api_tokens::id)
        .get_result(conn)
}

/// Member `user_id`'s tokens, newest first.
pub fn of_member(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<ApiToken>> {
    api_tokens::table
        .filter(api_tokens::user_id.eq(user_id))
        .order((api_tokens::created_at.desc(), api_tokens::id.desc()))
        .select(ApiToken::as_select())
        .load(conn)
}

/// How many live (unrevoked, unexpired) tokens member `user_id` holds.
pub fn live_count(conn: &mut DbConnection, user_id: i64, now: NaiveDateTime) -> QueryResult<i64> {
    api_tokens::table
        .filter(api_tokens::user_id.eq(user_id))
        .filter(api_tokens::revoked_at.is_null())
        .filter(api_tokens::expires_at.gt(now))
        .count()
        .get_result(conn)
}

/// The token with `token_hash`, whatever its state, and its member as a session's owner
/// is read (so a token's caller is built like a signed-in viewer).
pub fn find(
    conn: &mut DbConnection,
    token_hash: &str,
) -> QueryResult<Option<(ApiToken, SessionOwner)>> {
    api_tokens::table
        .inner_join(users::table)
        .filter(api_tokens::token_hash.eq(token_hash))
        .select((ApiToken::as_select(), sessions::OWNER))
        .first(conn)
        .optional()
}

/// Revokes member `user_id`'s token `id`; false when there is no such live token.
pub fn revoke(
    conn: &mut DbConnection,
    user_id: i64,
    id: i64,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let changed = diesel::update(
        api_tokens::table
            .filter(api_tokens::id.eq(id))
            .filter(api_tokens::user_id.eq(user_id))
            .filter(api_tokens::revoked_at.is_null()),
    )
    .set(api_tokens::revoked_at.eq(Some(now)))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Notes that token `id` was used at `now`, at most once a minute (a busy integration
/// should not turn every read into a write).
pub fn touch(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> QueryResult<()> {
    let a_minute_ago = now - chrono::Duration::minutes(1);
    diesel::update(
        api_tokens::table.filter(api_tokens::id.eq(id)).filter(
            api_tokens::last_used_at
                .is_null()
                .or(api_tokens::last_used_at.lt(a_minute_ago)),
        ),
    )
    .set(api_tokens::last_used_at.eq(Some(now)))
    .execute(conn)?;
    Ok(())
}
