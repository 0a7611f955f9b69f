//! The moderators' side: `GET /ideas/review` lists ideas waiting for review, oldest first;
//! `POST /ideas/{id}/status` approves, declines or moves an idea along, with an optional
//! public note. Each change is in the idea's history and the audit log, and the author, the
//! voters and the followers are told.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::accounts::{Actor, log_action, now};
use crate::auth::{CsrfForm, Session};
use crate::db::models::idea_lists;
use crate::db::models::ideas::{self, Idea};
use crate::db::write_transaction;
use crate::domain::Role;
use crate::domain::idea::{IdeaStatus, NOTE_MAX};
use crate::error::AppError;
use crate::messages;
use crate::notify::{self, Kind};
use crate::render::{Notice, Page, ok, see_other};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "ideas/review.html")]
struct ReviewPage {
    page: Page,
    waiting: Vec<Idea>,
    numbers: idea_lists::ReviewNumbers,
}

impl ReviewPage {
    fn median(&self) -> String {
        match self.numbers.median_response {
            None => "no responses yet".to_owned(),
            Some(wait) if wait.num_hours() >= 48 => {
                crate::render::format::count(wait.num_days() as usize, "day", "days")
            }
            Some(wait) => {
                crate::render::format::count(wait.num_hours().max(0) as usize, "hour", "hours")
            }
        }
    }
}

pub async fn review(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Moderator)?;
    let (waiting, numbers) = state
        .db
        .run(|conn| {
            Ok((
                idea_lists::awaiting_review(conn, None)?,
                idea_lists::review_numbers(conn, now())?,
            ))
        })
        .await?;
    ok(&ReviewPage {
        page: Page::new(&session, "Ideas waiting for review").in_section("moderation"),
        waiting,
        numbers,
    })
}

#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    note: String,
}

pub async fn set_status(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<StatusForm>,
) -> Result<HttpResponse, AppError> {
    let moderator = session.require_role(Role::Moderator)?.clone();
    let to = IdeaStatus::parse(&form.status)
        .ok_or(AppError::BadRequest(messages::IDEA_STATUS_NOT_ALLOWED))?;
    let note = form.note.trim().to_owned();
    if note.chars().count() > NOTE_MAX {
        return Err(AppError::BadRequest(messages::IDEA_NOTE_TOO_LONG));
    }
    let idea_id = id.into_inner();
    let (path, mail) = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                // Read inside the transaction: a moderator acting on a stale page cannot
                // undo what another moderator just did.
                let idea = ideas::find(conn, idea_id)?.ok_or(AppError::NotFound)?;
                let from = IdeaStatus::parse(&idea.status).unwrap_or(IdeaStatus::New);
                let approving = !idea.approved && from == IdeaStatus::New && to == IdeaStatus::New;
                if !approving && !from.can_move_to(to) {
                    return Err(AppError::BadRequest(messages::IDEA_STATUS_NOT_ALLOWED));
                }
                // Declining an idea that waited keeps it off the board; anything else is public.
                let approve = idea.approved || to != IdeaStatus::Declined;
                if !idea.approved {
                    // Reviewed here, it leaves the moderation queue too, so that nobody
                    // acts on it there a second time.
                    crate::db::models::flags::resolve(
                        conn,
                        "idea",
                        idea.id,
                        &moderator.username,
                        to.key(),
                        crate::accounts::now(),
                    )?;
                }
                let actor = Actor {
                    id: Some(moderator.id),
                    name: &moderator.username,
                };
                let now = now();
                ideas::change_status(
                    conn,
                    &idea,
                    to.key(),
                    approve,
                    (moderator.id, &moderator.username),
                    &note,
                    now,
                )?;
                let subject = format!("idea {} (#{})", idea.title, idea.id);
                let action = if approving {
                    "idea.approve"
                } else {
                    "idea.status"
                };
                log_action(conn, actor, action, &subject, to.key(), &note)?;
                let mut told = ideas::audience(conn, idea.id)?;
                told.retain(|u| *u != moderator.id);
                let text = if approving {
                    format!("Your idea is on the board: {}", idea.title)
                } else {
                    format!("“{}” is now {}", idea.title, to.label().to_lowercase())
                };
                let mail = notify::send(
                    conn,
                    &told,
                    Kind::IdeaStatusChanged,
                    &text,
                    &idea.path(),
                    now,
                )?;
                Ok((idea.path(), mail))
            })
        })
        .await?;
    state.mail(mail);
    Ok(see_other(&format!("{path}?notice={}", Notice::Saved.key())))
}

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
        .run(move |conn| {
            write_transaction(conn, |conn| {
                let source = ideas::find(conn, source_id)?.ok_or(AppError::NotFound)?;
                if source.merged_into_id.is_some() {
                    return Err(AppError::Conflict(messages::IDEA_ALREADY_MERGED));
                }
                let target = ideas::find(conn, target_id)?
                    .filter(|t| {
                        t.approved && t.merged_into_id.is_none() && t.visibility == "visible"
                    })
                    .ok_or(AppError::BadRequest(messages::IDEA_MERGE_TARGET))?;
                let now = now();
                let audience = ideas::merge(conn, &source, &target, now)?;
                let public_note = if note.is_empty() {
                    format!("Merged into #{}: {}", target.id, target.title)
                } else {
                    note.clone()
                };
                ideas::change_status(
                    conn,
                    &source,
                    IdeaStatus::Duplicate.key(),
                    true,
                    (moderator.id, &moderator.username),
                    &public_note,
                    now,
                )?;
                let actor = Actor {
                    id: Some(moderator.id),
                    name: &moderator.username,
                };
                let subject = format!("idea {} (#{})", source.title, source.id);
                log_action(
                    conn,
                    actor,
                    "idea.merge",
                    &subject,
                    &format!("into #{}", target.id),
                    &note,
                )?;
                let mut told = audience;
                told.retain(|u| *u != moderator.id);
                let text = format!(
                    "“{}” was merged into “{}”; votes moved with it",
                    source.title, target.title
                );
                let mail = notify::send(
                    conn,
                    &told,
                    Kind::IdeaStatusChanged,
                    &text,
                    &target.path(),
                    now,
                )?;
                Ok((target.path(), mail))
            })
        })
        .await?;
    state.mail(mail);
    Ok(see_other(&format!("{path}?notice={}", Notice::Saved.key())))
}
