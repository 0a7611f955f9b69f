//! Lists of questions: the filtered and sorted list page (on the counters kept on the question row, so a list needs no joins or grouping), the expert queue, the newest for feeds and the reminders due.

use crate::db::DbConnection;
use crate::db::models::questions::Question;
use crate::db::schema::{accept_reminders, areas, questions, users};
use crate::domain::Visibility;
use crate::domain::paging::{Total, Window};
use chrono::NaiveDateTime;
use diesel::prelude::*;

/// One row of a question list.
#[derive(Debug, Clone)]
pub struct QuestionListRow {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub area_name: String,
    pub asker: String,
    pub answer_count: i32,
    pub expert_answer_count: i32,
    pub vote_count: i32,
    pub accepted_answer_id: Option<i64>,
    pub created_at: NaiveDateTime,
    pub last_activity_at: NaiveDateTime,
}

impl QuestionListRow {
    pub fn path(&self) -> String {
        crate::paths::question(self.id, &self.slug)
    }
}

/// Which questions a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    #[default]
    All,
    Unanswered,
    NoExpertAnswer,
    ExpertAnswered,
    Accepted,
}

/// The order of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Newest,
    Active,
    Votes,
}

/// One page of questions with the total (counted as far as `window` says). The page and
/// the count read the questions table alone (its counters make that possible); names come
/// in two small lookups.
pub fn list(
    conn: &mut DbConnection,
    area_id: Option<i64>,
    viewer: Option<i64>,
    status: Status,
    sort: Sort,
    window: Window,
) -> QueryResult<(Vec<QuestionListRow>, Total)> {
    // `walk`: the rows are found by walking the sort's index, and the status is tested on
    // each (`+ 0` keeps SQLite from choosing an index on the counter instead, which holds
    // no order, and then sorting every matching question for one page: 110,000 of them
    // for "answered by an expert" at a million posts). Every status matches a good share
    // of the questions, so a page is found after a few dozen rows. Without `walk` (the
    // count), the counter's own index is searched.
    let filtered = |walk: bool| {
        let mut query = questions::table
            .filter(questions::visibility.eq(Visibility::Visible.key()))
            .into_boxed();
        if let Some(area) = area_id {
            query = query.filter(questions::area_id.eq(area));
        }
        // What the member marked "not for me" is left out (not from an area's own page,
        // which they asked for).
        if let (Some(viewer), None) = (viewer, area_id) {
            query = query.filter(crate::db::models::personal::wanted_question!(viewer));
        }
        match (status, walk) {
            (Status::All, _) => query,
            (Status::Unanswered, true) => query.filter((questions::answer_count + 0).eq(0)),
            (Status::Unanswered, false) => query.filter(questions::answer_count.eq(0)),
            (Status::NoExpertAnswer, true) => {
                query.filter((questions::expert_answer_count + 0).eq(0))
            }
            (Status::NoExpertAnswer, false) => query.filter(questions::expert_answer_count.eq(0)),
            (Status::ExpertAnswered, true) => {
                query.filter((questions::expert_answer_count + 0).gt(0))
            }
            (Status::ExpertAnswered, false) => query.filter(questions::expert_answer_count.gt(0)),
            (Status::Accepted, _) => query.filter(questions::accepted_answer_id.is_not_null()),
        }
    };
    let ordered = match sort {
        Sort::Newest => filtered(true).order((questions::created_at.desc(), questions::id.desc())),
        Sort::Active => {
            filtered(true).order((questions::last_activity_at.desc(), questions::id.desc()))
        }
        Sort::Votes => filtered(true).order((
            questions::vote_count.desc(),
            questions::created_at.desc(),
            questions::id.desc(),
        )),
    };
    // After a row (the "Next" link's), the page starts at that row's place in the order
    // instead of skipping the rows before it; each test starts with a bound on the order's
    // first column, so the index is entered there.
    let after = match window.after {
        Some(id) => questions::table
            .find(id)
            .select((
                questions::created_at,
                questions::last_activity_at,
                questions::vote_count,
            ))
            .first::<(NaiveDateTime, NaiveDateTime, i32)>(conn)
            .optional()?
            .map(|key| (id, key)),
        None => None,
    };
    let (ordered, offset) = match after {
        None => (ordered, window.offset),
        Some((id, (created, active, votes))) => {
            let from = match sort {
                Sort::Newest => ordered.filter(
                    questions::created_at
                        .le(created)
                        .and(questions::created_at.lt(created).or(questions::id.lt(id))),
                ),
                Sort::Active => ordered.filter(
                    questions::last_activity_at.le(active).and(
                        questions::last_activity_at
                            .lt(active)
                            .or(questions::id.lt(id)),
                    ),
                ),
                Sort::Votes => ordered.filter(
                    questions::vote_count.le(votes).and(
                        questions::vote_count
                            .lt(votes)
                            .or(questions::created_at.lt(created))
                            .or(questions::created_at.eq(created).and(questions::id.lt(id))),
                    ),
                ),
            };
            (from, 0)
        }
    };
    // The page's ids first: each order's index carries the counters the statuses test, so
    // the rows a deep page skips are never read (a question's row is long: its text comes
    // before its counters).
    let mut ids: Vec<i64> = ordered
        .offset(offset)
        .limit(window.fetch())
        .select(questions::id)
        .load(conn)?;
    let counted = crate::db::count_for_pager(conn, window, filtered(false).select(questions::id))?;
    let total = window.settle(&mut ids, counted);
    Ok((rows_in_order(conn, &ids)?, total))
}

