//! A search's query on either engine: fixed SQL with bound parameters (the typed words
//! arrive already reduced to a safe engine query, see `crate::search::query`), filtered by
//! what the reader may open, ranked by the engine, with snippets for the page's rows only.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Nullable, Text, Timestamp};

use crate::db::DbConnection;

/// What a search asks the engine, every part a bound parameter.
#[derive(Debug, Clone)]
pub struct Request {
    /// The engine's own query text (FTS5 or tsquery), made safe by the caller.
    pub engine_query_fts5: String,
    pub engine_query_tsquery: String,
    /// On PostgreSQL, the filters' words (`to_tsquery('simple', …)` text, `""` for none),
    /// asked of the index apart from the reader's words so that they take no part in the
    /// ranking (on SQLite they are in `engine_query_fts5`, in a column bm25 gives no weight).
    pub filter_tsquery: String,
    pub now: NaiveDateTime,
    /// The reader, whose own held posts are found (0: a visitor).
    pub viewer: i64,
    /// A moderator asked for held and hidden posts.
    pub held: bool,
    /// `""` for every kind.
    pub kind: String,
    /// 0 for every area.
    pub area: i64,
    pub expert_only: bool,
    /// `""` for every status.
    pub idea_status: String,
    pub from: NaiveDateTime,
    pub until: NaiveDateTime,
    pub newest_first: bool,
    pub limit: i64,
    pub offset: i64,
    /// On SQLite, rank only the newest this many matches (0: all of them); see
    /// `crate::search` for why.
    pub candidates: i64,
    /// Count only the matches the filters let through when finding the newest candidates
    /// (for filters the index does not hold: dates, held posts).
    pub eligible_floor: bool,
}

/// One result.
#[derive(QueryableByName, Debug, Clone)]
pub struct Hit {
    #[diesel(sql_type = Text)]
    pub kind: String,
    #[diesel(sql_type = BigInt)]
    pub post_id: i64,
    #[diesel(sql_type = Text)]
    pub title: String,
    #[diesel(sql_type = Text)]
    pub url: String,
    #[diesel(sql_type = Nullable<BigInt>)]
    pub area_id: Option<i64>,
    #[diesel(sql_type = BigInt)]
    pub author_id: i64,
    #[diesel(sql_type = Timestamp)]
    pub created_at: NaiveDateTime,
    #[diesel(sql_type = Text)]
    pub visibility: String,
    #[diesel(sql_type = Bool)]
    pub expert_answered: bool,
    #[diesel(sql_type = Bool)]
    pub accepted: bool,
    #[diesel(sql_type = Text)]
    pub idea_status: String,
    /// The matching words between `\u{2}` and `\u{3}`.
    #[diesel(sql_type = Text)]
    pub snippet: String,
    /// The reader marked it "not for me" (it comes after the rest).
    #[diesel(sql_type = Bool)]
    pub set_aside: bool,
}

/// Where a document is found from, for both engines: `?1`… are numbered alike.
macro_rules! filters {
    () => {
        "((d.visibility = 'visible' AND d.published_at IS NOT NULL AND d.published_at <= ?2) \
           OR (d.visibility = 'held' AND d.author_id = ?3) \
           OR (?4 AND d.visibility IN ('held', 'hidden'))) \
         AND (?5 = '' OR d.kind = ?5) \
         AND (?6 = 0 OR d.area_id = ?6) \
         AND (NOT ?7 OR d.expert_answered) \
         AND (?8 = '' OR d.idea_status = ?8) \
         AND d.created_at >= ?9 AND d.created_at < ?10"
    };
}

/// Whether the reader (parameter `$viewer`) marked the document's post "not for me": it is
/// still found, since they asked for it, but comes after the rest and says so.
macro_rules! set_aside {
    ($viewer:literal) => {
        concat!(
            "EXISTS (SELECT 1 FROM not_for_me h WHERE h.user_id = ",
            $viewer,
            " AND ((h.kind = d.kind AND h.item_id = d.post_id AND h.tag = '') \
                   OR (h.kind = 'area' AND h.item_id = d.area_id AND h.tag = '')))"
        )
    };
}

/// What comes first when ranking by relevance: what the reader set aside goes after the
/// rest. Newest first it only says so, and visitors set nothing aside: then this is a
/// constant, which leaves PostgreSQL free to walk its date index instead of sorting every
/// match.
macro_rules! demoted {
    () => {
        concat!(
            "CASE WHEN ?11 OR ?3 = 0 THEN FALSE ELSE ",
            set_aside!("?3"),
            " END"
        )
    };
}

