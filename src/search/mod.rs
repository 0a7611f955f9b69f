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
//! comments are rewritten with it, since they inherit it. `parlour reindex` rebuilds every
//! document in one transaction ([`rebuild`]).
//!
//! **Ranking.** The engines' own ranking (bm25 with titles weighted ten to one; PostgreSQL's
//! `ts_rank_cd` over title weight A and text weight B), plus a small boost for accepted
//! and experts' answers; or newest first.

pub mod query;

use chrono::NaiveDateTime;

use crate::db::DbConnection;
use crate::db::models::posts;
use crate::db::models::search::{self as index, Document, Hit, Request};
use crate::domain::{ContentKind, Visibility};
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

/// The document of post `kind`/`id` as the tables say now, or `None` when it is gone.
fn document(conn: &mut DbConnection, kind: ContentKind, id: i64) -> QueryResult<Option<Document>> {
    let Some(post) = posts::find(conn, kind, id)? else {
        return Ok(None);
    };
    let mut visibility = post.visibility;
    let (mut expert_answered, mut accepted, mut idea_status, mut boost) =
        (false, false, String::new(), 0.0);
    let mut merged = false;
    let (created_at, published_at) = match kind {
        ContentKind::Article => {
            let Some(dates) = index::article_dates(conn, id)? else {
                return Ok(None);
            };
            dates
        }
        ContentKind::Question => {
            let Some((created, experts, accepted_id)) = index::question_facts(conn, id)? else {
                return Ok(None);
            };
            expert_answered = experts > 0;
            accepted = accepted_id.is_some();
            (created, Some(created))
        }
        ContentKind::Answer => {
            let Some((created, by_expert, _, question_visibility, accepted_id)) =
                index::answer_facts(conn, id)?
            else {
                return Ok(None);
            };
            visibility = worse(visibility, Visibility::parse(&question_visibility));
            accepted = accepted_id == Some(id);
            expert_answered = by_expert;
            boost = if accepted { ACCEPTED_BOOST } else { 0.0 }
                + if by_expert { EXPERT_BOOST } else { 0.0 };
            (created, Some(created))
        }
        ContentKind::Comment => {
            let Some((created, subject_kind, subject_id)) = index::comment_facts(conn, id)? else {
                return Ok(None);
            };
            if let Some(subject) = ContentKind::parse(&subject_kind) {
                match posts::find(conn, subject, subject_id)? {
                    Some(subject) => visibility = worse(visibility, subject.visibility),
                    None => return Ok(None),
                }
            }
            (created, Some(created))
        }
        ContentKind::Idea => {
            let Some((created, status, merged_into)) = index::idea_facts(conn, id)? else {
                return Ok(None);
            };
            idea_status = status;
            merged = merged_into.is_some();
            (created, Some(created))
        }
    };
    let title = if post.title.is_empty() {
        post.heading()
    } else {
        post.title.clone()
    };
    Ok(Some(Document {
        kind: kind.key().to_owned(),
        post_id: id,
        title,
        body: markdown::reading(&post.body_md).text,
        url: post.path.clone(),
        area_id: post.area_id,
        author_id: post.author_id,
        created_at,
        published_at,
        visibility: if merged {
            "merged".to_owned()
        } else {
            visibility.key().to_owned()
        },
        expert_answered,
        accepted,
        idea_status,
        boost,
    }))
}

/// Rewrites post `kind`/`id`'s document from the tables (or forgets it when the post is
/// gone), with those of its answers and comments, which inherit its state. Runs in the
/// caller's transaction.
pub fn refresh(conn: &mut DbConnection, kind: ContentKind, id: i64) -> QueryResult<()> {
    refresh_one(conn, kind, id)?;
    for (child_kind, child) in index::children_of(conn, kind.key(), id)? {
        if let Some(child_kind) = ContentKind::parse(&child_kind) {
            refresh_one(conn, child_kind, child)?;
        }
    }
    // An answer changes what its question says about it (answered by an expert).
    if kind == ContentKind::Answer
        && let Some((_, _, question, _, _)) = index::answer_facts(conn, id)?
    {
        refresh_one(conn, ContentKind::Question, question)?;
    }
    Ok(())
}

fn refresh_one(conn: &mut DbConnection, kind: ContentKind, id: i64) -> QueryResult<()> {
    match document(conn, kind, id)? {
        Some(document) => index::put(conn, &document)?,
        None => {
            index::remove(conn, kind.key(), id)?;
        }
    }
    Ok(())
}

/// Rebuilds every document from the tables, in the caller's transaction (readers see the
/// old index until it commits). Returns how many documents there are.
pub fn rebuild(conn: &mut DbConnection) -> QueryResult<usize> {
    index::clear(conn)?;
    let mut count = 0;
    for (kind, id) in index::every_post(conn)? {
        if let Some(kind) = ContentKind::parse(kind)
            && let Some(document) = document(conn, kind, id)?
        {
            index::put(conn, &document)?;
            count += 1;
        }
    }
    Ok(count)
}

/// Builds the index when it is empty but posts exist (the first start after the upgrade
/// that brought search, or a restore without it). Returns how many documents it wrote.
pub fn build_if_missing(conn: &mut DbConnection) -> QueryResult<usize> {
    if index::is_empty(conn)? && !index::every_post(conn)?.is_empty() {
        return rebuild(conn);
    }
    Ok(0)
}

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
    };
    let mut hits = index::find(conn, &request)?;
    let more = hits.len() as i64 > per_page;
    hits.truncate(usize::try_from(per_page).unwrap_or(0));
    Ok((hits, more))
}
