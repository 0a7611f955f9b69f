//! Dates and counts as people read them, formatted in one place (British English).

use chrono::NaiveDateTime;

use crate::domain::Restriction;
use crate::messages;

/// A moment, however many references deep a template holds it.
pub trait Time {
    fn time(&self) -> NaiveDateTime;
}

impl Time for NaiveDateTime {
    fn time(&self) -> NaiveDateTime {
        *self
    }
}

impl<T: Time + ?Sized> Time for &T {
    fn time(&self) -> NaiveDateTime {
        (**self).time()
    }
}

/// "22 November 2026"
pub fn date(time: impl Time) -> String {
    time.time().format("%-d %B %Y").to_string()
}

/// "22 Nov 2026, 14:05 UTC"
pub fn date_time(time: impl Time) -> String {
    time.time().format("%-d %b %Y, %H:%M UTC").to_string()
}

/// Machine-readable, for `<time datetime>` and feeds: "2026-11-22T14:05:00Z"
pub fn iso(time: impl Time) -> String {
    time.time().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Whether `time` is at or before `now`.
pub fn is_past(time: impl Time, now: impl Time) -> bool {
    time.time() <= now.time()
}

/// The value of a `datetime-local` input: "2026-11-22T14:05"
pub fn input(time: NaiveDateTime) -> String {
    time.format("%Y-%m-%dT%H:%M").to_string()
}

/// "1 comment", "3 comments"
pub fn count(n: impl std::borrow::Borrow<usize>, one: &str, many: &str) -> String {
    let n = *n.borrow();
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// What a restricted member is told: what they may not do, until when, and why.
pub fn restriction(r: &Restriction) -> String {
    let what = if r.suspended {
        messages::RESTRICTED_SUSPENDED
    } else {
        messages::RESTRICTED_SILENCED
    };
    let reason = if r.reason.is_empty() {
        String::new()
    } else {
        format!(" {} {}", messages::RESTRICTED_REASON, r.reason)
    };
    format!("{what} {}{reason}", date_time(r.until))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn formats_dates_and_counts() {
        let t = NaiveDate::from_ymd_opt(2026, 11, 2)
            .unwrap()
            .and_hms_opt(9, 5, 0)
            .unwrap();
        assert_eq!(date(t), "2 November 2026");
        assert_eq!(date_time(t), "2 Nov 2026, 09:05 UTC");
        assert_eq!(iso(t), "2026-11-02T09:05:00Z");
        assert_eq!(count(1, "comment", "comments"), "1 comment");
        assert_eq!(count(0, "comment", "comments"), "0 comments");
    }
}