/// SQLite's order of results (`?11`: newest first).
macro_rules! sqlite_order {
    () => {
        concat!(
            " ORDER BY ",
            demoted!(),
            ", CASE WHEN ?11 THEN 0.0 ELSE bm25(search_fts, 10.0, 1.0, 0.0) - d.boost END, \
               d.created_at DESC"
        )
    };
}

/// SQLite's page of results, as index row ids, best first. `CROSS JOIN` keeps the
/// matches as the outer loop (left to itself, the planner may walk every answer and ask
/// FTS5 about each: 80 s instead of 0.1 s at a million posts), and the filters are read
/// from their covering index, not from the long rows.
const SQLITE_PAGE: &str = concat!(
    "SELECT search_fts.rowid AS n FROM search_fts \
       CROSS JOIN search_documents d INDEXED BY search_documents_facts \
       ON d.id = search_fts.rowid \
     WHERE search_fts MATCH ?1 AND search_fts.rowid >= ?14 AND ",
    filters!(),
    sqlite_order!(),
    " LIMIT ?12 OFFSET ?13"
);

/// The row id of the newest `?13 + 1`th match that the filters let through: the matches are
/// walked newest first, so a date range or the held filter costs a walk to its candidates
/// rather than the ranking of every match.
const SQLITE_ELIGIBLE_FLOOR: &str = concat!(
    "SELECT search_fts.rowid AS n FROM search_fts \
       CROSS JOIN search_documents d INDEXED BY search_documents_facts \
       ON d.id = search_fts.rowid \
     WHERE search_fts MATCH ?1 AND ",
    filters!(),
    " ORDER BY search_fts.rowid DESC LIMIT 1 OFFSET ?13"
);

/// The page's rows with their snippets (a snippet reads and tokenises the text again, too
/// dear for every match). The rows are named by a JSON list and found within their range
/// of row ids: FTS5 asked for one row id at a time re-reads the word's whole list each
/// time.
const SQLITE_ROWS: &str = concat!(
    "SELECT d.kind, d.post_id, d.title, d.url, d.area_id, d.author_id, \
            d.created_at, d.visibility, d.expert_answered, d.accepted, d.idea_status, \
            snippet(search_fts, 1, char(2), char(3), '…', 24) AS snippet, ",
    set_aside!("?5"),
    " AS set_aside, d.id AS row_id \
     FROM search_fts CROSS JOIN search_documents d ON d.id = search_fts.rowid \
     WHERE search_fts MATCH ?1 AND search_fts.rowid BETWEEN ?2 AND ?3 \
       AND +search_fts.rowid IN (SELECT value FROM json_each(?4))"
);

// PostgreSQL numbers parameters `$n`; the same filters with `?` turned into `$`.
const POSTGRES_INNER: &str = concat!(
    "SELECT d.kind, d.post_id, d.title, d.url, d.area_id, d.author_id, d.created_at, \
            d.visibility, d.expert_answered, d.accepted, d.idea_status, d.body, d.language, ",
    set_aside!("?3"),
    " AS set_aside, ",
    demoted!(),
    " AS demoted, \
            CASE WHEN ?11 THEN 0.0 ELSE -(ts_rank_cd(d.tsv, q) + d.boost) END AS score \
     FROM search_documents d, \
          LATERAL (SELECT to_tsquery('english', ?1) || to_tsquery('french', ?1)) AS words(q) \
     WHERE d.tsv @@ q AND (?15 = '' OR d.tsv @@ to_tsquery('simple', ?15)) AND ",
    filters!(),
    " ORDER BY demoted, score, d.created_at DESC LIMIT ?12 OFFSET ?13"
);

