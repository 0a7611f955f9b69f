//! `GET /ideas/{id}`: an idea with its votes, status and public history; moderators also
//! get the review or status form. The member actions on it (vote, follow, "not for me",
//! comment) each have their own file.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::Session;
use crate::db::models::idea_members;
use crate::db::models::ideas::{self, IdeaView, StatusChange};
use crate::db::models::replies::{self, Subject};
use crate::domain::idea::IdeaStatus;
use crate::domain::{HeldSeen, Role};
use crate::error::AppError;
use crate::render::{Page, SafeHtml, html};
use crate::routes::experts::CommentItem;
use crate::routes::replies::CommentDraft;
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
pub(super) async fn render(
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
                crate::paths::idea(target),
            ))
            .finish());
    }
    let viewer = session.viewer().cloned();
    let idea_id = view.idea.id;
    let viewer_id = viewer.as_ref().map(|v| v.id);
    let held = HeldSeen::by(viewer.as_ref());
    let (history, (voted, following, hidden), comments) = state
        .db
        .run(move |conn| {
            let comments = replies::for_subject(conn, Subject::Idea(idea_id), held)?;
            let marks = match viewer_id {
                Some(user) => (
                    idea_members::has_voted(conn, idea_id, user)?,
                    idea_members::is_following(conn, idea_id, user)?,
                    idea_members::is_hidden(conn, idea_id, user)?,
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
            comments: comments.iter().map(CommentItem::of).collect(),
            draft,
            can_vote,
            is_moderator: viewer.as_ref().is_some_and(|v| v.can(Role::Moderator)),
            signed_in: viewer.is_some(),
            view,
        },
    )
}
