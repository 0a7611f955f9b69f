//! The search index asked for posts like a title being written: the questions or open ideas
//! a visitor may read, best match first, then their rows. As for search, the SQL is fixed
//! and every value a bound parameter; the typed words arrive already reduced to a safe
//! engine query, restricted to titles (`crate::search::query`). The engines rank as the
//! search page does: bm25 on SQLite, `ts_rank_cd` on PostgreSQL.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text, Timestamp};

use crate::db::DbConnection;
use crate::db::models::idea_lists;
use crate::db::models::ideas::Idea;
use crate::db::models::questions::Question;
use crate::db::schema::{ideas, questions};
use crate::domain::idea::IdeaStatus;
use crate::domain::{ContentKind, Visibility};

/// What to look for.
#[derive(Debug, Clone)]
pub struct Likeness {
    /// The engines' own query texts, made safe by the caller.
    pub fts5: String,
    pub tsquery: String,
    pub now: NaiveDateTime,
    pub limit: i64,
}

/// Questions like `likeness` says, best first. The rows are checked again: the index is
/// rewritten in the transaction of every change, but a suggestion must never show a post a
/// visitor may not read, even from an index being rebuilt.
pub fn questions(conn: &mut DbConnection, likeness: &Likeness) -> QueryResult<Vec<Question>> {
    let ids = ranked(conn, ContentKind::Question, likeness)?;
    let rows = questions::table
        .filter(questions::id.eq_any(&ids))
        .filter(questions::visibility.eq(Visibility::Visible.key()))
        .select(Question::as_select())
        .load(conn)?;
    Ok(super::in_order(&ids, rows, |q| q.id))
}

/// Open ideas (not finished with, nor merged) like `likeness` says, best first, checked
/// again on their rows as questions are.
pub fn ideas(conn: &mut DbConnection, likeness: &Likeness) -> QueryResult<Vec<Idea>> {
    let ids = ranked(conn, ContentKind::Idea, likeness)?;
    let rows = ideas::table
        .filter(ideas::id.eq_any(&ids))
        .filter(idea_lists::public())
        .select(Idea::as_select())
        .load(conn)?;
    Ok(super::in_order(&ids, rows, |i| i.id))
}

#[derive(QueryableByName)]
struct Ranked {
    #[diesel(sql_type = BigInt)]
    post_id: i64,
}

/// Which documents may be suggested, for both engines (`?1`… are numbered alike): only
/// what a visitor may read (visible and published; a merged idea's document says `merged`,
/// one waiting for review `held`), of one kind, and no finished idea.
macro_rules! suggestible {
    () => {
        "f.kind = ?2 AND f.visibility = 'visible' \
         AND f.published_at IS NOT NULL AND f.published_at <= ?3 \
         AND f.idea_status NOT IN (?4, ?5, ?6)"
    };
}

/// On SQLite the best matches are chosen first, by document, and their posts read after.
/// As on the search page (`db::models::search`), `CROSS JOIN` keeps the matches as the
/// outer loop (left to itself, the planner may walk every document of the kind and ask
/// FTS5 about each), and the filters are read from their covering index, not from the
/// documents' long rows.
const SQLITE: &str = concat!(
    "SELECT d.post_id FROM (\
       SELECT search_fts.rowid AS id, bm25(search_fts, 10.0, 1.0, 0.0) AS rank, f.created_at \
       FROM search_fts CROSS JOIN search_documents f INDEXED BY search_documents_facts \
         ON f.id = search_fts.rowid \
       WHERE search_fts MATCH ?1 AND ",
    suggestible!(),
    " ORDER BY rank, f.created_at DESC, search_fts.rowid DESC LIMIT ?7) r \
     CROSS JOIN search_documents d ON d.id = r.id \
     ORDER BY r.rank, r.created_at DESC, r.id DESC"
);

const POSTGRES: &str = concat!(
    "SELECT f.post_id FROM search_documents f, to_tsquery('english', ?1) q \
     WHERE f.tsv @@ q AND ",
    suggestible!(),
    " ORDER BY ts_rank_cd(f.tsv, q) DESC, f.created_at DESC, f.id DESC LIMIT ?7"
);

/// The ids of the best matches of `kind`, best first.
fn ranked(
    conn: &mut DbConnection,
    kind: ContentKind,
    likeness: &Likeness,
) -> QueryResult<Vec<i64>> {
    let [done, declined, duplicate] = IdeaStatus::CLOSED.map(IdeaStatus::key);
    macro_rules! bind_all {
        ($query:expr, $text:expr) => {
            $query
                .bind::<Text, _>($text)
                .bind::<Text, _>(kind.key())
                .bind::<Timestamp, _>(likeness.now)
                .bind::<Text, _>(done)
                .bind::<Text, _>(declined)
                .bind::<Text, _>(duplicate)
                .bind::<BigInt, _>(likeness.limit)
        };
    }
    let found: Vec<Ranked> = match conn {
        DbConnection::Sqlite(c) => bind_all!(diesel::sql_query(SQLITE), &likeness.fts5).load(c)?,
        // PostgreSQL numbers parameters `$n` (the text is this file's own, never a reader's).
        DbConnection::Pg(c) => bind_all!(
            diesel::sql_query(super::search_find::dollar_params(POSTGRES)),
            &likeness.tsquery
        )
        .load(c)?,
    };
    Ok(found.into_iter().map(|r| r.post_id).collect())
}
