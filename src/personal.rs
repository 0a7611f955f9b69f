//! Personal, never intrusive: what a member sees chosen for them comes only from what they
//! told us — the areas and tags they chose, the questions they follow, and what they
//! marked "not for me" — and each item says why it is there. Nothing records what anyone
//! looked at (no page views, clicks or reading times: see the README's privacy section and
//! the schema test), so "already seen" is never a reason to leave something out.
//!
//! The front page's "For you" and the digests share one selection
//! ([`crate::db::models::for_you`]). Digests go out from the background job after the hour
//! the admin sets (`/admin/digests`): one per member per day or ISO week, recorded under a
//! key in the same transaction as the mail is made, so that several app processes send
//! each digest once. A member suspended or deleted by then gets none.

use crate::i18n::Lang;
use chrono::{Datelike, Duration, NaiveDateTime, Timelike};

use crate::db::models::for_you::{self, Item, Reason};
use crate::db::models::{member_data, personal, settings, users};
use crate::db::{DbConnection, UniqueViolation, write_transaction};
use crate::domain::personal::Digest;
use crate::error::AppError;
use crate::mail::Outgoing;
use crate::messages::mail as letters;
use crate::messages::personal as texts;

/// How far back "For you" looks, and how many of each sort it shows.
const FOR_YOU_DAYS: i64 = 30;
const FOR_YOU_EACH: i64 = 4;
/// How many items a digest lists of each sort.
const DIGEST_EACH: i64 = 5;
/// Members whose digest is made per run of the job.
const DIGESTS_PER_RUN: i64 = 200;

/// The setting holding the hour (UTC, 0–23) after which digests go out.
pub const DIGEST_HOUR: &str = "digest_hour";
pub const DEFAULT_DIGEST_HOUR: u32 = 7;

/// "For you" for member `user_id` at `now`.
pub fn for_you(
    conn: &mut DbConnection,
    user_id: i64,
    now: NaiveDateTime,
) -> diesel::QueryResult<Vec<Item>> {
    for_you::select(
        conn,
        user_id,
        now - Duration::days(FOR_YOU_DAYS),
        now,
        FOR_YOU_EACH,
    )
}

/// The hour digests go out after.
pub fn digest_hour(conn: &mut DbConnection) -> diesel::QueryResult<u32> {
    Ok(settings::get(conn, DIGEST_HOUR)?
        .and_then(|v| v.parse::<u32>().ok())
        .filter(|h| *h < 24)
        .unwrap_or(DEFAULT_DIGEST_HOUR))
}

/// The period a digest sent at `now` belongs to, and where its selection starts.
pub fn period(digest: Digest, now: NaiveDateTime) -> Option<(String, NaiveDateTime)> {
    match digest {
        Digest::Never => None,
        Digest::Daily => Some((now.date().to_string(), now - Duration::days(1))),
        Digest::Weekly => {
            let week = now.date().iso_week();
            Some((
                format!("{}-W{:02}", week.year(), week.week()),
                now - Duration::days(7),
            ))
        }
    }
}

/// Makes the digests due at `now` and returns them to send.
pub fn send_digests(
    conn: &mut DbConnection,
    now: NaiveDateTime,
) -> Result<Vec<Outgoing>, AppError> {
    if now.hour() < digest_hour(conn)? {
        return Ok(Vec::new());
    }
    let mut mail = Vec::new();
    for digest in [Digest::Daily, Digest::Weekly] {
        let Some((period, since)) = period(digest, now) else {
            continue;
        };
        for user_id in personal::due_for_digest(conn, digest, &period, DIGESTS_PER_RUN)? {
            let made = write_transaction(conn, |conn| {
                personal::record_digest(conn, user_id, &period, now)?;
                digest_for(conn, user_id, digest, since, now)
            });
            match made {
                Ok(Some(message)) => mail.push(message),
                Ok(None) => {}
                // Another process made this digest first.
                Err(e) if e.is_unique_violation() => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(mail)
}

/// Member `user_id`'s digest, if they still want one and there is anything in it.
fn digest_for(
    conn: &mut DbConnection,
    user_id: i64,
    digest: Digest,
    since: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<Option<Outgoing>, AppError> {
    let Some(user) = users::find(conn, user_id)? else {
        return Ok(None);
    };
    if member_data::is_erased(conn, user_id)?
        || users::is_suspended(conn, user_id, now)?
        || Digest::parse(&user.digest) != Some(digest)
    {
        return Ok(None);
    }
    let items = for_you::select(conn, user_id, since, now, DIGEST_EACH)?;
    if items.is_empty() {
        return Ok(None);
    }
    let lang = crate::brand::language_for(conn, &user.language)?;
    Ok(Some(Outgoing {
        user_id,
        to: user.email,
        letter: letters::digest(
            lang,
            digest == Digest::Daily,
            items
                .iter()
                .map(|item| (item.title.clone(), item.path.clone(), reason(lang, item)))
                .collect(),
        ),
    }))
}

/// Why `item` was chosen, in the member's words.
pub fn reason(lang: Lang, item: &Item) -> String {
    match &item.reason {
        Reason::Tag(name) | Reason::Area(name) => texts::because_you_chose(lang, name),
        Reason::Following => texts::YOU_FOLLOW.say(lang),
    }
}
