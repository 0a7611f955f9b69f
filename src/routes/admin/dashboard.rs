//! `GET /admin`: the admin's starting point and the community team's dashboard; the same
//! figures, read-only and without the admin links, at `GET /mod/dashboard` for moderators.
//! Each table downloads as CSV from `…/dashboard.csv?table=…` with the same period.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Deserialize;

use crate::auth::Session;
use crate::dashboard::value::Value;
use crate::dashboard::{self, Dashboard, Row};
use crate::db::models::dashboard::Figure;
use crate::db::models::{areas, users};
use crate::domain::Role;
use crate::domain::period::{Bucket, Period, PeriodError, PeriodKind};
use crate::error::AppError;
use crate::i18n::{Key, Lang, Text};
use crate::messages::{self, dashboard as words};
use crate::render::{FieldErrors, Page, csv, format, html};
use crate::state::AppState;

/// The period asked for in the address.
#[derive(Deserialize, Default, Clone)]
pub struct PeriodQuery {
    #[serde(default)]
    pub period: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    /// Which table a CSV download holds.
    #[serde(default)]
    pub table: String,
}

impl PeriodQuery {
    /// The chosen period (the last four weeks when none is), or the form's errors.
    fn period(&self) -> Result<Period, FieldErrors> {
        let today = crate::clock::now().date();
        match PeriodKind::from_key(&self.period) {
            Some(PeriodKind::Custom) => Period::custom(&self.from, &self.to, today).map_err(|e| {
                let mut errors = FieldErrors::new();
                match e {
                    PeriodError::From => errors.add("from", words::FROM_INVALID),
                    PeriodError::To => errors.add("to", words::TO_INVALID),
                    PeriodError::Order => errors.add("to", words::ORDER_INVALID),
                    PeriodError::TooLong => errors.add("from", words::TOO_LONG),
                }
                errors
            }),
            Some(kind) => Ok(Period::ending(kind, today)),
            None => Ok(Period::ending(PeriodKind::FourWeeks, today)),
        }
    }

    /// The address's query for `period`, to keep it in links.
    fn of(period: &Period) -> String {
        let mut qs = format!("period={}", period.kind.key());
        if period.kind == PeriodKind::Custom {
            qs.push_str(&format!("&from={}&to={}", period.first, period.last));
        }
        qs
    }
}

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct DashboardPage {
    page: Page,
    /// Whether the admin links and setup show (not for moderators).
    admin: bool,
    /// Where the period form points.
    base: &'static str,
    /// Where the CSV downloads are.
    csv_base: &'static str,
    members: i64,
    /// No areas yet: the page lists the first steps (nobody can ask a question before).
    needs_setup: bool,
    query: PeriodQuery,
    errors: FieldErrors,
    kinds: Vec<(&'static str, Key)>,
    dashboard: Option<Dashboard>,
    /// The period's query, for the CSV links.
    period_qs: String,
}

impl DashboardPage {
    /// "1 December 2026 to 28 December 2026 (28 days), compared with …", in the page's
    /// language.
    fn period_shown(&self, d: &Dashboard) -> String {
        let day = |day: NaiveDate| format::date(self.page.lang, day.and_time(NaiveTime::MIN));
        Text::new("admin-dashboard-period-shown")
            .with("first", day(d.period.first))
            .with("last", day(d.period.last))
            .count("days", d.period.days() as f64)
            .with("before_first", day(d.previous.first))
            .with("before_last", day(d.previous.last))
            .say(self.page.lang)
    }

    /// A figure's value in the page's language: "1,234", "67 %".
    fn value(&self, value: &Value) -> String {
        value.display(self.page.lang)
    }

    /// A figure's change from the previous period, in the page's language.
    fn change(&self, row: &Row) -> String {
        row.change(self.page.lang)
    }

    /// A row of the activity table: "2 Dec", "30 Nov–6 Dec", "Dec 2026".
    fn bucket(&self, bucket: &Bucket) -> String {
        dashboard::bucket_label(self.page.lang, bucket)
    }

    /// A moment's day, shortly: "2 Dec 2026", "2 déc. 2026".
    fn short_day(&self, time: &NaiveDateTime) -> String {
        crate::render::format::short_date(self.page.lang, time)
    }

    /// What the activity table counts by: a day, a week or a month.
    fn bucket_unit(&self, days: i64) -> &'static str {
        match days {
            ..=31 => "day",
            32..=183 => "week",
            _ => "month",
        }
    }
}

