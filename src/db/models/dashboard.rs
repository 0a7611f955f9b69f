//! What the community team's dashboard reads: what members did between two moments, the
//! daily rollups the background job keeps of it, and the rows behind the figures that are
//! not sums (response times, idea statuses, moderators' decisions).
//!
//! Every read is a range on a `created_at` index made for it (migration 000019), so a
//! day's activity costs a few index pages whatever the size of the community.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::dsl::{count_star, min};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::models::bulk::{self, DailyFigureRow, MemberDayRow};
use crate::db::models::settings;
use crate::db::schema::{
    answer_votes, answers, areas, articles, daily_figures, flags, idea_votes, ideas, member_days,
    questions, replies, users,
};

/// What the dashboard counts, each the key of its daily rollup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Figure {
    /// Accounts made.
    Members,
    Questions,
    Answers,
    /// Comments on articles.
    Comments,
    /// Replies anywhere else (under answers and ideas): counted for activity.
    Replies,
    Ideas,
    /// Articles published.
    Articles,
    /// Votes on answers and ideas.
    Votes,
}

impl Figure {
    pub const ALL: [Figure; 8] = [
        Self::Members,
        Self::Questions,
        Self::Answers,
        Self::Comments,
        Self::Replies,
        Self::Ideas,
        Self::Articles,
        Self::Votes,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            Self::Members => "members",
            Self::Questions => "questions",
            Self::Answers => "answers",
            Self::Comments => "comments",
            Self::Replies => "replies",
            Self::Ideas => "ideas",
            Self::Articles => "articles",
            Self::Votes => "votes",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.key() == key)
    }

    /// Whether doing it makes a member active (joining does not).
    pub const fn is_activity(self) -> bool {
        !matches!(self, Self::Members)
    }
}

/// One thing counted: when, by whom, what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Activity {
    pub at: NaiveDateTime,
    pub user_id: i64,
    pub figure: Figure,
}

