//! `POST /experts/questions/{id}/answers`: a member answers a question on view, through
//! the posting service. An expert of the question's area writes an "Expert answer".

use actix_web::{HttpResponse, web};

use super::question::{AnswerDraft, refused};
use crate::auth::CsrfForm;
use crate::db::models::answers::{self, NewAnswer};
use crate::domain::{ContentKind, Role, reply};
use crate::error::AppError;
use crate::posting::{self, Draft};
use crate::render::Notice;
use crate::render::markdown::{self, Trust};
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
    let rendered = markdown::render_off_thread(body.clone(), Trust::of(&viewer)).await?;
    let path = question.path();
    let draft = Draft::new(
        ContentKind::Answer,
        &viewer,
        Some(question.area_id),
        body.clone(),
    );
    let posted = posting::submit(&state, draft, move |conn, visibility, now| {
        // "Expert answer" means an expert in this question's area.
        let by_expert =
            viewer.can(Role::Expert) && super::is_area_expert(conn, viewer.id, question.area_id)?;
        let new = NewAnswer {
            question_id: question.id,
            author_id: viewer.id,
            body_md: &body,
            body_html: rendered.html.as_str(),
            by_expert,
            visibility,
        };
        Ok((answers::add_answer(conn, &new, now)?, ()))
    })
    .await?;
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
