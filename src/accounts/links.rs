//! The single-use links mailed to members, and what following one can go wrong with.

use chrono::{Duration, NaiveDateTime};

use crate::auth::token;
use crate::db::DbConnection;
use crate::db::models::account_tokens::{self, AccountToken, Purpose};
use crate::error::AppError;

/// A reset link works for an hour: long enough to find the mail, short enough that an old
/// mailbox left open is not a way in.
pub const RESET_LIFETIME: Duration = Duration::hours(1);
/// A confirmation or undo link works for a week, since nothing can be done with it but
/// what the member asked for.
pub const CONFIRM_LIFETIME: Duration = Duration::days(7);

/// Why a link does not work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    /// Never issued, already used, replaced by a newer one, or altered.
    Unknown,
    /// Issued, but too long ago.
    Expired,
    /// The link belongs to another account than the one signed in.
    OtherAccount,
    /// The address it would set is now another account's.
    AddressTaken,
}

/// Stores a new link of `purpose` for `user_id` (replacing older ones) and returns its
/// path on the site.
pub fn issue(
    conn: &mut DbConnection,
    user_id: i64,
    purpose: Purpose,
    email: &str,
    now: NaiveDateTime,
) -> Result<String, AppError> {
    let lifetime = match purpose {
        Purpose::Reset => RESET_LIFETIME,
        Purpose::Confirm | Purpose::UndoAddress => CONFIRM_LIFETIME,
    };
    let secret = token::random_token();
    account_tokens::purge(conn, now)?;
    account_tokens::replace(
        conn,
        &token::hash_token(&secret),
        user_id,
        purpose,
        email,
        now,
        now + lifetime,
    )?;
    Ok(path(purpose, &secret))
}

/// Where a link of `purpose` with `secret` leads.
pub fn path(purpose: Purpose, secret: &str) -> String {
    match purpose {
        Purpose::Reset => format!("/password/reset/{secret}"),
        Purpose::Confirm => format!("/account/confirm/{secret}"),
        Purpose::UndoAddress => format!("/account/undo-address/{secret}"),
    }
}

/// The link as typed, looked up without using it: for the page that asks "go ahead?".
pub fn check(
    conn: &mut DbConnection,
    secret: &str,
    purpose: Purpose,
    viewer: Option<i64>,
    now: NaiveDateTime,
) -> Result<Result<AccountToken, LinkProblem>, AppError> {
    if !token::is_well_formed(secret) {
        return Ok(Err(LinkProblem::Unknown));
    }
    let found = account_tokens::peek(conn, &token::hash_token(secret), purpose)?;
    Ok(judge(found, viewer, now))
}

/// Uses the link (it never works again) if it is good.
pub fn take(
    conn: &mut DbConnection,
    secret: &str,
    purpose: Purpose,
    viewer: Option<i64>,
    now: NaiveDateTime,
) -> Result<Result<AccountToken, LinkProblem>, AppError> {
    // Another member's link is refused before it is used, so that it still works for
    // its owner.
    if let Err(problem) = check(conn, secret, purpose, viewer, now)? {
        return Ok(Err(problem));
    }
    let taken = account_tokens::take(conn, &token::hash_token(secret), purpose)?;
    Ok(judge(taken, viewer, now))
}

fn judge(
    found: Option<AccountToken>,
    viewer: Option<i64>,
    now: NaiveDateTime,
) -> Result<AccountToken, LinkProblem> {
    let link = found.ok_or(LinkProblem::Unknown)?;
    if link.expires_at <= now {
        return Err(LinkProblem::Expired);
    }
    if viewer.is_some_and(|id| id != link.user_id) {
        return Err(LinkProblem::OtherAccount);
    }
    Ok(link)
}
