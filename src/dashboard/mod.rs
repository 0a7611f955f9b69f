//! The community team's dashboard: what members did in a period, beside the period of the
//! same length before it, counted from posts, votes and moderators' actions (there are no
//! page views to count, by design).
//!
//! Why rollups: counting a year of a million-post community on every visit reads hundreds
//! of thousands of rows. The background job stores each finished day's counts and active
//! members ([`rollup`]); a page reads those and counts only the days since live, with the
//! same code ([`tally`]). Figures that are not sums — shares, medians, statuses — read
//! the period's questions, ideas and flags from narrow indexes made for them.

pub mod chart;
pub mod rollup;
mod tally;
pub mod value;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};
use diesel::QueryResult;

use crate::db::DbConnection;
use crate::db::models::dashboard::{self as rows, Figure, FlagRow, QuestionTimes, Unanswered};
use crate::domain::idea::IdeaStatus;
use crate::domain::period::{Bucket, Period};
use crate::i18n::{Key, Lang};
use crate::messages::dashboard as words;
use crate::moderation::checks::Rule;
use chart::Chart;
use tally::DayTally;
use value::{Value, percentile, share};

/// One figure, this period and the one before.
#[derive(Debug, Clone)]
pub struct Row {
    pub label: Key,
    pub now: Value,
    pub before: Value,
}

impl Row {
    /// The change from the previous period, in `lang`.
    pub fn change(&self, lang: Lang) -> String {
        self.now.change_from(&self.before, lang)
    }
}

/// A group of figures under a heading.
#[derive(Debug, Clone)]
pub struct Section {
    pub title: Key,
    pub rows: Vec<Row>,
}

/// One bucket of the activity table and charts.
#[derive(Debug, Clone)]
pub struct ActivityRow {
    pub bucket: Bucket,
    pub members: i64,
    pub active: i64,
    pub counts: HashMap<Figure, i64>,
}

impl ActivityRow {
    pub fn count(&self, figure: Figure) -> i64 {
        self.counts.get(&figure).copied().unwrap_or(0)
    }
}

/// Ideas received in each period, by their status now.
#[derive(Debug, Clone)]
pub struct StatusRow {
    pub status: IdeaStatus,
    pub now: i64,
    pub before: i64,
}

/// Flags raised in the period by one rule.
#[derive(Debug, Clone)]
pub struct RuleRow {
    pub rule: Key,
    pub held: i64,
    pub flagged: i64,
}

/// Everything the dashboard shows for a period.
#[derive(Debug, Clone)]
pub struct Dashboard {
    pub period: Period,
    pub previous: Period,
    pub sections: Vec<Section>,
    pub activity: Vec<ActivityRow>,
    pub charts: Vec<Chart>,
    pub statuses: Vec<StatusRow>,
    pub rules: Vec<RuleRow>,
    pub unanswered: Vec<Unanswered>,
}

/// The series drawn as charts, in order.
pub const CHARTED: [(&str, Key, Option<Figure>); 6] = [
    ("chart-members", words::NEW_MEMBERS, Some(Figure::Members)),
    ("chart-active", words::COLUMN_ACTIVE, None),
    (
        "chart-questions",
        words::COLUMN_QUESTIONS,
        Some(Figure::Questions),
    ),
    (
        "chart-answers",
        words::COLUMN_ANSWERS,
        Some(Figure::Answers),
    ),
    ("chart-ideas", words::COLUMN_IDEAS, Some(Figure::Ideas)),
    ("chart-comments", words::COMMENTS, Some(Figure::Comments)),
];

