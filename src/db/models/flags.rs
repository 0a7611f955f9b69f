//! Flags: the reasons a post is in the moderation queue. A post is "open" while it has
//! unresolved flags; a moderator's action resolves them all at once, and the update only
//! counts rows still open, so a second moderator acting on the same post finds nothing
//! left to do instead of acting twice.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{flags, users};

#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = flags)]
pub struct Flag {
    pub id: i64,
    pub subject_kind: String,
    pub subject_id: i64,
    pub author_id: i64,
    pub area_id: Option<i64>,
    pub rule: String,
    pub detail: String,
    pub held: bool,
    pub reporter_id: Option<i64>,
    pub created_at: NaiveDateTime,
    pub resolved_at: Option<NaiveDateTime>,
    pub resolved_by: String,
    pub resolution: String,
    pub original_md: Option<String>,
}

/// A flag about to be written.
pub struct NewFlag<'a> {
    pub subject_kind: &'a str,
    pub subject_id: i64,
    pub author_id: i64,
    pub area_id: Option<i64>,
    pub rule: &'a str,
    pub detail: &'a str,
    pub held: bool,
    pub reporter_id: Option<i64>,
}

pub fn create(conn: &mut DbConnection, new: &NewFlag, now: NaiveDateTime) -> QueryResult<()> {
    diesel::insert_into(flags::table)
        .values((
            flags::subject_kind.eq(new.subject_kind),
            flags::subject_id.eq(new.subject_id),
            flags::author_id.eq(new.author_id),
            flags::area_id.eq(new.area_id),
            flags::rule.eq(new.rule),
            flags::detail.eq(new.detail),
            flags::held.eq(new.held),
            flags::reporter_id.eq(new.reporter_id),
            flags::created_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// The newest open flag of a post, if any.
pub fn newest_open(conn: &mut DbConnection, kind: &str, id: i64) -> QueryResult<Option<i64>> {
    flags::table
        .filter(flags::subject_kind.eq(kind))
        .filter(flags::subject_id.eq(id))
        .filter(flags::resolved_at.is_null())
        .select(diesel::dsl::max(flags::id))
        .first(conn)
}

/// Resolves every open flag of a post; returns how many were open (0: someone else acted).
pub fn resolve(
    conn: &mut DbConnection,
    kind: &str,
    id: i64,
    moderator: &str,
    resolution: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        flags::table
            .filter(flags::subject_kind.eq(kind))
            .filter(flags::subject_id.eq(id))
            .filter(flags::resolved_at.is_null()),
    )
    .set((
        flags::resolved_at.eq(Some(now)),
        flags::resolved_by.eq(moderator),
        flags::resolution.eq(resolution),
    ))
    .execute(conn)
}

/// Keeps the text as posted on the post's flags, before a moderator's edit replaces it.
pub fn keep_original(
    conn: &mut DbConnection,
    kind: &str,
    id: i64,
    original_md: &str,
) -> QueryResult<usize> {
    diesel::update(
        flags::table
            .filter(flags::subject_kind.eq(kind))
            .filter(flags::subject_id.eq(id))
            .filter(flags::resolved_at.is_null()),
    )
    .set(flags::original_md.eq(Some(original_md)))
    .execute(conn)
}

/// What the queue filters on.
#[derive(Debug, Clone, Default)]
pub struct QueueFilter {
    pub rule: Option<String>,
    pub area_id: Option<i64>,
    pub oldest_first: bool,
}

/// A post with open flags: its kind, id, and when it was first flagged.
pub type OpenSubject = (String, i64, NaiveDateTime);

/// How many posts wait in the queue (posts with open flags), for moderators' header.
pub fn waiting_count(conn: &mut DbConnection) -> QueryResult<i64> {
    let open: Vec<(String, i64)> = flags::table
        .filter(flags::resolved_at.is_null())
        .select((flags::subject_kind, flags::subject_id))
        .distinct()
        .load(conn)?;
    Ok(open.len() as i64)
}

/// One page of posts with open flags: (kind, id, first flagged), ordered by when they were
/// first flagged, and the number of such posts.
pub fn open_subjects(
    conn: &mut DbConnection,
    filter: &QueueFilter,
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<OpenSubject>, i64)> {
    let filtered = || {
        let mut query = flags::table
            .filter(flags::resolved_at.is_null())
            .into_boxed();
        if let Some(rule) = &filter.rule {
            query = query.filter(flags::rule.eq(rule.clone()));
        }
        if let Some(area) = filter.area_id {
            query = query.filter(flags::area_id.eq(area));
        }
        query
    };
    // The open flags are few (a queue is worked down), so they are grouped here rather
    // than with GROUP BY on a filtered query.
    let open: Vec<(String, i64, NaiveDateTime)> = filtered()
        .select((flags::subject_kind, flags::subject_id, flags::created_at))
        .load(conn)?;
    let mut first: std::collections::HashMap<(String, i64), NaiveDateTime> =
        std::collections::HashMap::new();
    for (kind, id, at) in open {
        first
            .entry((kind, id))
            .and_modify(|t| *t = (*t).min(at))
            .or_insert(at);
    }
    let mut subjects: Vec<OpenSubject> = first
        .into_iter()
        .map(|((kind, id), at)| (kind, id, at))
        .collect();
    subjects.sort_by_key(|(_, id, at)| (*at, *id));
    if !filter.oldest_first {
        subjects.reverse();
    }
    let total = subjects.len() as i64;
    let page = subjects
        .into_iter()
        .skip(usize::try_from(offset).unwrap_or(0))
        .take(usize::try_from(limit).unwrap_or(0))
        .collect();
    Ok((page, total))
}

/// Every open flag of the posts with `ids` (any kind; the caller matches kinds), with the
/// reporter's name for reports.
pub fn open_for_many(
    conn: &mut DbConnection,
    ids: &[i64],
) -> QueryResult<Vec<(Flag, Option<String>)>> {
    flags::table
        .left_join(users::table.on(flags::reporter_id.eq(users::id.nullable())))
        .filter(flags::subject_id.eq_any(ids))
        .filter(flags::resolved_at.is_null())
        .order(flags::id.asc())
        .select((Flag::as_select(), users::username.nullable()))
        .load(conn)
}

/// How many flags each author in `authors` has had before, resolved or not.
pub fn counts_by_author(conn: &mut DbConnection, authors: &[i64]) -> QueryResult<Vec<(i64, i64)>> {
    flags::table
        .filter(flags::author_id.eq_any(authors))
        .group_by(flags::author_id)
        .select((flags::author_id, diesel::dsl::count_star()))
        .load(conn)
}

/// Whether `reporter` has reported this post already.
pub fn has_reported(
    conn: &mut DbConnection,
    kind: &str,
    id: i64,
    reporter: i64,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        flags::table
            .filter(flags::subject_kind.eq(kind))
            .filter(flags::subject_id.eq(id))
            .filter(flags::reporter_id.eq(reporter)),
    ))
    .get_result(conn)
}

/// The rules a post's open flags name (`negative`, `crude`, `leak`, …), each once.
pub fn open_rules(conn: &mut DbConnection, kind: &str, id: i64) -> QueryResult<Vec<String>> {
    let mut rules: Vec<String> = flags::table
        .filter(flags::subject_kind.eq(kind))
        .filter(flags::subject_id.eq(id))
        .filter(flags::resolved_at.is_null())
        .select(flags::rule)
        .load(conn)?;
    rules.sort();
    rules.dedup();
    Ok(rules)
}
