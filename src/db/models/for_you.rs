//! The selection behind "For you" and the digests: what is new in a member's chosen areas
//! and tags, and answers to the questions they follow, leaving out what they marked "not
//! for me". Seven queries whatever the community's size, each bounded by date and count
//! and served by an index (see [`select`]).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::models::personal::{wanted_article, wanted_idea, wanted_question};
use crate::db::schema::{
    answers, areas, article_tags, articles, idea_status_changes, ideas, member_interests,
    question_follows, questions,
};
use crate::domain::Visibility;

/// How many of the latest status changes are looked through for ideas in the member's
/// areas.
const RECENT_CHANGES: i64 = 1_000;

/// Why an item was chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// An article with this tag.
    Tag(String),
    /// Something in this area.
    Area(String),
    /// An answer to a question they follow.
    Following,
}

/// One chosen item.
#[derive(Debug, Clone)]
pub struct Item {
    /// `article`, `question`, `idea` or `answer`.
    pub kind: &'static str,
    pub title: String,
    pub path: String,
    pub at: NaiveDateTime,
    pub reason: Reason,
    /// For ideas, the new status's key.
    pub status: String,
    /// What "not for me" on it marks: the article, question or idea (an answer's question).
    pub mark: (&'static str, i64),
}

/// Up to `each` items of every sort for `user_id`, from `since` to `now`, newest first.
/// The member's areas, topics and followed questions are read first, so that each of the
/// four queries starts from a short list on an index (an area's recent activity, a tag's
/// articles, the status changes since `since`, a question's answers by date) rather than
/// from the whole community.
pub fn select(
    conn: &mut DbConnection,
    user_id: i64,
    since: NaiveDateTime,
    now: NaiveDateTime,
    each: i64,
) -> QueryResult<Vec<Item>> {
    let visible = Visibility::Visible.key();
    let chosen: Vec<(String, i64, String)> = member_interests::table
        .filter(member_interests::user_id.eq(user_id))
        .select((
            member_interests::kind,
            member_interests::item_id,
            member_interests::tag,
        ))
        .load(conn)?;
    let area_ids: Vec<i64> = chosen
        .iter()
        .filter(|(kind, _, _)| kind == "area")
        .map(|(_, id, _)| *id)
        .collect();
    let tags: Vec<String> = chosen
        .iter()
        .filter(|(kind, _, _)| kind == "tag")
        .map(|(_, _, tag)| tag.clone())
        .collect();
    let followed: Vec<i64> = question_follows::table
        .filter(question_follows::user_id.eq(user_id))
        .select(question_follows::question_id)
        .load(conn)?;
    let mut items = Vec::new();

    if !tags.is_empty() {
        // Walked newest first along the date index (a month's articles), each checked for a
        // chosen tag; the reason names the first chosen tag the article has.
        let rows: Vec<(i64, String, String, Option<NaiveDateTime>, String)> = articles::table
            .filter(articles::published_at.gt(since))
            .filter(articles::published_at.le(now))
            .filter(articles::visibility.eq(visible))
            .filter(diesel::dsl::exists(
                article_tags::table
                    .filter(article_tags::article_id.eq(articles::id))
                    .filter(article_tags::tag.eq_any(&tags)),
            ))
            .filter(wanted_article!(user_id))
            .order(articles::published_at.desc())
            .limit(each)
            .select((
                articles::id,
                articles::slug,
                articles::title,
                articles::published_at,
                articles::tags,
            ))
            .load(conn)?;
        for (id, slug, title, at, article_tags) in rows {
            let tag = crate::db::models::articles::split_tags(&article_tags)
                .into_iter()
                .find(|t| tags.iter().any(|c| c == t))
                .unwrap_or_default()
                .to_owned();
            items.push(Item {
                kind: "article",
                title,
                path: crate::paths::article(&slug),
                at: at.unwrap_or(now),
                reason: Reason::Tag(tag),
                status: String::new(),
                mark: ("article", id),
            });
        }
    }

    if !area_ids.is_empty() {
        let rows: Vec<(i64, String, String, NaiveDateTime, String)> = questions::table
            .inner_join(areas::table)
            .filter(questions::area_id.eq_any(&area_ids))
            .filter(questions::last_activity_at.gt(since))
            .filter(questions::visibility.eq(visible))
            .filter(questions::expert_answer_count.gt(0))
            .filter(wanted_question!(user_id))
            .order(questions::last_activity_at.desc())
            .limit(each)
            .select((
                questions::id,
                questions::slug,
                questions::title,
                questions::last_activity_at,
                areas::name,
            ))
            .load(conn)?;
        items.extend(rows.into_iter().map(|(id, slug, title, at, area)| Item {
            kind: "question",
            title,
            path: crate::paths::question(id, &slug),
            at,
            reason: Reason::Area(area),
            status: String::new(),
            mark: ("question", id),
        }));

        // The month's status changes, newest first (along their date index), then the
        // ideas among them in the member's areas.
        let changes: Vec<(i64, String, NaiveDateTime)> = idea_status_changes::table
            .filter(idea_status_changes::created_at.gt(since))
            .order(idea_status_changes::created_at.desc())
            .limit(RECENT_CHANGES)
            .select((
                idea_status_changes::idea_id,
                idea_status_changes::new_status,
                idea_status_changes::created_at,
            ))
            .load(conn)?;
        let changed: Vec<i64> = changes.iter().map(|(id, _, _)| *id).collect();
        let in_areas: Vec<Option<i64>> = area_ids.iter().map(|id| Some(*id)).collect();
        let found: Vec<(i64, String, String)> = ideas::table
            .inner_join(areas::table.on(ideas::area_id.eq(areas::id.nullable())))
            .filter(ideas::id.eq_any(&changed))
            .filter(ideas::area_id.eq_any(in_areas))
            .filter(ideas::approved.eq(true))
            .filter(ideas::visibility.eq(visible))
            .filter(wanted_idea!(user_id))
            .select((ideas::id, ideas::title, areas::name))
            .load(conn)?;
        let rows = changes.into_iter().filter_map(|(id, status, at)| {
            let (_, title, area) = found.iter().find(|(i, _, _)| *i == id)?;
            Some((id, title.clone(), status, at, area.clone()))
        });
        let mut seen = Vec::new();
        for (id, title, status, at, area) in rows {
            // An idea whose status changed twice is there once, with its latest status.
            if seen.contains(&id) || seen.len() as i64 >= each {
                continue;
            }
            seen.push(id);
            items.push(Item {
                kind: "idea",
                title,
                path: crate::paths::idea(id),
                at,
                reason: Reason::Area(area),
                status,
                mark: ("idea", id),
            });
        }
    }

    if !followed.is_empty() {
        let rows: Vec<(i64, i64, String, String, NaiveDateTime)> = answers::table
            .inner_join(questions::table)
            .filter(answers::question_id.eq_any(&followed))
            .filter(answers::created_at.gt(since))
            .filter(answers::visibility.eq(visible))
            .filter(questions::visibility.eq(visible))
            .filter(answers::author_id.ne(user_id))
            .filter(wanted_question!(user_id))
            .order(answers::created_at.desc())
            .limit(each)
            .select((
                answers::id,
                questions::id,
                questions::slug,
                questions::title,
                answers::created_at,
            ))
            .load(conn)?;
        items.extend(
            rows.into_iter()
                .map(|(answer, question, slug, title, at)| Item {
                    kind: "answer",
                    title,
                    path: crate::paths::answer(question, &slug, answer),
                    at,
                    reason: Reason::Following,
                    status: String::new(),
                    mark: ("question", question),
                }),
        );
    }

    items.sort_by_key(|item| std::cmp::Reverse(item.at));
    // One line per thing: a question with two new answers, or in a chosen area and
    // followed too, is listed once, by its newest reason.
    let mut listed: Vec<(&'static str, i64)> = Vec::new();
    items.retain(|item| {
        let new = !listed.contains(&item.mark);
        listed.push(item.mark);
        new
    });
    Ok(items)
}