/// Builds the dashboard for `period`, its charts' bars labelled in `lang`.
pub fn build(
    conn: &mut DbConnection,
    memo: &ActiveMemo,
    period: Period,
    lang: Lang,
) -> QueryResult<Dashboard> {
    let previous = period.previous();
    let days = DayCounts::load(conn, previous.first, period.last)?;

    let activity: Vec<ActivityRow> = period
        .buckets()
        .into_iter()
        .map(|bucket| {
            Ok(ActivityRow {
                bucket,
                members: days.sum(Figure::Members, bucket.first, bucket.last),
                active: days.active(conn, memo, bucket.first, bucket.last)?,
                counts: Figure::ALL
                    .into_iter()
                    .map(|f| (f, days.sum(f, bucket.first, bucket.last)))
                    .collect(),
            })
        })
        .collect::<QueryResult<_>>()?;
    let charts = CHARTED
        .iter()
        .map(|(id, title, figure)| {
            let points: Vec<(String, i64)> = activity
                .iter()
                .map(|row| {
                    let value = figure.map_or(row.active, |f| row.count(f));
                    (bucket_label(lang, &row.bucket), value)
                })
                .collect();
            Chart::bars(id, *title, &points)
        })
        .collect();

    let count = |figure, p: &Period| Value::Count(days.sum(figure, p.first, p.last));
    let both = |label, f: &dyn Fn(&Period) -> Value| Row {
        label,
        now: f(&period),
        before: f(&previous),
    };
    let members = Section {
        title: words::SECTION_MEMBERS,
        rows: vec![
            both(words::NEW_MEMBERS, &|p| count(Figure::Members, p)),
            Row {
                label: words::ACTIVE_MEMBERS,
                now: Value::Count(days.active(conn, memo, period.first, period.last)?),
                before: Value::Count(days.active(conn, memo, previous.first, previous.last)?),
            },
        ],
    };

    let questions_now =
        QuestionFigures::of(rows::question_times(conn, period.start(), period.end())?);
    let questions_before = QuestionFigures::of(rows::question_times(
        conn,
        previous.start(),
        previous.end(),
    )?);
    let questions = Section {
        title: words::SECTION_QUESTIONS,
        rows: QuestionFigures::rows(questions_now, questions_before),
    };

    let ideas_now = rows::idea_times(conn, period.start(), period.end())?;
    let ideas_before = rows::idea_times(conn, previous.start(), previous.end())?;
    let ideas = Section {
        title: words::SECTION_IDEAS,
        rows: vec![
            Row {
                label: words::IDEAS,
                now: Value::Count(ideas_now.len() as i64),
                before: Value::Count(ideas_before.len() as i64),
            },
            Row {
                label: words::FIRST_STATUS_MEDIAN,
                now: first_status_median(&ideas_now),
                before: first_status_median(&ideas_before),
            },
        ],
    };
    let statuses = IdeaStatus::ALL
        .into_iter()
        .map(|status| StatusRow {
            status,
            now: ideas_now.iter().filter(|i| i.0 == status.key()).count() as i64,
            before: ideas_before.iter().filter(|i| i.0 == status.key()).count() as i64,
        })
        .collect();

    let blog = Section {
        title: words::SECTION_BLOG,
        rows: vec![
            both(words::ARTICLES, &|p| count(Figure::Articles, p)),
            both(words::COMMENTS, &|p| count(Figure::Comments, p)),
        ],
    };

    let flags_now = rows::flag_rows(conn, period.start(), period.end())?;
    let flags_before = rows::flag_rows(conn, previous.start(), previous.end())?;
    let moderation = Section {
        title: words::SECTION_MODERATION,
        rows: FlagFigures::rows(&flags_now, &flags_before),
    };
    let rules = Rule::ALL
        .into_iter()
        .filter(|rule| *rule != Rule::Report)
        .map(|rule| {
            let of_rule = flags_now
                .iter()
                .filter(|f| f.rule == rule.key() && f.reporter_id.is_none());
            RuleRow {
                rule: rule.label(),
                held: of_rule.clone().filter(|f| f.held).count() as i64,
                flagged: of_rule.filter(|f| !f.held).count() as i64,
            }
        })
        .collect();

    Ok(Dashboard {
        period,
        previous,
        sections: vec![members, questions, ideas, blog, moderation],
        activity,
        charts,
        statuses,
        rules,
        unanswered: rows::unanswered(conn)?,
    })
}

/// "2 Dec" for a day, "30 Nov–6 Dec" for a week, "Dec 2026" for a month, in `lang`
/// ("2 déc.", "30 nov.–6 déc.", "déc. 2026").
pub fn bucket_label(lang: Lang, bucket: &Bucket) -> String {
    let month = |day: &NaiveDate| lang.t(&format!("month-short-{}", day.month()));
    let day = |day: &NaiveDate| {
        lang.t2(
            "admin-dashboard-day",
            "day",
            i64::from(day.day()),
            "month",
            month(day),
        )
    };
    if bucket.first == bucket.last {
        day(&bucket.first)
    } else if (bucket.first.year(), bucket.first.month())
        == (bucket.last.year(), bucket.last.month())
        && (bucket.last - bucket.first).num_days() > 7
    {
        lang.t2(
            "admin-dashboard-month",
            "month",
            month(&bucket.first),
            "year",
            bucket.first.year().to_string(),
        )
    } else {
        lang.t2(
            "admin-dashboard-days",
            "first",
            day(&bucket.first),
            "last",
            day(&bucket.last),
        )
    }
}