const KINDS: [(PeriodKind, Key); 4] = [
    (PeriodKind::Week, words::PERIOD_WEEK),
    (PeriodKind::FourWeeks, words::PERIOD_FOUR_WEEKS),
    (PeriodKind::Year, words::PERIOD_YEAR),
    (PeriodKind::Custom, words::PERIOD_CUSTOM),
];

pub async fn dashboard(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<PeriodQuery>,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Admin)?;
    show(state, session, query.into_inner(), true).await
}

pub async fn moderators_dashboard(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<PeriodQuery>,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Moderator)?;
    show(state, session, query.into_inner(), false).await
}

async fn show(
    state: web::Data<AppState>,
    session: Session,
    mut query: PeriodQuery,
    admin: bool,
) -> Result<HttpResponse, AppError> {
    let chosen = query.period();
    let period = chosen.as_ref().ok().copied();
    let memo = state.dashboard.clone();
    let lang = session.lang().lang;
    let (members, needs_setup, dashboard) = state
        .db
        .run(move |conn| {
            let figures = match period {
                Some(period) => Some(dashboard::build(conn, &memo, period, lang)?),
                None => None,
            };
            Ok((
                users::list(conn, None, 0, 0)?.1,
                areas::all(conn)?.is_empty(),
                figures,
            ))
        })
        .await?;
    let errors = chosen.err().unwrap_or_default();
    if let Some(period) = period {
        query.period = period.kind.key().to_owned();
        query.from = period.first.to_string();
        query.to = period.last.to_string();
    }
    let title = if admin {
        messages::TITLE_ADMIN
    } else {
        words::TITLE
    };
    let page = Page::new(&session, title).in_section(if admin { "admin" } else { "mod" });
    html(
        errors.status(),
        &DashboardPage {
            page,
            admin,
            base: if admin { "/admin" } else { "/mod/dashboard" },
            csv_base: if admin {
                "/admin/dashboard.csv"
            } else {
                "/mod/dashboard.csv"
            },
            members,
            needs_setup,
            period_qs: period.map(|p| PeriodQuery::of(&p)).unwrap_or_default(),
            query,
            errors,
            kinds: KINDS.iter().map(|(k, label)| (k.key(), *label)).collect(),
            dashboard,
        },
    )
}

pub async fn dashboard_csv(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<PeriodQuery>,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Admin)?;
    download(state, query.into_inner()).await
}

pub async fn moderators_csv(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<PeriodQuery>,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Moderator)?;
    download(state, query.into_inner()).await
}

/// The tables a CSV can hold.
const TABLES: [&str; 5] = ["summary", "activity", "ideas", "moderation", "unanswered"];

async fn download(
    state: web::Data<AppState>,
    query: PeriodQuery,
) -> Result<HttpResponse, AppError> {
    let period = query
        .period()
        .map_err(|_| AppError::BadRequest(words::FROM_INVALID))?;
    let table = TABLES
        .into_iter()
        .find(|t| *t == query.table)
        .ok_or(AppError::NotFound)?;
    let memo = state.dashboard.clone();
    let d = state
        .db
        .run(move |conn| Ok(dashboard::build(conn, &memo, period, Lang::EnGb)?))
        .await?;
    let name = format!("dashboard-{table}-{}-{}.csv", period.first, period.last);
    Ok(csv::download(&name, table_csv(&d, table)))
}

/// The CSV header of `columns`: in English whatever the reader's language, so that a
/// spreadsheet or script reading the file finds the same columns.
fn header(columns: &[Key]) -> Vec<String> {
    columns.iter().map(|c| c.say(Lang::EnGb)).collect()
}

