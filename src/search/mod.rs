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
//! SQLite. So on SQLite an unfiltered search ranks the newest [`CANDIDATES`] matches only
//! (every match when there are fewer, which is nearly every real query): the index's
//! rows are written in time order (a rebuild writes the oldest posts first; a new or
//! changed post takes the next row id), so FTS5 finds the newest matches without scoring
//! the rest. A search with filters ranks every match, since the filters may leave few.

pub mod query;
pub mod similar;

use chrono::NaiveDateTime;

use std::collections::HashMap;

use crate::db::models::search::{self as index, Document, Hit, Request};
use crate::db::models::{posts, search_facts as facts};
use crate::db::{self, DbConnection};
use crate::domain::{ContentKind, Visibility};
use crate::error::AppError;
use crate::render::markdown;
use diesel::QueryResult;

pub use query::Query;

/// How much an accepted answer and an expert's answer add to the score.
const ACCEPTED_BOOST: f64 = 0.5;
const EXPERT_BOOST: f64 = 0.3;

/// The worse of two visibilities (a post inherits its question's or subject's).
fn worse(own: Visibility, parent: Visibility) -> Visibility {
    match (own, parent) {
        (Visibility::Hidden, _) | (_, Visibility::Hidden) => Visibility::Hidden,
        (Visibility::Held, _) | (_, Visibility::Held) => Visibility::Held,
        _ => Visibility::Visible,
    }
}

/// What a document says about a post besides its words, whatever its kind.
#[derive(Default)]
struct Facts {
    created_at: NaiveDateTime,
    published_at: Option<NaiveDateTime>,
    /// The question's or subject's visibility, which the post inherits when worse.
    inherited: Option<Visibility>,
    expert_answered: bool,
    accepted: bool,
    idea_status: String,
    merged: bool,
    boost: f64,
}

/// The facts of posts `kind`/`ids` that exist, by id: one query, and for comments one
/// more per kind of subject.
fn facts(
    conn: &mut DbConnection,
    kind: ContentKind,
    ids: &[i64],
) -> QueryResult<HashMap<i64, Facts>> {
    let at = |created_at| Facts {
        created_at,
        published_at: Some(created_at),
        ..Facts::default()
    };
    Ok(match kind {
        ContentKind::Article => facts::articles(conn, ids)?
            .into_iter()
            .map(|(id, created_at, published_at)| {
                let facts = Facts {
                    published_at,
                    ..at(created_at)
                };
                (id, facts)
            })
            .collect(),
        ContentKind::Question => facts::questions(conn, ids)?
            .into_iter()
            .map(|(id, created_at, experts, accepted)| {
                let facts = Facts {
                    expert_answered: experts > 0,
                    accepted: accepted.is_some(),
                    ..at(created_at)
                };
                (id, facts)
            })
            .collect(),
        ContentKind::Answer => facts::answers(conn, ids)?
            .into_iter()
            .map(|answer| {
                let accepted = answer.accepted_answer_id == Some(answer.id);
                let facts = Facts {
                    inherited: Some(Visibility::parse(&answer.question_visibility)),
                    expert_answered: answer.by_expert,
                    accepted,
                    boost: if accepted { ACCEPTED_BOOST } else { 0.0 }
                        + if answer.by_expert { EXPERT_BOOST } else { 0.0 },
                    ..at(answer.created_at)
                };
                (answer.id, facts)
            })
            .collect(),
        ContentKind::Comment => {
            let rows = facts::comments(conn, ids)?;
            let subjects: Vec<(ContentKind, i64)> = rows
                .iter()
                .filter_map(|(_, _, kind, id)| Some((ContentKind::parse(kind)?, *id)))
                .collect();
            let visibility: HashMap<(ContentKind, i64), Visibility> =
                posts::find_many(conn, &subjects)?
                    .into_iter()
                    .map(|subject| ((subject.kind, subject.id), subject.visibility))
                    .collect();
            rows.into_iter()
                .filter_map(|(id, created_at, kind, subject)| {
                    // A comment whose subject is gone is not found.
                    let inherited = *visibility.get(&(ContentKind::parse(&kind)?, subject))?;
                    let facts = Facts {
                        inherited: Some(inherited),
                        ..at(created_at)
                    };
                    Some((id, facts))
                })
                .collect()
        }
        ContentKind::Idea => facts::ideas(conn, ids)?
            .into_iter()
            .map(|(id, created_at, idea_status, merged_into)| {
                let facts = Facts {
                    idea_status,
                    merged: merged_into.is_some(),
                    ..at(created_at)
                };
                (id, facts)
            })
            .collect(),
    })
}

/// The documents of posts `kind`/`ids` as the tables say now (none for a post that is
/// gone): a handful of queries whatever the number of posts.
fn documents(
    conn: &mut DbConnection,
    kind: ContentKind,
    ids: &[i64],
) -> QueryResult<Vec<Document>> {
    let keys: Vec<(ContentKind, i64)> = ids.iter().map(|id| (kind, *id)).collect();
    let found = posts::find_many(conn, &keys)?;
    let mut facts = facts(conn, kind, ids)?;
    Ok(found
        .into_iter()
        .filter_map(|post| {
            let facts = facts.remove(&post.id)?;
            let visibility = match facts.inherited {
                _ if facts.merged => "merged",
                Some(parent) => worse(post.visibility, parent).key(),
                None => post.visibility.key(),
            };
            let title = if post.title.is_empty() {
                post.heading()
            } else {
                post.title.clone()
            };
            Some(Document {
                kind: kind.key().to_owned(),
                post_id: post.id,
                title,
                body: markdown::reading(&post.body_md).text,
                url: post.path,
                area_id: post.area_id,
                author_id: post.author_id,
                created_at: facts.created_at,
                published_at: facts.published_at,
                visibility: visibility.to_owned(),
                expert_answered: facts.expert_answered,
                accepted: facts.accepted,
                idea_status: facts.idea_status,
                boost: facts.boost,
            })
        })
        .collect())
}

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
    /// Whether anything besides the words narrows the search.
    fn narrows(&self) -> bool {
        self.kind.is_some()
            || self.area.is_some()
            || self.expert_only
            || self.idea_status.is_some()
            || self.from.is_some()
            || self.until.is_some()
            || self.held
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
        Some(word) if index::has_word(conn, word)? => {
            completed = query.completed();
            &completed
        }
        _ => query,
    };
    let far_past = NaiveDateTime::MIN.max(chrono::DateTime::UNIX_EPOCH.naive_utc());
    let request = Request {
        engine_query_fts5: query.fts5(),
        engine_query_tsquery: query.tsquery(),
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
        candidates: if filters.narrows() { 0 } else { CANDIDATES },
    };
    let mut hits = index::find(conn, &request)?;
    let more = hits.len() as i64 > per_page;
    hits.truncate(usize::try_from(per_page).unwrap_or(0));
    Ok((hits, more))
}