/// Each day's counts from `first` to `last`: rolled up where the job has been, live after.
struct DayCounts {
    figures: BTreeMap<NaiveDate, HashMap<Figure, i64>>,
    /// The last rolled-up day, if any.
    rolled: Option<NaiveDate>,
    /// The members active on each live day.
    live_active: BTreeMap<NaiveDate, BTreeSet<i64>>,
}

impl DayCounts {
    fn load(conn: &mut DbConnection, first: NaiveDate, last: NaiveDate) -> QueryResult<Self> {
        let rolled = rows::rolled_through(conn)?.filter(|r| *r >= first);
        let mut figures: BTreeMap<NaiveDate, HashMap<Figure, i64>> = BTreeMap::new();
        if let Some(rolled) = rolled {
            for (day, figure, value) in rows::rolled_figures(conn, first, rolled.min(last))? {
                figures.entry(day).or_default().insert(figure, value);
            }
        }
        let live_first = rolled.map_or(first, |r| r + Days::new(1));
        let mut live_active = BTreeMap::new();
        if live_first <= last {
            let start = live_first.and_time(chrono::NaiveTime::MIN);
            let end = (last + Days::new(1)).and_time(chrono::NaiveTime::MIN);
            for (day, DayTally { figures: f, active }) in
                tally::by_day(&rows::activity_between(conn, start, end)?)
            {
                figures.insert(day, f);
                live_active.insert(day, active);
            }
        }
        Ok(Self {
            figures,
            rolled,
            live_active,
        })
    }

    fn sum(&self, figure: Figure, first: NaiveDate, last: NaiveDate) -> i64 {
        self.figures
            .range(first..=last)
            .filter_map(|(_, f)| f.get(&figure))
            .sum()
    }

    /// The members active on at least one day from `first` to `last`: distinct over the
    /// rolled-up days in the database, plus the live days' members not among them.
    fn active(
        &self,
        conn: &mut DbConnection,
        memo: &ActiveMemo,
        first: NaiveDate,
        last: NaiveDate,
    ) -> QueryResult<i64> {
        let live: BTreeSet<i64> = self
            .live_active
            .range(first..=last)
            .flat_map(|(_, users)| users.iter().copied())
            .collect();
        let Some(rolled_last) = self.rolled.map(|r| r.min(last)).filter(|r| *r >= first) else {
            return Ok(live.len() as i64);
        };
        let rolled = memo.count(conn, first, rolled_last)?;
        if live.is_empty() {
            return Ok(rolled);
        }
        let live: Vec<i64> = live.into_iter().collect();
        let seen = rows::rolled_active_among(conn, first, rolled_last, &live)?;
        Ok(rolled + (live.len() - seen.len()) as i64)
    }
}

/// Distinct members active over ranges of rolled-up days, remembered by the app process:
/// finished days never change, and counting a year of them distinct is the dashboard's
/// costliest query (a fifth of a second at a million posts), so each range is counted
/// once. Held in [`crate::state::AppState`], so each database has its own.
#[derive(Default)]
pub struct ActiveMemo(std::sync::Mutex<HashMap<(NaiveDate, NaiveDate), i64>>);

impl ActiveMemo {
    /// Ranges remembered at most (a few periods' buckets); past it, the memo starts over.
    const MOST: usize = 512;

    fn count(
        &self,
        conn: &mut DbConnection,
        first: NaiveDate,
        last: NaiveDate,
    ) -> QueryResult<i64> {
        let known = self
            .0
            .lock()
            .ok()
            .and_then(|m| m.get(&(first, last)).copied());
        if let Some(count) = known {
            return Ok(count);
        }
        let count = rows::rolled_active(conn, first, last)?;
        if let Ok(mut m) = self.0.lock() {
            if m.len() >= Self::MOST {
                m.clear();
            }
            m.insert((first, last), count);
        }
        Ok(count)
    }
}

