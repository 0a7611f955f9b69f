//! The POSTs on a question: answer, vote (and withdraw), accept, follow, invite an expert,
//! and comment under an answer. Votes rely on the (answer, member) key, so two clicks sent
//! at once leave one vote.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::question::{AnswerDraft, render};
use crate::accounts::now;
use crate::auth::{CsrfForm, NoFields};
use crate::db::models::questions::{self, Question};
use crate::db::models::{answers, areas, replies};
use crate::db::write_transaction;
use crate::domain::{Role, reply};
use crate::error::AppError;
use crate::messages;
use crate::moderation::rate::Action;
use crate::moderation::{self, ContentKind, Submission};
use crate::notify::{self, Kind};
use crate::render::markdown::{self, Trust};
use crate::render::{Notice, see_other};
use crate::routes::moderation::held::held;
use crate::routes::replies::post_comment;
use crate::routes::{BodyForm, VoteForm};
use crate::state::AppState;

pub async fn answer(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<BodyForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_poster()?.clone();
    let view = super::load(&state, id.into_inner()).await?;
    let question = view.question;
    let body = match reply::parse_body(&form.body) {
        Ok(body) => body,
        Err(message) => {
            let draft = AnswerDraft {
                body: form.body,
                error: Some(message),
                comment_on: None,
            };
            let key = question
                .path()
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_owned();
            return render(
                &state,
                &session,
                key,
                draft,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let rendered = markdown::render_off_thread(body.clone(), Trust::of(&viewer)).await?;
    let path = question.path();
    let premoderated = state.settings.idea_premoderation;
    let (answer_id, verdict, mail) = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                let now = now();
                let submission = Submission {
                    kind: ContentKind::Answer,
                    author: &viewer,
                    area_id: Some(question.area_id),
                    text: &body,
                    is_edit: false,
                };
                let verdict =
                    moderation::admit(conn, premoderated, Action::Post, &submission, now)?;
                // "Expert answer" means an expert in this question's area.
                let by_expert = viewer.can(Role::Expert)
                    && super::is_area_expert(conn, viewer.id, question.area_id)?;
                let new = answers::NewAnswer {
                    question_id: question.id,
                    author_id: viewer.id,
                    body_md: &body,
                    body_html: rendered.html.as_str(),
                    by_expert,
                    visible: !verdict.held(),
                };
                let answer_id = answers::add_answer(conn, &new, now)?;
                moderation::record(
                    conn,
                    ContentKind::Answer,
                    answer_id,
                    &submission,
                    &verdict,
                    now,
                )?;
                if verdict.held() {
                    return Ok((answer_id, verdict, Vec::new()));
                }
                let mail = crate::announce::answer(
                    conn,
                    &question,
                    answer_id,
                    (viewer.id, &viewer.username),
                    now,
                )?;
                Ok((answer_id, verdict, mail))
            })
        })
        .await?;
    if verdict.held() {
        return held(&session, ContentKind::Answer, &verdict, &path);
    }
    state.mail(mail);
    Ok(see_other(&format!(
        "{path}?notice={}#answer-{answer_id}",
        Notice::AnswerPosted.key()
    )))
}

/// Shows question `id` again with a refused draft (422).
async fn render_at(
    state: &AppState,
    session: &crate::auth::Session,
    id: i64,
    draft: AnswerDraft,
) -> Result<HttpResponse, AppError> {
    let view = super::load(state, id).await?;
    let key = view
        .question
        .path()
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_owned();
    render(state, session, key, draft, StatusCode::UNPROCESSABLE_ENTITY).await
}

pub async fn vote(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<VoteForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_participant()?.clone();
    let answer_id = id.into_inner();
    let up = form.up();
    let path = state
        .db
        .run(move |conn| {
            let (answer, question) =
                answers::on_view(conn, answer_id)?.ok_or(AppError::NotFound)?;
            if answer.author_id == viewer.id {
                return Err(AppError::ForbiddenBecause(messages::ANSWER_OWN_VOTE));
            }
            // A second vote, or withdrawing a vote never given, is a no-op.
            crate::db::write_idempotent(conn, |conn| {
                moderation::rate::count(conn, viewer.id, Action::Vote, now())?;
                if up {
                    answers::add_vote(conn, &answer, viewer.id, now())?;
                } else {
                    answers::remove_vote(conn, &answer, viewer.id)?;
                }
                Ok(())
            })?;
            Ok(format!("{}#answer-{answer_id}", question.path()))
        })
        .await?;
    Ok(see_other(&path))
}

