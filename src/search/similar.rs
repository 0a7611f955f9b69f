//! Posts like the one being written: "Check for similar questions" on the ask form, similar
//! ideas on the idea form, and the titles a moderator searches to merge an idea into.
//!
//! Why the search index and not the titles' shared words: the engines stem, so "Ironing
//! shirts" finds "How do I iron a shirt?", and they rank, so the closest comes first. The
//! title becomes a query any of whose meaningful words may match another post's title
//! ([`Query::any_in_title`]); a title of stop words alone suggests nothing. Titles only,
//! because a title is what is compared with (the text of a long post shares a common word
//! with nearly anything), and because it keeps the work small: a common word is in a
//! tenth as many titles as texts. Only what a visitor may read is suggested, of the same
//! kind as the post being written, and ideas only while they are open (a finished or
//! merged idea takes no votes).

use chrono::NaiveDateTime;
use diesel::QueryResult;

use super::Query;
use crate::db::DbConnection;
use crate::db::models::ideas::Idea;
use crate::db::models::questions::Question;
use crate::db::models::search_similar::{self as index, Likeness};

/// How many suggestions a form shows.
pub const SUGGESTIONS: i64 = 5;

/// Questions like `title`, best first (at most [`SUGGESTIONS`]).
pub fn questions(
    conn: &mut DbConnection,
    title: &str,
    now: NaiveDateTime,
) -> QueryResult<Vec<Question>> {
    match likeness(title, now, SUGGESTIONS) {
        Some(likeness) => index::questions(conn, &likeness),
        None => Ok(Vec::new()),
    }
}

/// Open ideas like `title`, best first (at most `limit`), leaving out idea `except` (the
/// one a moderator is merging).
pub fn ideas(
    conn: &mut DbConnection,
    title: &str,
    now: NaiveDateTime,
    except: Option<i64>,
    limit: i64,
) -> QueryResult<Vec<Idea>> {
    let Some(likeness) = likeness(title, now, limit + 1) else {
        return Ok(Vec::new());
    };
    let mut found = index::ideas(conn, &likeness)?;
    found.retain(|idea| Some(idea.id) != except);
    found.truncate(usize::try_from(limit).unwrap_or(0));
    Ok(found)
}

/// What to ask the index for `title`, or `None` when no word of it can find anything.
fn likeness(title: &str, now: NaiveDateTime, limit: i64) -> Option<Likeness> {
    let query = Query::any_in_title(title);
    query.is_searchable().then(|| Likeness {
        fts5: query.fts5(),
        tsquery: query.tsquery(),
        now,
        limit,
    })
}
