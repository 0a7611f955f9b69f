//! `POST /ideas/{id}/merge`: a moderator merges a duplicate into another idea
//! ([`crate::moderation::actions::ideas::merge`]).

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::auth::CsrfForm;
use crate::domain::Role;
use crate::error::AppError;
use crate::messages;
use crate::moderation::actions::ideas as idea_actions;
use crate::render::{Notice, see_other_with};
use crate::state::AppState;

#[derive(Deserialize)]
pub struct MergeForm {
    #[serde(default)]
    into: String,
    #[serde(default)]
    note: String,
}

/// `POST /ideas/{id}/merge`: a moderator merges a duplicate into another idea. Its votes
/// move over (once per member), its page redirects there, and its author and voters are
/// told. All in one transaction, checked against the ideas as they are now.
pub async fn merge(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<MergeForm>,
) -> Result<HttpResponse, AppError> {
    let moderator = session.require_role(Role::Moderator)?.clone();
    let source_id = id.into_inner();
    let target_id: i64 = form
        .into
        .trim()
        .trim_start_matches('#')
        .parse()
        .map_err(|_| AppError::BadRequest(messages::IDEA_MERGE_TARGET))?;
    if target_id == source_id {
        return Err(AppError::BadRequest(messages::IDEA_MERGE_SELF));
    }
    let note = form.note.trim().to_owned();
    let (path, mail) = state
        .db
        .run(move |conn| idea_actions::merge(conn, source_id, target_id, &note, &moderator))
        .await?;
    state.mail(mail);
    Ok(see_other_with(&path, Notice::Saved))
}
