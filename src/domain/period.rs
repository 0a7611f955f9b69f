//! The dashboard's periods: whole UTC days, first and last included, each compared with
//! the period of the same length just before it, and cut into the buckets its charts draw.
//!
//! Why whole days: the background job rolls figures up by day, so a period made of days
//! reads only rollups (and the day still running). The site's clock is UTC, so are days.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};

/// The periods an admin can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodKind {
    /// Monday of this week to today.
    Week,
    /// The 28 days ending today.
    FourWeeks,
    /// The 365 days ending today.
    Year,
    /// Any first and last day up to today.
    Custom,
}

impl PeriodKind {
    pub const ALL: [PeriodKind; 4] = [Self::Week, Self::FourWeeks, Self::Year, Self::Custom];

    /// The key in the page's address.
    pub const fn key(self) -> &'static str {
        match self {
            Self::Week => "week",
            Self::FourWeeks => "4weeks",
            Self::Year => "12months",
            Self::Custom => "custom",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// The longest custom period: ten years of days is a chart nobody reads.
pub const MAX_DAYS: i64 = 3660;

/// Why a custom period was refused, and which field to show it beside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodError {
    /// The first day is missing or not a date.
    From,
    /// The last day is missing, not a date, or in the future.
    To,
    /// The last day comes before the first.
    Order,
    /// More than [`MAX_DAYS`].
    TooLong,
}

/// A period of whole days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub kind: PeriodKind,
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// One bar of a chart: the days it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bucket {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl Period {
    /// One of the fixed periods, ending `today`.
    pub fn ending(kind: PeriodKind, today: NaiveDate) -> Self {
        let days_back = match kind {
            PeriodKind::Week => u64::from(today.weekday().num_days_from_monday()),
            PeriodKind::FourWeeks => 27,
            PeriodKind::Year | PeriodKind::Custom => 364,
        };
        let kind = if kind == PeriodKind::Custom {
            PeriodKind::Year
        } else {
            kind
        };
        Self {
            kind,
            first: today - Days::new(days_back),
            last: today,
        }
    }

    /// A custom period from the form's two dates (`YYYY-MM-DD`).
    pub fn custom(from: &str, to: &str, today: NaiveDate) -> Result<Self, PeriodError> {
        let first = parse_day(from).ok_or(PeriodError::From)?;
        let last = parse_day(to)
            .filter(|d| *d <= today)
            .ok_or(PeriodError::To)?;
        if last < first {
            return Err(PeriodError::Order);
        }
        let period = Self {
            kind: PeriodKind::Custom,
            first,
            last,
        };
        if period.days() > MAX_DAYS {
            return Err(PeriodError::TooLong);
        }
        Ok(period)
    }

    /// How many days it covers.
    pub fn days(&self) -> i64 {
        (self.last - self.first).num_days() + 1
    }

    /// The period of the same length that ends the day before this one starts.
    pub fn previous(&self) -> Self {
        let last = self.first - Days::new(1);
        Self {
            kind: self.kind,
            first: last - Days::new(self.days() as u64 - 1),
            last,
        }
    }

    /// The first moment it covers.
    pub fn start(&self) -> NaiveDateTime {
        self.first.and_time(chrono::NaiveTime::MIN)
    }

    /// The first moment after it.
    pub fn end(&self) -> NaiveDateTime {
        (self.last + Days::new(1)).and_time(chrono::NaiveTime::MIN)
    }

    /// The chart's bars: a day each up to a month, a week each up to half a year,
    /// otherwise a calendar month each (the first and last cut to the period).
    pub fn buckets(&self) -> Vec<Bucket> {
        let mut out = Vec::new();
        let mut first = self.first;
        while first <= self.last {
            let next = match self.days() {
                ..=31 => first + Days::new(1),
                32..=183 => first + Days::new(7),
                _ => first_of_next_month(first),
            };
            let last = (next - Days::new(1)).min(self.last);
            out.push(Bucket { first, last });
            first = next;
        }
        out
    }
}

fn first_of_next_month(day: NaiveDate) -> NaiveDate {
    let first = day.with_day(1).unwrap_or(day);
    first
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(NaiveDate::MAX)
}

/// A `YYYY-MM-DD` date, as an `<input type="date">` sends it.
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        parse_day(text).unwrap()
    }

    #[test]
    fn this_week_starts_on_monday_and_compares_with_as_many_days_before() {
        // 2 December 2026 is a Wednesday.
        let week = Period::ending(PeriodKind::Week, day("2026-12-02"));
        assert_eq!(
            (week.first, week.last),
            (day("2026-11-30"), day("2026-12-02"))
        );
        let before = week.previous();
        assert_eq!(
            (before.first, before.last),
            (day("2026-11-27"), day("2026-11-29"))
        );
        // On a Monday the week is one day long.
        assert_eq!(
            Period::ending(PeriodKind::Week, day("2026-11-30")).days(),
            1
        );
    }

    #[test]
    fn fixed_periods_have_their_lengths() {
        let today = day("2026-12-02");
        assert_eq!(Period::ending(PeriodKind::FourWeeks, today).days(), 28);
        let year = Period::ending(PeriodKind::Year, today);
        assert_eq!(year.days(), 365);
        assert_eq!(year.previous().last, day("2025-12-02"));
        assert_eq!(year.previous().days(), 365);
    }

    #[test]
    fn a_custom_period_is_checked() {
        let today = day("2026-12-02");
        let ok = Period::custom("2026-01-01", "2026-01-31", today).unwrap();
        assert_eq!(ok.days(), 31);
        assert_eq!(ok.start().to_string(), "2026-01-01 00:00:00");
        assert_eq!(ok.end().to_string(), "2026-02-01 00:00:00");
        assert_eq!(
            Period::custom("", "2026-01-31", today),
            Err(PeriodError::From)
        );
        assert_eq!(
            Period::custom("2026-13-01", "2026-01-31", today),
            Err(PeriodError::From)
        );
        assert_eq!(
            Period::custom("2026-01-01", "2026-12-03", today),
            Err(PeriodError::To)
        );
        assert_eq!(
            Period::custom("2026-02-01", "2026-01-31", today),
            Err(PeriodError::Order)
        );
        assert_eq!(
            Period::custom("2000-01-01", "2026-01-31", today),
            Err(PeriodError::TooLong)
        );
    }

    #[test]
    fn buckets_cover_every_day_once() {
        let today = day("2026-12-02");
        for kind in PeriodKind::ALL {
            let period = Period::ending(kind, today);
            let buckets = period.buckets();
            assert_eq!(buckets[0].first, period.first);
            assert_eq!(buckets.last().unwrap().last, period.last);
            for pair in buckets.windows(2) {
                assert_eq!(pair[0].last + Days::new(1), pair[1].first);
            }
        }
        assert_eq!(
            Period::ending(PeriodKind::FourWeeks, today).buckets().len(),
            28
        );
        // A year: December 2025 (cut) to December 2026 (cut), thirteen months.
        let months = Period::ending(PeriodKind::Year, today).buckets();
        assert_eq!(months.len(), 13);
        assert_eq!(months[1].first, day("2026-01-01"));
        let weeks = Period::custom("2026-01-01", "2026-03-31", today)
            .unwrap()
            .buckets();
        assert_eq!(weeks.len(), 13);
    }
}
