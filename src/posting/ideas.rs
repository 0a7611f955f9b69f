//! Ideas through the posting service: one way for the ideas form and the API. With
//! pre-moderation on, a new idea waits for a moderator (the service holds it).

use super::{Draft, Posted, submit};
use crate::db::models::ideas::{self, NewIdea};
use crate::domain::{ContentKind, Viewer, Visibility, slugify};
use crate::error::AppError;
use crate::moderation::checks::Rule;
use crate::render::markdown::{self, Trust};
use crate::state::AppState;

/// An idea, checked.
pub struct Proposed {
    pub title: String,
    pub body: String,
    pub area_id: Option<i64>,
    pub image_id: Option<i64>,
    pub image_alt: String,
}

/// Posts `idea` by `author`.
pub async fn propose(
    state: &AppState,
    author: &Viewer,
    idea: Proposed,
) -> Result<Posted<()>, AppError> {
    let rendered = markdown::render_off_thread(idea.body.clone(), Trust::of(author)).await?;
    let author_id = author.id;
    let text = format!("{}\n\n{}", idea.title, idea.body);
    let draft = Draft::new(ContentKind::Idea, author, idea.area_id, text);
    submit(state, draft, move |conn, visibility, now| {
        let new = NewIdea {
            slug: &slugify(&idea.title),
            author_id,
            area_id: idea.area_id,
            title: &idea.title,
            body_md: &idea.body,
            body_html: rendered.html.as_str(),
            image_id: idea.image_id,
            image_alt: &idea.image_alt,
            approved: visibility == Visibility::Visible,
        };
        Ok((ideas::create(conn, &new, now)?, ()))
    })
    .await
}

/// Whether `posted` waits only because ideas are pre-moderated (the board's normal course,
/// not a problem with the text).
pub fn only_awaits_review<T>(posted: &Posted<T>) -> bool {
    posted
        .verdict
        .holds()
        .iter()
        .all(|f| f.rule == Rule::Premoderation)
}

/// Posts `body` by `author` as a comment on `idea` (public: the caller checked); the
/// author follows the idea from then on, as on a question.
pub async fn comment(
    state: &AppState,
    author: &Viewer,
    idea: &crate::db::models::ideas::Idea,
    body: String,
) -> Result<Posted<()>, AppError> {
    let subject = crate::db::models::replies::Subject::Idea(idea.id);
    let posted = super::comments::post(state, author, subject, None, idea.area_id, body).await?;
    let (idea_id, author_id) = (idea.id, author.id);
    state
        .db
        .run(move |conn| {
            crate::db::write_idempotent(conn, |conn| {
                Ok(crate::db::models::idea_members::set_follow(
                    conn, idea_id, author_id, true,
                )?)
            })
        })
        .await?;
    Ok(posted)
}
