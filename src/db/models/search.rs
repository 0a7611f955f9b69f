//! The search index's rows. Documents are plain rows; the engines index them (SQLite: the
//! `search_fts` FTS5 table, kept in step by triggers; PostgreSQL: the generated `tsv`
//! column under a GIN index). Searching them is `search_find`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::search_documents;

/// A document as stored.
#[derive(Insertable, Debug, Clone)]
#[diesel(table_name = search_documents, treat_none_as_default_value = false)]
pub struct Document {
    pub kind: String,
    pub post_id: i64,
    pub title: String,
    pub body: String,
    pub url: String,
    pub area_id: Option<i64>,
    pub author_id: i64,
    pub created_at: NaiveDateTime,
    pub published_at: Option<NaiveDateTime>,
    pub visibility: String,
    pub expert_answered: bool,
    pub accepted: bool,
    pub idea_status: String,
    pub boost: f64,
    /// The language its words are stemmed in: `en` or `fr`.
    pub language: String,
    /// For a French document, its words' French stems (SQLite's index of them).
    pub stems: String,
}

/// Forgets the documents of posts `kind`/`ids`.
pub fn forget(conn: &mut DbConnection, kind: &str, ids: &[i64]) -> QueryResult<usize> {
    diesel::delete(
        search_documents::table
            .filter(search_documents::kind.eq(kind))
            .filter(search_documents::post_id.eq_any(ids)),
    )
    .execute(conn)
}

/// Stores `documents` (at most [`BATCH`], of posts without one) in one statement, in
/// their order: the index's row ids follow it.
pub fn insert(conn: &mut DbConnection, documents: &[Document]) -> QueryResult<()> {
    if documents.is_empty() {
        return Ok(());
    }
    // Many rows in one statement are written per backend (diesel's batch insert).
    let insert = diesel::insert_into(search_documents::table).values(documents);
    match conn {
        DbConnection::Sqlite(c) => insert.execute(c),
        DbConnection::Pg(c) => insert.execute(c),
    }
    .map(|_| ())
}

/// The interface languages chosen by the members `ids` (`''`: none), for the language
/// a post is indexed in when its words do not say.
pub fn author_languages(
    conn: &mut DbConnection,
    ids: &[i64],
) -> QueryResult<std::collections::HashMap<i64, String>> {
    use crate::db::schema::users;
    Ok(users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::language))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .collect())
}

/// The most documents [`insert`] takes at once: 16 columns each stay under SQLite's
/// 32,766 bound parameters.
pub const BATCH: usize = 1_000;

/// The newest document's row id (0 when there is none): a rebuild rewrites every post, so
/// the documents at or below the id it started from are the ones of posts that are gone.
pub fn last_row(conn: &mut DbConnection) -> QueryResult<i64> {
    search_documents::table
        .select(diesel::dsl::max(search_documents::id))
        .first::<Option<i64>>(conn)
        .map(|id| id.unwrap_or(0))
}

/// Forgets the documents at or below row `id` (see [`last_row`]).
pub fn remove_up_to(conn: &mut DbConnection, id: i64) -> QueryResult<usize> {
    diesel::delete(search_documents::table.filter(search_documents::id.le(id))).execute(conn)
}

/// Merges SQLite's full-text index into one segment after a rebuild (about ten seconds a
/// million documents): a word's list is then read in one piece, which made a common word's
/// search three times quicker. PostgreSQL's GIN index needs nothing.
pub fn optimize(conn: &mut DbConnection) -> QueryResult<()> {
    if let DbConnection::Sqlite(c) = conn {
        diesel::sql_query("INSERT INTO search_fts (search_fts) VALUES ('optimize')").execute(c)?;
    }
    Ok(())
}

/// Whether the index holds no document at all.
pub fn is_empty(conn: &mut DbConnection) -> QueryResult<bool> {
    diesel::select(diesel::dsl::not(diesel::dsl::exists(
        search_documents::table.select(search_documents::id),
    )))
    .get_result(conn)
}
