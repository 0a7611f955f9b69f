//! `POST /experts/questions/{id}/answers`: a member answers a question on view, through
//! the posting service. An expert of the question's area writes an "Expert answer".

use actix_web::{HttpResponse, web};

use super::question::{AnswerDraft, refused};
use crate::auth::CsrfForm;
use crate::domain::{ContentKind, reply};
use crate::error::AppError;
use crate::posting;
use crate::render::Notice;
use crate::routes::BodyForm;
use crate::routes::moderation::held::after_posting;
use crate::state::AppState;

pub async fn answer(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<BodyForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_poster()?.clone();
    let question = super::load(&state, id.into_inner()).await?.question;
    let body = match reply::parse_body(&form.body) {
        Ok(body) => body,
        Err(message) => {
            let draft = AnswerDraft {
                body: form.body,
                error: Some(message),
                comment_on: None,
            };
            return refused(&state, &session, &question, draft).await;
        }
    };
    let path = question.path();
    let posted = posting::questions::answer(&state, &viewer, &question, body).await?;
    let place = format!("{path}#answer-{}", posted.id);
    after_posting(
        &session,
        ContentKind::Answer,
        &posted,
        &path,
        &place,
        Notice::AnswerPosted,
    )
}
