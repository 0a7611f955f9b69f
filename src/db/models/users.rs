//! Member accounts.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer};

use super::{is_unique_violation_on, like_prefix};
use crate::db::DbConnection;
use crate::db::models::media as stored;
use crate::db::schema::{media, users};
use crate::domain::MediaRef;
use crate::domain::{Email, RoleSet, Username};

/// A member account as stored.
#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = users)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub email: String,
    pub password_hash: String,
    pub roles: i32,
    pub created_at: NaiveDateTime,
    pub bio: String,
    pub avatar_id: Option<i64>,
    /// When the member proved the address is theirs; `None` until then.
    pub email_confirmed_at: Option<NaiveDateTime>,
    /// The name shown on the profile beside the username (empty: the username).
    pub display_name: String,
    /// The member keeps their list of posts off their public profile.
    pub hide_activity: bool,
    /// How often they want the digest (`never`, `weekly`, `daily`).
    pub digest: String,
    /// The interests page was offered after they joined.
    pub interests_offered: bool,
    /// The interface language they chose (`''`: none).
    pub language: String,
}

impl User {
    pub fn roles(&self) -> RoleSet {
        RoleSet::from_bits(self.roles)
    }
}

#[derive(Insertable)]
#[diesel(table_name = users)]
struct NewUserRow<'a> {
    username: &'a str,
    username_key: &'a str,
    email: &'a str,
    email_key: &'a str,
    password_hash: &'a str,
    roles: i32,
    created_at: NaiveDateTime,
    email_confirmed_at: Option<NaiveDateTime>,
}

/// Why an account could not be created.
#[derive(Debug, thiserror::Error)]
pub enum CreateUserError {
    #[error("username taken")]
    UsernameTaken,
    #[error("e-mail address taken")]
    EmailTaken,
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
}

/// Creates an account and returns its id. Uniqueness is enforced by the database's
/// constraints, so two sign-ups racing for one name cannot both succeed.
pub fn create(
    conn: &mut DbConnection,
    username: &Username,
    email: &Email,
    password_hash: &str,
    roles: RoleSet,
    now: NaiveDateTime,
    email_confirmed_at: Option<NaiveDateTime>,
) -> Result<i64, CreateUserError> {
    // An address is an account's only once confirmed: until then the key is the account's
    // own (usernames are unique), so a sign-up never tells whether the address is taken,
    // and nobody can hold an address they have not proved.
    let email_key = match email_confirmed_at {
        Some(_) => email.key(),
        None => unconfirmed_key(username),
    };
    let row = NewUserRow {
        username: username.as_str(),
        username_key: &username.key(),
        email: email.as_str(),
        email_key: &email_key,
        password_hash,
        roles: roles.bits(),
        created_at: now,
        email_confirmed_at,
    };
    diesel::insert_into(users::table)
        .values(&row)
        .returning(users::id)
        .get_result(conn)
        .map_err(|e| {
            if is_unique_violation_on(&e, "username_key") {
                CreateUserError::UsernameTaken
            } else if is_unique_violation_on(&e, "email_key") {
                CreateUserError::EmailTaken
            } else {
                CreateUserError::Db(e)
            }
        })
}

/// The `email_key` of an account whose address is not yet confirmed.
fn unconfirmed_key(username: &Username) -> String {
    format!("unconfirmed:{}", username.key())
}

/// Finds an account by username or e-mail address, without regard to case (an address
/// finds only the account that confirmed it).
pub fn find_by_login(conn: &mut DbConnection, login: &str) -> QueryResult<Option<User>> {
    let key = login.trim().to_lowercase();
    users::table
        .filter(users::username_key.eq(&key).or(users::email_key.eq(&key)))
        .select(User::as_select())
        .first(conn)
        .optional()
}

/// Finds an account by username, without regard to case.
pub fn find_by_username(conn: &mut DbConnection, username: &str) -> QueryResult<Option<User>> {
    users::table
        .filter(users::username_key.eq(username.trim().to_lowercase()))
        .select(User::as_select())
        .first(conn)
        .optional()
}

/// Finds an account by id.
pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<User>> {
    users::table
        .find(id)
        .select(User::as_select())
        .first(conn)
        .optional()
}

/// What the profile form sets.
pub struct ProfileUpdate<'a> {
    pub display_name: &'a str,
    pub bio: &'a str,
    pub avatar_id: Option<i64>,
    pub hide_activity: bool,
}

/// Sets a member's display name, short bio, picture and whether their posts are listed on
/// their profile.
pub fn update_profile(conn: &mut DbConnection, id: i64, update: &ProfileUpdate) -> QueryResult<()> {
    diesel::update(users::table.find(id))
        .set((
            users::display_name.eq(update.display_name),
            users::bio.eq(update.bio),
            users::avatar_id.eq(update.avatar_id),
            users::hide_activity.eq(update.hide_activity),
        ))
        .execute(conn)
        .map(|_| ())
}

/// How an author appears beside a post: their picture, if any, and their roles (for the
/// badge beside their name).
#[derive(Debug, Clone, Default)]
pub struct Person {
    pub avatar: Option<MediaRef>,
    pub roles: RoleSet,
}

/// The members in `ids`, by member, with their pictures and roles: one query, for the
/// authors of a thread.
pub fn people_of(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<HashMap<i64, Person>> {
    let rows: Vec<(i64, i32, stored::NullableRow)> = users::table
        .left_join(media::table.on(users::avatar_id.eq(media::id.nullable())))
        .filter(users::id.eq_any(ids))
        .select((users::id, users::roles, stored::nullable_columns()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, roles, avatar)| {
            let person = Person {
                avatar: stored::from_nullable(avatar),
                roles: RoleSet::from_bits(roles),
            };
            (id, person)
        })
        .collect())
}

