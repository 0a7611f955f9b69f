//! Problem documents (RFC 9457): how the JSON API says what went wrong. Every error the
//! API gives — from a handler, an extractor, the body limit or a path nobody serves — is
//! one of these, never an HTML page, so a program can read it: the HTTP status, a stable
//! `code` to branch on, a sentence for a person (`detail`), and, for a refused body, the
//! field that was wrong.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use serde::Serialize;

/// The media type of a problem document.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// One problem document.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// Always `about:blank`: the status and `code` say what kind of problem it is.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The status's own phrase ("Not Found").
    pub title: String,
    pub status: u16,
    /// A stable, machine-readable name: `not_found`, `invalid_token`, `insufficient_scope`,
    /// `validation`, `invalid_cursor`, `rate_limited`, …
    pub code: String,
    /// What happened, for a person.
    pub detail: String,
    /// For a refused body: each field that was wrong, and why.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldProblem>,
}

/// What was wrong with one field of a request body.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FieldProblem {
    pub field: String,
    pub detail: String,
}

impl Problem {
    pub fn new(status: StatusCode, code: &str, detail: impl Into<String>) -> Self {
        Self {
            kind: "about:blank",
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            code: code.to_owned(),
            detail: detail.into(),
            errors: Vec::new(),
        }
    }

    /// The code a bare status stands for, when nothing more precise was said.
    pub fn code_of(status: StatusCode) -> &'static str {
        match status.as_u16() {
            400 => "bad_request",
            401 => "unauthorized",
            403 => "forbidden",
            404 => "not_found",
            405 => "method_not_allowed",
            409 => "conflict",
            413 => "too_large",
            415 => "unsupported_media_type",
            422 => "validation",
            429 => "rate_limited",
            503 => "unavailable",
            _ => "internal",
        }
    }

    /// The response carrying this document.
    pub fn response(&self) -> HttpResponse {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_string(self).unwrap_or_default();
        HttpResponse::build(status)
            .insert_header((header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON)))
            .body(body)
    }
}