/// One page of results (`limit` of them at most), best first.
pub fn find(conn: &mut DbConnection, request: &Request) -> QueryResult<Vec<Hit>> {
    macro_rules! bind_all {
        ($query:expr, $text:expr, $request:expr) => {{
            let request: &Request = $request;
            $query
                .bind::<Text, _>($text)
                .bind::<Timestamp, _>(request.now)
                .bind::<BigInt, _>(request.viewer)
                .bind::<Bool, _>(request.held)
                .bind::<Text, _>(&request.kind)
                .bind::<BigInt, _>(request.area)
                .bind::<Bool, _>(request.expert_only)
                .bind::<Text, _>(&request.idea_status)
                .bind::<Timestamp, _>(request.from)
                .bind::<Timestamp, _>(request.until)
                .bind::<Bool, _>(request.newest_first)
                .bind::<BigInt, _>(request.limit)
                .bind::<BigInt, _>(request.offset)
        }};
    }
    match conn {
        DbConnection::Sqlite(c) => {
            let floor = if request.candidates > 0 && request.eligible_floor {
                let walk = Request {
                    offset: request.candidates - 1,
                    ..request.clone()
                };
                bind_all!(
                    diesel::sql_query(SQLITE_ELIGIBLE_FLOOR),
                    &walk.engine_query_fts5,
                    &walk
                )
                .get_result::<RowId>(c)
                .optional()?
                .map_or(0, |row| row.n)
            } else if request.candidates > 0 {
                // The index's rows are in time order: the newest matches are the last.
                diesel::sql_query(
                    "SELECT rowid AS n FROM search_fts WHERE search_fts MATCH ?1 \
                     ORDER BY rowid DESC LIMIT 1 OFFSET ?2",
                )
                .bind::<Text, _>(&request.engine_query_fts5)
                .bind::<BigInt, _>(request.candidates - 1)
                .get_result::<RowId>(c)
                .optional()?
                .map_or(0, |row| row.n)
            } else {
                0
            };
            let page: Vec<i64> = bind_all!(
                diesel::sql_query(SQLITE_PAGE),
                &request.engine_query_fts5,
                request
            )
            .bind::<BigInt, _>(floor)
            .load::<RowId>(c)?
            .into_iter()
            .map(|row| row.n)
            .collect();
            let (Some(low), Some(high)) = (page.iter().min(), page.iter().max()) else {
                return Ok(Vec::new());
            };
            let list = serde_json::to_string(&page).unwrap_or_default();
            let rows: Vec<PagedHit> = diesel::sql_query(SQLITE_ROWS)
                .bind::<Text, _>(&request.engine_query_fts5)
                .bind::<BigInt, _>(low)
                .bind::<BigInt, _>(high)
                .bind::<Text, _>(list)
                .bind::<BigInt, _>(request.viewer)
                .load(c)?;
            let rows = super::in_order(&page, rows, |row| row.row_id);
            Ok(rows.into_iter().map(|row| row.hit).collect())
        }
        DbConnection::Pg(c) => {
            let sql = postgres_sql();
            bind_all!(
                diesel::sql_query(sql),
                &request.engine_query_tsquery,
                request
            )
            .bind::<Text, _>(HEADLINE_OPTIONS)
            .bind::<Text, _>(&request.filter_tsquery)
            .load(c)
        }
    }
}

/// Whether any document has `word` (stemmed as the engines stem it).
pub fn has_word(conn: &mut DbConnection, word: &str) -> QueryResult<bool> {
    let found = match conn {
        DbConnection::Sqlite(c) => {
            diesel::sql_query("SELECT rowid AS n FROM search_fts WHERE search_fts MATCH ?1 LIMIT 1")
                .bind::<Text, _>(format!("\"{word}\""))
                .get_result::<RowId>(c)
                .optional()?
        }
        DbConnection::Pg(c) => diesel::sql_query(
            "SELECT 1::BIGINT AS n FROM search_documents \
             WHERE tsv @@ plainto_tsquery('english', $1) LIMIT 1",
        )
        .bind::<Text, _>(word)
        .get_result::<RowId>(c)
        .optional()?,
    };
    Ok(found.is_some())
}

/// A hit with its index row id, to put SQLite's rows back in the page's order.
#[derive(QueryableByName)]
struct PagedHit {
    #[diesel(embed)]
    hit: Hit,
    #[diesel(sql_type = BigInt)]
    row_id: i64,
}

#[derive(QueryableByName)]
struct RowId {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// `ts_headline`'s options: the matching words between `\u{2}` and `\u{3}`, as SQLite's
/// `snippet` marks them.
const HEADLINE_OPTIONS: &str =
    "StartSel=\u{2}, StopSel=\u{3}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=1";

/// The PostgreSQL query: the page chosen first, then the snippets of its rows only.
fn postgres_sql() -> String {
    let inner = dollar_params(POSTGRES_INNER);
    format!(
        "SELECT p.kind, p.post_id, p.title, p.url, p.area_id, p.author_id, p.created_at, \
                p.visibility, p.expert_answered, p.accepted, p.idea_status, \
                ts_headline(p.config, p.body, to_tsquery(p.config, $1), $14) AS snippet, \
                p.set_aside \
         FROM (SELECT i.*, CASE WHEN i.language = 'fr' THEN 'french'::regconfig \
                                ELSE 'english'::regconfig END AS config \
               FROM ({inner}) i) p \
         ORDER BY p.demoted, p.score, p.created_at DESC"
    )
}

/// `?n` placeholders as PostgreSQL's `$n` (the text is this file's own, never a reader's).
pub fn dollar_params(sql: &str) -> String {
    sql.replace('?', "$")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_postgres_query_numbers_its_parameters() {
        let sql = super::postgres_sql();
        assert!(!sql.contains('?'));
        assert!(sql.contains("$14") && sql.contains("$15"));
    }
}
