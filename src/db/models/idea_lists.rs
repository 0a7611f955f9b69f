//! Lists of ideas: the board (top, new, trending; by status and area), the ideas waiting
//! for review, the newest for the feed, and the numbers the community team watches.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::models::ideas::Idea;
use crate::db::schema::{idea_votes, ideas, users};
use crate::domain::Visibility;
use crate::domain::paging::{Total, Window};

/// What the board shows.
#[derive(Debug, Clone, Default)]
pub struct BoardFilter {
    pub status: Option<String>,
    pub area_id: Option<i64>,
    /// The signed-in member: the ideas they marked "not for me" are left out.
    pub viewer: Option<i64>,
    /// The total is not wanted (the front page): it is not counted, and reads as 0.
    pub skip_total: bool,
}

/// The board's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoardSort {
    Top,
    New,
    /// Votes of the last 14 days, each worth less the older it is (the stored score).
    Trending,
}

/// How far back trending looks.
pub const TRENDING_DAYS: i64 = 14;

/// One page of approved ideas that pass `filter`, with the total (counted as far as
/// `window` says).
pub fn board(
    conn: &mut DbConnection,
    filter: &BoardFilter,
    sort: BoardSort,
    window: Window,
) -> QueryResult<(Vec<(Idea, String)>, Total)> {
    let filtered = || {
        let mut query = ideas::table
            .filter(ideas::approved.eq(true))
            .filter(ideas::visibility.eq(Visibility::Visible.key()))
            .into_boxed();
        if let Some(status) = &filter.status {
            query = query.filter(ideas::status.eq(status.clone()));
        }
        if let Some(area) = filter.area_id {
            query = query.filter(ideas::area_id.eq(area));
        }
        // What the member marked "not for me" is left out: the idea, or its area unless the
        // board shows that area, which they asked for.
        match (filter.viewer, filter.area_id) {
            (Some(viewer), None) => {
                query = query.filter(crate::db::models::personal::wanted_idea!(viewer));
            }
            (Some(viewer), Some(_)) => {
                query = query.filter(diesel::dsl::not(diesel::dsl::exists(
                    crate::db::models::personal::marked!(viewer, "idea", ideas::id),
                )));
            }
            (None, _) => {}
        }
        query
    };
    let ordered = match sort {
        BoardSort::Top => filtered().order((
            ideas::vote_count.desc(),
            ideas::created_at.desc(),
            ideas::id.desc(),
        )),
        BoardSort::New => filtered().order((ideas::created_at.desc(), ideas::id.desc())),
        BoardSort::Trending => filtered()
            .filter(ideas::trending_score.gt(0.0))
            .order((ideas::trending_score.desc(), ideas::id.desc())),
    };
    let mut page: Vec<Idea> = ordered
        .offset(window.offset)
        .limit(window.fetch())
        .select(Idea::as_select())
        .load(conn)?;
    let mut count = filtered();
    if sort == BoardSort::Trending {
        count = count.filter(ideas::trending_score.gt(0.0));
    }
    let counted = if filter.skip_total {
        None
    } else {
        crate::db::count_for_pager(conn, window, count.select(ideas::id))?
    };
    let total = window.settle(&mut page, counted);
    let authors: Vec<(i64, String)> = users::table
        .filter(users::id.eq_any(page.iter().map(|i| i.author_id).collect::<Vec<_>>()))
        .select((users::id, users::username))
        .load(conn)?;
    let rows = page
        .into_iter()
        .map(|idea| {
            let author = authors
                .iter()
                .find(|(id, _)| *id == idea.author_id)
                .map(|(_, name)| name.clone())
                .unwrap_or_default();
            (idea, author)
        })
        .collect();
    Ok((rows, total))
}

/// Ideas that have a page of their own for anyone: approved, on view, and not merged into
/// another (whose page theirs redirects to).
pub type Public = diesel::dsl::And<
    diesel::dsl::And<
        diesel::dsl::Eq<ideas::approved, bool>,
        diesel::dsl::Eq<ideas::visibility, &'static str>,
    >,
    diesel::dsl::IsNull<ideas::merged_into_id>,
>;

/// The filter for [`Public`] ideas.
pub fn public() -> Public {
    ideas::approved
        .eq(true)
        .and(ideas::visibility.eq(Visibility::Visible.key()))
        .and(ideas::merged_into_id.is_null())
}

