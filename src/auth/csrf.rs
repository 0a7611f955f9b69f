//! CSRF protection. A form's token is an HMAC of the session token under a site secret,
//! so it needs no storage, is different for every visitor and changes when the session
//! does (sign-in, sign-out). Each response carries it masked with fresh random bytes, so
//! that compressed pages never repeat the same secret bytes (BREACH). Every POST handler takes its form through [`CsrfForm`], which
//! refuses the request with 403 before the handler runs when the token is missing or wrong.

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;

use super::csrf_token::verify;
use super::session::Session;
use crate::error::AppError;
use crate::messages;

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
