//! Counting activity by day: the one place both the rollup job and the live count of the
//! day still running go through, so a rolled-up day and a live day always agree.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;

use crate::db::models::dashboard::{Activity, Figure};

/// One day's counts and the members active on it.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct DayTally {
    pub figures: HashMap<Figure, i64>,
    pub active: BTreeSet<i64>,
}

/// Groups `activity` by its UTC day.
pub fn by_day(activity: &[Activity]) -> BTreeMap<NaiveDate, DayTally> {
    let mut days: BTreeMap<NaiveDate, DayTally> = BTreeMap::new();
    for item in activity {
        let day = days.entry(item.at.date()).or_default();
        *day.figures.entry(item.figure).or_default() += 1;
        if item.figure.is_activity() {
            day.active.insert(item.user_id);
        }
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn activity_is_counted_on_its_day_and_joining_is_not_activity() {
        let at =
            |text: &str| chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap();
        let activity = [
            Activity {
                at: at("2026-12-01 23:59:59"),
                user_id: 1,
                figure: Figure::Answers,
            },
            Activity {
                at: at("2026-12-02 00:00:00"),
                user_id: 1,
                figure: Figure::Votes,
            },
            Activity {
                at: at("2026-12-02 10:00:00"),
                user_id: 1,
                figure: Figure::Votes,
            },
            Activity {
                at: at("2026-12-02 11:00:00"),
                user_id: 2,
                figure: Figure::Members,
            },
        ];
        let days = by_day(&activity);
        let first = &days[&NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()];
        let second = &days[&NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()];
        assert_eq!(first.figures[&Figure::Answers], 1);
        assert_eq!(second.figures[&Figure::Votes], 2);
        assert_eq!(second.figures[&Figure::Members], 1);
        assert_eq!(second.active.iter().copied().collect::<Vec<_>>(), vec![1]);
    }
}
