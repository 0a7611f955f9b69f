//! `GET /experts/questions/{id}-{slug}` (a bare id, or a stale slug, redirects there): the
//! question, its answers — the accepted one first, then by votes — with expert badges and
//! areas, comments under answers, and the forms to answer, vote, accept, follow and invite.

use std::sync::Arc;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, web};
use askama::Template;

use super::made::MadeAnswer;
use super::thread::Thread;
use crate::auth::Session;
use crate::db::models::answers;
use crate::db::models::questions::{self, Question, QuestionView};
use crate::domain::{HeldSeen, Role, Visibility};
use crate::error::AppError;
use crate::render::{Author, Page, SafeHtml, html_sized};
use crate::routes::replies::OpenReply;
use crate::routes::thread_comment::CommentItem;
use crate::state::AppState;

/// An answer as the page shows it to one reader: their marks beside the parts made once
/// for every reader in their language.
pub struct AnswerItem<'a> {
    pub id: i64,
    pub author_id: i64,
    pub by_expert: bool,
    pub accepted: bool,
    pub voted: bool,
    pub own: bool,
    /// Waiting for a moderator: shown only to its author and to moderators, marked so.
    pub held: bool,
    pub made: &'a MadeAnswer,
    pub comments: Vec<&'a CommentItem>,
}

#[derive(Template)]
#[template(path = "experts/question.html")]
struct QuestionPage<'a> {
    page: Page,
    view: &'a QuestionView,
    asker: Author,
    body: SafeHtml,
    answers: Vec<AnswerItem<'a>>,
    signed_in: bool,
    can_accept: bool,
    following: bool,
    /// Other experts this viewer may invite (only experts see the form).
    invitable: Vec<(i64, String)>,
    /// The area's experts, for the sidebar.
    experts: Vec<Author>,
    /// Questions like this one, for the sidebar.
    related: &'a [Question],
    draft: AnswerDraft,
}

/// The state of the page's forms: empty, or what was typed into the answer form (or the
/// comment form under answer `comment_on`, the one comment form the page opens) and why it
/// was refused.
#[derive(Default)]
pub struct AnswerDraft {
    pub body: String,
    pub error: Option<crate::i18n::Key>,
    pub comment_on: Option<i64>,
}

impl AnswerDraft {
    /// Whether this draft belongs to the comment form under answer `id`.
    pub fn comments_on(&self, id: &i64) -> bool {
        self.comment_on == Some(*id)
    }

    /// The answer form's error, if the draft is an answer.
    pub fn answer_error(&self) -> Option<crate::i18n::Key> {
        self.error.filter(|_| self.comment_on.is_none())
    }
}

pub async fn question(
    state: web::Data<AppState>,
    session: Session,
    key: web::Path<String>,
    open: Option<web::Query<OpenReply>>,
) -> Result<HttpResponse, AppError> {
    let draft = AnswerDraft {
        comment_on: OpenReply::id(open),
        ..AnswerDraft::default()
    };
    render(&state, &session, key.into_inner(), draft, StatusCode::OK).await
}

/// Renders the question page; the answer handler uses it to show a refused answer.
/// Shows `question` again with a refused draft under the reason (422).
pub async fn refused(
    state: &AppState,
    session: &Session,
    question: &Question,
    draft: AnswerDraft,
) -> Result<HttpResponse, AppError> {
    let key = format!("{}-{}", question.id, question.slug);
    render(state, session, key, draft, StatusCode::UNPROCESSABLE_ENTITY).await
}

pub async fn render(
    state: &AppState,
    session: &Session,
    key: String,
    draft: AnswerDraft,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let id: i64 = key
        .split('-')
        .next()
        .and_then(|n| n.parse().ok())
        .ok_or(AppError::NotFound)?;
    let viewer = session.viewer().cloned();
    let viewer_id = viewer.as_ref().map(|v| v.id);
    let thread: Arc<Thread> = state
        .pages
        .shared(state, ("question", id), move |conn| Thread::load(conn, id))
        .await?;
    let q = &thread.view.question;
    if !Visibility::parse(&q.visibility).shown_to(q.asker_id, viewer.as_ref()) {
        return Err(AppError::NotFound);
    }
    let (voted, following) = match viewer_id {
        Some(user) => {
            state
                .db
                .read_here(move |conn| {
                    Ok((
                        answers::voted(conn, id, user)?,
                        questions::follows(conn, id, user)?,
                    ))
                })
                .await?
        }
        None => (Vec::new(), false),
    };
    let held = HeldSeen::by(viewer.as_ref());
    let Thread {
        view,
        answers,
        comments,
        comments_under,
        assignments,
        experts: invitable,
        related,
        people,
        ..
    } = &*thread;
    let canonical = view.question.path();
    if key != canonical.rsplit('/').next().unwrap_or_default() {
        return Ok(HttpResponse::MovedPermanently()
            .insert_header((header::LOCATION, canonical))
            .finish());
    }

    let viewer_in_area = viewer.as_ref().is_some_and(|v| {
        v.can(Role::Expert)
            && assignments
                .iter()
                .any(|(user, area, _)| *user == v.id && *area == view.question.area_id)
    });
    let can_accept = viewer
        .as_ref()
        .is_some_and(|v| v.id == view.question.asker_id)
        || viewer_in_area;
    let accepted = view.question.accepted_answer_id;

    let made = thread.made(session.lang().lang)?;
    // In the thread's order (see `Thread::answers`), each with the comments this reader
    // may see.
    let items: Vec<AnswerItem> = answers
        .iter()
        .zip(&made.answers)
        .zip(comments_under)
        .filter(|((a, _), _)| held.shows(&a.answer.visibility, a.answer.author_id))
        .map(|((a, made_answer), under)| AnswerItem {
            id: a.answer.id,
            author_id: a.answer.author_id,
            by_expert: a.answer.by_expert,
            accepted: accepted == Some(a.answer.id),
            voted: voted.contains(&a.answer.id),
            own: viewer_id == Some(a.answer.author_id),
            held: a.answer.visibility == Visibility::Held.key(),
            made: made_answer,
            comments: under
                .iter()
                .filter(|&&c| held.shows(&comments[c].reply.status, comments[c].reply.author_id))
                .map(|&c| &made.comments[c])
                .collect(),
        })
        .collect();

    let experts = invitable
        .iter()
        .map(|(id, name)| crate::routes::author(name, *id, people))
        .collect();
    let invitable = if viewer.as_ref().is_some_and(|v| v.can(Role::Expert)) {
        invitable
            .iter()
            .filter(|(id, _)| Some(*id) != viewer_id)
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    let excerpt: String = view.question.body_md.chars().take(160).collect();
    let page = Page::new(session, view.question.title.clone())
        .in_section("experts")
        .describe(if excerpt.is_empty() {
            view.question.title.clone()
        } else {
            excerpt
        });
    // The layout, the question and each answer's forms around what was made once.
    let bytes = 24 * 1024 + made.bytes + 2 * 1024 * items.len();
    html_sized(
        status,
        &QuestionPage {
            page,
            draft,
            body: SafeHtml::from_stored(view.question.body_html.clone()),
            asker: crate::routes::author(&view.asker, view.question.asker_id, people),
            view,
            answers: items,
            signed_in: viewer.is_some(),
            can_accept,
            following,
            invitable,
            experts,
            related,
        },
        bytes,
    )
}