/// Whether any account exists (the demo community only fills an empty database).
pub fn any_exist(conn: &mut DbConnection) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(users::table.select(users::id))).get_result(conn)
}

/// Adds roles in one statement, so that concurrent changes to other roles are kept.
pub fn add_roles(conn: &mut DbConnection, id: i64, roles: RoleSet) -> QueryResult<usize> {
    diesel::sql_query("UPDATE users SET roles = (roles | $1) WHERE id = $2")
        .bind::<Integer, _>(roles.bits())
        .bind::<BigInt, _>(id)
        .execute(conn)
}

/// Removes roles in one statement, so that concurrent changes to other roles are kept.
pub fn remove_roles(conn: &mut DbConnection, id: i64, roles: RoleSet) -> QueryResult<usize> {
    diesel::sql_query("UPDATE users SET roles = (roles & ~$1) WHERE id = $2")
        .bind::<Integer, _>(roles.bits())
        .bind::<BigInt, _>(id)
        .execute(conn)
}

/// One page of accounts, oldest first, optionally those whose username starts with `prefix`.
pub fn list(
    conn: &mut DbConnection,
    prefix: Option<&str>,
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<User>, i64)> {
    let filtered = || {
        let mut query = users::table.into_boxed();
        if let Some(prefix) = prefix {
            query = query.filter(
                users::username_key
                    .like(like_prefix(&prefix.to_lowercase()))
                    .escape('\\'),
            );
        }
        query
    };
    let rows = filtered()
        .order(users::id.asc())
        .offset(offset)
        .limit(limit)
        .select(User::as_select())
        .load(conn)?;
    let total = filtered().count().get_result(conn)?;
    Ok((rows, total))
}

/// The roles of each member in `ids`.
pub fn roles_of(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<(i64, i32)>> {
    users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::roles))
        .load(conn)
}

/// Marks a member trusted: their posts skip pre-moderation and the new-member hold.
pub fn trust(conn: &mut DbConnection, id: i64) -> QueryResult<usize> {
    diesel::update(users::table.find(id))
        .set(users::trusted.eq(true))
        .execute(conn)
}

/// Silences or suspends a member until `until`, with the reason they are shown. A
/// restriction in force is never weakened: a suspension stays a suspension, and the later
/// end date wins.
pub fn restrict(
    conn: &mut DbConnection,
    id: i64,
    suspended: bool,
    until: NaiveDateTime,
    reason: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let (current, current_until): (String, Option<NaiveDateTime>) = users::table
        .find(id)
        .select((users::restriction, users::restricted_until))
        .first(conn)?;
    let in_force = current_until.filter(|t| *t > now);
    let suspended = suspended || (in_force.is_some() && current == "suspended");
    let until = in_force.map_or(until, |t| t.max(until));
    diesel::update(users::table.find(id))
        .set((
            users::restriction.eq(if suspended { "suspended" } else { "silenced" }),
            users::restricted_until.eq(Some(until)),
            users::restriction_reason.eq(reason),
        ))
        .execute(conn)
}

/// Whether member `id` is suspended at `now`.
pub fn is_suspended(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> QueryResult<bool> {
    let (restriction, until): (String, Option<NaiveDateTime>) = users::table
        .find(id)
        .select((users::restriction, users::restricted_until))
        .first(conn)?;
    Ok(restriction == "suspended" && until.is_some_and(|t| t > now))
}

/// Finds an account by e-mail address, without regard to case.
pub fn find_by_email(conn: &mut DbConnection, email: &Email) -> QueryResult<Option<User>> {
    users::table
        .filter(users::email_key.eq(email.key()))
        .select(User::as_select())
        .first(conn)
        .optional()
}

/// Sets the interface language member `id` chose (a `Lang` code, or `""` for none).
pub fn set_language(conn: &mut DbConnection, id: i64, code: &str) -> QueryResult<usize> {
    diesel::update(users::table.find(id))
        .set(users::language.eq(code))
        .execute(conn)
}

/// Sets a new password hash.
pub fn set_password(conn: &mut DbConnection, id: i64, password_hash: &str) -> QueryResult<usize> {
    diesel::update(users::table.find(id))
        .set(users::password_hash.eq(password_hash))
        .execute(conn)
}

/// Gives the account a new, confirmed address; `false` when another account has it.
pub fn set_confirmed_email(
    conn: &mut DbConnection,
    id: i64,
    email: &Email,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let updated = diesel::update(users::table.find(id))
        .set((
            users::email.eq(email.as_str()),
            users::email_key.eq(email.key()),
            users::email_confirmed_at.eq(Some(now)),
        ))
        .execute(conn);
    match updated {
        Ok(_) => Ok(true),
        Err(e) if is_unique_violation_on(&e, "email_key") => Ok(false),
        Err(e) => Err(e),
    }
}

/// Accounts made before `before` whose address was never confirmed (at most `limit`),
/// leaving out deleted ones.
pub fn unconfirmed_before(
    conn: &mut DbConnection,
    before: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<i64>> {
    users::table
        .filter(users::email_confirmed_at.is_null())
        .filter(users::created_at.lt(before))
        .filter(
            users::username_key
                .not_like(like_prefix(crate::domain::DELETED_PREFIX))
                .escape('\\'),
        )
        .order(users::id)
        .limit(limit)
        .select(users::id)
        .load(conn)
}

/// The usernames of members `ids`.
pub fn names_of(
    conn: &mut DbConnection,
    ids: &[i64],
) -> QueryResult<std::collections::HashMap<i64, String>> {
    Ok(users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::username))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .collect())
}
