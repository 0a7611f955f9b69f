//! Areas of expertise and the experts assigned to them.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::models::media;
use crate::db::schema::{self, answers, areas, expert_areas, users};
use crate::domain::MediaRef;

/// An area of expertise.
#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = areas)]
pub struct Area {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub created_at: NaiveDateTime,
}

/// Every area, by name.
pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<Area>> {
    areas::table
        .order(areas::name.asc())
        .select(Area::as_select())
        .load(conn)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Area>> {
    areas::table
        .find(id)
        .select(Area::as_select())
        .first(conn)
        .optional()
}

pub fn find_by_slug(conn: &mut DbConnection, slug: &str) -> QueryResult<Option<Area>> {
    areas::table
        .filter(areas::slug.eq(slug))
        .select(Area::as_select())
        .first(conn)
        .optional()
}

/// Creates an area; `None` when the name or slug is taken.
pub fn create(
    conn: &mut DbConnection,
    name: &str,
    slug: &str,
    description: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<i64>> {
    let inserted = diesel::insert_into(areas::table)
        .values((
            areas::name.eq(name),
            areas::slug.eq(slug),
            areas::description.eq(description),
            areas::created_at.eq(now),
        ))
        .returning(areas::id)
        .get_result(conn);
    match inserted {
        Ok(id) => Ok(Some(id)),
        Err(e) if super::is_unique_violation_on(&e, "") => Ok(None),
        Err(e) => Err(e),
    }
}

/// Assigns an expert to an area; false when already assigned.
pub fn assign(conn: &mut DbConnection, user_id: i64, area_id: i64) -> QueryResult<bool> {
    let exists: bool = diesel::select(diesel::dsl::exists(
        expert_areas::table
            .filter(expert_areas::user_id.eq(user_id))
            .filter(expert_areas::area_id.eq(area_id)),
    ))
    .get_result(conn)?;
    if exists {
        return Ok(false);
    }
    diesel::insert_into(expert_areas::table)
        .values((
            expert_areas::user_id.eq(user_id),
            expert_areas::area_id.eq(area_id),
            expert_areas::created_at.eq(crate::clock::now()),
        ))
        .execute(conn)?;
    Ok(true)
}

/// Removes an expert from an area; false when they were not assigned.
pub fn unassign(conn: &mut DbConnection, user_id: i64, area_id: i64) -> QueryResult<bool> {
    diesel::delete(
        expert_areas::table
            .filter(expert_areas::user_id.eq(user_id))
            .filter(expert_areas::area_id.eq(area_id)),
    )
    .execute(conn)
    .map(|n| n > 0)
}

/// The ids of the areas `user_id` is an expert in.
pub fn of_expert(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<i64>> {
    expert_areas::table
        .filter(expert_areas::user_id.eq(user_id))
        .select(expert_areas::area_id)
        .load(conn)
}

/// Members who hold the expert role (bit 1 of `roles`): someone whose role was revoked
/// keeps their area rows but is no longer told, listed or invited.
fn holds_expert_role() -> diesel::expression::SqlLiteral<diesel::sql_types::Bool> {
    diesel::dsl::sql::<diesel::sql_types::Bool>("(users.roles & 1) <> 0")
}

/// The current experts of an area (user id and name).
pub fn experts_of(conn: &mut DbConnection, area_id: i64) -> QueryResult<Vec<(i64, String)>> {
    expert_areas::table
        .inner_join(users::table)
        .filter(expert_areas::area_id.eq(area_id))
        .filter(holds_expert_role())
        .order(users::username_key.asc())
        .select((users::id, users::username))
        .load(conn)
}

/// Every area's experts as (area id, user id, name), for the areas admin page: one query.
pub fn experts_by_area(conn: &mut DbConnection) -> QueryResult<Vec<(i64, i64, String)>> {
    expert_areas::table
        .inner_join(users::table)
        .order(users::username_key.asc())
        .select((expert_areas::area_id, users::id, users::username))
        .load(conn)
}

/// Every (expert id, area name) pair, for pages that show experts' areas.
pub fn assignments(conn: &mut DbConnection) -> QueryResult<Vec<(i64, i64, String)>> {
    expert_areas::table
        .inner_join(areas::table)
        .order(areas::name.asc())
        .select((expert_areas::user_id, areas::id, areas::name))
        .load(conn)
}

/// An expert on the team page.
pub struct TeamMember {
    pub id: i64,
    pub username: String,
    pub bio: String,
    pub avatar: Option<MediaRef>,
    pub answered: i64,
}

/// Members holding the expert role (bit 1), with their answer counts: two queries.
pub fn team(conn: &mut DbConnection) -> QueryResult<Vec<TeamMember>> {
    type Row = (i64, String, String, media::NullableRow);
    let rows: Vec<Row> = users::table
        .left_join(schema::media::table.on(users::avatar_id.eq(schema::media::id.nullable())))
        .filter(holds_expert_role())
        .order(users::username_key.asc())
        .select((
            users::id,
            users::username,
            users::bio,
            media::nullable_columns(),
        ))
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let counts: Vec<(i64, i64)> = answers::table
        .filter(answers::author_id.eq_any(&ids))
        .group_by(answers::author_id)
        .select((answers::author_id, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, username, bio, avatar)| {
            let avatar = media::from_nullable(avatar);
            TeamMember {
                answered: counts.iter().find(|(a, _)| *a == id).map_or(0, |(_, n)| *n),
                id,
                username,
                bio,
                avatar,
            }
        })
        .collect())
}