/// The question figures of one period.
struct QuestionFigures {
    asked: usize,
    answered: usize,
    expert_answered: usize,
    to_answer: Vec<i64>,
    to_expert: Vec<i64>,
}

impl QuestionFigures {
    fn of(times: Vec<QuestionTimes>) -> Self {
        let gap = |asked: NaiveDateTime, at: Option<NaiveDateTime>| {
            at.map(|at| (at - asked).num_seconds().max(0))
        };
        let to_answer: Vec<i64> = times.iter().filter_map(|t| gap(t.0, t.1)).collect();
        let to_expert: Vec<i64> = times.iter().filter_map(|t| gap(t.0, t.2)).collect();
        Self {
            asked: times.len(),
            answered: to_answer.len(),
            expert_answered: to_expert.len(),
            to_answer,
            to_expert,
        }
    }

    fn rows(mut now: Self, mut before: Self) -> Vec<Row> {
        let mut row = |label, f: &mut dyn FnMut(&mut Self) -> Value| Row {
            label,
            now: f(&mut now),
            before: f(&mut before),
        };
        vec![
            row(words::QUESTIONS, &mut |q| Value::Count(q.asked as i64)),
            row(words::ANSWERED, &mut |q| share(q.answered, q.asked)),
            row(words::EXPERT_ANSWERED, &mut |q| {
                share(q.expert_answered, q.asked)
            }),
            row(words::FIRST_ANSWER_MEDIAN, &mut |q| {
                percentile(&mut q.to_answer, 0.5)
            }),
            row(words::FIRST_ANSWER_P90, &mut |q| {
                percentile(&mut q.to_answer, 0.9)
            }),
            row(words::FIRST_EXPERT_MEDIAN, &mut |q| {
                percentile(&mut q.to_expert, 0.5)
            }),
            row(words::FIRST_EXPERT_P90, &mut |q| {
                percentile(&mut q.to_expert, 0.9)
            }),
        ]
    }
}

fn first_status_median(ideas: &[(String, NaiveDateTime, Option<NaiveDateTime>)]) -> Value {
    let mut gaps: Vec<i64> = ideas
        .iter()
        .filter_map(|(_, at, first)| first.map(|f| (f - *at).num_seconds().max(0)))
        .collect();
    percentile(&mut gaps, 0.5)
}

/// The moderation figures.
struct FlagFigures;

impl FlagFigures {
    /// What a moderator's decision is recorded as; anything else (the author deleting the
    /// post with their account) is not a moderator's action.
    const DECISIONS: [&str; 7] = [
        "approve", "trust", "edit", "reject", "hide", "silence", "suspend",
    ];
    /// Decisions that let the post stand as written: the flag was false.
    const FALSE: [&str; 2] = ["approve", "trust"];

    fn rows(now: &[FlagRow], before: &[FlagRow]) -> Vec<Row> {
        let row = |label, f: &dyn Fn(&[FlagRow]) -> Value| Row {
            label,
            now: f(now),
            before: f(before),
        };
        let by_checks = |flags: &[FlagRow], held: bool| {
            flags
                .iter()
                .filter(|f| {
                    f.reporter_id.is_none() && f.rule != Rule::Report.key() && f.held == held
                })
                .count() as i64
        };
        vec![
            row(words::HELD, &|f| Value::Count(by_checks(f, true))),
            row(words::FLAGGED, &|f| Value::Count(by_checks(f, false))),
            row(words::REPORTS, &|f| {
                Value::Count(
                    f.iter()
                        .filter(|f| f.reporter_id.is_some() || f.rule == Rule::Report.key())
                        .count() as i64,
                )
            }),
            row(words::ACTION_MEDIAN, &|f| {
                let mut gaps: Vec<i64> = f
                    .iter()
                    .filter(|f| Self::DECISIONS.contains(&f.resolution.as_str()))
                    .filter_map(|f| Some((f.resolved_at? - f.created_at).num_seconds().max(0)))
                    .collect();
                percentile(&mut gaps, 0.5)
            }),
            row(words::FALSE_FLAGS, &|f| {
                Value::Count(
                    f.iter()
                        .filter(|f| Self::FALSE.contains(&f.resolution.as_str()))
                        .count() as i64,
                )
            }),
        ]
    }
}
