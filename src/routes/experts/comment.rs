//! `POST /experts/answers/{id}/comments`: a member comments under an answer, through the
//! posting service. A refused comment shows the question again with the text kept.

use actix_web::{HttpResponse, web};

use super::question::{AnswerDraft, refused};
use crate::auth::CsrfForm;
use crate::db::models::{answers, replies};
use crate::domain::reply;
use crate::error::AppError;
use crate::posting;
use crate::routes::BodyForm;
use crate::routes::moderation::held::after_commenting;
use crate::state::AppState;

pub async fn comment(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<BodyForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_poster()?.clone();
    let answer_id = id.into_inner();
    let (answer, question) = state
        .db
        .run(move |conn| answers::on_view(conn, answer_id)?.ok_or(AppError::NotFound))
        .await?;
    let body = match reply::parse_body(&form.body) {
        Ok(body) => body,
        Err(message) => {
            let draft = AnswerDraft {
                body: form.body,
                error: Some(message),
                comment_on: Some(answer_id),
            };
            return refused(&state, &session, &question, draft).await;
        }
    };
    let subject = replies::Subject::Answer(answer.id);
    let area = Some(question.area_id);
    let posted = posting::comments::post(&state, &viewer, subject, None, area, body).await?;
    let path = question.path();
    after_commenting(&session, &posted, &path)
}
