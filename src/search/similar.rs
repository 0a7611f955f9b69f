//! Posts like the one being written: "Check for similar questions" on the ask form, similar
//! ideas on the idea form, the titles a moderator searches to merge an idea into, and the
//! related questions beside a question.
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

/// Questions like `title`, best first (at most [`SUGGESTIONS`]), leaving out question
/// `except` (the one being read, whose page lists its related questions).
pub fn questions(
    conn: &mut DbConnection,
    title: &str,
    now: NaiveDateTime,
    except: Option<i64>,
) -> QueryResult<Vec<Question>> {
    let Some(likeness) = likeness(title, now, SUGGESTIONS + 1) else {
        return Ok(Vec::new());
    };
    let found = index::questions(conn, &likeness)?;
    Ok(leaving_out(found, |q| q.id, except, SUGGESTIONS))
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
    let found = index::ideas(conn, &likeness)?;
    Ok(leaving_out(found, |idea| idea.id, except, limit))
}

/// The first `limit` of `found` that are not post `except` (asked for one more than
/// `limit`, so that leaving it out still fills the list).
fn leaving_out<T>(
    mut found: Vec<T>,
    id: impl Fn(&T) -> i64,
    except: Option<i64>,
    limit: i64,
) -> Vec<T> {
    found.retain(|post| Some(id(post)) != except);
    found.truncate(usize::try_from(limit).unwrap_or(0));
    found
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
