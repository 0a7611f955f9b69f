//! CSRF protection. A form's token is an HMAC of the session token under a site secret,
//! so it needs no storage, is different for every visitor and changes when the session
//! does (sign-in, sign-out). Each response carries it masked with fresh random bytes, so
//! that compressed pages never repeat the same secret bytes (BREACH). Every POST handler takes its form through [`CsrfForm`], which
//! refuses the request with 403 before the handler runs when the token is missing or wrong.

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;
use hmac::{Hmac, Mac};
use serde::de::DeserializeOwned;
use sha2::Sha256;

use super::session::Session;
use super::token::hex;
use crate::error::AppError;
use crate::messages;

type HmacSha256 = Hmac<Sha256>;

fn mac(key: &[u8], session_token: &str) -> HmacSha256 {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(b"csrf:");
    mac.update(session_token.as_bytes());
    mac
}

/// A CSRF token for a session token: a random pad, then the HMAC XOR the pad.
pub fn token_for(key: &[u8], session_token: &str) -> String {
    let tag = mac(key, session_token).finalize().into_bytes();
    let pad = super::token::random_bytes::<32>();
    let mut masked = pad.to_vec();
    masked.extend(tag.iter().zip(pad.iter()).map(|(t, p)| t ^ p));
    hex(&masked)
}

/// Whether `candidate` is a CSRF token for `session_token`, compared in constant time.
pub fn verify(key: &[u8], session_token: &str, candidate: &str) -> bool {
    let Some(bytes) = decode_hex(candidate) else {
        return false;
    };
    if bytes.len() != 64 {
        return false;
    }
    let (pad, masked) = bytes.split_at(32);
    let tag: Vec<u8> = masked.iter().zip(pad).map(|(m, p)| m ^ p).collect();
    mac(key, session_token).verify_slice(&tag).is_ok()
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// A form that carries nothing but its CSRF token (sign out, mark read, accept).
#[derive(serde::Deserialize)]
pub struct NoFields {}

/// A URL-encoded form whose CSRF token was checked, with the session it belongs to.
pub struct CsrfForm<T> {
    pub session: Session,
    pub form: T,
}

#[derive(serde::Deserialize)]
struct TokenField {
    csrf_token: Option<String>,
}

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let session = Session::from_request(req, &mut Payload::None);
        let body = web::Bytes::from_request(req, payload);
        let state = req.app_data::<web::Data<crate::state::AppState>>().cloned();
        Box::pin(async move {
            let body = body.await.map_err(|e| {
                if e.as_response_error().status_code() == 413 {
                    AppError::PayloadTooLarge
                } else {
                    AppError::BadRequest(messages::ERROR_BAD_REQUEST)
                }
            })?;
            let session = session.await?;
            let state =
                state.ok_or_else(|| AppError::Internal(anyhow::anyhow!("app state missing")))?;
            let field: TokenField = serde_urlencoded::from_bytes(&body)
                .map_err(|_| AppError::BadRequest(messages::ERROR_BAD_REQUEST))?;
            let valid = field
                .csrf_token
                .is_some_and(|t| verify(&state.keys.csrf, session.token(), &t));
            if !valid {
                return Err(AppError::Csrf);
            }
            let form = serde_urlencoded::from_bytes(&body)
                .map_err(|_| AppError::BadRequest(messages::ERROR_BAD_REQUEST))?;
            Ok(CsrfForm { session, form })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_verifies_only_for_its_session_and_key() {
        let token = token_for(b"key", "session-a");
        assert_ne!(
            token,
            token_for(b"key", "session-a"),
            "masked afresh each time"
        );
        assert!(verify(b"key", "session-a", &token));
        assert!(verify(b"key", "session-a", &token_for(b"key", "session-a")));
        assert!(!verify(b"key", "session-b", &token));
        assert!(!verify(b"other", "session-a", &token));
        assert!(!verify(b"key", "session-a", "not hex"));
        assert!(!verify(b"key", "session-a", ""));
    }
}
