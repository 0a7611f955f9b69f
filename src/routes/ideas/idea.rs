//! `GET /ideas/{id}`: an idea with its votes, status and public history; moderators also
//! get the review or status form. The member actions on an idea are here too: vote or
//! withdraw, follow, "not for me", and comment.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::accounts::now;
use crate::auth::{CsrfForm, Session};
use crate::db::models::ideas::{self, IdeaView, StatusChange};
use crate::db::models::replies::{self, Subject};
use crate::domain::idea::IdeaStatus;
use crate::domain::{Role, RoleSet, reply};
use crate::error::AppError;
use crate::messages;
use crate::moderation::ContentKind;
use crate::render::{Page, SafeHtml, html, see_other};
use crate::routes::experts::CommentItem;
use crate::routes::moderation::held::held;
use crate::routes::replies::{CommentDraft, post_comment};
use crate::routes::{BodyForm, VoteForm};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "ideas/idea.html")]
struct IdeaPage {
    page: Page,
    view: IdeaView,
    body: SafeHtml,
    history: Vec<StatusChange>,
    voted: bool,
    following: bool,
    /// The viewer marked it "not for me".
    hidden: bool,
    comments: Vec<CommentItem>,
    draft: CommentDraft,
    can_vote: bool,
    is_moderator: bool,
    signed_in: bool,
}

impl IdeaPage {
    fn status(&self) -> IdeaStatus {
        IdeaStatus::parse(&self.view.idea.status).unwrap_or(IdeaStatus::New)
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
    render(&state, &session, id.into_inner(), CommentDraft::default()).await
}

/// The idea page, with the comment form holding `draft` (422 when it carries a mistake).
async fn render(
    state: &AppState,
    session: &Session,
    id: i64,
    draft: CommentDraft,
) -> Result<HttpResponse, AppError> {
    let view = super::load(state, id, session.viewer()).await?;
    if let Some(target) = view.idea.merged_into_id {
        return Ok(HttpResponse::MovedPermanently()
            .insert_header((
                actix_web::http::header::LOCATION,
                format!("/ideas/{target}"),
            ))
            .finish());
    }
    let viewer = session.viewer().cloned();
    let idea_id = view.idea.id;
    let viewer_id = viewer.as_ref().map(|v| v.id);
    let (history, (voted, following, hidden), comments) = state
        .db
        .run(move |conn| {
            let comments = replies::for_subject(conn, Subject::Idea(idea_id))?;
            let marks = match viewer_id {
                Some(user) => (
                    ideas::has_voted(conn, idea_id, user)?,
                    ideas::is_following(conn, idea_id, user)?,
                    ideas::is_hidden(conn, idea_id, user)?,
                ),
                None => (false, false, false),
            };
            Ok((ideas::history(conn, idea_id)?, marks, comments))
        })
        .await?;
    let idea = &view.idea;
    let status = IdeaStatus::parse(&idea.status).unwrap_or(IdeaStatus::New);
    let can_vote = viewer.as_ref().is_some_and(|v| v.id != idea.author_id)
        && idea.approved
        && !status.is_closed();
    let page = Page::new(session, idea.title.clone())
        .in_section("ideas")
        .describe(idea.body_md.chars().take(160).collect::<String>());
    let code = if draft.error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    html(
        code,
        &IdeaPage {
            page,
            body: SafeHtml::from_stored(idea.body_html.clone()),
            history,
            voted,
            following,
            hidden,
            comments: comments
                .into_iter()
                .map(|c| CommentItem {
                    author_id: c.reply.author_id,
                    id: c.reply.id,
                    staff: RoleSet::from_bits(c.author_roles).has(Role::Staff),
                    author: c.author,
                    body: SafeHtml::from_stored(c.reply.body_html),
                    created_at: c.reply.created_at,
                })
                .collect(),
            draft,
            can_vote,
            is_moderator: viewer.as_ref().is_some_and(|v| v.can(Role::Moderator)),
            signed_in: viewer.is_some(),
            view,
        },
    )
}

pub async fn vote(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<VoteForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_participant()?.clone();
    let idea = super::load(&state, id.into_inner(), Some(&viewer))
        .await?
        .idea;
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
                crate::moderation::rate::count(
                    conn,
                    viewer.id,
                    crate::moderation::rate::Action::Vote,
                    now(),
                )?;
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
    let idea = super::load(&state, id.into_inner(), Some(&viewer))
        .await?
        .idea;
    let hidden = form.hidden != "no";
    let idea_id = idea.id;
    state
        .db
        .run(move |conn| Ok(ideas::set_hidden(conn, idea_id, viewer.id, hidden)?))
        .await?;
    Ok(see_other(&idea.path()))
}

#[derive(Deserialize)]
pub struct FollowForm {
    #[serde(default)]
    follow: String,
}

/// `POST /ideas/{id}/follow`: follow (or stop following) an idea, to be told when its
/// status changes. Authors follow their own ideas from the start.
pub async fn follow(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<FollowForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_viewer()?.clone();
    let idea = super::load(&state, id.into_inner(), Some(&viewer))
        .await?
        .idea;
    let follow = form.follow != "no";
    let idea_id = idea.id;
    state
        .db
        .run(move |conn| {
            crate::db::write_idempotent(conn, |conn| {
                Ok(ideas::set_follow(conn, idea_id, viewer.id, follow)?)
            })
        })
        .await?;
    Ok(see_other(&idea.path()))
}

/// `POST /ideas/{id}/comments`: a member comments on an approved idea. A refused comment
/// shows the page again with the text kept and the reason beside the field.
pub async fn comment(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<BodyForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_poster()?.clone();
    let idea = super::load(&state, id.into_inner(), Some(&viewer))
        .await?
        .idea;
    if !idea.approved || idea.merged_into_id.is_some() {
        return Err(AppError::NotFound);
    }
    let body = match reply::parse_body(&form.body) {
        Ok(body) => body,
        Err(message) => {
            let draft = CommentDraft {
                body: form.body,
                parent_id: None,
                error: Some(message),
            };
            return render(&state, &session, idea.id, draft).await;
        }
    };
    let idea_id = idea.id;
    let subject = Subject::Idea(idea_id);
    let (comment_id, verdict) =
        post_comment(&state, &viewer, subject, None, idea.area_id, body).await?;
    // Commenting follows the idea, as on a question.
    state
        .db
        .run(move |conn| {
            crate::db::write_idempotent(conn, |conn| {
                Ok(ideas::set_follow(conn, idea_id, viewer.id, true)?)
            })
        })
        .await?;
    if verdict.held() {
        return held(&session, ContentKind::Comment, &verdict, &idea.path());
    }
    Ok(see_other(&format!("{}#comment-{comment_id}", idea.path())))
}
