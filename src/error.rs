//! The one error type handlers return. It carries the message a person may read and,
//! for server faults, a hidden cause that is logged and never shown.
//!
//! The error's response is a bare status with its message attached; the `error_pages`
//! middleware turns it into a full page in the site layout, with the visitor's header.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};

use crate::db::UniqueViolation;
use crate::i18n::{Key, Lang};
use crate::messages;

/// What went wrong, in terms a handler can act on.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("bad request: {0:?}")]
    BadRequest(Key),
    #[error("CSRF token missing or wrong")]
    Csrf,
    #[error("forbidden")]
    Forbidden,
    #[error("forbidden: {0:?}")]
    ForbiddenBecause(Key),
    #[error("sign-in required")]
    SignInRequired { next: String },
    #[error("not found")]
    NotFound,
    /// The member is silenced or suspended; the message says until when and why.
    #[error("restricted until {}", .0.until)]
    Restricted(crate::domain::Restriction),
    #[error("conflict: {0:?}")]
    Conflict(Key),
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("too many requests")]
    TooManyRequests { message: Key, retry_after_secs: u64 },
    #[error("unavailable: {0}")]
    Unavailable(String),
    #[error("internal error: {0:#}")]
    Internal(#[from] anyhow::Error),
}

impl UniqueViolation for AppError {
    /// Whether the cause is a unique-constraint violation (a concurrent duplicate that the
    /// database refused, such as a second vote).
    fn is_unique_violation(&self) -> bool {
        match self {
            AppError::Internal(cause) => cause
                .downcast_ref::<diesel::result::Error>()
                .is_some_and(UniqueViolation::is_unique_violation),
            _ => false,
        }
    }
}

/// The message to show on an error page, attached to the bare response and said in the
/// reader's language when the page is made.
#[derive(Clone, Debug)]
pub enum ErrorMessage {
    Said(Key),
    Restricted(crate::domain::Restriction),
}

impl ErrorMessage {
    pub fn say(&self, lang: Lang) -> String {
        match self {
            ErrorMessage::Said(key) => key.say(lang),
            ErrorMessage::Restricted(r) => crate::render::format::restriction(lang, r),
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Csrf | AppError::Forbidden | AppError::ForbiddenBecause(_) => {
                StatusCode::FORBIDDEN
            }
            AppError::SignInRequired { .. } => StatusCode::SEE_OTHER,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Restricted(_) => StatusCode::FORBIDDEN,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let message = match self {
            AppError::SignInRequired { next } => {
                let location = format!("/login?next={}", encode_query_value(next));
                return HttpResponse::SeeOther()
                    .insert_header((header::LOCATION, location))
                    .finish();
            }
            AppError::Restricted(restriction) => ErrorMessage::Restricted(restriction.clone()),
            AppError::BadRequest(message) => ErrorMessage::Said(*message),
            AppError::Csrf => ErrorMessage::Said(messages::ERROR_CSRF),
            AppError::Forbidden => ErrorMessage::Said(messages::ERROR_FORBIDDEN),
            AppError::ForbiddenBecause(message) => ErrorMessage::Said(*message),
            AppError::NotFound => ErrorMessage::Said(messages::ERROR_NOT_FOUND),
            AppError::Conflict(message) => ErrorMessage::Said(*message),
            AppError::PayloadTooLarge => ErrorMessage::Said(messages::ERROR_TOO_LARGE),
            AppError::TooManyRequests { message, .. } => ErrorMessage::Said(*message),
            AppError::Unavailable(cause) => {
                tracing::warn!(%cause, "service unavailable");
                ErrorMessage::Said(messages::ERROR_UNAVAILABLE)
            }
            AppError::Internal(cause) => {
                tracing::error!(cause = format!("{cause:#}"), "request failed");
                ErrorMessage::Said(messages::ERROR_INTERNAL)
            }
        };
        let mut response = HttpResponse::build(self.status_code());
        if let AppError::TooManyRequests {
            retry_after_secs, ..
        } = self
        {
            response.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
        }
        let mut response = response
            .content_type(HeaderValue::from_static("text/plain; charset=utf-8"))
            .body(message.say(Lang::EnGb));
        response.extensions_mut().insert(message);
        response
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(error: diesel::result::Error) -> Self {
        AppError::Internal(error.into())
    }
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(error: diesel::r2d2::PoolError) -> Self {
        AppError::Unavailable(error.to_string())
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(error: actix_web::error::BlockingError) -> Self {
        AppError::Internal(anyhow::anyhow!("blocking task failed: {error}"))
    }
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> Self {
        AppError::Internal(anyhow::anyhow!("template failed: {error}"))
    }
}

/// Percent-encodes a value for a query string (everything but unreserved characters).
pub fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
