//! Ideas, their votes, followers and public status history. The vote count is kept on the
//! idea row, changed in the same transaction as the vote, so the board sorts without
//! grouping. The board and the review numbers are in `idea_lists`; similar ideas come
//! from the search index (`crate::search::similar`).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::models::idea_members::{audience, set_follow, voters};
use crate::db::models::media;
use crate::db::models::member_data;
use crate::db::schema::{
    areas, idea_follows, idea_status_changes, idea_votes, ideas, media as media_table, replies,
    users,
};
use crate::domain::MediaRef;
use crate::domain::{ContentKind, Visibility};

/// An idea as stored.
#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = ideas)]
pub struct Idea {
    pub id: i64,
    pub slug: String,
    pub author_id: i64,
    pub area_id: Option<i64>,
    pub title: String,
    pub body_md: String,
    pub body_html: String,
    pub status: String,
    pub approved: bool,
    pub vote_count: i32,
    pub created_at: NaiveDateTime,
    pub first_response_at: Option<NaiveDateTime>,
    pub merged_into_id: Option<i64>,
    pub image_id: Option<i64>,
    pub image_alt: String,
    pub trending_score: f64,
    /// `visible`, or `hidden` by a moderator (waiting for review is `approved` false).
    pub visibility: String,
}

impl Idea {
    pub fn path(&self) -> String {
        crate::paths::idea(self.id)
    }

    /// Whether `viewer` may see it: an approved one unless a moderator hid it; one waiting
    /// for review, its author and moderators.
    pub fn shown_to(&self, viewer: Option<&crate::domain::Viewer>) -> bool {
        let author_or_moderator =
            viewer.is_some_and(|v| v.id == self.author_id || v.can(crate::domain::Role::Moderator));
        Visibility::parse(&self.visibility).shown_to(self.author_id, viewer)
            && (self.approved || author_or_moderator)
    }
}

/// One entry of an idea's status history.
#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = idea_status_changes)]
pub struct StatusChange {
    pub id: i64,
    pub idea_id: i64,
    pub moderator_id: Option<i64>,
    pub moderator: String,
    pub old_status: String,
    pub new_status: String,
    pub note: String,
    pub created_at: NaiveDateTime,
}

/// A new idea, as checked and rendered.
pub struct NewIdea<'a> {
    pub slug: &'a str,
    pub author_id: i64,
    pub area_id: Option<i64>,
    pub title: &'a str,
    pub body_md: &'a str,
    pub body_html: &'a str,
    pub image_id: Option<i64>,
    pub image_alt: &'a str,
    /// False while it waits for review.
    pub approved: bool,
}

