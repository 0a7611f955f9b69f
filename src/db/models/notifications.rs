//! In-app notifications and members' e-mail choices for each kind.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{notification_prefs, notifications, users};

/// A notification as stored.
#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = notifications)]
pub struct Notification {
    pub id: i64,
    pub user_id: i64,
    pub kind: String,
    pub text: String,
    pub url: String,
    pub created_at: NaiveDateTime,
    pub read_at: Option<NaiveDateTime>,
}

impl Notification {
    /// The sentence, kept as its key and values, to be said in the reader's language.
    pub fn said(&self) -> crate::i18n::Text {
        crate::i18n::Text::from_stored(&self.text)
    }
}

/// How many people one statement names at most: each row binds five values, and
/// SQLite takes at most 32,766 in a statement (PostgreSQL 65,535).
const CHUNK: usize = 1_000;

/// Notifies each of `user_ids` once, with one insert for every thousand of them.
pub fn add(
    conn: &mut DbConnection,
    user_ids: &[i64],
    kind: &str,
    text: &str,
    url: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    for chunk in user_ids.chunks(CHUNK) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|user_id| {
                (
                    notifications::user_id.eq(*user_id),
                    notifications::kind.eq(kind),
                    notifications::text.eq(text),
                    notifications::url.eq(url),
                    notifications::created_at.eq(now),
                )
            })
            .collect();
        // A multi-row insert is written per backend: the connection enum cannot express it.
        let query = diesel::insert_into(notifications::table).values(&rows);
        match conn {
            DbConnection::Pg(c) => query.execute(c),
            DbConnection::Sqlite(c) => query.execute(c),
        }?;
    }
    Ok(())
}

/// Each of `user_ids` with their e-mail address and their choice for `kind`, if they made
/// one, in the order of their ids: one query for every thousand people.
/// A notification's recipient: id, address, their e-mail choice for the kind (if made)
/// and their language (`''`: none chosen).
pub type Recipient = (i64, String, Option<bool>, String);

pub fn email_recipients(
    conn: &mut DbConnection,
    user_ids: &[i64],
    kind: &str,
) -> QueryResult<Vec<Recipient>> {
    let mut recipients = Vec::with_capacity(user_ids.len());
    for chunk in user_ids.chunks(CHUNK) {
        recipients.extend(
            users::table
                .left_join(
                    notification_prefs::table.on(notification_prefs::user_id
                        .eq(users::id)
                        .and(notification_prefs::kind.eq(kind))),
                )
                .filter(users::id.eq_any(chunk))
                // Mail goes only to addresses their owners proved.
                .filter(users::email_confirmed_at.is_not_null())
                .order(users::id)
                .select((
                    users::id,
                    users::email,
                    notification_prefs::email.nullable(),
                    users::language,
                ))
                .load::<Recipient>(conn)?,
        );
    }
    Ok(recipients)
}

/// How many unread notifications `user_id` has.
pub fn unread_count(conn: &mut DbConnection, user_id: i64) -> QueryResult<i64> {
    notifications::table
        .filter(notifications::user_id.eq(user_id))
        .filter(notifications::read_at.is_null())
        .count()
        .get_result(conn)
}

/// The newest notifications of `user_id`.
pub fn recent(conn: &mut DbConnection, user_id: i64, limit: i64) -> QueryResult<Vec<Notification>> {
    notifications::table
        .filter(notifications::user_id.eq(user_id))
        .order((notifications::created_at.desc(), notifications::id.desc()))
        .limit(limit)
        .select(Notification::as_select())
        .load(conn)
}

/// Marks every notification of `user_id` read.
pub fn mark_all_read(
    conn: &mut DbConnection,
    user_id: i64,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        notifications::table
            .filter(notifications::user_id.eq(user_id))
            .filter(notifications::read_at.is_null()),
    )
    .set(notifications::read_at.eq(Some(now)))
    .execute(conn)
}

/// The e-mail choices a member made (kinds not listed use the default).
pub fn email_choices(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<(String, bool)>> {
    notification_prefs::table
        .filter(notification_prefs::user_id.eq(user_id))
        .select((notification_prefs::kind, notification_prefs::email))
        .load(conn)
}

/// Sets whether `user_id` gets e-mail for `kind`.
pub fn set_email_choice(
    conn: &mut DbConnection,
    user_id: i64,
    kind: &str,
    email: bool,
) -> QueryResult<()> {
    diesel::delete(
        notification_prefs::table
            .filter(notification_prefs::user_id.eq(user_id))
            .filter(notification_prefs::kind.eq(kind)),
    )
    .execute(conn)?;
    diesel::insert_into(notification_prefs::table)
        .values((
            notification_prefs::user_id.eq(user_id),
            notification_prefs::kind.eq(kind),
            notification_prefs::email.eq(email),
        ))
        .execute(conn)
        .map(|_| ())
}