/// `columns` as the CSV writer takes them.
fn refs(columns: &[String]) -> Vec<&str> {
    columns.iter().map(String::as_str).collect()
}

/// The CSV of one of the dashboard's tables (machine-readable: English words, plain
/// numbers, whatever the reader's language).
fn table_csv(d: &Dashboard, table: &str) -> String {
    let count = |n: i64| n.to_string();
    match table {
        "summary" => {
            let rows: Vec<Vec<String>> = d
                .sections
                .iter()
                .flat_map(|s| {
                    s.rows.iter().map(|r| {
                        vec![
                            s.title.say(Lang::EnGb),
                            r.label.say(Lang::EnGb),
                            r.now.unit().to_owned(),
                            r.now.csv(),
                            r.before.csv(),
                        ]
                    })
                })
                .collect();
            let header = [
                "Section".to_owned(),
                words::COLUMN_FIGURE.say(Lang::EnGb),
                "Unit".to_owned(),
                words::COLUMN_PERIOD.say(Lang::EnGb),
                words::COLUMN_PREVIOUS.say(Lang::EnGb),
            ];
            csv::write(&refs(&header), &rows)
        }
        "activity" => {
            let rows: Vec<Vec<String>> = d
                .activity
                .iter()
                .map(|a| {
                    let mut row = vec![
                        a.bucket.first.to_string(),
                        a.bucket.last.to_string(),
                        count(a.members),
                        count(a.active),
                    ];
                    row.extend(ACTIVITY_COLUMNS.iter().map(|(_, f)| count(a.count(*f))));
                    row
                })
                .collect();
            let mut columns = vec![
                words::COLUMN_FROM,
                words::COLUMN_TO,
                words::NEW_MEMBERS,
                words::COLUMN_ACTIVE,
            ];
            columns.extend(ACTIVITY_COLUMNS.iter().map(|(label, _)| *label));
            csv::write(&refs(&header(&columns)), &rows)
        }
        "ideas" => {
            let rows: Vec<Vec<String>> = d
                .statuses
                .iter()
                .map(|s| vec![s.status.label().to_owned(), count(s.now), count(s.before)])
                .collect();
            let columns = header(&[
                words::COLUMN_STATUS,
                words::COLUMN_PERIOD,
                words::COLUMN_PREVIOUS,
            ]);
            csv::write(&refs(&columns), &rows)
        }
        "moderation" => {
            let rows: Vec<Vec<String>> = d
                .rules
                .iter()
                .map(|r| vec![r.rule.say(Lang::EnGb), count(r.held), count(r.flagged)])
                .collect();
            let columns = header(&[
                words::COLUMN_RULE,
                words::COLUMN_HELD,
                words::COLUMN_FLAGGED,
            ]);
            csv::write(&refs(&columns), &rows)
        }
        _ => {
            let rows: Vec<Vec<String>> = d
                .unanswered
                .iter()
                .map(|u| {
                    vec![
                        u.area.clone(),
                        count(u.count),
                        u.oldest_title.clone(),
                        u.oldest_at.format("%Y-%m-%d %H:%M").to_string(),
                    ]
                })
                .collect();
            let columns = header(&[
                words::COLUMN_AREA,
                words::COLUMN_UNANSWERED,
                words::COLUMN_OLDEST,
                words::COLUMN_ASKED,
            ]);
            csv::write(&refs(&columns), &rows)
        }
    }
}

/// The activity table's columns after the members', in order.
pub const ACTIVITY_COLUMNS: [(Key, Figure); 7] = [
    (words::COLUMN_QUESTIONS, Figure::Questions),
    (words::COLUMN_ANSWERS, Figure::Answers),
    (words::COLUMN_IDEAS, Figure::Ideas),
    (words::COLUMN_ARTICLES, Figure::Articles),
    (words::COLUMN_COMMENTS, Figure::Comments),
    (words::COLUMN_VOTES, Figure::Votes),
    (words::COLUMN_REPLIES, Figure::Replies),
];
