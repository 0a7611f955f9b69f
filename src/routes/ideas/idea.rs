//! `GET /ideas/{id}`: an idea with its votes, status and public history; moderators also
//! get the review or status form. `POST /ideas/{id}/vote` votes or withdraws a vote.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::accounts::now;
use crate::auth::{CsrfForm, Session};
use crate::db::models::ideas::{self, Idea, StatusChange};
use crate::db::models::replies::{self, Subject};
use crate::domain::Role;
use crate::domain::RoleSet;
use crate::domain::idea::IdeaStatus;
use crate::error::AppError;
use crate::messages;
use crate::render::{Page, SafeHtml, ok, see_other};
use crate::routes::VoteForm;
use crate::routes::experts::CommentItem;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "ideas/idea.html")]
struct IdeaPage {
    page: Page,
    idea: Idea,
    author: String,
    body: SafeHtml,
    history: Vec<StatusChange>,
    voted: bool,
    /// The viewer marked it "not for me".
    hidden: bool,
    comments: Vec<CommentItem>,
    can_vote: bool,
    is_moderator: bool,
    signed_in: bool,
}

impl IdeaPage {
    fn status(&self) -> IdeaStatus {
        IdeaStatus::parse(&self.idea.status).unwrap_or(IdeaStatus::New)
    }

    fn moves(&self) -> Vec<IdeaStatus> {
        let from = self.status();
        IdeaStatus::ALL
            .into_iter()
            .filter(|to| from.can_move_to(*to))
            .collect()
    }
}

pub async fn idea(
    state: web::Data<AppState>,
    session: Session,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (idea, author) = super::load(&state, id.into_inner(), session.viewer()).await?;
    if let Some(target) = idea.merged_into_id {
        return Ok(HttpResponse::MovedPermanently()
            .insert_header((
                actix_web::http::header::LOCATION,
                format!("/ideas/{target}"),
            ))
            .finish());
    }
    let viewer = session.viewer().cloned();
    let idea_id = idea.id;
    let viewer_id = viewer.as_ref().map(|v| v.id);
    let (history, voted, hidden, comments) = state
        .db
        .run(move |conn| {
            let comments = replies::for_subject(conn, Subject::Idea(idea_id))?;
            let (voted, hidden) = match viewer_id {
                Some(user) => (
                    ideas::has_voted(conn, idea_id, user)?,
                    ideas::is_hidden(conn, idea_id, user)?,
                ),
                None => (false, false),
            };
            Ok((ideas::history(conn, idea_id)?, voted, hidden, comments))
        })
        .await?;
    let status = IdeaStatus::parse(&idea.status).unwrap_or(IdeaStatus::New);
    let can_vote = viewer.as_ref().is_some_and(|v| v.id != idea.author_id)
        && idea.approved
        && !status.is_closed();
    let page = Page::new(&session, idea.title.clone())
        .in_section("ideas")
        .describe(idea.body_md.chars().take(160).collect::<String>());
    ok(&IdeaPage {
        page,
        body: SafeHtml::from_stored(idea.body_html.clone()),
        author,
        history,
        voted,
        hidden,
        comments: comments
            .into_iter()
            .map(|c| CommentItem {
                id: c.reply.id,
                staff: RoleSet::from_bits(c.author_roles).has(Role::Staff),
                author: c.author,
                body: SafeHtml::from_stored(c.reply.body_html),
                created_at: c.reply.created_at,
            })
            .collect(),
        can_vote,
        is_moderator: viewer.as_ref().is_some_and(|v| v.can(Role::Moderator)),
        signed_in: viewer.is_some(),
        idea,
    })
}

pub async fn vote(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<VoteForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_viewer()?.clone();
    let (idea, _) = super::load(&state, id.into_inner(), Some(&viewer)).await?;
    if idea.author_id == viewer.id {
        return Err(AppError::ForbiddenBecause(messages::IDEA_OWN_VOTE));
    }
    let status = IdeaStatus::parse(&idea.status).unwrap_or(IdeaStatus::New);
    let up = form.up();
    // Withdrawing is always possible; a new vote only on an approved, open idea.
    if up && (!idea.approved || status.is_closed()) {
        return Err(AppError::ForbiddenBecause(
            messages::IDEA_NOT_OPEN_FOR_VOTES,
        ));
    }
    let idea_id = idea.id;
    state
        .db
        .run(move |conn| {
            crate::db::write_idempotent(conn, |conn| {
                if up {
                    ideas::add_vote(conn, idea_id, viewer.id, now())?;
                } else {
                    ideas::remove_vote(conn, idea_id, viewer.id)?;
                }
                Ok(())
            })
        })
        .await?;
    Ok(see_other(&idea.path()))
}

#[derive(Deserialize)]
pub struct HideForm {
    #[serde(default)]
    hidden: String,
}

/// `POST /ideas/{id}/hide`: "not for me" — hides the idea from the member's own board.
/// Nobody else ever sees the choice.
pub async fn hide(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<HideForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_viewer()?.clone();
    let (idea, _) = super::load(&state, id.into_inner(), Some(&viewer)).await?;
    let hidden = form.hidden != "no";
    let idea_id = idea.id;
    state
        .db
        .run(move |conn| Ok(ideas::set_hidden(conn, idea_id, viewer.id, hidden)?))
        .await?;
    Ok(see_other(&idea.path()))
}

#[derive(Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    body: String,
}

/// `POST /ideas/{id}/comments`: a member comments on an approved idea.
pub async fn comment(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<CommentForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_viewer()?.clone();
    let (idea, _) = super::load(&state, id.into_inner(), Some(&viewer)).await?;
    if !idea.approved {
        return Err(AppError::NotFound);
    }
    let body = crate::domain::reply::parse_body(&form.body).map_err(AppError::BadRequest)?;
    let rendered = crate::render::markdown::render_off_thread(
        body.clone(),
        crate::render::markdown::Trust::of(&viewer),
    )
    .await?;
    let idea_id = idea.id;
    let comment_id = state
        .db
        .run(move |conn| {
            Ok(replies::create(
                conn,
                Subject::Idea(idea_id),
                None,
                viewer.id,
                &body,
                rendered.html.as_str(),
                now(),
            )?)
        })
        .await?;
    Ok(see_other(&format!("{}#comment-{comment_id}", idea.path())))
}
