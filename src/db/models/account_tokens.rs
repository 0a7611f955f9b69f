//! Single-use links sent by e-mail: choosing a new password, confirming an address, and
//! undoing an address change. Only the SHA-256 of each token is stored, so a copy of the
//! database cannot be used to follow one; a link is used by deleting its row, so two
//! requests racing with the same link cannot both succeed.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::account_tokens;

/// What a link does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Choose a new password.
    Reset,
    /// Confirm the address (of a new account, or a new address for an account).
    Confirm,
    /// Put back the address an account had before a change.
    UndoAddress,
}

impl Purpose {
    pub fn key(self) -> &'static str {
        match self {
            Purpose::Reset => "reset",
            Purpose::Confirm => "confirm",
            Purpose::UndoAddress => "undo-address",
        }
    }
}

/// A stored link.
#[derive(Queryable, Debug, Clone)]
pub struct AccountToken {
    pub user_id: i64,
    /// The address the link is about: where the reset was sent, the address to confirm,
    /// or the address to put back.
    pub email: String,
    pub expires_at: NaiveDateTime,
}

/// Stores a link for `user_id`, replacing any earlier link of the same purpose: only the
/// newest one works.
pub fn replace(
    conn: &mut DbConnection,
    token_hash: &str,
    user_id: i64,
    purpose: Purpose,
    email: &str,
    now: NaiveDateTime,
    expires_at: NaiveDateTime,
) -> QueryResult<()> {
    forget(conn, user_id, purpose)?;
    diesel::insert_into(account_tokens::table)
        .values((
            account_tokens::token_hash.eq(token_hash),
            account_tokens::user_id.eq(user_id),
            account_tokens::purpose.eq(purpose.key()),
            account_tokens::email.eq(email),
            account_tokens::created_at.eq(now),
            account_tokens::expires_at.eq(expires_at),
        ))
        .execute(conn)
        .map(|_| ())
}

/// The link, if it exists, without using it (expired links too: the page says so).
pub fn peek(
    conn: &mut DbConnection,
    token_hash: &str,
    purpose: Purpose,
) -> QueryResult<Option<AccountToken>> {
    account_tokens::table
        .filter(account_tokens::token_hash.eq(token_hash))
        .filter(account_tokens::purpose.eq(purpose.key()))
        .select((
            account_tokens::user_id,
            account_tokens::email,
            account_tokens::expires_at,
        ))
        .first(conn)
        .optional()
}

/// Uses the link: deletes it and returns it. Of two requests with the same link, only one
/// gets it back.
pub fn take(
    conn: &mut DbConnection,
    token_hash: &str,
    purpose: Purpose,
) -> QueryResult<Option<AccountToken>> {
    diesel::delete(
        account_tokens::table
            .filter(account_tokens::token_hash.eq(token_hash))
            .filter(account_tokens::purpose.eq(purpose.key())),
    )
    .returning((
        account_tokens::user_id,
        account_tokens::email,
        account_tokens::expires_at,
    ))
    .get_result(conn)
    .optional()
}

/// Forgets every link of `purpose` for `user_id`.
pub fn forget(conn: &mut DbConnection, user_id: i64, purpose: Purpose) -> QueryResult<usize> {
    diesel::delete(
        account_tokens::table
            .filter(account_tokens::user_id.eq(user_id))
            .filter(account_tokens::purpose.eq(purpose.key())),
    )
    .execute(conn)
}

/// Forgets links that expired before `before`.
pub fn purge(conn: &mut DbConnection, before: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(account_tokens::table.filter(account_tokens::expires_at.lt(before)))
        .execute(conn)
}
