//! Moderators' decisions on ideas: a new status (approving one that waited, declining,
//! or moving it along) with an optional public note, and merging a duplicate into
//! another idea. Each is in the idea's history and the audit log, raises
//! [`Event::StatusChanged`], and tells the author, the voters and the followers.

use chrono::NaiveDateTime;

use super::actor;
use crate::accounts::log_action;
use crate::clock::now;
use crate::db::models::{flags, idea_members, ideas};
use crate::db::{DbConnection, write_transaction};
use crate::domain::idea::IdeaStatus;
use crate::domain::{AuditSubject, ContentKind, Viewer, Visibility};
use crate::error::AppError;
use crate::mail::Outgoing;
use crate::messages::{self, notifications as texts};
use crate::notify::{self, Kind};
use crate::posting::events::{self, Event};

/// Gives idea `idea_id` the status `to` with `note`; returns the idea's address and the
/// e-mail to send. Checked against the idea as it is inside the transaction, so a
/// moderator acting on a stale page cannot undo what another moderator just did.
pub fn set_status(
    conn: &mut DbConnection,
    idea_id: i64,
    to: IdeaStatus,
    note: &str,
    moderator: &Viewer,
) -> Result<(String, Vec<Outgoing>), AppError> {
    write_transaction(conn, |conn| {
        let now = now();
        let idea = ideas::find(conn, idea_id)?.ok_or(AppError::NotFound)?;
        let from = IdeaStatus::parse(&idea.status).unwrap_or(IdeaStatus::New);
        let who = (moderator.id, moderator.username.as_str());
        let subject = AuditSubject::linked(texts::audit_idea(&idea.title, idea.id), idea.path());
        if idea.approved && to == from {
            // The status stays: a note alone goes into the public history.
            if note.is_empty() {
                return Err(AppError::BadRequest(messages::IDEA_NOTE_OR_STATUS));
            }
            ideas::change_status(conn, &idea, from.key(), true, who, note, now)?;
            log_action(
                conn,
                actor(moderator),
                "idea.note",
                &subject,
                from.key(),
                note,
            )?;
            return Ok((idea.path(), Vec::new()));
        }
        let approving = !idea.approved && from == IdeaStatus::New && to == IdeaStatus::New;
        if !approving && !from.can_move_to(to) {
            return Err(AppError::BadRequest(messages::IDEA_STATUS_NOT_ALLOWED));
        }
        // Declining an idea that waited keeps it off the board; anything else is public.
        let approve = idea.approved || to != IdeaStatus::Declined;
        if !idea.approved {
            // Reviewed here, it leaves the moderation queue too, so that nobody acts on
            // it there a second time.
            let kind = ContentKind::Idea.key();
            flags::resolve(conn, kind, idea.id, &moderator.username, to.key(), now)?;
        }
        ideas::change_status(conn, &idea, to.key(), approve, who, note, now)?;
        let subject = AuditSubject::linked(texts::audit_idea(&idea.title, idea.id), idea.path());
        let action = if approving {
            "idea.approve"
        } else {
            "idea.status"
        };
        log_action(conn, actor(moderator), action, &subject, to.key(), note)?;
        let text = if approving {
            texts::idea_on_board(&idea.title)
        } else {
            texts::idea_status(&idea.title, to.key())
        };
        let told = idea_members::audience(conn, idea.id)?;
        let event = Event::StatusChanged {
            idea_id: idea.id,
            status: to.key(),
        };
        let mail = tell(conn, told, moderator, (&text, &idea.path()), &event, now)?;
        Ok((idea.path(), mail))
    })
}

/// Merges idea `source_id` into `target_id`: its votes move over (once per member), its
/// followers and comments move with it, its page redirects there, and its audience is
/// told. Returns the target's address and the e-mail to send.
pub fn merge(
    conn: &mut DbConnection,
    source_id: i64,
    target_id: i64,
    note: &str,
    moderator: &Viewer,
) -> Result<(String, Vec<Outgoing>), AppError> {
    write_transaction(conn, |conn| {
        let source = ideas::find(conn, source_id)?.ok_or(AppError::NotFound)?;
        if source.merged_into_id.is_some() {
            return Err(AppError::Conflict(messages::IDEA_ALREADY_MERGED));
        }
        let target = ideas::find(conn, target_id)?
            .filter(|t| {
                t.approved
                    && t.merged_into_id.is_none()
                    && t.visibility == Visibility::Visible.key()
            })
            .ok_or(AppError::BadRequest(messages::IDEA_MERGE_TARGET))?;
        let now = now();
        let audience = ideas::merge(conn, &source, &target, now)?;
        let public_note = if note.is_empty() {
            let lang = crate::brand::language_for(conn, "")?;
            texts::idea_merged_note(lang, target.id, &target.title)
        } else {
            note.to_owned()
        };
        let who = (moderator.id, moderator.username.as_str());
        let duplicate = IdeaStatus::Duplicate;
        ideas::change_status(conn, &source, duplicate.key(), true, who, &public_note, now)?;
        let subject =
            AuditSubject::linked(texts::audit_idea(&source.title, source.id), target.path());
        let details = crate::i18n::Text::new("audit-merged-into").with("id", target.id.to_string());
        log_action(
            conn,
            actor(moderator),
            "idea.merge",
            &subject,
            details,
            note,
        )?;
        let text = texts::idea_merged(&source.title, &target.title);
        let path = target.path();
        let event = Event::StatusChanged {
            idea_id: source.id,
            status: duplicate.key(),
        };
        let mail = tell(conn, audience, moderator, (&text, &path), &event, now)?;
        Ok((path, mail))
    })
}

/// Tells `audience` (but not the moderator) `text`, linking to `path`, and raises
/// `event`.
fn tell(
    conn: &mut DbConnection,
    mut audience: Vec<i64>,
    moderator: &Viewer,
    (text, path): (&crate::i18n::Text, &str),
    event: &Event,
    now: NaiveDateTime,
) -> Result<Vec<Outgoing>, AppError> {
    audience.retain(|u| *u != moderator.id);
    let mut mail = notify::send(conn, &audience, Kind::IdeaStatusChanged, text, path, now)?;
    mail.extend(events::raise(conn, event, now)?);
    Ok(mail)
}
