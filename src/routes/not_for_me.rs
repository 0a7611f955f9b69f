//! `POST /not-for-me`: the "unlike" button on articles, questions, ideas, areas and tags.
//! It takes the thing out of the member's own front page, lists and digests (never out of
//! a search they ask for, and never anything anyone else sees), and `undo=yes` puts it
//! back. Only what the member could open can be marked; asking twice changes nothing.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::auth::CsrfForm;
use crate::clock::now;
use crate::db::models::{areas, personal, post_access, posts};
use crate::db::schema::article_tags;
use crate::domain::ContentKind;
use crate::domain::personal::Unwanted;
use crate::error::AppError;
use crate::messages::personal as texts;
use crate::render::{Notice, local_path, see_other_with};
use crate::state::AppState;
use diesel::prelude::*;

#[derive(Deserialize)]
pub struct MarkForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    id: String,
    #[serde(default)]
    tag: String,
    back: Option<String>,
    #[serde(default)]
    undo: String,
}

pub async fn mark(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<MarkForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_viewer()?.clone();
    let what = Unwanted::parse(&form.kind, &form.id, &form.tag)
        .ok_or(AppError::BadRequest(texts::NOT_FOUND))?;
    let undo = form.undo == "yes";
    let now = now();
    let found = state
        .db
        .run(move |conn| {
            let open = match &what {
                Unwanted::Article(id) | Unwanted::Question(id) | Unwanted::Idea(id) => {
                    let kind = match what {
                        Unwanted::Article(_) => ContentKind::Article,
                        Unwanted::Question(_) => ContentKind::Question,
                        _ => ContentKind::Idea,
                    };
                    match posts::find(conn, kind, *id)? {
                        Some(post) => post_access::readable(conn, &post, Some(&viewer), now)?,
                        None => false,
                    }
                }
                Unwanted::Area(id) => areas::find(conn, *id)?.is_some(),
                Unwanted::Tag(tag) => diesel::select(diesel::dsl::exists(
                    article_tags::table.filter(article_tags::tag.eq(tag)),
                ))
                .get_result(conn)?,
            };
            // Undoing always works: the thing may have gone since it was marked.
            if !open && !undo {
                return Ok(false);
            }
            crate::db::write_idempotent(conn, |conn| {
                personal::set_unwanted(conn, viewer.id, &what, !undo, now).map_err(AppError::from)
            })?;
            Ok(true)
        })
        .await?;
    if !found {
        return Err(AppError::NotFound);
    }
    let notice = if undo {
        Notice::NotForMeUndone
    } else {
        Notice::NotForMe
    };
    Ok(see_other_with(&local_path(form.back.as_deref()), notice))
}