/// Everything counted from `from` (included) to `to` (excluded).
pub fn activity_between(
    conn: &mut DbConnection,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> QueryResult<Vec<Activity>> {
    let mut out = Vec::new();
    let mut add = |figure: Figure, rows: Vec<(NaiveDateTime, i64)>| {
        out.extend(rows.into_iter().map(|(at, user_id)| Activity {
            at,
            user_id,
            figure,
        }));
    };
    // Who did what when, from a table's time and person columns.
    macro_rules! stamped {
        ($table:ident, $at:ident, $who:ident) => {
            $table::table
                .filter($table::$at.ge(from).and($table::$at.lt(to)))
                .select(($table::$at, $table::$who))
                .load(conn)?
        };
    }
    add(Figure::Members, stamped!(users, created_at, id));
    add(Figure::Questions, stamped!(questions, created_at, asker_id));
    add(Figure::Answers, stamped!(answers, created_at, author_id));
    let reply_rows: Vec<(NaiveDateTime, String, i64)> = replies::table
        .filter(replies::created_at.ge(from).and(replies::created_at.lt(to)))
        .select((
            replies::created_at,
            replies::subject_kind,
            replies::author_id,
        ))
        .load(conn)?;
    let (comments, others): (Vec<_>, Vec<_>) = reply_rows
        .into_iter()
        .partition(|(_, kind, _)| kind == "article");
    let strip = |rows: Vec<(NaiveDateTime, String, i64)>| {
        rows.into_iter().map(|(at, _, user)| (at, user)).collect()
    };
    add(Figure::Comments, strip(comments));
    add(Figure::Replies, strip(others));
    add(Figure::Ideas, stamped!(ideas, created_at, author_id));
    let published: Vec<(Option<NaiveDateTime>, i64)> = stamped!(articles, published_at, author_id);
    add(
        Figure::Articles,
        published
            .into_iter()
            .filter_map(|(at, user)| Some((at?, user)))
            .collect(),
    );
    add(Figure::Votes, stamped!(answer_votes, created_at, user_id));
    add(Figure::Votes, stamped!(idea_votes, created_at, user_id));
    Ok(out)
}

/// The setting naming the last day whose rollup is final.
const ROLLED_THROUGH: &str = "dashboard_rolled_through";

/// The last day whose figures are rolled up for good (the days after it are counted live).
pub fn rolled_through(conn: &mut DbConnection) -> QueryResult<Option<NaiveDate>> {
    Ok(settings::get(conn, ROLLED_THROUGH)?
        .and_then(|text| NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok()))
}

/// One day's rollup.
pub struct DayRollup {
    pub day: NaiveDate,
    pub figures: Vec<(Figure, i64)>,
    /// The members active that day, each once.
    pub active: Vec<i64>,
}

/// Members looked up per query, under both backends' limits on bound values.
const USERS_PER_QUERY: usize = 5_000;

/// Stores `days` (replacing whatever a previous run stored for them) and records that
/// every day up to `through` is final. Run it in a transaction.
pub fn store_days(
    conn: &mut DbConnection,
    days: &[DayRollup],
    through: NaiveDate,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let (Some(first), Some(last)) = (days.first(), days.last()) else {
        return Ok(());
    };
    let (first, last) = (first.day, last.day);
    diesel::delete(daily_figures::table.filter(daily_figures::day.between(first, last)))
        .execute(conn)?;
    diesel::delete(member_days::table.filter(member_days::day.between(first, last)))
        .execute(conn)?;
    let figure_rows: Vec<DailyFigureRow> = days
        .iter()
        .flat_map(|d| {
            d.figures.iter().map(|(figure, value)| DailyFigureRow {
                day: d.day,
                figure: figure.key(),
                value: *value,
            })
        })
        .collect();
    bulk::insert(conn, &figure_rows)?;
    let member_rows: Vec<MemberDayRow> = days
        .iter()
        .flat_map(|d| {
            d.active.iter().map(|user| MemberDayRow {
                day: d.day,
                user_id: *user,
            })
        })
        .collect();
    bulk::insert(conn, &member_rows)?;
    settings::set(
        conn,
        ROLLED_THROUGH,
        &through.format("%Y-%m-%d").to_string(),
        now,
    )?;
    Ok(())
}

/// The rolled-up figures of the days from `first` to `last`.
pub fn rolled_figures(
    conn: &mut DbConnection,
    first: NaiveDate,
    last: NaiveDate,
) -> QueryResult<Vec<(NaiveDate, Figure, i64)>> {
    let rows: Vec<(NaiveDate, String, i64)> = daily_figures::table
        .filter(daily_figures::day.between(first, last))
        .select((
            daily_figures::day,
            daily_figures::figure,
            daily_figures::value,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(day, key, value)| Some((day, Figure::from_key(&key)?, value)))
        .collect())
}

/// How many members were active on at least one rolled-up day from `first` to `last`.
pub fn rolled_active(
    conn: &mut DbConnection,
    first: NaiveDate,
    last: NaiveDate,
) -> QueryResult<i64> {
    member_days::table
        .filter(member_days::day.between(first, last))
        .select(diesel::dsl::count(member_days::user_id).aggregate_distinct())
        .first(conn)
}

/// Which of `users` were active on a rolled-up day from `first` to `last`.
pub fn rolled_active_among(
    conn: &mut DbConnection,
    first: NaiveDate,
    last: NaiveDate,
    users: &[i64],
) -> QueryResult<Vec<i64>> {
    let mut out = Vec::new();
    for chunk in users.chunks(USERS_PER_QUERY) {
        out.extend(
            member_days::table
                .filter(member_days::day.between(first, last))
                .filter(member_days::user_id.eq_any(chunk))
                .select(member_days::user_id)
                .distinct()
                .load::<i64>(conn)?,
        );
    }
    Ok(out)
}

/// When it was asked, first answered, first answered by an expert.
pub type QuestionTimes = (NaiveDateTime, Option<NaiveDateTime>, Option<NaiveDateTime>);

/// The questions asked from `from` to `to`, held and hidden ones included.
pub fn question_times(
    conn: &mut DbConnection,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> QueryResult<Vec<QuestionTimes>> {
    questions::table
        .filter(
            questions::created_at
                .ge(from)
                .and(questions::created_at.lt(to)),
        )
        .select((
            questions::created_at,
            questions::first_answer_at,
            questions::first_expert_answer_at,
        ))
        .load(conn)
}

/// The ideas received from `from` to `to`: status key, received, first given a status.
pub fn idea_times(
    conn: &mut DbConnection,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> QueryResult<Vec<(String, NaiveDateTime, Option<NaiveDateTime>)>> {
    ideas::table
        .filter(ideas::created_at.ge(from).and(ideas::created_at.lt(to)))
        .filter(ideas::merged_into_id.is_null())
        .select((ideas::status, ideas::created_at, ideas::first_response_at))
        .load(conn)
}

/// A flag raised on a post, as the dashboard counts it.
#[derive(Queryable, Debug, Clone)]
pub struct FlagRow {
    pub rule: String,
    pub held: bool,
    pub reporter_id: Option<i64>,
    pub created_at: NaiveDateTime,
    pub resolved_at: Option<NaiveDateTime>,
    pub resolution: String,
}

/// The flags raised from `from` to `to`: by the checks (held or only flagged) and by
/// members' reports.
pub fn flag_rows(
    conn: &mut DbConnection,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> QueryResult<Vec<FlagRow>> {
    flags::table
        .filter(flags::created_at.ge(from).and(flags::created_at.lt(to)))
        .select((
            flags::rule,
            flags::held,
            flags::reporter_id,
            flags::created_at,
            flags::resolved_at,
            flags::resolution,
        ))
        .load(conn)
}

/// An area's public questions still waiting for a first answer.
#[derive(Debug, Clone)]
pub struct Unanswered {
    pub area: String,
    pub area_slug: String,
    pub count: i64,
    /// The oldest: its title, address slug and when it was asked.
    pub oldest_id: i64,
    pub oldest_title: String,
    pub oldest_slug: String,
    pub oldest_at: NaiveDateTime,
}

/// Every area with unanswered public questions, most waiting first.
pub fn unanswered(conn: &mut DbConnection) -> QueryResult<Vec<Unanswered>> {
    let waiting = questions::table
        .filter(questions::answer_count.eq(0))
        .filter(questions::visibility.eq("visible"));
    let counts: Vec<(i64, i64, Option<NaiveDateTime>)> = waiting
        .group_by(questions::area_id)
        .select((questions::area_id, count_star(), min(questions::created_at)))
        .load(conn)?;
    let oldest_at: Vec<NaiveDateTime> = counts.iter().filter_map(|c| c.2).collect();
    // The oldest of each area, found by its time in one query.
    let oldest: Vec<(i64, NaiveDateTime, i64, String, String)> = waiting
        .filter(questions::created_at.eq_any(&oldest_at))
        .select((
            questions::area_id,
            questions::created_at,
            questions::id,
            questions::title,
            questions::slug,
        ))
        .load(conn)?;
    let oldest: HashMap<(i64, NaiveDateTime), (i64, String, String)> = oldest
        .into_iter()
        .map(|(area, at, id, title, slug)| ((area, at), (id, title, slug)))
        .collect();
    let names: HashMap<i64, (String, String)> = areas::table
        .select((areas::id, areas::name, areas::slug))
        .load::<(i64, String, String)>(conn)?
        .into_iter()
        .map(|(id, name, slug)| (id, (name, slug)))
        .collect();
    let mut out: Vec<Unanswered> = counts
        .into_iter()
        .filter_map(|(area, count, at)| {
            let at = at?;
            let (name, area_slug) = names.get(&area)?.clone();
            let (id, title, slug) = oldest.get(&(area, at))?.clone();
            Some(Unanswered {
                area: name,
                area_slug,
                count,
                oldest_id: id,
                oldest_title: title,
                oldest_slug: slug,
                oldest_at: at,
            })
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.area.cmp(&b.area)));
    Ok(out)
}

/// Notes that answer `answer_id`, made public at `now`, may be its question's first (and
/// its first from an expert): the times are set once and never moved.
pub fn note_answer_public(
    conn: &mut DbConnection,
    answer_id: i64,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let Some((question, by_expert)) = answers::table
        .find(answer_id)
        .select((answers::question_id, answers::by_expert))
        .first::<(i64, bool)>(conn)
        .optional()?
    else {
        return Ok(());
    };
    diesel::update(
        questions::table
            .find(question)
            .filter(questions::first_answer_at.is_null()),
    )
    .set(questions::first_answer_at.eq(now))
    .execute(conn)?;
    if by_expert {
        diesel::update(
            questions::table
                .find(question)
                .filter(questions::first_expert_answer_at.is_null()),
        )
        .set(questions::first_expert_answer_at.eq(now))
        .execute(conn)?;
    }
    Ok(())
}

/// The day the first account was made: nothing happened before it.
pub fn first_day(conn: &mut DbConnection) -> QueryResult<Option<NaiveDate>> {
    let first: Option<NaiveDateTime> = users::table.select(min(users::created_at)).first(conn)?;
    Ok(first.map(|at| at.date()))
}
