//! The API's error: a problem document ([`Problem`]) and, for a limit, when to try again.
//! Every [`AppError`] a service returns has its problem here, so a handler can use `?` on
//! the same services as the forms.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpResponse, ResponseError};

use crate::error::AppError;
use crate::i18n::Lang;
use crate::render::problem::{FieldProblem, Problem};

/// An error the API answers with (boxed: results stay small on the happy path).
#[derive(Debug)]
pub struct ApiError(Box<Parts>);

#[derive(Debug)]
struct Parts {
    problem: Problem,
    retry_after: Option<u64>,
    /// For a missing or refused token: the `WWW-Authenticate` challenge (RFC 6750).
    challenge: Option<String>,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {}: {}",
            self.0.problem.status, self.0.problem.code, self.0.problem.detail
        )
    }
}

impl ApiError {
    pub fn new(status: StatusCode, code: &str, detail: impl Into<String>) -> Self {
        Self(Box::new(Parts {
            problem: Problem::new(status, code, detail),
            retry_after: None,
            challenge: None,
        }))
    }

    pub fn not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", "Nothing is here.")
    }

    /// A token missing, or refused for `code` (RFC 6750's `invalid_token`).
    pub fn unauthorized(code: &str, detail: &str) -> Self {
        let mut error = Self::new(StatusCode::UNAUTHORIZED, code, detail);
        error.0.challenge = Some(if code == "unauthorized" {
            "Bearer realm=\"parlour\"".to_owned()
        } else {
            "Bearer realm=\"parlour\", error=\"invalid_token\"".to_owned()
        });
        error
    }

    /// The token lacks `scope`.
    pub fn insufficient_scope(scope: &str) -> Self {
        let mut error = Self::new(
            StatusCode::FORBIDDEN,
            "insufficient_scope",
            format!("This needs a token with the “{scope}” scope."),
        );
        error.0.challenge = Some(format!(
            "Bearer realm=\"parlour\", error=\"insufficient_scope\", scope=\"{scope}\""
        ));
        error
    }

    /// A body whose fields were refused: 422, with each field's reason.
    pub fn invalid(errors: Vec<FieldProblem>) -> Self {
        let mut error = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation",
            "Some fields were refused: see errors.",
        );
        error.0.problem.errors = errors;
        error
    }

    pub fn bad_query(detail: &str) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "bad_query", detail.to_owned())
    }

    pub fn invalid_cursor() -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "invalid_cursor",
            "The cursor is not one this list gave out: start again without it.",
        )
    }

    pub fn internal(cause: anyhow::Error) -> Self {
        AppError::Internal(cause).into()
    }

    /// The problem for a JSON body that could not be read.
    pub fn from_json(error: &actix_web::error::JsonPayloadError) -> Self {
        use actix_web::error::JsonPayloadError as E;
        match error {
            E::OverflowKnownLength { .. } | E::Overflow { .. } => Self::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                "The body is larger than the API reads.",
            ),
            E::ContentType => Self::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "Send the body as application/json.",
            ),
            E::Deserialize(cause) => Self::new(
                StatusCode::BAD_REQUEST,
                "invalid_json",
                format!("The body is not what this endpoint reads: {cause}."),
            ),
            other => Self::new(
                StatusCode::BAD_REQUEST,
                "invalid_json",
                format!("The body could not be read: {other}."),
            ),
        }
    }

    pub fn response(&self) -> HttpResponse {
        let mut response = self.0.problem.response();
        if let Some(secs) = self.0.retry_after
            && let Ok(value) = header::HeaderValue::from_str(&secs.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        if let Some(challenge) = &self.0.challenge
            && let Ok(value) = header::HeaderValue::from_str(challenge)
        {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, value);
        }
        response
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.0.problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn error_response(&self) -> HttpResponse {
        self.response()
    }
}

impl From<AppError> for ApiError {
    fn from(error: AppError) -> Self {
        let status = error.status_code();
        let say = |key: crate::i18n::Key| key.say(Lang::EnGb);
        let (status, code, detail) = match &error {
            AppError::BadRequest(key) => (status, "bad_request", say(*key)),
            AppError::Csrf | AppError::Forbidden => {
                (status, "forbidden", say(crate::messages::ERROR_FORBIDDEN))
            }
            AppError::ForbiddenBecause(key) => (status, "forbidden", say(*key)),
            AppError::SignInRequired { .. } => {
                return Self::unauthorized("unauthorized", "This needs an access token.");
            }
            AppError::NotFound => return Self::not_found(),
            AppError::Restricted(r) => (
                status,
                "restricted",
                crate::render::format::restriction(Lang::EnGb, r),
            ),
            AppError::Conflict(key) => (status, "conflict", say(*key)),
            AppError::PayloadTooLarge => {
                (status, "too_large", say(crate::messages::ERROR_TOO_LARGE))
            }
            AppError::TooManyRequests {
                message,
                retry_after_secs,
            } => {
                let mut limited = Self::new(status, "rate_limited", say(*message));
                limited.0.retry_after = Some(*retry_after_secs);
                return limited;
            }
            AppError::Unavailable(cause) => {
                tracing::warn!(%cause, "service unavailable");
                (
                    status,
                    "unavailable",
                    say(crate::messages::ERROR_UNAVAILABLE),
                )
            }
            AppError::Internal(cause) => {
                tracing::error!(cause = format!("{cause:#}"), "API request failed");
                (status, "internal", say(crate::messages::ERROR_INTERNAL))
            }
        };
        Self::new(status, code, detail)
    }
}

impl From<diesel::result::Error> for ApiError {
    fn from(error: diesel::result::Error) -> Self {
        AppError::from(error).into()
    }
}
