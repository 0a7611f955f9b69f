//! Ideas, their votes and their public status history. The vote count is kept on the idea
//! row, changed in the same transaction as the vote, so the board sorts without grouping.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{idea_hidden, idea_status_changes, idea_votes, ideas, users};

/// An idea as stored.
#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = ideas)]
pub struct Idea {
    pub id: i64,
    pub slug: String,
    pub author_id: i64,
    pub area_id: Option<i64>,
    pub title: String,
    pub body_md: String,
    pub body_html: String,
    pub status: String,
    pub approved: bool,
    pub vote_count: i32,
    pub created_at: NaiveDateTime,
    pub first_response_at: Option<NaiveDateTime>,
    pub merged_into_id: Option<i64>,
}

impl Idea {
    pub fn path(&self) -> String {
        format!("/ideas/{}", self.id)
    }
}

/// One entry of an idea's status history.
#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = idea_status_changes)]
pub struct StatusChange {
    pub id: i64,
    pub idea_id: i64,
    pub moderator_id: Option<i64>,
    pub moderator: String,
    pub old_status: String,
    pub new_status: String,
    pub note: String,
    pub created_at: NaiveDateTime,
}

/// Adds an idea; `approved` is false while it waits for review.
#[allow(clippy::too_many_arguments)]
pub fn create(
    conn: &mut DbConnection,
    slug: &str,
    author_id: i64,
    title: &str,
    body_md: &str,
    body_html: &str,
    approved: bool,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    diesel::insert_into(ideas::table)
        .values((
            ideas::slug.eq(slug),
            ideas::author_id.eq(author_id),
            ideas::title.eq(title),
            ideas::body_md.eq(body_md),
            ideas::body_html.eq(body_html),
            ideas::status.eq("new"),
            ideas::approved.eq(approved),
            ideas::created_at.eq(now),
        ))
        .returning(ideas::id)
        .get_result(conn)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Idea>> {
    ideas::table
        .find(id)
        .select(Idea::as_select())
        .first(conn)
        .optional()
}

/// An idea with its author's name.
pub fn with_author(conn: &mut DbConnection, id: i64) -> QueryResult<Option<(Idea, String)>> {
    ideas::table
        .inner_join(users::table)
        .filter(ideas::id.eq(id))
        .select((Idea::as_select(), users::username))
        .first(conn)
        .optional()
}

/// An idea's status history, oldest first.
pub fn history(conn: &mut DbConnection, id: i64) -> QueryResult<Vec<StatusChange>> {
    idea_status_changes::table
        .filter(idea_status_changes::idea_id.eq(id))
        .order((
            idea_status_changes::created_at.asc(),
            idea_status_changes::id.asc(),
        ))
        .select(StatusChange::as_select())
        .load(conn)
}

/// Records a vote. A second vote by the same member fails on the key; the caller rolls
/// back and treats it as the no-op it is.
pub fn add_vote(
    conn: &mut DbConnection,
    idea_id: i64,
    user_id: i64,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(idea_votes::table)
        .values((
            idea_votes::idea_id.eq(idea_id),
            idea_votes::user_id.eq(user_id),
            idea_votes::created_at.eq(now),
        ))
        .execute(conn)?;
    diesel::update(ideas::table.find(idea_id))
        .set(ideas::vote_count.eq(ideas::vote_count + 1))
        .execute(conn)
        .map(|_| ())
}

/// Withdraws a vote; a no-op when there was none.
pub fn remove_vote(conn: &mut DbConnection, idea_id: i64, user_id: i64) -> QueryResult<()> {
    let removed = diesel::delete(
        idea_votes::table
            .filter(idea_votes::idea_id.eq(idea_id))
            .filter(idea_votes::user_id.eq(user_id)),
    )
    .execute(conn)?;
    if removed > 0 {
        diesel::update(ideas::table.find(idea_id))
            .set(ideas::vote_count.eq(ideas::vote_count - 1))
            .execute(conn)?;
    }
    Ok(())
}

pub fn has_voted(conn: &mut DbConnection, idea_id: i64, user_id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        idea_votes::table
            .filter(idea_votes::idea_id.eq(idea_id))
            .filter(idea_votes::user_id.eq(user_id)),
    ))
    .get_result(conn)
}

