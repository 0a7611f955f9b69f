//! Errors found in a submitted form, keyed by field name, shown beside each field in the
//! reader's language.

use crate::i18n::{Key, Text};

/// The messages for a form's fields, in the order they were found.
#[derive(Debug, Default, Clone)]
pub struct FieldErrors(Vec<(&'static str, Text)>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// The status of a form page shown again: 200 when it only shows something (a preview,
    /// suggestions), 422 when it shows mistakes.
    pub fn status(&self) -> actix_web::http::StatusCode {
        if self.is_empty() {
            actix_web::http::StatusCode::OK
        } else {
            actix_web::http::StatusCode::UNPROCESSABLE_ENTITY
        }
    }

    /// Records `message` for `field` (the first message per field wins).
    pub fn add(&mut self, field: &'static str, message: impl Into<Text>) {
        if self.get(field).is_none() {
            self.0.push((field, message.into()));
        }
    }

    /// The message for `field`, if any.
    pub fn get(&self, field: &str) -> Option<&Text> {
        self.0
            .iter()
            .find(|(name, _)| *name == field)
            .map(|(_, message)| message)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keeps the value of a parse, or records its error and gives `None`.
    pub fn check<T>(&mut self, field: &'static str, result: Result<T, Key>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(message) => {
                self.add(field, message);
                None
            }
        }
    }
}
