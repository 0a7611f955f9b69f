//! The daily rollups, kept by the background job: once a UTC day is over (and a few
//! minutes more, for transactions that began before midnight), its counts and the members
//! active on it are stored, and the dashboard never counts that day's posts again.
//!
//! Safe from several app processes: a week of days is replaced whole in one transaction,
//! and a process that finds another one's rows already there stops for this run.

use chrono::{Days, NaiveDateTime, TimeDelta};

use super::tally;
use crate::db::models::dashboard::{self as rows, DayRollup};
use crate::db::{DbConnection, UniqueViolation, write_transaction};
use crate::error::AppError;

/// How long after midnight a day waits before it is final.
const SETTLE: TimeDelta = TimeDelta::minutes(10);

/// Days read and written per transaction.
const DAYS_PER_STEP: u64 = 7;

/// Rolls up every day that is over and not yet rolled up (all of them on the first run
/// after an upgrade). Returns how many days were stored.
pub fn roll_up(conn: &mut DbConnection, now: NaiveDateTime) -> Result<usize, AppError> {
    let last_final = (now - SETTLE).date() - Days::new(1);
    let mut day = match rows::rolled_through(conn)? {
        Some(through) => through + Days::new(1),
        None => match rows::first_day(conn)? {
            Some(first) => first,
            None => return Ok(0),
        },
    };
    let mut stored = 0;
    while day <= last_final {
        let step_last = (day + Days::new(DAYS_PER_STEP - 1)).min(last_final);
        let start = day.and_time(chrono::NaiveTime::MIN);
        let end = (step_last + Days::new(1)).and_time(chrono::NaiveTime::MIN);
        let tallies = tally::by_day(&rows::activity_between(conn, start, end)?);
        let days: Vec<DayRollup> = day
            .iter_days()
            .take_while(|d| *d <= step_last)
            .map(|d| {
                let tally = tallies.get(&d).cloned().unwrap_or_default();
                let mut figures: Vec<_> = tally.figures.into_iter().collect();
                figures.sort();
                DayRollup {
                    day: d,
                    figures,
                    active: tally.active.into_iter().collect(),
                }
            })
            .collect();
        match write_transaction(conn, |conn| rows::store_days(conn, &days, step_last, now)) {
            Ok(()) => stored += days.len(),
            // Another process stored these days a moment ago.
            Err(e) if e.is_unique_violation() => return Ok(stored),
            Err(e) => return Err(e.into()),
        }
        day = step_last + Days::new(1);
    }
    Ok(stored)
}
