//! Backups of a SQLite community, and putting one back.
//!
//! `parlour backup FILE` copies the running database with SQLite's `VACUUM INTO`: the copy
//! is one read transaction's view, so it is consistent while the server keeps writing, and
//! compact. Uploaded images are rows of the `media` table, so they come along. `parlour
//! restore FILE --replace` puts a copy back in place of the data folder's database (with
//! the server stopped: the running server holds the file open), after checking that the
//! file is a Parlour database; the next start runs any newer migrations.
//!
//! PostgreSQL has its own tools for this (`pg_dump -Fc`, `pg_restore`): the README shows
//! them, and both commands say so rather than half-doing it.

use std::path::{Path, PathBuf};

use diesel::prelude::*;
use diesel::sql_types::Text;

use crate::db::{DatabaseUrl, DbConnection};

/// What both commands say about PostgreSQL.
pub const USE_PG_DUMP: &str = "this community is on PostgreSQL: back it up with `pg_dump -Fc` \
     and restore it with `pg_restore`, then run `parlour reindex` (see the README's \
     \"Backups\" section)";

/// Copies the database behind `conn` to the new file `to`; returns the copy's size.
pub fn backup(conn: &mut DbConnection, to: &Path) -> anyhow::Result<u64> {
    let DbConnection::Sqlite(sqlite) = conn else {
        anyhow::bail!(USE_PG_DUMP);
    };
    if to.exists() {
        anyhow::bail!("{} exists already: choose a new file", to.display());
    }
    let target = to
        .to_str()
        .ok_or_else(|| anyhow::anyhow!("{} is not a UTF-8 path", to.display()))?;
    diesel::sql_query("VACUUM INTO ?")
        .bind::<Text, _>(target)
        .execute(sqlite)?;
    Ok(std::fs::metadata(to)?.len())
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// Puts the backup `from` in place of the database of `database`; refuses to replace an
/// existing database unless `replace`.
pub fn restore(database: &DatabaseUrl, from: &Path, replace: bool) -> anyhow::Result<PathBuf> {
    let DatabaseUrl::Sqlite(target) = database else {
        anyhow::bail!(USE_PG_DUMP);
    };
    let source = from
        .to_str()
        .ok_or_else(|| anyhow::anyhow!("{} is not a UTF-8 path", from.display()))?;
    if !from.is_file() {
        anyhow::bail!("{} is not a file", from.display());
    }
    // A Parlour database has run its migrations; anything else is refused before a byte of
    // the current database is touched.
    let mut check = diesel::SqliteConnection::establish(&format!("file:{source}?mode=ro"))
        .map_err(|e| anyhow::anyhow!("{} cannot be opened as SQLite: {e}", from.display()))?;
    let migrations = diesel::sql_query(
        "SELECT COUNT(*) AS n FROM sqlite_master \
         WHERE type = 'table' AND name IN ('__diesel_schema_migrations', 'users')",
    )
    .get_result::<Count>(&mut check)
    .map(|c| c.n)
    .unwrap_or(0);
    drop(check);
    if migrations < 2 {
        anyhow::bail!("{} is not a Parlour database", from.display());
    }
    if target.exists() && !replace {
        anyhow::bail!(
            "{} exists: stop the server, then run restore again with --replace",
            target.display()
        );
    }
    if let Some(folder) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)?;
    }
    // Copied beside the target, then renamed over it: the database is either the old one
    // or the whole backup, never half of each.
    let partial = target.with_extension("db.restoring");
    std::fs::copy(from, &partial)?;
    std::fs::File::open(&partial)?.sync_all()?;
    for stale in ["db-wal", "db-shm"] {
        let _ = std::fs::remove_file(target.with_extension(stale));
    }
    std::fs::rename(&partial, target)?;
    Ok(target.clone())
}
