//! Questions and answers through the posting service: one way for the ask form, the
//! answer form and the API.

use super::{Draft, Posted, submit};
use crate::db::models::answers::{self, NewAnswer};
use crate::db::models::areas;
use crate::db::models::questions::{self, NewQuestion, Question};
use crate::domain::{ContentKind, Role, Viewer, slugify};
use crate::error::AppError;
use crate::paths;
use crate::render::markdown::{self, Trust};
use crate::state::AppState;

/// A question, checked.
pub struct Asked {
    pub title: String,
    pub details: String,
    pub area_id: i64,
    pub image_id: Option<i64>,
    pub image_alt: String,
}

/// Posts `asked` by `asker`, who follows it from then on. The stored value is the
/// question's address. The area's experts are told once it is public.
pub async fn ask(
    state: &AppState,
    asker: &Viewer,
    asked: Asked,
) -> Result<Posted<String>, AppError> {
    let rendered = markdown::render_off_thread(asked.details.clone(), Trust::of(asker)).await?;
    let slug = slugify(&asked.title);
    let asker_id = asker.id;
    let text = format!("{}\n\n{}", asked.title, asked.details);
    let draft = Draft::new(ContentKind::Question, asker, Some(asked.area_id), text);
    submit(state, draft, move |conn, visibility, now| {
        let new = NewQuestion {
            slug: &slug,
            asker_id,
            area_id: asked.area_id,
            title: &asked.title,
            body_md: &asked.details,
            body_html: rendered.html.as_str(),
            image_id: asked.image_id,
            image_alt: &asked.image_alt,
            visibility: visibility.key(),
        };
        let id = questions::create(conn, &new, now)?;
        questions::set_follow(conn, id, asker_id, true, now)?;
        Ok((id, paths::question(id, &slug)))
    })
    .await
}

/// Posts `body` by `author` as an answer to `question` (on view: the caller checked). An
/// expert in the question's area writes an "Expert answer". The stored value is the
/// answer's address.
pub async fn answer(
    state: &AppState,
    author: &Viewer,
    question: &Question,
    body: String,
) -> Result<Posted<String>, AppError> {
    let rendered = markdown::render_off_thread(body.clone(), Trust::of(author)).await?;
    let (question_id, area_id, slug) = (question.id, question.area_id, question.slug.clone());
    let draft = Draft::new(ContentKind::Answer, author, Some(area_id), body.clone());
    let author = author.clone();
    submit(state, draft, move |conn, visibility, now| {
        let by_expert =
            author.can(Role::Expert) && areas::of_expert(conn, author.id)?.contains(&area_id);
        let new = NewAnswer {
            question_id,
            author_id: author.id,
            body_md: &body,
            body_html: rendered.html.as_str(),
            by_expert,
            visibility,
        };
        let id = answers::add_answer(conn, &new, now)?;
        Ok((id, paths::answer(question_id, &slug, id)))
    })
    .await
}
