//! Who calls the API: a personal access token in `Authorization: Bearer …`, checked on
//! every request against its stored hash, its expiry and revocation, and its member's
//! state now (a suspended member's tokens stop working; a scope the member's roles no
//! longer allow is dropped). The caller is a [`Viewer`] like a signed-in browser's, so the
//! API's writes go through the same services, with the same checks, as the forms.
//!
//! A token never opens a session and no cookie is read or set for it: the API needs no
//! CSRF token because a browser never sends a bearer token by itself.

use chrono::NaiveDateTime;

use super::session::viewer_of;
use super::token::hash_token;
use crate::db::DbConnection;
use crate::db::models::api_tokens;
use crate::domain::Viewer;
use crate::domain::api_token::{Scope, Scopes, TOKEN_PREFIX};

/// An API request's caller.
#[derive(Debug, Clone)]
pub struct Caller {
    pub viewer: Viewer,
    /// The token's scopes that the member's roles allow now.
    pub scopes: Scopes,
    pub token_id: i64,
}

impl Caller {
    pub fn may(&self, scope: Scope) -> bool {
        self.scopes.has(scope)
    }
}

/// Why a token was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not the shape of one of our tokens (or not a bearer token at all).
    Malformed,
    /// No such token.
    Unknown,
    Expired,
    Revoked,
    /// Its member is suspended.
    Suspended,
}

impl Refusal {
    /// The problem document's code.
    pub fn code(self) -> &'static str {
        match self {
            Refusal::Malformed => "malformed_token",
            Refusal::Unknown => "invalid_token",
            Refusal::Expired => "expired_token",
            Refusal::Revoked => "revoked_token",
            Refusal::Suspended => "suspended",
        }
    }

    /// The problem document's sentence.
    pub fn detail(self) -> &'static str {
        match self {
            Refusal::Malformed => "That is not an access token.",
            Refusal::Unknown => "No such token: it may have been mistyped, or its member deleted.",
            Refusal::Expired => "The token has expired: make a new one on /account/tokens.",
            Refusal::Revoked => "The token was revoked.",
            Refusal::Suspended => "The token's member is suspended.",
        }
    }
}

/// Whether `token` has the shape of a personal access token.
pub fn is_well_formed(token: &str) -> bool {
    token
        .strip_prefix(TOKEN_PREFIX)
        .is_some_and(super::token::is_well_formed)
}

/// The token in an `Authorization` header's value, if it is a bearer token.
pub fn from_header(value: &str) -> Option<&str> {
    let (scheme, token) = value.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then_some(token.trim())
}

/// The caller behind `token` at `now`, and notes the token's use.
pub fn authenticate(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> Result<Result<Caller, Refusal>, diesel::result::Error> {
    if !is_well_formed(token) {
        return Ok(Err(Refusal::Malformed));
    }
    let Some((row, owner)) = api_tokens::find(conn, &hash_token(token))? else {
        return Ok(Err(Refusal::Unknown));
    };
    if row.revoked_at.is_some() {
        return Ok(Err(Refusal::Revoked));
    }
    if row.expires_at <= now {
        return Ok(Err(Refusal::Expired));
    }
    let viewer = viewer_of(conn, owner)?;
    if viewer.restriction.as_ref().is_some_and(|r| r.suspended) {
        return Ok(Err(Refusal::Suspended));
    }
    api_tokens::touch(conn, row.id, now)?;
    Ok(Ok(Caller {
        scopes: Scopes::parse(&row.scopes).within(viewer.roles),
        viewer,
        token_id: row.id,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_bearer_tokens_of_our_shape_are_read() {
        let token = format!("{TOKEN_PREFIX}{}", "ab".repeat(32));
        assert!(is_well_formed(&token));
        assert!(!is_well_formed(&"ab".repeat(32)));
        assert!(!is_well_formed(&format!("{TOKEN_PREFIX}xyz")));
        assert_eq!(
            from_header(&format!("Bearer {token}")),
            Some(token.as_str())
        );
        assert_eq!(
            from_header(&format!("bearer  {token} ")),
            Some(token.as_str())
        );
        assert_eq!(from_header("Basic dXNlcjpwYXNz"), None);
        assert_eq!(from_header("Bearer"), None);
    }
}
