//! Search over every article, question, answer, idea and comment, on the databases' own
//! full-text engines (SQLite FTS5, PostgreSQL tsvector with GIN), so that it needs no
//! other server and scales out with PostgreSQL.
//!
//! **Keeping the index in step.** Each post has one document, rewritten from the tables by
//! [`refresh`] inside the transaction of the change: the posting service's events
//! ([`crate::posting::events`]) call it for everything published, held, edited, approved,
//! taken down, deleted or given a status, and saving a draft calls it too. A document
//! records the post's state (visibility, publication time, area, status), and the query
//! filters by what the reader may open, so a scheduled article is found from its time
//! without any job. When a question, idea or article changes state, its answers and
//! comments are rewritten with it, since they inherit it. Documents are made in batches
//! (one post or a thousand cost the same few queries), so `parlour reindex` ([`rebuild`])
//! rewrites a million posts in minutes, batch by batch, while the server runs.
//!
//! **Ranking.** The engines' own ranking (bm25 with titles weighted ten to one; PostgreSQL's
//! `ts_rank_cd` over title weight A and text weight B), plus a small boost for accepted
//! and experts' answers; or newest first.
//!
//! **Common words at scale.** Neither engine can rank without scoring every match, and a
//! word such as "shirt" is in one post in eight: 130,000 of a million, 130 ms of bm25 on
//! SQLite. So on SQLite a search ranks the newest [`CANDIDATES`] matches only
//! (every match when there are fewer, which is nearly every real query): the index's
//! rows are written in time order (a rebuild writes the oldest posts first; a new or
//! changed post takes the next row id), so FTS5 finds the newest matches without scoring
//! the rest. The kind, area, expert and idea-status filters are words in the index
//! ([`Filters::words`]), so the engine intersects them with the reader's words first and
//! the bound applies to what is left. Dates and held posts are the table's alone: with
//! them the bound counts the newest matches they let through, walking the matches newest
//! first, so an old date range costs a walk rather than the ranking of every match.
//!
//! What still limits a common word on SQLite: bm25 weighs each word by how many documents
//! have it, and FTS5 counts them by reading the word's whole list on every query (2.9 ms
//! for "shirt"'s 132,000 documents, whatever the bound). PostgreSQL has no such bound:
//! `ts_rank_cd` reads every match's `tsvector`.

mod documents;
pub mod french;
pub mod query;
pub mod similar;

use chrono::NaiveDateTime;

use crate::db::models::search as index;
use crate::db::models::search_facts as facts;
use crate::db::models::search_find::{self as engine, Hit, Request};
use crate::db::{self, DbConnection};
use crate::domain::ContentKind;
use crate::error::AppError;
use diesel::QueryResult;
use documents::documents;

pub use query::Query;

/// Rewrites the documents of `posts` from the tables, forgetting those of posts that are
/// gone, and writes them oldest first. Runs in the caller's transaction.
fn rewrite(conn: &mut DbConnection, posts: &[(ContentKind, i64)]) -> QueryResult<usize> {
    let mut written = Vec::with_capacity(posts.len());
    for kind in ContentKind::ALL {
        let ids: Vec<i64> = posts
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, id)| *id)
            .collect();
        if !ids.is_empty() {
            index::forget(conn, kind.key(), &ids)?;
            written.extend(documents(conn, kind, &ids)?);
        }
    }
    written.sort_by_key(|document| document.created_at);
    index::insert(conn, &written)?;
    Ok(written.len())
}

/// Rewrites post `kind`/`id`'s document from the tables (or forgets it when the post is
/// gone), with those of its answers and comments, which inherit its state. Runs in the
/// caller's transaction.
pub fn refresh(conn: &mut DbConnection, kind: ContentKind, id: i64) -> QueryResult<()> {
    let mut posts = vec![(kind, id)];
    for (child_kind, child) in facts::children_of(conn, kind.key(), id)? {
        if let Some(child_kind) = ContentKind::parse(&child_kind) {
            posts.push((child_kind, child));
        }
    }
    // An answer changes what its question says about it (answered by an expert).
    if kind == ContentKind::Answer
        && let Some(answer) = facts::answers(conn, &[id])?.first()
    {
        posts.push((ContentKind::Question, answer.question_id));
    }
    for batch in posts.chunks(index::BATCH) {
        rewrite(conn, batch)?;
    }
    Ok(())
}

