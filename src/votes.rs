//! Votes on answers and ideas, one way: each counts against the member's vote limit, and
//! is written at most once — the (post, member) key turns two clicks sent at once into one
//! vote, and withdrawing a vote never given is a no-op. The counters move with the vote,
//! in the same transaction. The checks (not one's own post, an idea open for votes) live
//! here too, for the forms and the API alike.

use chrono::NaiveDateTime;
use diesel::QueryResult;

use crate::clock::now;
use crate::db::models::{answers, idea_members, ideas};
use crate::db::{DbConnection, write_idempotent};
use crate::domain::Viewer;
use crate::domain::idea::IdeaStatus;
use crate::error::AppError;
use crate::moderation::rate::{self, Action};
use crate::{messages, paths};

/// Votes (`up`) with `add`, or withdraws the vote with `remove`, for member `voter_id`.
pub fn cast<R>(
    conn: &mut DbConnection,
    voter_id: i64,
    up: bool,
    add: impl FnOnce(&mut DbConnection, NaiveDateTime) -> QueryResult<()>,
    remove: impl FnOnce(&mut DbConnection) -> QueryResult<R>,
) -> Result<(), AppError> {
    write_idempotent(conn, |conn| -> Result<(), AppError> {
        let now = now();
        rate::count(conn, voter_id, Action::Vote, now)?;
        if up {
            add(conn, now)?;
        } else {
            remove(conn)?;
        }
        Ok(())
    })
}

/// Member `voter` votes answer `answer_id` up (`up`) or withdraws their vote. Not their own
/// answer, and only one on view. Returns the answer's address and its score after.
pub fn on_answer(
    conn: &mut DbConnection,
    voter: &Viewer,
    answer_id: i64,
    up: bool,
) -> Result<(String, i32), AppError> {
    let (answer, question) = answers::on_view(conn, answer_id)?.ok_or(AppError::NotFound)?;
    if answer.author_id == voter.id {
        return Err(AppError::ForbiddenBecause(messages::ANSWER_OWN_VOTE));
    }
    cast(
        conn,
        voter.id,
        up,
        |conn, now| answers::add_vote(conn, &answer, voter.id, now),
        |conn| answers::remove_vote(conn, &answer, voter.id),
    )?;
    let score = answers::find_answer(conn, answer_id)?.map_or(0, |a| a.score);
    Ok((paths::answer(question.id, &question.slug, answer_id), score))
}

/// Member `voter` votes for idea `idea_id` (`up`) or withdraws their vote. Not their own
/// idea; a new vote only on an approved, open idea (withdrawing is always possible).
/// Returns the idea's address and its votes after.
pub fn on_idea(
    conn: &mut DbConnection,
    voter: &Viewer,
    idea_id: i64,
    up: bool,
) -> Result<(String, i32), AppError> {
    let idea = ideas::find(conn, idea_id)?
        .filter(|i| i.shown_to(Some(voter)))
        .ok_or(AppError::NotFound)?;
    if idea.author_id == voter.id {
        return Err(AppError::ForbiddenBecause(messages::IDEA_OWN_VOTE));
    }
    let status = IdeaStatus::parse(&idea.status).unwrap_or(IdeaStatus::New);
    if up && (!idea.approved || status.is_closed()) {
        return Err(AppError::ForbiddenBecause(
            messages::IDEA_NOT_OPEN_FOR_VOTES,
        ));
    }
    cast(
        conn,
        voter.id,
        up,
        |conn, now| idea_members::add_vote(conn, idea_id, voter.id, now),
        |conn| idea_members::remove_vote(conn, idea_id, voter.id),
    )?;
    let votes = ideas::find(conn, idea_id)?.map_or(0, |i| i.vote_count);
    Ok((idea.path(), votes))
}
