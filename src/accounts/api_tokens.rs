//! A member's personal access tokens for the JSON API: made on `/account/tokens` with a
//! name, scopes and an expiry, shown once, revocable. Checking a token on each request is
//! [`crate::auth::bearer`]'s.

use chrono::{Duration, NaiveDateTime};

use crate::auth::token;
use crate::db::DbConnection;
use crate::db::models::api_tokens::{self, NewApiToken};
use crate::db::write_transaction;
use crate::domain::Viewer;
use crate::domain::api_token::{EXPIRY_CHOICES, Scope, Scopes, TOKEN_PREFIX};
use crate::error::AppError;
use crate::i18n::Key;
use crate::messages::account as texts;

/// Live tokens a member may hold at once.
pub const MAX_LIVE: i64 = 20;

/// What the form asks for a new token.
pub struct TokenRequest<'a> {
    pub name: &'a str,
    pub scopes: &'a [String],
    pub days: &'a str,
}

/// Each refused field's name and why.
pub type FieldRefusals = Vec<(&'static str, Key)>;

/// A token just made: the only time the token itself is known.
pub struct Issued {
    pub id: i64,
    pub token: String,
}

/// Makes a token for `viewer`, or says which fields are wrong.
pub fn issue(
    conn: &mut DbConnection,
    viewer: &Viewer,
    request: &TokenRequest<'_>,
    now: NaiveDateTime,
) -> Result<Result<Issued, FieldRefusals>, AppError> {
    let mut errors = Vec::new();
    let name = request
        .name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if name.is_empty() {
        errors.push(("name", texts::TOKEN_NAME_MISSING));
    } else if name.chars().count() > 60 {
        errors.push(("name", texts::TOKEN_NAME_LONG));
    }
    let asked: Option<Vec<Scope>> = request.scopes.iter().map(|s| Scope::parse(s)).collect();
    match asked {
        None => errors.push(("scopes", texts::TOKEN_SCOPE_UNKNOWN)),
        Some(list) if list.is_empty() => errors.push(("scopes", texts::TOKEN_SCOPES_MISSING)),
        Some(list) if list.iter().any(|s| !s.allowed_for(viewer.roles)) => {
            errors.push(("scopes", texts::TOKEN_SCOPE_NOT_YOURS));
        }
        Some(_) => {}
    }
    let days = request
        .days
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|d| EXPIRY_CHOICES.contains(d));
    if days.is_none() {
        errors.push(("days", texts::TOKEN_EXPIRY));
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let scopes = Scopes::parse(&request.scopes.join(" "));
    let days = days.unwrap_or(EXPIRY_CHOICES[0]);
    let secret = format!("{TOKEN_PREFIX}{}", token::random_token());
    let hash = token::hash_token(&secret);
    let user_id = viewer.id;
    write_transaction(conn, |conn| {
        if api_tokens::live_count(conn, user_id, now)? >= MAX_LIVE {
            return Ok(Err(vec![("name", texts::TOKEN_TOO_MANY)]));
        }
        let id = api_tokens::create(
            conn,
            &NewApiToken {
                user_id,
                name: &name,
                token_hash: &hash,
                scopes: &scopes.stored(),
                expires_at: now + Duration::days(days),
            },
            now,
        )?;
        Ok(Ok(Issued {
            id,
            token: secret.clone(),
        }))
    })
}

/// Revokes `viewer`'s token `id`; false if it was not theirs or already revoked.
pub fn revoke(
    conn: &mut DbConnection,
    viewer: &Viewer,
    id: i64,
    now: NaiveDateTime,
) -> Result<bool, AppError> {
    Ok(api_tokens::revoke(conn, viewer.id, id, now)?)
}