pub fn voters(conn: &mut DbConnection, idea_id: i64) -> QueryResult<Vec<i64>> {
    idea_votes::table
        .filter(idea_votes::idea_id.eq(idea_id))
        .select(idea_votes::user_id)
        .load(conn)
}

/// Sets an idea's status (approving it if it waited) and writes the history entry.
pub fn change_status(
    conn: &mut DbConnection,
    idea: &Idea,
    to: &str,
    approve: bool,
    moderator: (i64, &str),
    note: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(ideas::table.find(idea.id))
        .set((
            ideas::status.eq(to),
            ideas::approved.eq(idea.approved || approve),
            ideas::first_response_at.eq(idea.first_response_at.or(Some(now))),
        ))
        .execute(conn)?;
    diesel::insert_into(idea_status_changes::table)
        .values((
            idea_status_changes::idea_id.eq(idea.id),
            idea_status_changes::moderator_id.eq(Some(moderator.0)),
            idea_status_changes::moderator.eq(moderator.1),
            idea_status_changes::old_status.eq(&idea.status),
            idea_status_changes::new_status.eq(to),
            idea_status_changes::note.eq(note),
            idea_status_changes::created_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// The board's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoardSort {
    Top,
    New,
    /// Votes of the last 14 days, each worth less the older it is.
    Trending(NaiveDateTime),
}

/// How far back trending looks.
pub const TRENDING_DAYS: i64 = 14;

/// One page of approved ideas, optionally of one status, with the total. With a
/// `viewer`, the ideas they marked "not for me" are left out.
pub fn board(
    conn: &mut DbConnection,
    status: Option<&str>,
    viewer: Option<i64>,
    sort: BoardSort,
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<(Idea, String)>, i64)> {
    let filtered = || {
        let mut query = ideas::table.filter(ideas::approved.eq(true)).into_boxed();
        if let Some(status) = status {
            query = query.filter(ideas::status.eq(status.to_owned()));
        }
        if let Some(viewer) = viewer {
            query = query.filter(diesel::dsl::not(diesel::dsl::exists(
                idea_hidden::table
                    .filter(idea_hidden::user_id.eq(viewer))
                    .filter(idea_hidden::idea_id.eq(ideas::id)),
            )));
        }
        query
    };
    let (page, total): (Vec<Idea>, i64) = match sort {
        BoardSort::Trending(now) => {
            // Scores come from the recent votes of the ideas the filter allows.
            let since = now - chrono::Duration::days(TRENDING_DAYS);
            let allowed: Vec<i64> = filtered().select(ideas::id).load(conn)?;
            let recent: Vec<(i64, NaiveDateTime)> = idea_votes::table
                .filter(idea_votes::created_at.gt(since))
                .filter(idea_votes::idea_id.eq_any(&allowed))
                .select((idea_votes::idea_id, idea_votes::created_at))
                .load(conn)?;
            let ranked = trending_order(&recent, now);
            let total = ranked.len() as i64;
            let ids: Vec<i64> = ranked
                .into_iter()
                .skip(usize::try_from(offset).unwrap_or(0))
                .take(usize::try_from(limit).unwrap_or(0))
                .collect();
            let mut found: Vec<Idea> = ideas::table
                .filter(ideas::id.eq_any(&ids))
                .select(Idea::as_select())
                .load(conn)?;
            found.sort_by_key(|idea| ids.iter().position(|id| *id == idea.id));
            (found, total)
        }
        BoardSort::Top | BoardSort::New => {
            let ordered = if sort == BoardSort::Top {
                filtered().order((
                    ideas::vote_count.desc(),
                    ideas::created_at.desc(),
                    ideas::id.desc(),
                ))
            } else {
                filtered().order((ideas::created_at.desc(), ideas::id.desc()))
            };
            let page = ordered
                .offset(offset)
                .limit(limit)
                .select(Idea::as_select())
                .load(conn)?;
            (page, filtered().count().get_result(conn)?)
        }
    };
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

/// Marks or unmarks an idea "not for me" for `user_id`; idempotent.
pub fn set_hidden(
    conn: &mut DbConnection,
    idea_id: i64,
    user_id: i64,
    hidden: bool,
) -> QueryResult<()> {
    let existing = idea_hidden::table
        .filter(idea_hidden::idea_id.eq(idea_id))
        .filter(idea_hidden::user_id.eq(user_id));
    if !hidden {
        diesel::delete(existing).execute(conn)?;
        return Ok(());
    }
    if !diesel::select(diesel::dsl::exists(existing)).get_result::<bool>(conn)? {
        diesel::insert_into(idea_hidden::table)
            .values((
                idea_hidden::idea_id.eq(idea_id),
                idea_hidden::user_id.eq(user_id),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub fn is_hidden(conn: &mut DbConnection, idea_id: i64, user_id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        idea_hidden::table
            .filter(idea_hidden::idea_id.eq(idea_id))
            .filter(idea_hidden::user_id.eq(user_id)),
    ))
    .get_result(conn)
}

/// Merges `source` into `target`: the votes move over (a member who voted for both counts
/// once), the source becomes a duplicate pointing at the target. Returns the source's
/// voters, to be told.
pub fn merge(
    conn: &mut DbConnection,
    source: &Idea,
    target: &Idea,
    now: NaiveDateTime,
) -> QueryResult<Vec<i64>> {
    let source_voters = voters(conn, source.id)?;
    let target_voters = voters(conn, target.id)?;
    let mut moved = 0;
    for voter in &source_voters {
        if !target_voters.contains(voter) {
            diesel::insert_into(idea_votes::table)
                .values((
                    idea_votes::idea_id.eq(target.id),
                    idea_votes::user_id.eq(voter),
                    idea_votes::created_at.eq(now),
                ))
                .execute(conn)?;
            moved += 1;
        }
    }
    diesel::delete(idea_votes::table.filter(idea_votes::idea_id.eq(source.id))).execute(conn)?;
    diesel::update(ideas::table.find(target.id))
        .set(ideas::vote_count.eq(ideas::vote_count + moved))
        .execute(conn)?;
    diesel::update(ideas::table.find(source.id))
        .set((
            ideas::vote_count.eq(0),
            ideas::merged_into_id.eq(Some(target.id)),
        ))
        .execute(conn)?;
    Ok(source_voters)
}

/// Ideas by trending score: each recent vote counts 1 when fresh, falling to 0 at
/// [`TRENDING_DAYS`]; ties go to the newer idea.
pub fn trending_order(recent_votes: &[(i64, NaiveDateTime)], now: NaiveDateTime) -> Vec<i64> {
    let window = (TRENDING_DAYS * 24 * 3600) as f64;
    let mut scores: Vec<(i64, f64)> = Vec::new();
    for (idea, at) in recent_votes {
        let age = (now - *at).num_seconds().max(0) as f64;
        let weight = (1.0 - age / window).max(0.0);
        match scores.iter_mut().find(|(id, _)| id == idea) {
            Some((_, score)) => *score += weight,
            None => scores.push((*idea, weight)),
        }
    }
    scores.sort_by(|a, b| b.1.total_cmp(&a.1).then(b.0.cmp(&a.0)));
    scores.into_iter().map(|(id, _)| id).collect()
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
        assert_eq!(super::trending_order(&votes, now), vec![2, 1]);
    }
}
