//! Comments through the posting service: one way for comments under articles, answers
//! and ideas, and for their authors' edits within the edit window.

use super::{Draft, Posted, submit};
use crate::db::models::replies::{self, NewReply, Subject};
use crate::domain::{ContentKind, Viewer};
use crate::error::AppError;
use crate::render::markdown::{self, Trust};
use crate::state::AppState;

/// Posts `body` by `author` under `subject`, in thread `parent_id`. `area_id` is the area
/// of what it hangs under, for the policy and the queue's filter. A held comment is
/// stored but shown to nobody until a moderator approves it.
pub async fn post(
    state: &AppState,
    author: &Viewer,
    subject: Subject,
    parent_id: Option<i64>,
    area_id: Option<i64>,
    body: String,
) -> Result<Posted<()>, AppError> {
    let rendered = markdown::render_off_thread(body.clone(), Trust::of(author)).await?;
    let author_id = author.id;
    let draft = Draft::new(ContentKind::Comment, author, area_id, body.clone());
    submit(state, draft, move |conn, visibility, now| {
        let new = NewReply {
            subject,
            parent_id,
            author_id,
            body_md: &body,
            body_html: rendered.html.as_str(),
            status: visibility.key(),
        };
        Ok((replies::create(conn, &new, now)?, ()))
    })
    .await
}

/// Replaces comment `id`'s text with `body` (the caller checked that `author` may).
pub async fn edit(
    state: &AppState,
    author: &Viewer,
    id: i64,
    body: String,
) -> Result<Posted<()>, AppError> {
    let rendered = markdown::render_off_thread(body.clone(), Trust::of(author)).await?;
    let draft = Draft::new(ContentKind::Comment, author, None, body.clone()).as_edit();
    submit(state, draft, move |conn, _, now| {
        replies::update_body(conn, id, &body, rendered.html.as_str(), now)?;
        Ok((id, ()))
    })
    .await
}