pub async fn accept(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, .. }: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_participant()?.clone();
    let answer_id = id.into_inner();
    let (path, mail) = state
        .db
        .run(move |conn| {
            let (answer, question): (_, Question) =
                answers::on_view(conn, answer_id)?.ok_or(AppError::NotFound)?;
            let allowed = question.asker_id == viewer.id
                || (viewer.can(Role::Expert)
                    && super::is_area_expert(conn, viewer.id, question.area_id)?);
            if !allowed {
                return Err(AppError::ForbiddenBecause(
                    messages::ANSWER_ACCEPT_NOT_ALLOWED,
                ));
            }
            if question.accepted_answer_id == Some(answer.id) {
                return Ok((question.path(), Vec::new()));
            }
            write_transaction(conn, |conn| {
                let now = now();
                questions::accept(conn, question.id, Some(answer.id), now)?;
                let url = format!("{}#answer-{}", question.path(), answer.id);
                let text = format!("An answer was accepted on: {}", question.title);
                let told: Vec<i64> = [answer.author_id, question.asker_id]
                    .into_iter()
                    .filter(|u| *u != viewer.id)
                    .collect();
                let mail = notify::send(conn, &told, Kind::AnswerAccepted, &text, &url, now)?;
                Ok((format!("{}#answer-{}", question.path(), answer.id), mail))
            })
        })
        .await?;
    state.mail(mail);
    Ok(see_other(&path))
}

#[derive(Deserialize)]
pub struct FollowForm {
    #[serde(default)]
    follow: String,
}

pub async fn follow(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<FollowForm>,
) -> Result<HttpResponse, AppError> {
    let viewer_id = session.require_viewer()?.id;
    let question = super::load(&state, id.into_inner()).await?.question;
    let follow = form.follow != "no";
    let question_id = question.id;
    state
        .db
        .run(move |conn| {
            Ok(questions::set_follow(
                conn,
                question_id,
                viewer_id,
                follow,
                now(),
            )?)
        })
        .await?;
    Ok(see_other(&question.path()))
}

#[derive(Deserialize)]
pub struct InviteForm {
    invitee: Option<i64>,
}

pub async fn invite(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<InviteForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_role(Role::Expert)?.clone();
    let question = super::load(&state, id.into_inner()).await?.question;
    let invitee = form
        .invitee
        .ok_or(AppError::BadRequest(messages::INVITE_NOT_AN_EXPERT))?;
    let path = question.path();
    let mail = state
        .db
        .run(move |conn| {
            let experts = areas::experts_of(conn, question.area_id)?;
            if invitee == viewer.id || !experts.iter().any(|(id, _)| *id == invitee) {
                return Err(AppError::BadRequest(messages::INVITE_NOT_AN_EXPERT));
            }
            write_transaction(conn, |conn| {
                let now = now();
                if !questions::invite(conn, question.id, invitee, viewer.id, now)? {
                    return Ok(Vec::new());
                }
                let text = format!(
                    "{} invites you to answer: {}",
                    viewer.username, question.title
                );
                Ok(notify::send(
                    conn,
                    &[invitee],
                    Kind::InvitedToAnswer,
                    &text,
                    &question.path(),
                    now,
                )?)
            })
        })
        .await?;
    state.mail(mail);
    Ok(see_other(&format!("{path}?notice={}", Notice::Saved.key())))
}

pub async fn comment(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<BodyForm>,
) -> Result<HttpResponse, AppError> {
    let viewer = session.require_poster()?.clone();
    let answer_id = id.into_inner();
    let body = match reply::parse_body(&form.body) {
        Ok(body) => body,
        Err(message) => {
            let question_id = state
                .db
                .run(move |conn| {
                    let answer =
                        answers::find_answer(conn, answer_id)?.ok_or(AppError::NotFound)?;
                    Ok(answer.question_id)
                })
                .await?;
            let draft = AnswerDraft {
                body: form.body,
                error: Some(message),
                comment_on: Some(answer_id),
            };
            return render_at(&state, &session, question_id, draft).await;
        }
    };
    let (answer, question) = state
        .db
        .run(move |conn| answers::on_view(conn, answer_id)?.ok_or(AppError::NotFound))
        .await?;
    let subject = replies::Subject::Answer(answer.id);
    let area = Some(question.area_id);
    let (comment_id, verdict) = post_comment(&state, &viewer, subject, None, area, body).await?;
    let path = question.path();
    if verdict.held() {
        return held(&session, ContentKind::Comment, &verdict, &path);
    }
    Ok(see_other(&format!(
        "{path}?notice={}#comment-{comment_id}",
        Notice::CommentPosted.key()
    )))
}
