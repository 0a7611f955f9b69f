//! `GET /ideas/{id}`: an idea with its votes, status and public history; moderators also
//! get the review or status form. The member actions on it (vote, follow, "not for me",
//! comment) each have their own file.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::Session;
use crate::clock::now;
use crate::db::models::idea_members;
use crate::db::models::ideas::{self, Idea, IdeaView, StatusChange};
use crate::db::models::personal;
use crate::db::models::replies::{self, Subject};
use crate::db::models::users;
use crate::domain::idea::IdeaStatus;
use crate::domain::personal::Unwanted;
use crate::domain::{HeldSeen, Role};
use crate::error::AppError;
use crate::mail::Outgoing;
use crate::render::{Author, Notice, Page, SafeHtml, html, see_other_with};
use crate::routes::replies::CommentDraft;
use crate::routes::thread_comment::CommentItem;
use crate::search::similar;
use crate::state::AppState;

/// How many ideas the merge search offers.
const MERGE_CANDIDATES: i64 = 10;

#[derive(Template)]
#[template(path = "ideas/idea.html")]
struct IdeaPage {
    page: Page,
    view: IdeaView,
    author: Author,
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
    moderating: ModForms,
    /// The open ideas the merge search finds, this one left out.
    candidates: Vec<Idea>,
}

/// The moderators' forms on the idea page (status and note, merge), as sent back with a
/// mistake beside the field that caused it.
#[derive(Default)]
pub struct ModForms {
    /// The status chosen; none shows the current one.
    pub status: Option<String>,
    pub note: String,
    pub status_error: Option<crate::i18n::Key>,
    /// What the moderator searched for among the titles, to pick the merge target.
    pub merge_query: String,
    pub merge_error: Option<crate::i18n::Key>,
}

impl ModForms {
    /// Whether `key` is the status the form shows as chosen.
    fn selected(&self, key: &str, current: &str) -> bool {
        self.status.as_deref().unwrap_or(current) == key
    }
}

#[derive(Deserialize)]
pub struct IdeaQuery {
    #[serde(default)]
    merge_q: String,
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
    query: web::Query<IdeaQuery>,
) -> Result<HttpResponse, AppError> {
    let forms = ModForms {
        merge_query: query.into_inner().merge_q.trim().to_owned(),
        ..ModForms::default()
    };
    let id = id.into_inner();
    render_with(
        &state,
        &session,
        id,
        CommentDraft::default(),
        forms,
        StatusCode::OK,
    )
    .await
}

/// The idea page, with the comment form holding `draft` (422 when it carries a mistake).
pub(super) async fn render(
    state: &AppState,
    session: &Session,
    id: i64,
    draft: CommentDraft,
) -> Result<HttpResponse, AppError> {
    let code = if draft.error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render_with(state, session, id, draft, ModForms::default(), code).await
}

/// The idea page with a moderator's form sent back (`code`: 422 for a mistake, 409 when
/// the idea changed meanwhile).
pub(super) async fn render_with(
    state: &AppState,
    session: &Session,
    id: i64,
    draft: CommentDraft,
    moderating: ModForms,
    code: StatusCode,
) -> Result<HttpResponse, AppError> {
    let view = super::load(state, id, session.viewer()).await?;
    // A merged idea's page is its target's; a form sent back shows its own message.
    if let Some(target) = view.idea.merged_into_id.filter(|_| code.is_success()) {
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
    let author_id = view.idea.author_id;
    let is_moderator = viewer.as_ref().is_some_and(|v| v.can(Role::Moderator));
    let merge_query = if is_moderator {
        moderating.merge_query.clone()
    } else {
        String::new()
    };
    let (history, (voted, following, hidden), comments) = state
        .db
        .run(move |conn| {
            let comments = replies::for_subject(conn, Subject::Idea(idea_id), held)?;
            let mut authors: Vec<i64> = comments.iter().map(|c| c.reply.author_id).collect();
            authors.push(author_id);
            let people = users::people_of(conn, &authors)?;
            let marks = match viewer_id {
                Some(user) => (
                    idea_members::has_voted(conn, idea_id, user)?,
                    idea_members::is_following(conn, idea_id, user)?,
                    personal::is_unwanted(conn, user, &Unwanted::Idea(idea_id))?,
                ),
                None => (false, false, false),
            };
            let candidates =
                similar::ideas(conn, &merge_query, now(), Some(idea_id), MERGE_CANDIDATES)?;
            Ok((
                ideas::history(conn, idea_id)?,
                marks,
                (comments, candidates, people),
            ))
        })
        .await?;
    let (comments, candidates, people) = comments;
    let idea = &view.idea;
    let status = IdeaStatus::parse(&idea.status).unwrap_or(IdeaStatus::New);
    let can_vote = viewer.as_ref().is_some_and(|v| v.id != idea.author_id)
        && idea.approved
        && !status.is_closed();
    let page = Page::new(session, idea.title.clone())
        .in_section("ideas")
        .describe(idea.body_md.chars().take(160).collect::<String>());
    let words = page.words();
    let comments = comments
        .iter()
        .map(|c| CommentItem::of(c, &people, words))
        .collect::<Result<_, _>>()?;
    html(
        code,
        &IdeaPage {
            page,
            body: SafeHtml::from_stored(idea.body_html.clone()),
            history,
            voted,
            following,
            hidden,
            comments,
            author: crate::routes::author(&view.author, view.idea.author_id, &people),
            draft,
            can_vote,
            is_moderator,
            moderating,
            candidates,
            signed_in: viewer.is_some(),
            view,
        },
    )
}

/// Answers a moderator's form on the idea page: the redirect with a notice (and the
/// e-mail sent) when it worked; when the rules refused it (422) or the idea changed
/// meanwhile (409), the page again with `sent_back(message)` beside the field.
pub(super) async fn answer_moderation(
    state: &AppState,
    session: &Session,
    idea_id: i64,
    result: Result<(String, Vec<Outgoing>), AppError>,
    sent_back: impl FnOnce(crate::i18n::Key) -> ModForms,
) -> Result<HttpResponse, AppError> {
    let (code, message) = match result {
        Ok((path, mail)) => {
            state.mail(mail);
            return Ok(see_other_with(&path, Notice::Saved));
        }
        Err(AppError::BadRequest(message)) => (StatusCode::UNPROCESSABLE_ENTITY, message),
        Err(AppError::Conflict(message)) => (StatusCode::CONFLICT, message),
        Err(other) => return Err(other),
    };
    let forms = sent_back(message);
    render_with(
        state,
        session,
        idea_id,
        CommentDraft::default(),
        forms,
        code,
    )
    .await
}