/// List rows of the questions with `ids`, in the order of `ids`.
fn rows_in_order(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<QuestionListRow>> {
    let found = questions::table
        .filter(questions::id.eq_any(ids))
        .select(Question::as_select())
        .load(conn)?;
    with_names(conn, super::in_order(ids, found, |q: &Question| q.id))
}

/// The newest `limit` questions on view, without what `viewer` marked "not for me", and
/// without a total (the front page).
pub fn newest_for(
    conn: &mut DbConnection,
    viewer: Option<i64>,
    limit: i64,
) -> QueryResult<Vec<QuestionListRow>> {
    let mut query = questions::table
        .filter(questions::visibility.eq(Visibility::Visible.key()))
        .into_boxed();
    if let Some(viewer) = viewer {
        query = query.filter(crate::db::models::personal::wanted_question!(viewer));
    }
    let page = query
        .order((questions::created_at.desc(), questions::id.desc()))
        .limit(limit)
        .select(Question::as_select())
        .load(conn)?;
    with_names(conn, page)
}

/// List rows for `page`, with the askers' and areas' names looked up once each.
fn with_names(conn: &mut DbConnection, page: Vec<Question>) -> QueryResult<Vec<QuestionListRow>> {
    let asker_ids: Vec<i64> = page.iter().map(|q| q.asker_id).collect();
    let askers: Vec<(i64, String)> = users::table
        .filter(users::id.eq_any(&asker_ids))
        .select((users::id, users::username))
        .load(conn)?;
    let area_names: Vec<(i64, String)> =
        areas::table.select((areas::id, areas::name)).load(conn)?;
    let name = |list: &[(i64, String)], id: i64| {
        list.iter()
            .find(|(i, _)| *i == id)
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    };
    Ok(page
        .into_iter()
        .map(|q| QuestionListRow {
            area_name: name(&area_names, q.area_id),
            asker: name(&askers, q.asker_id),
            id: q.id,
            slug: q.slug,
            title: q.title,
            answer_count: q.answer_count,
            expert_answer_count: q.expert_answer_count,
            vote_count: q.vote_count,
            accepted_answer_id: q.accepted_answer_id,
            created_at: q.created_at,
            last_activity_at: q.last_activity_at,
        })
        .collect())
}

/// Unanswered questions in `area_ids`, oldest first (the expert queue).
pub fn unanswered_in(
    conn: &mut DbConnection,
    area_ids: &[i64],
    limit: i64,
) -> QueryResult<Vec<QuestionListRow>> {
    // Ids first, from the index alone: the areas' waiting questions are merged by date
    // there, and only the page's rows are read.
    let ids: Vec<i64> = questions::table
        .filter(questions::area_id.eq_any(area_ids))
        .filter(questions::answer_count.eq(0))
        .filter(questions::visibility.eq(Visibility::Visible.key()))
        .order((questions::created_at.asc(), questions::id.asc()))
        .limit(limit)
        .select(questions::id)
        .load(conn)?;
    rows_in_order(conn, &ids)
}

/// The newest questions on view with their askers' names, in one area or all (feeds): one
/// query, along the index on visibility and date (or area and date).
pub fn newest(
    conn: &mut DbConnection,
    area_id: Option<i64>,
    limit: i64,
) -> QueryResult<Vec<(Question, String)>> {
    let mut query = questions::table
        .inner_join(users::table)
        .filter(questions::visibility.eq(Visibility::Visible.key()))
        .into_boxed();
    if let Some(area) = area_id {
        query = query.filter(questions::area_id.eq(area));
    }
    query
        .order((questions::created_at.desc(), questions::id.desc()))
        .limit(limit)
        .select((Question::as_select(), users::username))
        .load(conn)
}

/// Questions asked before `before` that have answers, none accepted, and no reminder yet.
pub fn due_for_reminder(
    conn: &mut DbConnection,
    before: NaiveDateTime,
) -> QueryResult<Vec<Question>> {
    questions::table
        .filter(questions::created_at.lt(before))
        .filter(questions::answer_count.gt(0))
        .filter(questions::accepted_answer_id.is_null())
        .filter(questions::visibility.eq(Visibility::Visible.key()))
        .filter(diesel::dsl::not(diesel::dsl::exists(
            accept_reminders::table.filter(accept_reminders::question_id.eq(questions::id)),
        )))
        .order(questions::created_at.asc())
        .limit(500)
        .select(Question::as_select())
        .load(conn)
}

/// Records that the asker of `question_id` was reminded.
pub fn mark_reminded(
    conn: &mut DbConnection,
    question_id: i64,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(accept_reminders::table)
        .values((
            accept_reminders::question_id.eq(question_id),
            accept_reminders::sent_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}