/// Adds an idea; its author follows it from the start.
pub fn create(conn: &mut DbConnection, new: &NewIdea, now: NaiveDateTime) -> QueryResult<i64> {
    let id = diesel::insert_into(ideas::table)
        .values((
            ideas::slug.eq(new.slug),
            ideas::author_id.eq(new.author_id),
            ideas::area_id.eq(new.area_id),
            ideas::title.eq(new.title),
            ideas::body_md.eq(new.body_md),
            ideas::body_html.eq(new.body_html),
            ideas::image_id.eq(new.image_id),
            ideas::image_alt.eq(new.image_alt),
            ideas::status.eq("new"),
            ideas::approved.eq(new.approved),
            ideas::created_at.eq(now),
        ))
        .returning(ideas::id)
        .get_result(conn)?;
    set_follow(conn, id, new.author_id, true)?;
    Ok(id)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Idea>> {
    ideas::table
        .find(id)
        .select(Idea::as_select())
        .first(conn)
        .optional()
}

/// The votes of each of `ids` (for lists that show ideas beside other posts).
pub fn vote_counts(
    conn: &mut DbConnection,
    ids: &[i64],
) -> QueryResult<std::collections::HashMap<i64, i32>> {
    if ids.is_empty() {
        return Ok(std::collections::HashMap::new());
    }
    let rows: Vec<(i64, i32)> = ideas::table
        .filter(ideas::id.eq_any(ids))
        .select((ideas::id, ideas::vote_count))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// An idea with what its page shows besides: author, area and picture.
pub struct IdeaView {
    pub idea: Idea,
    pub author: String,
    pub area: Option<(String, String)>,
    pub image: Option<MediaRef>,
    /// Its author deleted their account (the idea stayed because others responded).
    pub author_deleted: bool,
}

pub fn view(conn: &mut DbConnection, id: i64) -> QueryResult<Option<IdeaView>> {
    type Row = (
        Idea,
        String,
        bool,
        Option<(String, String)>,
        media::NullableRow,
    );
    let row: Option<Row> = ideas::table
        .inner_join(users::table)
        .left_join(areas::table.on(ideas::area_id.eq(areas::id.nullable())))
        .left_join(media_table::table.on(ideas::image_id.eq(media_table::id.nullable())))
        .filter(ideas::id.eq(id))
        .select((
            Idea::as_select(),
            users::username,
            users::password_hash.eq(member_data::ERASED_HASH),
            (areas::slug, areas::name).nullable(),
            media::nullable_columns(),
        ))
        .first(conn)
        .optional()?;
    Ok(
        row.map(|(idea, author, author_deleted, area, image)| IdeaView {
            idea,
            author,
            area,
            image: media::from_nullable(image),
            author_deleted,
        }),
    )
}

/// An idea's status history, oldest first.
pub fn history(conn: &mut DbConnection, id: i64) -> QueryResult<Vec<StatusChange>> {
    idea_status_changes::table
        .filter(idea_status_changes::idea_id.eq(id))
        .order((
            idea_status_changes::created_at.asc(),
            idea_status_changes::id.asc(),
        ))
        .select(StatusChange::as_select())
        .load(conn)
}

/// Sets an idea's status (approving it if it waited) and writes the history entry.
pub fn change_status(
    conn: &mut DbConnection,
    idea: &Idea,
    to: &str,
    approve: bool,
    moderator: (i64, &str),
    note: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(ideas::table.find(idea.id))
        .set((
            ideas::status.eq(to),
            ideas::approved.eq(idea.approved || approve),
            ideas::first_response_at.eq(idea.first_response_at.or(Some(now))),
        ))
        .execute(conn)?;
    diesel::insert_into(idea_status_changes::table)
        .values((
            idea_status_changes::idea_id.eq(idea.id),
            idea_status_changes::moderator_id.eq(Some(moderator.0)),
            idea_status_changes::moderator.eq(moderator.1),
            idea_status_changes::old_status.eq(&idea.status),
            idea_status_changes::new_status.eq(to),
            idea_status_changes::note.eq(note),
            idea_status_changes::created_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Merges `source` into `target`: the votes move over (a member who voted for both counts
/// once), so do its followers and its comments (shown under the target from then on), and
/// the source becomes a duplicate pointing at the target. Returns the source's audience
/// (voters and followers), to be told.
pub fn merge(
    conn: &mut DbConnection,
    source: &Idea,
    target: &Idea,
    now: NaiveDateTime,
) -> QueryResult<Vec<i64>> {
    let told = audience(conn, source.id)?;
    let source_voters = voters(conn, source.id)?;
    let target_voters = voters(conn, target.id)?;
    let mut moved = 0;
    // A member counts once, and the target's author never votes for their own idea.
    for voter in &source_voters {
        if !target_voters.contains(voter) && *voter != target.author_id {
            diesel::insert_into(idea_votes::table)
                .values((
                    idea_votes::idea_id.eq(target.id),
                    idea_votes::user_id.eq(voter),
                    idea_votes::created_at.eq(now),
                ))
                .execute(conn)?;
            moved += 1;
        }
    }
    diesel::delete(idea_votes::table.filter(idea_votes::idea_id.eq(source.id))).execute(conn)?;
    diesel::update(ideas::table.find(target.id))
        .set(ideas::vote_count.eq(ideas::vote_count + moved))
        .execute(conn)?;
    diesel::update(ideas::table.find(source.id))
        .set((
            ideas::vote_count.eq(0),
            ideas::merged_into_id.eq(Some(target.id)),
        ))
        .execute(conn)?;
    diesel::update(
        replies::table
            .filter(replies::subject_kind.eq(ContentKind::Idea.key()))
            .filter(replies::subject_id.eq(source.id)),
    )
    .set(replies::subject_id.eq(target.id))
    .execute(conn)?;
    let source_followers: Vec<i64> = idea_follows::table
        .filter(idea_follows::idea_id.eq(source.id))
        .select(idea_follows::user_id)
        .load(conn)?;
    for follower in source_followers {
        set_follow(conn, target.id, follower, true)?;
    }
    Ok(told)
}
