//! The selection behind "For you" and the digests: what is new in a member's chosen areas
//! and tags, and answers to the questions they follow, leaving out what they marked "not
//! for me". Four queries whatever the community's size, each bounded by date and count and
//! served by an index (tags, areas' activity, status changes by date, follows by member).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::models::personal::{wanted_article, wanted_idea, wanted_question};
use crate::db::schema::{
    answers, areas, article_tags, articles, idea_status_changes, ideas, member_interests,
    question_follows, questions,
};
use crate::domain::Visibility;

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
}

/// Up to `each` items of every sort for `user_id`, from `since` to `now`, newest first.
pub fn select(
    conn: &mut DbConnection,
    user_id: i64,
    since: NaiveDateTime,
    now: NaiveDateTime,
    each: i64,
) -> QueryResult<Vec<Item>> {
    let visible = Visibility::Visible.key();
    let mut items = Vec::new();

    let chosen_tag = member_interests::table.on(member_interests::kind
        .eq("tag")
        .and(member_interests::tag.eq(article_tags::tag))
        .and(member_interests::user_id.eq(user_id)));
    let rows: Vec<(i64, String, String, Option<NaiveDateTime>, String)> = articles::table
        .inner_join(article_tags::table)
        .inner_join(chosen_tag)
        .filter(articles::visibility.eq(visible))
        .filter(articles::published_at.gt(since))
        .filter(articles::published_at.le(now))
        .filter(wanted_article!(user_id))
        .order(articles::published_at.desc())
        .limit(each * 3)
        .select((
            articles::id,
            articles::slug,
            articles::title,
            articles::published_at,
            article_tags::tag,
        ))
        .load(conn)?;
    let mut seen = Vec::new();
    for (id, slug, title, at, tag) in rows {
        if seen.contains(&id) || seen.len() as i64 >= each {
            continue;
        }
        seen.push(id);
        items.push(Item {
            kind: "article",
            title,
            path: crate::paths::article(&slug),
            at: at.unwrap_or(now),
            reason: Reason::Tag(tag),
            status: String::new(),
        });
    }

    let chosen_area = member_interests::table.on(member_interests::kind
        .eq("area")
        .and(member_interests::item_id.eq(questions::area_id))
        .and(member_interests::user_id.eq(user_id)));
    let rows: Vec<(i64, String, String, NaiveDateTime, String)> = questions::table
        .inner_join(areas::table)
        .inner_join(chosen_area)
        .filter(questions::visibility.eq(visible))
        .filter(questions::expert_answer_count.gt(0))
        .filter(questions::last_activity_at.gt(since))
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
    }));

    let chosen_area = member_interests::table.on(member_interests::kind
        .eq("area")
        .and(member_interests::item_id.nullable().eq(ideas::area_id))
        .and(member_interests::user_id.eq(user_id)));
    let rows: Vec<(i64, String, String, NaiveDateTime, String)> = idea_status_changes::table
        .inner_join(ideas::table)
        .inner_join(areas::table.on(ideas::area_id.eq(areas::id.nullable())))
        .inner_join(chosen_area)
        .filter(ideas::approved.eq(true))
        .filter(ideas::visibility.eq(visible))
        .filter(idea_status_changes::created_at.gt(since))
        .filter(wanted_idea!(user_id))
        .order(idea_status_changes::created_at.desc())
        .limit(each * 2)
        .select((
            ideas::id,
            ideas::title,
            idea_status_changes::new_status,
            idea_status_changes::created_at,
            areas::name,
        ))
        .load(conn)?;
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
        });
    }

    let followed = question_follows::table.on(question_follows::question_id
        .eq(questions::id)
        .and(question_follows::user_id.eq(user_id)));
    let rows: Vec<(i64, i64, String, String, NaiveDateTime)> = answers::table
        .inner_join(questions::table)
        .inner_join(followed)
        .filter(answers::visibility.eq(visible))
        .filter(questions::visibility.eq(visible))
        .filter(answers::author_id.ne(user_id))
        .filter(answers::created_at.gt(since))
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
            }),
    );

    items.sort_by_key(|item| std::cmp::Reverse(item.at));
    Ok(items)
}
