//! The moderators' actions on a post in the queue, each one click:
//!
//! - **approve** — the post goes (or stays) public;
//! - **trust** — approve, and the author's posts skip pre-moderation from now on;
//! - **edit, then approve** — `GET|POST /mod/{kind}/{id}/edit`, in `edit.rs`;
//! - **reject** — the post is hidden (a held idea is declined) and the author told why;
//! - **hide** — the post is taken down, kept in the database, the author told;
//! - **silence** / **suspend** — hide, and restrict the author for a number of days.
//!
//! Every action resolves all of the post's open flags in the same transaction, and only
//! flags still open count: when two moderators act on one post, the second finds nothing
//! open, is told so (409), and nothing is done twice. Every action is in the audit log.

use actix_web::{HttpResponse, web};
use chrono::{Duration, NaiveDateTime};
use serde::Deserialize;

use crate::accounts::{Actor, log_action, now};
use crate::auth::{CsrfForm, Viewer};
use crate::db::models::flags;
use crate::db::models::ideas;
use crate::db::models::users;
use crate::db::models::{answers, questions};
use crate::db::{DbConnection, write_transaction};
use crate::domain::{Role, RoleSet};
use crate::error::AppError;
use crate::mail::Outgoing;
use crate::messages;
use crate::moderation::ContentKind;
use crate::moderation::content::{self, Visibility};
use crate::moderation::items::{self, Item};
use crate::moderation::policy::Group;
use crate::notify::{self, Kind};
use crate::render::{Notice, see_other};
use crate::state::AppState;

const REASON_MAX: usize = 1_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Action {
    Approve,
    Trust,
    Reject,
    Hide,
    Silence,
    Suspend,
}

impl Action {
    pub(super) fn parse(key: &str) -> Option<Action> {
        Some(match key {
            "approve" => Action::Approve,
            "trust" => Action::Trust,
            "reject" => Action::Reject,
            "hide" => Action::Hide,
            "silence" => Action::Silence,
            "suspend" => Action::Suspend,
            _ => return None,
        })
    }

    pub(super) fn label(self) -> &'static str {
        match self {
            Action::Approve => "approved",
            Action::Trust => "approved and trusted",
            Action::Reject => "rejected",
            Action::Hide => "hid",
            Action::Silence => "hid and silenced",
            Action::Suspend => "hid and suspended",
        }
    }

    pub(super) fn key(self) -> &'static str {
        match self {
            Action::Approve => "approve",
            Action::Trust => "trust",
            Action::Reject => "reject",
            Action::Hide => "hide",
            Action::Silence => "silence",
            Action::Suspend => "suspend",
        }
    }
}

#[derive(Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    days: String,
    /// The newest flag the moderator's page showed.
    #[serde(default)]
    seen: String,
}

pub(super) fn parse_reason(input: &str) -> Result<String, AppError> {
    let reason = input.trim();
    if reason.chars().count() > REASON_MAX {
        return Err(AppError::BadRequest(messages::MOD_REASON_TOO_LONG));
    }
    Ok(reason.to_owned())
}

/// The post's kind from the address, or 404.
pub(super) fn kind_of(key: &str) -> Result<ContentKind, AppError> {
    ContentKind::parse(key).ok_or(AppError::NotFound)
}

/// `POST /mod/{kind}/{id}`: one of the actions above.
pub async fn act(
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
    CsrfForm { session, form }: CsrfForm<ActionForm>,
) -> Result<HttpResponse, AppError> {
    let moderator = session.require_role(Role::Moderator)?.clone();
    let (kind, id) = path.into_inner();
    let kind = kind_of(&kind)?;
    let action =
        Action::parse(&form.action).ok_or(AppError::BadRequest(messages::MOD_ACTION_UNKNOWN))?;
    let reason = parse_reason(&form.reason)?;
    let days = match action {
        Action::Silence | Action::Suspend => match form.days.trim().parse::<i64>() {
            Ok(days) if (1..=365).contains(&days) => days,
            _ => return Err(AppError::BadRequest(messages::MOD_DAYS)),
        },
        _ => 0,
    };
    let without_reason = reason.is_empty();
    let mail = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                let now = now();
                let item = items::find(conn, kind, id)?.ok_or(AppError::NotFound)?;
                claim(conn, &item, &moderator, action.key(), &form.seen, now)?;
                apply(conn, &item, action, &moderator, &reason, days, now)
            })
        })
        .await?;
    state.mail(mail);
    // One click first, the reason after: the queue offers to add one.
    let done = if without_reason {
        format!("&done={}-{id}-{}", kind.key(), action.key())
    } else {
        String::new()
    };
    Ok(see_other(&format!(
        "/mod?notice={}{done}",
        Notice::ModDone.key()
    )))
}

