//! What a public profile (`/u/{username}`) reads: the member's public columns and
//! picture, their areas of expertise, two counts, and one page of the posts the reader
//! may open. Never the e-mail address or anything else private: the member row is read
//! column by column, not as a whole [`super::users::User`].

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::Bool;

use crate::db::DbConnection;
use crate::db::models::media;
use crate::db::schema::{self, answers, areas, articles, expert_areas, ideas, questions, users};
use crate::domain::MediaRef;
use crate::domain::idea::IdeaStatus;
use crate::domain::{AuthorSeen, ContentKind, Visibility};

/// The public part of a member's account.
pub struct ProfileMember {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub bio: String,
    pub roles: i32,
    pub created_at: NaiveDateTime,
    pub hide_activity: bool,
    pub avatar: Option<MediaRef>,
}

/// The member named `username` (any case), with their picture: one query.
pub fn member(conn: &mut DbConnection, username: &str) -> QueryResult<Option<ProfileMember>> {
    type Row = (
        i64,
        String,
        String,
        String,
        i32,
        NaiveDateTime,
        bool,
        media::NullableRow,
    );
    let row: Option<Row> = users::table
        .left_join(schema::media::table.on(users::avatar_id.eq(schema::media::id.nullable())))
        .filter(users::username_key.eq(username.to_lowercase()))
        .select((
            users::id,
            users::username,
            users::display_name,
            users::bio,
            users::roles,
            users::created_at,
            users::hide_activity,
            media::nullable_columns(),
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(
        |(id, username, display_name, bio, roles, created_at, hide_activity, avatar)| {
            ProfileMember {
                id,
                username,
                display_name,
                bio,
                roles,
                created_at,
                hide_activity,
                avatar: media::from_nullable(avatar),
            }
        },
    ))
}

/// A member's areas of expertise as (name, slug, expert since), by name.
pub fn expertise(
    conn: &mut DbConnection,
    user_id: i64,
) -> QueryResult<Vec<(String, String, NaiveDateTime)>> {
    expert_areas::table
        .inner_join(areas::table)
        .filter(expert_areas::user_id.eq(user_id))
        .order(areas::name.asc())
        .select((areas::name, areas::slug, expert_areas::created_at))
        .load(conn)
}

/// What a member's public record counts: visible answers accepted on visible questions,
/// and public ideas the shop planned, is working on or did.
pub fn counts(conn: &mut DbConnection, user_id: i64) -> QueryResult<(i64, i64)> {
    let visible = Visibility::Visible.key();
    // Each answer carries its question's visibility and acceptance (kept by the database):
    // counted from the index of the member's answers alone.
    let accepted = answers::table
        .filter(answers::author_id.eq(user_id))
        .filter(answers::visibility.eq(visible))
        .filter(answers::question_visibility.eq(visible))
        .filter(answers::accepted.eq(true))
        .count()
        .get_result(conn)?;
    let adopted = [
        IdeaStatus::Planned,
        IdeaStatus::InProgress,
        IdeaStatus::Done,
    ]
    .map(IdeaStatus::key);
    let ideas = ideas::table
        .filter(ideas::author_id.eq(user_id))
        .filter(ideas::approved.eq(true))
        .filter(ideas::visibility.eq(visible))
        .filter(ideas::status.eq_any(adopted))
        .count()
        .get_result(conn)?;
    Ok((accepted, ideas))
}

/// One post in a profile's list.
#[derive(Debug, Clone)]
pub struct ActivityRow {
    pub kind: ContentKind,
    pub title: String,
    pub path: String,
    pub at: NaiveDateTime,
    /// Out of public view (held, hidden or waiting for review): marked for those who see it.
    pub out_of_view: bool,
}

/// How many posts of each kind the reader may open: questions, answers, ideas, articles.
#[derive(Debug, Clone, Copy, Default)]
pub struct ActivityTotals {
    pub questions: i64,
    pub answers: i64,
    pub ideas: i64,
    pub articles: i64,
}

impl ActivityTotals {
    pub fn all(&self) -> i64 {
        self.questions + self.answers + self.ideas + self.articles
    }
}

/// One page of `author`'s questions, answers, ideas and published articles that `seen`
/// lets the reader open, newest first, with the totals. Each kind is read newest first up
/// to the end of the page and the lists are merged: nine queries whatever the page.
pub fn activity(
    conn: &mut DbConnection,
    author: i64,
    seen: &AuthorSeen,
    now: NaiveDateTime,
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<ActivityRow>, ActivityTotals)> {
    let visible = Visibility::Visible.key();
    let upto = offset.saturating_add(limit);
    let vis = seen.visibilities.clone();
    let under_hidden = seen.under_hidden;
    let waiting_ideas = seen.waiting_ideas;

    let question_rows = || {
        questions::table
            .filter(questions::asker_id.eq(author))
            .filter(questions::visibility.eq_any(vis.clone()))
            .into_boxed()
    };
    // An answer carries its question's visibility (kept by the database), so the answers
    // are filtered, and counted, from the index of the member's answers alone; the titles
    // of the questions of the page's answers are read after.
    let answer_rows = || {
        answers::table
            .filter(answers::author_id.eq(author))
            .filter(answers::visibility.eq_any(vis.clone()))
            .filter(
                answers::question_visibility
                    .eq(visible)
                    .or(under_hidden.into_sql::<Bool>()),
            )
            .into_boxed()
    };
    let idea_rows = || {
        ideas::table
            .filter(ideas::author_id.eq(author))
            .filter(ideas::visibility.eq_any(vis.clone()))
            .filter(
                ideas::approved
                    .eq(true)
                    .or(waiting_ideas.into_sql::<Bool>()),
            )
            .into_boxed()
    };
    let article_rows = || {
        articles::table
            .filter(articles::author_id.eq(author))
            .filter(articles::published_at.le(now))
            .filter(articles::visibility.eq_any(vis.clone()))
            .into_boxed()
    };

    let mut rows: Vec<ActivityRow> = Vec::new();
    let found: Vec<(i64, String, String, NaiveDateTime, String)> = question_rows()
        .order((questions::created_at.desc(), questions::id.desc()))
        .limit(upto)
        .select((
            questions::id,
            questions::slug,
            questions::title,
            questions::created_at,
            questions::visibility,
        ))
        .load(conn)?;
    rows.extend(
        found
            .into_iter()
            .map(|(id, slug, title, at, v)| ActivityRow {
                kind: ContentKind::Question,
                path: crate::paths::question(id, &slug),
                title,
                at,
                out_of_view: v != visible,
            }),
    );
    let found: Vec<(i64, i64, NaiveDateTime, String)> = answer_rows()
        .order((answers::created_at.desc(), answers::id.desc()))
        .limit(upto)
        .select((
            answers::id,
            answers::question_id,
            answers::created_at,
            answers::visibility,
        ))
        .load(conn)?;
    let asked: Vec<i64> = found.iter().map(|(_, question, _, _)| *question).collect();
    let titles: HashMap<i64, (String, String)> = questions::table
        .filter(questions::id.eq_any(asked))
        .select((questions::id, (questions::slug, questions::title)))
        .load(conn)?
        .into_iter()
        .collect();
    rows.extend(found.into_iter().filter_map(|(id, question, at, v)| {
        let (slug, title) = titles.get(&question)?;
        Some(ActivityRow {
            kind: ContentKind::Answer,
            path: crate::paths::answer(question, slug, id),
            title: title.clone(),
            at,
            out_of_view: v != visible,
        })
    }));
    let found: Vec<(i64, String, NaiveDateTime, bool, String)> = idea_rows()
        .order((ideas::created_at.desc(), ideas::id.desc()))
        .limit(upto)
        .select((
            ideas::id,
            ideas::title,
            ideas::created_at,
            ideas::approved,
            ideas::visibility,
        ))
        .load(conn)?;
    rows.extend(
        found
            .into_iter()
            .map(|(id, title, at, approved, v)| ActivityRow {
                kind: ContentKind::Idea,
                path: crate::paths::idea(id),
                title,
                at,
                out_of_view: !approved || v != visible,
            }),
    );
    let found: Vec<(String, String, Option<NaiveDateTime>, String)> = article_rows()
        .order((articles::published_at.desc(), articles::id.desc()))
        .limit(upto)
        .select((
            articles::slug,
            articles::title,
            articles::published_at,
            articles::visibility,
        ))
        .load(conn)?;
    rows.extend(found.into_iter().map(|(slug, title, at, v)| ActivityRow {
        kind: ContentKind::Article,
        path: crate::paths::article(&slug),
        title,
        at: at.unwrap_or(now),
        out_of_view: v != visible,
    }));

    rows.sort_by_key(|row| std::cmp::Reverse(row.at));
    let page = rows
        .into_iter()
        .skip(usize::try_from(offset).unwrap_or(usize::MAX))
        .take(usize::try_from(limit).unwrap_or(0))
        .collect();
    let totals = ActivityTotals {
        questions: question_rows().count().get_result(conn)?,
        answers: answer_rows().count().get_result(conn)?,
        ideas: idea_rows().count().get_result(conn)?,
        articles: article_rows().count().get_result(conn)?,
    };
    Ok((page, totals))
}
