//! `POST /ideas/{id}/merge`: a moderator merges a duplicate into another idea
//! ([`crate::moderation::actions::ideas::merge`]).

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::idea::{ModForms, answer_moderation};
use crate::auth::CsrfForm;
use crate::domain::Role;
use crate::error::AppError;
use crate::messages;
use crate::moderation::actions::ideas as idea_actions;
use crate::state::AppState;

#[derive(Deserialize)]
pub struct MergeForm {
    #[serde(default)]
    into: String,
    #[serde(default)]
    note: String,
    /// The title search the target was picked from, shown again after a mistake.
    #[serde(default)]
    merge_q: String,
}

/// `POST /ideas/{id}/merge`: a moderator merges a duplicate into another idea picked from
/// a title search. Its votes move over (once per member), its page redirects there, and
/// its author and voters are told. All in one transaction, checked against the ideas as
/// they are now; a mistake (422) or a change meanwhile (409) shows the page again with the
/// message beside the choice.
pub async fn merge(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<MergeForm>,
) -> Result<HttpResponse, AppError> {
    let moderator = session.require_role(Role::Moderator)?.clone();
    let source_id = id.into_inner();
    let note = form.note.trim().to_owned();
    let result = match form.into.trim().parse::<i64>() {
        Err(_) => Err(AppError::BadRequest(messages::IDEA_MERGE_CHOOSE)),
        Ok(target) if target == source_id => Err(AppError::BadRequest(messages::IDEA_MERGE_SELF)),
        Ok(target) => {
            state
                .db
                .run(move |conn| idea_actions::merge(conn, source_id, target, &note, &moderator))
                .await
        }
    };
    answer_moderation(&state, &session, source_id, result, |message| ModForms {
        merge_query: form.merge_q.trim().to_owned(),
        merge_error: Some(message),
        ..ModForms::default()
    })
    .await
}
