//! Reminding askers to accept an answer: a question with answers but none accepted after
//! `PARLOUR_ACCEPT_REMINDER_DAYS` earns its asker one reminder. Each reminder is recorded in
//! the same transaction as its notification, and a second process trying the same question
//! fails on the record's key and rolls back, so every asker is reminded once.

use chrono::{Duration, NaiveDateTime};

use crate::db::UniqueViolation;
use crate::db::models::question_lists;
use crate::db::{DbConnection, write_transaction};
use crate::error::AppError;
use crate::mail::Outgoing;
use crate::messages::notifications;
use crate::notify::{self, Kind};

/// Sends the reminders due at `now`; returns the e-mails to send.
pub fn send_due(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    days: i64,
) -> Result<Vec<Outgoing>, AppError> {
    let mut mail = Vec::new();
    for question in question_lists::due_for_reminder(conn, now - Duration::days(days))? {
        let sent = write_transaction(conn, |conn| {
            question_lists::mark_reminded(conn, question.id, now)?;
            let text = notifications::accept_reminder(&question.title);
            Ok::<_, AppError>(notify::send(
                conn,
                &[question.asker_id],
                Kind::AcceptReminder,
                &text,
                &question.path(),
                now,
            )?)
        });
        match sent {
            Ok(messages) => mail.extend(messages),
            // Another process reminded this asker first.
            Err(e) if e.is_unique_violation() => {}
            Err(e) => return Err(e),
        }
    }
    Ok(mail)
}
