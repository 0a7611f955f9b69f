//! The generated members and the areas their experts answer for.

use super::making::{Maker, expect_last, flush};
use super::people::{AREAS, FIRST_NAMES, LAST_NAMES, People};
use crate::db::DbConnection;
use crate::db::models::bulk::{self, AreaRow, ExpertAreaRow, UserRow};
use crate::domain::slugify;

pub(super) fn seed_members(
    conn: &mut DbConnection,
    m: &mut Maker,
    hash: &str,
) -> anyhow::Result<u64> {
    let mut rows = Vec::new();
    for id in 1..=m.people.members as i64 {
        let username = People::username(id);
        let email = format!("{username}@seed.parlour.example");
        let created_at = m.time.at(id as u64, m.people.members, &mut m.random);
        rows.push(UserRow {
            username_key: username.clone(),
            username,
            email_key: email.clone(),
            email,
            password_hash: hash.to_owned(),
            roles: m.people.roles(id).bits(),
            created_at,
            email_confirmed_at: Some(created_at),
            display_name: format!(
                "{} {}",
                m.random.pick(FIRST_NAMES),
                m.random.pick(LAST_NAMES)
            ),
        });
        flush(conn, &mut rows, false)?;
    }
    flush(conn, &mut rows, true)?;
    expect_last::<UserRow>(conn, m.people.members as i64)?;
    Ok(m.people.members)
}

pub(super) fn seed_areas(conn: &mut DbConnection, m: &mut Maker) -> anyhow::Result<()> {
    let rows: Vec<AreaRow> = AREAS
        .iter()
        .map(|name| AreaRow {
            slug: slugify(name),
            name: (*name).to_owned(),
            description: format!("Questions about {}.", name.to_lowercase()),
            created_at: m.time.start,
        })
        .collect();
    bulk::insert(conn, &rows)?;
    expect_last::<AreaRow>(conn, AREAS.len() as i64)?;
    // Every expert answers for two areas, and every area has experts.
    let mut experts = Vec::new();
    for n in 0..m.people.experts as i64 {
        let user_id = m.people.first_expert() + n;
        let first = n % AREAS.len() as i64;
        let second =
            (first + 1 + m.random.below(AREAS.len() as u64 - 1) as i64) % AREAS.len() as i64;
        for area in [first, second] {
            experts.push(ExpertAreaRow {
                user_id,
                area_id: area + 1,
                created_at: m.time.start,
            });
        }
    }
    bulk::insert(conn, &experts)?;
    Ok(())
}