#[derive(Deserialize)]
pub struct ReasonForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    reason: String,
}

/// `POST /mod/{kind}/{id}/reason`: the reason for an action taken without one, added
/// afterwards. The log is append-only, so it is a new entry naming the action; when the
/// action was one the author was told of, they are told the reason too.
pub async fn add_reason(
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
    CsrfForm { session, form }: CsrfForm<ReasonForm>,
) -> Result<HttpResponse, AppError> {
    let moderator = session.require_role(Role::Moderator)?.clone();
    let (kind, id) = path.into_inner();
    let kind = kind_of(&kind)?;
    let action =
        Action::parse(&form.action).ok_or(AppError::BadRequest(messages::MOD_ACTION_UNKNOWN))?;
    let reason = parse_reason(&form.reason)?;
    if reason.is_empty() {
        return Err(AppError::BadRequest(messages::MOD_REASON_REQUIRED));
    }
    let mail = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                let now = now();
                let item = items::find(conn, kind, id)?.ok_or(AppError::NotFound)?;
                let actor = Actor {
                    id: Some(moderator.id),
                    name: &moderator.username,
                };
                let details = format!("for mod.{}", action.key());
                log_action(
                    conn,
                    actor,
                    "mod.reason",
                    &item.audit_subject(),
                    &details,
                    &reason,
                )?;
                if matches!(action, Action::Approve | Action::Trust) {
                    return Ok(Vec::new());
                }
                let text = format!(
                    "The moderators' reason about your {}: {reason}",
                    item.kind.label()
                );
                Ok(notify::send(
                    conn,
                    &[item.author_id],
                    Kind::ModerationDecision,
                    &text,
                    &item.path,
                    now,
                )?)
            })
        })
        .await?;
    state.mail(mail);
    Ok(see_other(&format!("/mod?notice={}", Notice::Saved.key())))
}

/// Resolves the post's open flags for `moderator`, or answers 409 when another moderator
/// got there first, or when a flag newer than `seen` (the newest the moderator's page
/// showed) arrived since: an edit or a report the moderator has not read.
pub(super) fn claim(
    conn: &mut DbConnection,
    item: &Item,
    moderator: &Viewer,
    resolution: &str,
    seen: &str,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    if let Ok(seen) = seen.trim().parse::<i64>() {
        if flags::newest_open(conn, item.kind.key(), item.id)?.is_some_and(|n| n > seen) {
            return Err(AppError::Conflict(messages::MOD_CHANGED));
        }
    }
    let open = flags::resolve(
        conn,
        item.kind.key(),
        item.id,
        &moderator.username,
        resolution,
        now,
    )?;
    if open == 0 {
        return Err(AppError::Conflict(messages::MOD_ALREADY_HANDLED));
    }
    Ok(())
}