/// The newest ideas anyone may read, with their authors' names (the feed): one query,
/// along the index on approval and date.
pub fn newest(conn: &mut DbConnection, limit: i64) -> QueryResult<Vec<(Idea, String)>> {
    ideas::table
        .inner_join(users::table)
        .filter(public())
        .order((ideas::created_at.desc(), ideas::id.desc()))
        .limit(limit)
        .select((Idea::as_select(), users::username))
        .load(conn)
}

/// Ideas waiting for review, oldest first; with `author`, only theirs.
pub fn awaiting_review(conn: &mut DbConnection, author: Option<i64>) -> QueryResult<Vec<Idea>> {
    let mut query = ideas::table
        .filter(ideas::approved.eq(false))
        .filter(ideas::status.eq("new"))
        .into_boxed();
    if let Some(author) = author {
        query = query.filter(ideas::author_id.eq(author));
    }
    query
        .order((ideas::created_at.asc(), ideas::id.asc()))
        .select(Idea::as_select())
        .load(conn)
}

/// Re-weighs every idea's trending score from the votes of the last [`TRENDING_DAYS`] at
/// `now`; run by the background job. Returns how many ideas have a score.
pub fn refresh_trending(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    let since = now - chrono::Duration::days(TRENDING_DAYS);
    let recent: Vec<(i64, NaiveDateTime)> = idea_votes::table
        .filter(idea_votes::created_at.gt(since))
        .select((idea_votes::idea_id, idea_votes::created_at))
        .load(conn)?;
    let scores = trending_scores(&recent, now);
    crate::db::write_transaction(conn, |conn| {
        diesel::update(ideas::table.filter(ideas::trending_score.ne(0.0)))
            .set(ideas::trending_score.eq(0.0))
            .execute(conn)?;
        for (id, score) in &scores {
            diesel::update(ideas::table.find(id))
                .set(ideas::trending_score.eq(score))
                .execute(conn)?;
        }
        Ok(scores.len())
    })
}

/// Trending scores: each recent vote counts 1 when fresh, falling to 0 at
/// [`TRENDING_DAYS`].
pub fn trending_scores(
    recent_votes: &[(i64, NaiveDateTime)],
    now: NaiveDateTime,
) -> HashMap<i64, f64> {
    let window = (TRENDING_DAYS * 24 * 3600) as f64;
    let mut scores: HashMap<i64, f64> = HashMap::new();
    for (idea, at) in recent_votes {
        let age = (now - *at).num_seconds().max(0) as f64;
        *scores.entry(*idea).or_default() += (1.0 - age / window).max(0.0);
    }
    scores
}

/// The numbers the community team watches.
pub struct ReviewNumbers {
    pub this_week: i64,
    pub this_month: i64,
    pub by_status: Vec<(String, i64)>,
    /// Median time from posting to a moderator's first response.
    pub median_response: Option<chrono::Duration>,
}

pub fn review_numbers(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<ReviewNumbers> {
    let since = |days| now - chrono::Duration::days(days);
    let this_week = ideas::table
        .filter(ideas::created_at.gt(since(7)))
        .count()
        .get_result(conn)?;
    let this_month = ideas::table
        .filter(ideas::created_at.gt(since(30)))
        .count()
        .get_result(conn)?;
    let by_status = ideas::table
        .filter(ideas::approved.eq(true))
        .group_by(ideas::status)
        .select((ideas::status, diesel::dsl::count_star()))
        .load(conn)?;
    let responses: Vec<(NaiveDateTime, Option<NaiveDateTime>)> = ideas::table
        .filter(ideas::first_response_at.is_not_null())
        .select((ideas::created_at, ideas::first_response_at))
        .load(conn)?;
    let mut waits: Vec<chrono::Duration> = responses
        .into_iter()
        .filter_map(|(posted, first)| first.map(|f| f - posted))
        .collect();
    waits.sort();
    let median_response = waits.get(waits.len() / 2).copied();
    Ok(ReviewNumbers {
        this_week,
        this_month,
        by_status,
        median_response,
    })
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, NaiveDate};

    #[test]
    fn trending_weighs_fresh_votes_more_than_old_ones() {
        let now = NaiveDate::from_ymd_opt(2026, 11, 22)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap();
        // Idea 1: three votes 13 days ago. Idea 2: one vote an hour ago.
        let votes = vec![
            (1, now - Duration::days(13)),
            (1, now - Duration::days(13)),
            (1, now - Duration::days(13)),
            (2, now - Duration::hours(1)),
        ];
        let scores = super::trending_scores(&votes, now);
        assert!(scores[&2] > scores[&1], "{scores:?}");
        assert!(scores[&1] > 0.0 && scores[&1] < 1.0);
    }
}
