//! Forms with file uploads (`multipart/form-data`), CSRF-checked like every other form.

use std::collections::HashMap;

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::StreamExt;
use futures_util::future::LocalBoxFuture;

use super::csrf_token::verify;
use super::session::Session;
use crate::error::AppError;
use crate::messages;

/// A `multipart/form-data` form (one with file uploads) whose CSRF token was checked.
/// Text fields and files are read into memory, never more than the body limit in all.
pub struct CsrfMultipart {
    pub session: Session,
    pub fields: HashMap<String, String>,
    pub files: HashMap<String, Vec<u8>>,
}

impl CsrfMultipart {
    /// A text field, or "" when absent.
    pub fn text(&self, name: &str) -> &str {
        self.fields.get(name).map(String::as_str).unwrap_or("")
    }

    /// An uploaded file, if one was chosen (browsers send an empty part otherwise).
    pub fn file(&self, name: &str) -> Option<&[u8]> {
        self.files
            .get(name)
            .map(Vec::as_slice)
            .filter(|f| !f.is_empty())
    }
}

impl FromRequest for CsrfMultipart {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let session = Session::from_request(req, &mut Payload::None);
        let multipart = actix_multipart::Multipart::new(req.headers(), payload.take());
        let state = req.app_data::<web::Data<crate::state::AppState>>().cloned();
        Box::pin(async move {
            let state =
                state.ok_or_else(|| AppError::Internal(anyhow::anyhow!("app state missing")))?;
            let limit = state.settings.body_limit;
            let bad = || AppError::BadRequest(messages::ERROR_BAD_REQUEST);
            let mut multipart = multipart;
            let mut fields = HashMap::new();
            let mut files = HashMap::new();
            let mut total = 0usize;
            while let Some(field) = multipart.next().await {
                let mut field = field.map_err(|_| bad())?;
                let Some(name) = field.name().map(str::to_owned) else {
                    continue;
                };
                let is_file = field
                    .content_disposition()
                    .is_some_and(|cd| cd.get_filename().is_some());
                let mut bytes = Vec::new();
                while let Some(chunk) = field.next().await {
                    let chunk = chunk.map_err(|_| bad())?;
                    total += chunk.len();
                    if total > limit {
                        return Err(AppError::PayloadTooLarge);
                    }
                    bytes.extend_from_slice(&chunk);
                }
                if is_file {
                    files.insert(name, bytes);
                } else {
                    fields.insert(name, String::from_utf8(bytes).map_err(|_| bad())?);
                }
            }
            let session = session.await?;
            let valid = fields
                .get("csrf_token")
                .is_some_and(|t| verify(&state.keys.csrf, session.token(), t));
            if !valid {
                return Err(AppError::Csrf);
            }
            Ok(CsrfMultipart {
                session,
                fields,
                files,
            })
        })
    }
}