/// Rebuilds every document from the tables and returns how many there are. Safe while the
/// server runs: each batch of posts is rewritten in its own short transaction (so the
/// server's writes wait for one batch at most, and searches always find one document per
/// post), and the documents of posts that are gone are forgotten at the end.
pub fn rebuild(conn: &mut DbConnection) -> Result<usize, AppError> {
    let before = index::last_row(conn)?;
    let mut posts: Vec<(NaiveDateTime, ContentKind, i64)> = Vec::new();
    for kind in ContentKind::ALL {
        let dated = facts::dated(conn, kind.key())?;
        posts.extend(dated.into_iter().map(|(id, at)| (at, kind, id)));
    }
    posts.sort_unstable_by_key(|(at, kind, id)| (*at, kind.key(), *id));
    let mut count = 0;
    for batch in posts.chunks(index::BATCH) {
        let batch: Vec<(ContentKind, i64)> = batch.iter().map(|(_, k, id)| (*k, *id)).collect();
        count += db::write_transaction(conn, |conn| rewrite(conn, &batch).map_err(AppError::from))?;
    }
    db::write_transaction(conn, |conn| {
        index::remove_up_to(conn, before)?;
        index::optimize(conn).map_err(AppError::from)
    })?;
    Ok(count)
}

/// Builds the index when it is empty but posts exist (the first start after the upgrade
/// that brought search, or a restore without it). Returns how many documents it wrote.
pub fn build_if_missing(conn: &mut DbConnection) -> Result<usize, AppError> {
    if index::is_empty(conn)? && facts::any_post(conn)? {
        return rebuild(conn);
    }
    Ok(0)
}

/// How many of the newest matches an unfiltered search ranks on SQLite (see the module's
/// documentation).
const CANDIDATES: i64 = 1_000;

/// What a reader asks for, besides the words.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub kind: Option<ContentKind>,
    pub area: Option<i64>,
    pub expert_only: bool,
    pub idea_status: Option<String>,
    pub from: Option<NaiveDateTime>,
    pub until: Option<NaiveDateTime>,
    pub newest_first: bool,
    /// Held and hidden posts (moderators only: the caller checks).
    pub held: bool,
}

impl Filters {
    /// Whether a filter that only the table knows (dates, held posts) narrows the search,
    /// so that the newest candidates must be counted among the matches it lets through.
    fn narrows_beyond_the_index(&self) -> bool {
        self.from.is_some() || self.until.is_some() || self.held
    }

    /// The filters that are words in the index, as the index spells them: the
    /// `search_filter_words` migrations make them from each document's columns (kind,
    /// area, answered by an expert, idea status), each ending in a digit so that no
    /// stemmer changes it. The engine intersects them with the reader's words before
    /// ranking. The table's columns are still checked as well.
    fn words(&self) -> Vec<String> {
        let mut words = Vec::new();
        if let Some(kind) = self.kind {
            words.push(format!("kind{}0", kind.key()));
        }
        if let Some(area) = self.area {
            words.push(format!("area{area}"));
        }
        if self.expert_only {
            words.push("expert1".to_owned());
        }
        if let Some(status) = &self.idea_status {
            let letters: String = status.chars().filter(char::is_ascii_lowercase).collect();
            words.push(format!("status{letters}0"));
        }
        words
    }
}

/// One page of results for `query`, as `viewer` (0: a visitor) may see them; `per_page`
/// of them, and whether there are more.
pub fn find(
    conn: &mut DbConnection,
    query: &Query,
    filters: &Filters,
    viewer: i64,
    page: i64,
    per_page: i64,
    now: NaiveDateTime,
) -> QueryResult<(Vec<Hit>, bool)> {
    if !query.is_searchable() {
        return Ok((Vec::new(), false));
    }
    // A last word the index knows is taken as typed: a prefix makes the engines merge the
    // lists of every word it begins (22 ms for "shirt*" at a million posts, against
    // 0.5 ms for "shirt"), and someone who typed a whole word rarely means a longer one.
    let completed;
    let query = match query.prefix() {
        Some(word) if engine::has_word(conn, word)? => {
            completed = query.completed();
            &completed
        }
        _ => query,
    };
    let far_past = NaiveDateTime::MIN.max(chrono::DateTime::UNIX_EPOCH.naive_utc());
    let filter_words = filters.words();
    let request = Request {
        engine_query_fts5: query.fts5_with(&filter_words),
        engine_query_tsquery: query.tsquery(),
        filter_tsquery: filter_words.join(" & "),
        now,
        viewer,
        held: filters.held,
        kind: filters.kind.map(|k| k.key().to_owned()).unwrap_or_default(),
        area: filters.area.unwrap_or(0),
        expert_only: filters.expert_only,
        idea_status: filters.idea_status.clone().unwrap_or_default(),
        from: filters.from.unwrap_or(far_past),
        until: filters
            .until
            .unwrap_or(now + chrono::Duration::days(36_500)),
        newest_first: filters.newest_first,
        limit: per_page + 1,
        offset: (page.max(1) - 1).saturating_mul(per_page),
        candidates: CANDIDATES,
        eligible_floor: filters.narrows_beyond_the_index(),
    };
    let mut hits = engine::find(conn, &request)?;
    let more = hits.len() as i64 > per_page;
    hits.truncate(usize::try_from(per_page).unwrap_or(0));
    Ok((hits, more))
}
