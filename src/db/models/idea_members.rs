//! What members do with an idea: votes (one per member, kept by the table's key, with the idea's counters), follows, "not for me" marks, and who hears of a change.

use crate::db::DbConnection;
use crate::db::schema::{idea_follows, idea_votes, ideas};
use chrono::NaiveDateTime;
use diesel::prelude::*;

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
    // A fresh vote weighs 1 in trending; the background job decays it later.
    diesel::update(ideas::table.find(idea_id))
        .set((
            ideas::vote_count.eq(ideas::vote_count + 1),
            ideas::trending_score.eq(ideas::trending_score + 1.0),
        ))
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

/// Follows or unfollows an idea; idempotent.
pub fn set_follow(
    conn: &mut DbConnection,
    idea_id: i64,
    user_id: i64,
    follow: bool,
) -> QueryResult<()> {
    let existing = idea_follows::table
        .filter(idea_follows::idea_id.eq(idea_id))
        .filter(idea_follows::user_id.eq(user_id));
    if !follow {
        diesel::delete(existing).execute(conn)?;
    } else if !diesel::select(diesel::dsl::exists(existing)).get_result::<bool>(conn)? {
        diesel::insert_into(idea_follows::table)
            .values((
                idea_follows::idea_id.eq(idea_id),
                idea_follows::user_id.eq(user_id),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub fn is_following(conn: &mut DbConnection, idea_id: i64, user_id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        idea_follows::table
            .filter(idea_follows::idea_id.eq(idea_id))
            .filter(idea_follows::user_id.eq(user_id)),
    ))
    .get_result(conn)
}

/// Everyone told when an idea changes: its author (it is their idea's verdict), its voters
/// and its followers, each once.
pub fn audience(conn: &mut DbConnection, idea_id: i64) -> QueryResult<Vec<i64>> {
    let mut people = voters(conn, idea_id)?;
    people.extend(
        idea_follows::table
            .filter(idea_follows::idea_id.eq(idea_id))
            .select(idea_follows::user_id)
            .load::<i64>(conn)?,
    );
    people.push(
        ideas::table
            .find(idea_id)
            .select(ideas::author_id)
            .first(conn)?,
    );
    people.sort_unstable();
    people.dedup();
    Ok(people)
}
