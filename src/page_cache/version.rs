//! Reading the site's version on every cacheable request, as cheaply as the database allows.
//!
//! On SQLite the process keeps one connection of its own for it and reads on the request's
//! thread: a primary-key read of a page already in memory takes microseconds and never
//! waits for a writer (WAL), cheaper than handing the work to the blocking pool. On
//! PostgreSQL the read is a round trip, so it goes through the pool like any query.

use std::sync::Mutex;

use crate::db::models::site_version;
use diesel::SqliteConnection;

use crate::db::{DatabaseUrl, DbConnection};
use crate::error::AppError;
use crate::state::Db;

/// Where this process reads the version from.
pub enum VersionSource {
    /// SQLite: a connection of its own, read on the request's thread.
    Own(Mutex<SqliteConnection>),
    /// PostgreSQL: a pooled connection on the blocking pool.
    Pool,
}

impl VersionSource {
    /// The source for `url`'s backend.
    pub fn for_database(url: &DatabaseUrl, watch: crate::db::Watch) -> anyhow::Result<Self> {
        // It reads one row: a small cache is plenty.
        let memory = crate::db::SqliteMemory {
            cache_kib: 256,
            mmap_bytes: 0,
        };
        Ok(match url {
            DatabaseUrl::Sqlite(_) => match crate::db::connect_one(url, memory, watch)? {
                DbConnection::Sqlite(conn) => Self::Own(Mutex::new(conn)),
                DbConnection::Pg(_) => anyhow::bail!("a SQLite address opened PostgreSQL"),
            },
            DatabaseUrl::Postgres(_) => Self::Pool,
        })
    }

    /// The version now.
    pub async fn read(&self, db: &Db) -> Result<i64, AppError> {
        match self {
            Self::Own(conn) => {
                let mut conn = conn.lock().map_err(|_| {
                    AppError::Internal(anyhow::anyhow!("version connection poisoned"))
                })?;
                Ok(site_version::current_on_sqlite(&mut conn)?)
            }
            Self::Pool => db.run(|conn| Ok(site_version::current(conn)?)).await,
        }
    }
}
