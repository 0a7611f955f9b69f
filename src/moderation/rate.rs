//! Per-member rate limits on posting, commenting, voting and reporting. The count lives in
//! the database (shared by every app process) and is taken inside the write transaction,
//! so concurrent requests cannot slip past it: on SQLite the transaction holds the write
//! lock; on PostgreSQL a burst may overshoot by the few requests counted at the same
//! instant, which a limit of this kind tolerates.

use chrono::{Duration, NaiveDateTime};

use crate::db::DbConnection;
use crate::db::models::rate_events;
use crate::error::AppError;
use crate::messages;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Questions, answers, ideas and articles.
    Post,
    /// Comments under articles, answers and ideas.
    Comment,
    Vote,
    Report,
    /// Accepting an answer (each change tells two people).
    Accept,
    /// A password checked outside sign-in (deleting the account): each is an Argon2 hash.
    PasswordCheck,
    /// A mail about the account sent on request (a new confirmation link).
    AccountMail,
    /// A picture uploaded (each is decoded and re-encoded).
    Upload,
}

impl Action {
    /// The limit a new post of `kind` counts against.
    pub fn posting(kind: crate::domain::ContentKind) -> Action {
        if kind == crate::domain::ContentKind::Comment {
            Action::Comment
        } else {
            Action::Post
        }
    }

    fn key(self) -> &'static str {
        match self {
            Action::Post => "post",
            Action::Comment => "comment",
            Action::Vote => "vote",
            Action::Report => "report",
            Action::Accept => "accept",
            Action::PasswordCheck => "password",
            Action::AccountMail => "account-mail",
            Action::Upload => "upload",
        }
    }

    /// How many per hour.
    pub fn per_hour(self) -> i64 {
        match self {
            Action::Post => 20,
            Action::Comment => 60,
            Action::Vote => 300,
            Action::Report => 20,
            Action::Accept => 20,
            Action::PasswordCheck => 5,
            Action::AccountMail => 3,
            Action::Upload => 30,
        }
    }

    fn message(self) -> crate::i18n::Key {
        match self {
            Action::Post => messages::RATE_POSTS,
            Action::Comment => messages::RATE_COMMENTS,
            Action::Vote => messages::RATE_VOTES,
            Action::Report => messages::RATE_REPORTS,
            Action::Accept => messages::RATE_ACCEPTS,
            Action::PasswordCheck => messages::RATE_PASSWORD,
            Action::AccountMail => messages::account::CONFIRMATION_THROTTLED,
            Action::Upload => messages::RATE_UPLOADS,
        }
    }
}

/// Counts one `action` by `user_id`, or refuses it (429) when the last hour's are used up.
pub fn count(
    conn: &mut DbConnection,
    user_id: i64,
    action: Action,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let since = now - Duration::hours(1);
    if rate_events::count_since(conn, user_id, action.key(), since)? >= action.per_hour() {
        return Err(AppError::TooManyRequests {
            message: action.message(),
            retry_after_secs: 600,
        });
    }
    rate_events::record(conn, user_id, action.key(), now)?;
    Ok(())
}