/// Carries out `action` on `item`, logs it and returns the e-mail to the author.
fn apply(
    conn: &mut DbConnection,
    item: &Item,
    action: Action,
    moderator: &Viewer,
    reason: &str,
    days: i64,
    now: NaiveDateTime,
) -> Result<Vec<Outgoing>, AppError> {
    let actor = Actor {
        id: Some(moderator.id),
        name: &moderator.username,
    };
    let subject = item.audit_subject();
    let told = match action {
        Action::Approve | Action::Trust => {
            let mail = publish(conn, item, moderator, now)?;
            if action == Action::Trust {
                users::trust(conn, item.author_id)?;
                log_action(conn, actor, "member.trust", &item.author, "", reason)?;
            }
            log_action(conn, actor, "mod.approve", &subject, "", reason)?;
            return Ok(mail);
        }
        Action::Reject => {
            reject(conn, item, moderator, reason, now)?;
            log_action(conn, actor, "mod.reject", &subject, "", reason)?;
            Some(format!("A moderator rejected your {}", item.kind.label()))
        }
        Action::Hide => {
            content::set_visibility(conn, item, Visibility::Hidden, now)?;
            log_action(conn, actor, "mod.hide", &subject, "", reason)?;
            Some(format!("A moderator hid your {}", item.kind.label()))
        }
        Action::Silence | Action::Suspend => {
            let suspended = action == Action::Suspend;
            let roles: Vec<(i64, i32)> = users::roles_of(conn, &[item.author_id])?;
            let author_roles = RoleSet::from_bits(roles.first().map_or(0, |r| r.1));
            if Group::of(author_roles) == Group::Staff {
                return Err(AppError::BadRequest(messages::MOD_CANNOT_RESTRICT_STAFF));
            }
            let until = now + Duration::days(days);
            content::set_visibility(conn, item, Visibility::Hidden, now)?;
            users::restrict(conn, item.author_id, suspended, until, reason, now)?;
            log_action(conn, actor, "mod.hide", &subject, "", reason)?;
            let what = if suspended {
                "member.suspend"
            } else {
                "member.silence"
            };
            let details = format!(
                "{days} days, until {}",
                crate::render::format::date_time(until)
            );
            log_action(conn, actor, what, &item.author, &details, reason)?;
            Some(format!(
                "A moderator hid your {} and {} your account for {days} days",
                item.kind.label(),
                if suspended { "suspended" } else { "silenced" }
            ))
        }
    };
    let Some(text) = told else {
        return Ok(Vec::new());
    };
    let text = if reason.is_empty() {
        format!("{text}.")
    } else {
        format!("{text}: {reason}")
    };
    Ok(notify::send(
        conn,
        &[item.author_id],
        Kind::ModerationDecision,
        &text,
        &item.path,
        now,
    )?)
}

/// Makes a post public, and announces it as a new post would have been (a held post was
/// announced to nobody). A held idea is approved the ideas board's way (its first status
/// entry, its first response time). Returns the e-mail to send.
pub(super) fn publish(
    conn: &mut DbConnection,
    item: &Item,
    moderator: &Viewer,
    now: NaiveDateTime,
) -> Result<Vec<Outgoing>, AppError> {
    if item.visibility == Visibility::Visible {
        return Ok(Vec::new());
    }
    let mut mail = notify::send(
        conn,
        &[item.author_id],
        Kind::ModerationDecision,
        &format!(
            "A moderator approved your {}: it is public now.",
            item.kind.label()
        ),
        &item.path,
        now,
    )?;
    if item.kind == ContentKind::Idea && item.visibility == Visibility::Held {
        let idea = ideas::find(conn, item.id)?.ok_or(AppError::NotFound)?;
        ideas::change_status(
            conn,
            &idea,
            &idea.status,
            true,
            (moderator.id, &moderator.username),
            "",
            now,
        )?;
        return Ok(mail);
    }
    content::set_visibility(conn, item, Visibility::Visible, now)?;
    match item.kind {
        ContentKind::Question => {
            let question = questions::find(conn, item.id)?.ok_or(AppError::NotFound)?;
            mail.extend(crate::announce::question(conn, &question, now)?);
        }
        ContentKind::Answer => {
            let (_, question) = answers::on_view(conn, item.id)?.ok_or(AppError::NotFound)?;
            let author = (item.author_id, item.author.as_str());
            mail.extend(crate::announce::answer(
                conn, &question, item.id, author, now,
            )?);
        }
        _ => {}
    }
    Ok(mail)
}

/// Turns a post down: a held idea is declined with the reason as its public note; any
/// other post is hidden.
fn reject(
    conn: &mut DbConnection,
    item: &Item,
    moderator: &Viewer,
    reason: &str,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    if item.kind == ContentKind::Idea && item.visibility == Visibility::Held {
        let idea = ideas::find(conn, item.id)?.ok_or(AppError::NotFound)?;
        ideas::change_status(
            conn,
            &idea,
            "declined",
            false,
            (moderator.id, &moderator.username),
            reason,
            now,
        )?;
        return Ok(());
    }
    content::set_visibility(conn, item, Visibility::Hidden, now)?;
    Ok(())
}
