//! Who calls the API: a visitor (no `Authorization` header) or a member's personal access
//! token, checked against the database on each request ([`crate::auth::bearer`]).

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;

use super::ApiError;
use crate::auth::bearer::{self, Caller};
use crate::clock::now;
use crate::domain::api_token::Scope;
use crate::state::AppState;

/// Who calls: a visitor (no `Authorization` header) or a member's token, checked.
pub struct Access(pub Option<Caller>);

impl Access {
    /// The caller, if their token has `scope`: 401 without a token, 403 without the scope.
    pub fn require(&self, scope: Scope) -> Result<&Caller, ApiError> {
        let caller = self
            .0
            .as_ref()
            .ok_or_else(|| ApiError::unauthorized("unauthorized", "This needs an access token."))?;
        if caller.may(scope) {
            Ok(caller)
        } else {
            Err(ApiError::insufficient_scope(scope.key()))
        }
    }
}

impl FromRequest for Access {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let header = req
            .headers()
            .get(header::AUTHORIZATION)
            .map(|v| v.to_str().map(str::to_owned));
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let value = match header {
                None => return Ok(Access(None)),
                Some(Ok(value)) => value,
                Some(Err(_)) => return Err(malformed()),
            };
            let token = bearer::from_header(&value)
                .ok_or_else(malformed)?
                .to_owned();
            let state = state.ok_or_else(|| ApiError::internal(anyhow::anyhow!("no state")))?;
            let outcome = state
                .db
                .run(move |conn| Ok(bearer::authenticate(conn, &token, now())?))
                .await?;
            match outcome {
                Ok(caller) => Ok(Access(Some(caller))),
                Err(bearer::Refusal::Suspended) => Err(ApiError::new(
                    StatusCode::FORBIDDEN,
                    "suspended",
                    "This token's member is suspended: their tokens do not work meanwhile.",
                )),
                Err(refusal) => Err(ApiError::unauthorized(refusal.code(), refusal.detail())),
            }
        })
    }
}

fn malformed() -> ApiError {
    ApiError::unauthorized(
        "malformed_token",
        "Send the token as “Authorization: Bearer parlour_pat_…”.",
    )
}
