//! Dates as people read them, in their language, formatted in one place: the month names
//! and the order of the parts come from the catalogue (`common.ftl`).

use chrono::{Datelike, NaiveDateTime};

use crate::domain::Restriction;
use crate::i18n::Lang;
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

/// "22 November 2026", "22 novembre 2026"
pub fn date(lang: Lang, time: impl Time) -> String {
    let time = time.time();
    lang.t3(
        "date",
        "day",
        i64::from(time.day()),
        "month",
        lang.t(&format!("month-{}", time.month())),
        "year",
        time.year().to_string(),
    )
}

/// "22 Nov 2026, 14:05 UTC", "22 nov. 2026 à 14:05 UTC"
pub fn date_time(lang: Lang, time: impl Time) -> String {
    let time = time.time();
    let date = short_date(lang, time);
    lang.t2(
        "date-time",
        "date",
        date,
        "time",
        time.format("%H:%M").to_string(),
    )
}

/// A day with the month shortened: "22 Nov 2026", "22 nov. 2026".
pub fn short_date(lang: Lang, time: impl Time) -> String {
    let time = time.time();
    lang.t3(
        "date",
        "day",
        i64::from(time.day()),
        "month",
        lang.t(&format!("month-short-{}", time.month())),
        "year",
        time.year().to_string(),
    )
}

/// How long ago `time` was, as people say it, for recent moments ("just now", "5 minutes
/// ago", "il y a 3 heures", "2 days ago"); from a week on, the date ("on 2 December 2026"). `now` is passed in so
/// that a page says every time against the same moment.
pub fn ago(lang: Lang, time: impl Time, now: impl Time) -> String {
    let seconds = (now.time() - time.time()).num_seconds();
    match seconds {
        ..60 => lang.t("ago-now"),
        60..3_600 => lang.t1("ago-minutes", "count", seconds / 60),
        3_600..86_400 => lang.t1("ago-hours", "count", seconds / 3_600),
        86_400..604_800 => lang.t1("ago-days", "count", seconds / 86_400),
        _ => lang.t1("ago-date", "date", date(lang, time)),
    }
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

/// What a restricted member is told: what they may not do, until when, and why.
pub fn restriction(lang: Lang, r: &Restriction) -> String {
    let what = if r.suspended {
        messages::RESTRICTED_SUSPENDED
    } else {
        messages::RESTRICTED_SILENCED
    };
    let said = lang.t1(what.0, "until", date_time(lang, r.until));
    if r.reason.is_empty() {
        said
    } else {
        lang.t2(
            "restricted-with-reason",
            "what",
            said,
            "reason",
            r.reason.as_str(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn recent_moments_are_said_as_how_long_ago() {
        let now = NaiveDate::from_ymd_opt(2026, 12, 4)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap();
        let before = |seconds| now - chrono::Duration::seconds(seconds);
        assert_eq!(ago(Lang::EnGb, before(20), now), "just now");
        assert_eq!(ago(Lang::Fr, before(20), now), "à l’instant");
        assert_eq!(ago(Lang::EnGb, before(60), now), "1 minute ago");
        assert_eq!(ago(Lang::Fr, before(300), now), "il y a 5 minutes");
        assert_eq!(ago(Lang::EnGb, before(7_200), now), "2 hours ago");
        assert_eq!(ago(Lang::Fr, before(3_700), now), "il y a 1 heure");
        assert_eq!(ago(Lang::Fr, before(2 * 86_400), now), "il y a 2 jours");
        assert_eq!(
            ago(Lang::EnGb, before(8 * 86_400), now),
            "on 26 November 2026"
        );
        assert_eq!(
            ago(Lang::Fr, before(8 * 86_400), now),
            "le 26 novembre 2026"
        );
        // A moment a little ahead (clocks of two nodes) is "just now", not nonsense.
        assert_eq!(ago(Lang::EnGb, before(-5), now), "just now");
    }

    #[test]
    fn formats_dates_in_each_language() {
        let t = NaiveDate::from_ymd_opt(2026, 12, 2)
            .unwrap()
            .and_hms_opt(9, 5, 0)
            .unwrap();
        assert_eq!(date(Lang::EnGb, t), "2 December 2026");
        assert_eq!(date(Lang::Fr, t), "2 décembre 2026");
        assert_eq!(date_time(Lang::EnGb, t), "2 Dec 2026, 09:05 UTC");
        assert_eq!(date_time(Lang::Fr, t), "2 déc. 2026 à 09:05 UTC");
        let first = NaiveDate::from_ymd_opt(2027, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        assert_eq!(date(Lang::Fr, first), "1er janvier 2027");
        assert_eq!(iso(t), "2026-12-02T09:05:00Z");
    }
}
