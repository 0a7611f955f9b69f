//! What members told us for personalisation: interests, "not for me" marks, the digest's
//! frequency, and which digests went out. The lists' own queries leave out what a member
//! marked with [`wanted_article!`], [`wanted_question!`] and [`wanted_idea!`], in the same
//! query.

use chrono::NaiveDateTime;
use diesel::dsl::{exists, not};
use diesel::prelude::*;

use crate::db::schema::{digests_sent, member_interests, not_for_me, users};
use crate::db::{DbConnection, UniqueViolation};
use crate::domain::personal::{Digest, Interest, Unwanted};

/// A member's interests, in the order they chose them.
pub fn interests(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<Interest>> {
    let rows: Vec<(String, i64, String)> = member_interests::table
        .filter(member_interests::user_id.eq(user_id))
        .order(member_interests::created_at.asc())
        .select((
            member_interests::kind,
            member_interests::item_id,
            member_interests::tag,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(kind, id, tag)| Interest::from_stored(&kind, id, &tag))
        .collect())
}

/// Replaces a member's interests with `chosen`, keeping the date of those they keep.
pub fn set_interests(
    conn: &mut DbConnection,
    user_id: i64,
    chosen: &[Interest],
    now: NaiveDateTime,
) -> QueryResult<()> {
    let current = interests(conn, user_id)?;
    for gone in current.iter().filter(|i| !chosen.contains(i)) {
        let (kind, item_id, tag) = gone.stored();
        diesel::delete(member_interests::table.find((user_id, kind, item_id, tag)))
            .execute(conn)?;
    }
    for new in chosen.iter().filter(|i| !current.contains(i)) {
        let (kind, item_id, tag) = new.stored();
        diesel::insert_into(member_interests::table)
            .values((
                member_interests::user_id.eq(user_id),
                member_interests::kind.eq(kind),
                member_interests::item_id.eq(item_id),
                member_interests::tag.eq(tag),
                member_interests::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Marks (or unmarks) `what` "not for me" for `user_id`; asking twice changes nothing.
pub fn set_unwanted(
    conn: &mut DbConnection,
    user_id: i64,
    what: &Unwanted,
    unwanted: bool,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let (kind, item_id, tag) = what.stored();
    let row = not_for_me::table.find((user_id, kind, item_id, tag));
    if !unwanted {
        diesel::delete(row).execute(conn)?;
        return Ok(());
    }
    if diesel::select(exists(row)).get_result::<bool>(conn)? {
        return Ok(());
    }
    let added = diesel::insert_into(not_for_me::table)
        .values((
            not_for_me::user_id.eq(user_id),
            not_for_me::kind.eq(kind),
            not_for_me::item_id.eq(item_id),
            not_for_me::tag.eq(tag),
            not_for_me::created_at.eq(now),
        ))
        .execute(conn);
    match added {
        // A double click: the other request marked it first.
        Err(e) if e.is_unique_violation() => Ok(()),
        other => other.map(|_| ()),
    }
}

/// Whether `user_id` marked `what` "not for me".
pub fn is_unwanted(conn: &mut DbConnection, user_id: i64, what: &Unwanted) -> QueryResult<bool> {
    let (kind, item_id, tag) = what.stored();
    diesel::select(exists(
        not_for_me::table.find((user_id, kind, item_id, tag)),
    ))
    .get_result(conn)
}

/// Everything `user_id` marked, newest first, with when.
pub fn unwanted(
    conn: &mut DbConnection,
    user_id: i64,
) -> QueryResult<Vec<(Unwanted, NaiveDateTime)>> {
    let rows: Vec<(String, i64, String, NaiveDateTime)> = not_for_me::table
        .filter(not_for_me::user_id.eq(user_id))
        .order(not_for_me::created_at.desc())
        .select((
            not_for_me::kind,
            not_for_me::item_id,
            not_for_me::tag,
            not_for_me::created_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(kind, id, tag, at)| Unwanted::from_stored(&kind, id, &tag).map(|u| (u, at)))
        .collect())
}

/// Rows of `not_for_me` for `user_id` of `kind` naming `item`.
macro_rules! marked {
    ($user:expr, $kind:expr, $item:expr) => {
        $crate::db::schema::not_for_me::table
            .filter($crate::db::schema::not_for_me::user_id.eq($user))
            .filter($crate::db::schema::not_for_me::kind.eq($kind))
            .filter($crate::db::schema::not_for_me::item_id.eq($item))
    };
}
pub(crate) use marked;

/// For a query over articles: `true` unless `user_id` marked the article, or one of its
/// tags, "not for me". A macro so that it fits any query that has the articles table.
macro_rules! wanted_article {
    ($user:expr) => {{
        use $crate::db::schema::{article_tags, articles, not_for_me};
        // Under another name: the article's own query may join its tags too.
        let tags = diesel::alias!(article_tags as marked_tags);
        diesel::dsl::not(diesel::dsl::exists($crate::db::models::personal::marked!(
            $user,
            "article",
            articles::id
        )))
        .and(diesel::dsl::not(diesel::dsl::exists(
            tags.filter(tags.field(article_tags::article_id).eq(articles::id))
                .filter(
                    tags.field(article_tags::tag).eq_any(
                        not_for_me::table
                            .filter(not_for_me::user_id.eq($user))
                            .filter(not_for_me::kind.eq("tag"))
                            .select(not_for_me::tag),
                    ),
                ),
        )))
    }};
}
pub(crate) use wanted_article;

/// For a query over questions: `true` unless `user_id` marked the question or its area.
macro_rules! wanted_question {
    ($user:expr) => {{
        use $crate::db::schema::questions;
        diesel::dsl::not(diesel::dsl::exists($crate::db::models::personal::marked!(
            $user,
            "question",
            questions::id
        )))
        .and(diesel::dsl::not(diesel::dsl::exists(
            $crate::db::models::personal::marked!($user, "area", questions::area_id),
        )))
    }};
}
pub(crate) use wanted_question;

/// For a query over ideas: `true` unless `user_id` marked the idea or its area.
macro_rules! wanted_idea {
    ($user:expr) => {{
        use $crate::db::schema::ideas;
        diesel::dsl::not(diesel::dsl::exists($crate::db::models::personal::marked!(
            $user,
            "idea",
            ideas::id
        )))
        .and(diesel::dsl::not(diesel::dsl::exists(
            $crate::db::models::personal::marked!($user, "area", ideas::area_id.assume_not_null()),
        )))
    }};
}
pub(crate) use wanted_idea;

/// Sets how often `user_id` wants the digest.
pub fn set_digest(conn: &mut DbConnection, user_id: i64, digest: Digest) -> QueryResult<usize> {
    diesel::update(users::table.find(user_id))
        .set(users::digest.eq(digest.key()))
        .execute(conn)
}

/// Notes that the interests page was offered to `user_id`; `true` the first time.
pub fn offer_interests(conn: &mut DbConnection, user_id: i64) -> QueryResult<bool> {
    let changed = diesel::update(
        users::table
            .find(user_id)
            .filter(users::interests_offered.eq(false)),
    )
    .set(users::interests_offered.eq(true))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Members who want a `digest` and have not had the one for `period`, a few at a time.
pub fn due_for_digest(
    conn: &mut DbConnection,
    digest: Digest,
    period: &str,
    limit: i64,
) -> QueryResult<Vec<i64>> {
    users::table
        .filter(users::digest.eq(digest.key()))
        .filter(users::email_confirmed_at.is_not_null())
        .filter(not(exists(
            digests_sent::table
                .filter(digests_sent::user_id.eq(users::id))
                .filter(digests_sent::period.eq(period)),
        )))
        .order(users::id.asc())
        .limit(limit)
        .select(users::id)
        .load(conn)
}

/// Records the digest of `period` for `user_id`; fails with a unique violation when
/// another process sent it first.
pub fn record_digest(
    conn: &mut DbConnection,
    user_id: i64,
    period: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(digests_sent::table)
        .values((
            digests_sent::user_id.eq(user_id),
            digests_sent::period.eq(period),
            digests_sent::sent_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// One "not for me" mark as the account pages list it.
#[derive(Debug, Clone)]
pub struct Marked {
    pub what: Unwanted,
    /// `article`, `question`, `idea`, `area` or `tag`.
    pub kind: &'static str,
    /// The item's title, the area's name or the tag ("" when it is gone).
    pub name: String,
    /// Where it is ("" when it is gone).
    pub path: String,
}

/// Member `user_id`'s marks with their names: five queries however many there are.
pub fn marked_with_names(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<Marked>> {
    use crate::db::schema::{areas, articles, ideas, questions};
    use std::collections::HashMap;
    let marks = unwanted(conn, user_id)?;
    let ids = |kind: &str| -> Vec<i64> {
        marks
            .iter()
            .filter(|(m, _)| m.stored().0 == kind)
            .map(|(m, _)| m.stored().1)
            .collect()
    };
    let articles: HashMap<i64, (String, String)> = articles::table
        .filter(articles::id.eq_any(ids("article")))
        .select((articles::id, articles::title, articles::slug))
        .load::<(i64, String, String)>(conn)?
        .into_iter()
        .map(|(id, title, slug)| (id, (title, crate::paths::article(&slug))))
        .collect();
    let questions: HashMap<i64, (String, String)> = questions::table
        .filter(questions::id.eq_any(ids("question")))
        .select((questions::id, questions::title, questions::slug))
        .load::<(i64, String, String)>(conn)?
        .into_iter()
        .map(|(id, title, slug)| (id, (title, crate::paths::question(id, &slug))))
        .collect();
    let ideas: HashMap<i64, (String, String)> = ideas::table
        .filter(ideas::id.eq_any(ids("idea")))
        .select((ideas::id, ideas::title))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .map(|(id, title)| (id, (title, crate::paths::idea(id))))
        .collect();
    let areas: HashMap<i64, (String, String)> = areas::table
        .filter(areas::id.eq_any(ids("area")))
        .select((areas::id, areas::name, areas::slug))
        .load::<(i64, String, String)>(conn)?
        .into_iter()
        .map(|(id, name, slug)| (id, (name, crate::paths::area(&slug))))
        .collect();
    Ok(marks
        .into_iter()
        .map(|(what, _)| {
            let (kind, id, tag) = what.stored();
            let found = match kind {
                "article" => articles.get(&id).cloned(),
                "question" => questions.get(&id).cloned(),
                "idea" => ideas.get(&id).cloned(),
                "area" => areas.get(&id).cloned(),
                _ => Some((tag.to_owned(), crate::paths::tag(tag))),
            };
            let (name, path) = found.unwrap_or_default();
            Marked {
                kind,
                what,
                name,
                path,
            }
        })
        .collect())
}
