//! The append-only audit log of moderator and admin actions. There is deliberately no
//! update or delete here, and the database refuses both with a trigger.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::audit_log;

/// One logged action.
#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = audit_log)]
pub struct AuditEntry {
    pub id: i64,
    pub actor_id: Option<i64>,
    pub actor_name: String,
    pub action: String,
    pub subject: String,
    pub details: String,
    pub reason: String,
    pub created_at: NaiveDateTime,
    /// The subject's page, when it has one ("" otherwise).
    pub link: String,
}

impl AuditEntry {
    /// The subject, details and reason as kept: catalogue keys with their values (said
    /// in each reader's language), or plain words.
    pub fn said(&self) -> [crate::i18n::Text; 3] {
        [&self.subject, &self.details, &self.reason].map(|s| crate::i18n::Text::from_stored(s))
    }
}

/// A new entry: who did what to which subject, and why.
#[derive(Insertable, Debug)]
#[diesel(table_name = audit_log)]
pub struct NewAuditEntry<'a> {
    pub actor_id: Option<i64>,
    pub actor_name: &'a str,
    pub action: &'a str,
    pub subject: &'a str,
    pub details: &'a str,
    pub reason: &'a str,
    pub created_at: NaiveDateTime,
    pub link: &'a str,
}

/// Appends an entry.
pub fn append(conn: &mut DbConnection, entry: &NewAuditEntry<'_>) -> QueryResult<()> {
    diesel::insert_into(audit_log::table)
        .values(entry)
        .execute(conn)
        .map(|_| ())
}

/// Which entries to show.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// An action, or the start of one ("mod." for every moderation action).
    pub action: Option<String>,
    /// The actor's name, exactly.
    pub actor: Option<String>,
    pub since: Option<NaiveDateTime>,
    pub before: Option<NaiveDateTime>,
}

/// One page of entries that pass `filter`, newest first, with the total count.
pub fn list(
    conn: &mut DbConnection,
    filter: &AuditFilter,
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<AuditEntry>, i64)> {
    let filtered = || {
        let mut query = audit_log::table.into_boxed();
        if let Some(action) = &filter.action {
            query = query.filter(
                audit_log::action
                    .like(super::like_prefix(action))
                    .escape('\\'),
            );
        }
        if let Some(actor) = &filter.actor {
            query = query.filter(audit_log::actor_name.eq(actor.clone()));
        }
        if let Some(since) = filter.since {
            query = query.filter(audit_log::created_at.ge(since));
        }
        if let Some(before) = filter.before {
            query = query.filter(audit_log::created_at.lt(before));
        }
        query
    };
    let rows = filtered()
        .order((audit_log::created_at.desc(), audit_log::id.desc()))
        .offset(offset)
        .limit(limit)
        .select(AuditEntry::as_select())
        .load(conn)?;
    let total = filtered().count().get_result(conn)?;
    Ok((rows, total))
}
