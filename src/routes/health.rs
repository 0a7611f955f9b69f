//! `GET /healthz`: 200 when the database answers, 503 when it does not, for load
//! balancers and orchestrators.

use std::time::Duration;

use actix_web::{HttpResponse, web};

use crate::state::AppState;

pub async fn healthz(state: web::Data<AppState>) -> HttpResponse {
    if state.db.ping(Duration::from_secs(2)).await {
        HttpResponse::Ok().content_type("text/plain").body("ok")
    } else {
        HttpResponse::ServiceUnavailable()
            .content_type("text/plain")
            .body("database unavailable")
    }
}
