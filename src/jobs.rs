//! Work done in the background while the server runs, every five minutes: re-weighing the
//! ideas' trending scores, sending due accept reminders and forgetting rate-limit events
//! that no longer count. Both are safe to run from
//! several app processes at once (the scores are recomputed whole; each reminder is
//! recorded under a key), so no process needs to be the leader.

use std::time::Duration;

use crate::db::models::idea_lists;
use crate::state::AppState;

const EVERY: Duration = Duration::from_secs(300);

pub fn start(state: actix_web::web::Data<AppState>) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(EVERY);
        loop {
            tick.tick().await;
            let now = crate::clock::now();
            if let Err(error) = state
                .db
                .run(move |conn| Ok(idea_lists::refresh_trending(conn, now)?))
                .await
            {
                tracing::warn!(%error, "re-weighing trending ideas failed");
            }
            let stale = now - chrono::Duration::hours(2);
            if let Err(error) = state
                .db
                .run(move |conn| Ok(crate::db::models::rate_events::prune(conn, stale)?))
                .await
            {
                tracing::warn!(%error, "forgetting old rate-limit events failed");
            }
            let days = state.settings.accept_reminder_days;
            match state
                .db
                .run(move |conn| crate::reminders::send_due(conn, now, days))
                .await
            {
                Ok(mail) => state.mail(mail),
                Err(error) => tracing::warn!(%error, "sending reminders failed"),
            }
        }
    });
}
