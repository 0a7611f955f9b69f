//! Work done in the background while the server runs, every five minutes: re-weighing the
//! ideas' trending scores, sending due accept reminders and digests, forgetting rate-limit events
//! that no longer count, deleting uploads that a form left behind a day ago and nothing
//! shows, and deleting accounts whose address was not confirmed within a week (so that
//! an address typed by mistake, or by someone else, is free again for its owner), and
//! rolling up the dashboard's finished days. All are safe to run from several app processes at once (the scores are
//! recomputed whole; each reminder is recorded under a key; each image is checked and
//! deleted in one transaction), so no process needs to be the leader.

use std::time::Duration;

use chrono::NaiveDateTime;
use diesel::QueryResult;

use crate::db::models::{idea_lists, media, users};
use crate::db::{DbConnection, write_transaction};
use crate::domain::PostsChoice;
use crate::error::AppError;
use crate::state::AppState;
use crate::{messages, privacy};

const EVERY: Duration = Duration::from_secs(300);

/// How long an upload may wait for the form that carries it to be sent again.
const UPLOAD_GRACE_HOURS: i64 = 24;

/// Images looked at per run: a few at a time keeps each run short.
const UPLOADS_PER_RUN: i64 = 20;

/// Deletes images uploaded more than a day before `now` that nothing shows (an upload
/// whose form was abandoned, or sent back with a mistake and never sent again). Returns
/// how many were deleted.
pub fn forget_abandoned_uploads(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    let cutoff = now - chrono::Duration::hours(UPLOAD_GRACE_HOURS);
    let mut deleted = 0;
    for id in media::unattached_before(conn, cutoff, UPLOADS_PER_RUN)? {
        if write_transaction(conn, |conn| media::remove_if_unused(conn, id))? {
            deleted += 1;
        }
    }
    Ok(deleted)
}

/// How long a new account may wait for its address to be confirmed: as long as the link.
const CONFIRM_GRACE_DAYS: i64 = 7;

/// Accounts deleted per run.
const UNCONFIRMED_PER_RUN: i64 = 20;

/// Deletes accounts made more than a week before `now` whose address was never confirmed,
/// as their owner's own deletion would (keeping any posts the policy let them make).
/// Returns how many were deleted.
pub fn forget_unconfirmed_accounts(
    conn: &mut DbConnection,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    let cutoff = now - chrono::Duration::days(CONFIRM_GRACE_DAYS);
    let mut deleted = 0;
    for id in users::unconfirmed_before(conn, cutoff, UNCONFIRMED_PER_RUN)? {
        // Confirmed since it was picked (a moment ago): it stays.
        if users::find(conn, id)?.is_none_or(|u| u.email_confirmed_at.is_some()) {
            continue;
        }
        let reason = messages::account::AUDIT_NEVER_CONFIRMED;
        if privacy::delete(conn, id, PostsChoice::Keep, reason)?.is_some() {
            deleted += 1;
        }
    }
    Ok(deleted)
}

pub fn start(state: actix_web::web::Data<AppState>) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(EVERY);
        loop {
            tick.tick().await;
            run_all(&state).await;
        }
    });
}

/// One run of every job, in order; each failure is logged and counted and the next job
/// still runs.
pub async fn run_all(state: &AppState) {
    let now = crate::clock::now();
    step(state, "trending", move |c| {
        Ok(idea_lists::refresh_trending(c, now)?)
    })
    .await;
    let stale = now - chrono::Duration::hours(2);
    step(state, "rate_events", move |c| {
        Ok(crate::db::models::rate_events::prune(c, stale)?)
    })
    .await;
    step(state, "uploads", move |c| {
        Ok(forget_abandoned_uploads(c, now)?)
    })
    .await;
    step(state, "unconfirmed", move |c| {
        forget_unconfirmed_accounts(c, now)
    })
    .await;
    let days = state.settings.accept_reminder_days;
    if let Some(mail) = step(state, "reminders", move |c| {
        crate::reminders::send_due(c, now, days)
    })
    .await
    {
        state.mail(mail);
    }
    if let Some(mail) = step(state, "digests", move |c| {
        crate::personal::send_digests(c, now)
    })
    .await
    {
        state.mail(mail);
    }
    step(state, "dashboard", move |c| {
        crate::dashboard::rollup::roll_up(c, now)
    })
    .await;
}

/// Runs one job on a pooled connection; a failure is logged and counted, and the other
/// jobs still run.
async fn step<T: Send + 'static>(
    state: &AppState,
    name: &'static str,
    job: impl FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
) -> Option<T> {
    let result = state.db.run(job).await;
    state.metrics.job(name, result.is_ok());
    match result {
        Ok(out) => Some(out),
        Err(error) => {
            tracing::warn!(%error, job = name, "background job failed");
            None
        }
    }
}
