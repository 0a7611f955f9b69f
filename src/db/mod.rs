//! The database: one connection type for SQLite and PostgreSQL, the pool, the embedded
//! migrations and the helpers every query goes through.
//!
//! Why `diesel::MultiConnection`: one `schema.rs` and one set of query functions serve both
//! backends, checked by the compiler. The few statements that differ between them (full-text
//! search, upserts) `match` on the connection variant in the model that needs them.

pub mod models;
pub mod schema;

use std::path::PathBuf;
use std::time::Duration;

use diesel::connection::{
    AnsiTransactionManager, InstrumentationEvent, SimpleConnection, TransactionManager,
};
use diesel::pg::PgConnection;
use diesel::r2d2::{self, ManageConnection};
use diesel::sqlite::SqliteConnection;
use diesel::{Connection, ConnectionError};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// A connection to whichever database the operator configured.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Pg(PgConnection),
    Sqlite(SqliteConnection),
}

/// Where the data lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// A SQLite file, created when missing.
    Sqlite(PathBuf),
    /// A PostgreSQL connection string (`postgres://…`).
    Postgres(String),
}

impl DatabaseUrl {
    /// Chooses the backend from the URL's scheme, so a mistyped URL is reported as what it
    /// is instead of being tried against every backend in turn.
    pub fn parse(url: &str) -> Result<Self, String> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Self::Postgres(url.to_owned()))
        } else if let Some(path) = url.strip_prefix("sqlite://") {
            Ok(Self::Sqlite(PathBuf::from(path)))
        } else if url.contains("://") {
            Err(format!(
                "unsupported database URL scheme in {url:?}: use postgres:// or sqlite://"
            ))
        } else {
            Ok(Self::Sqlite(PathBuf::from(url)))
        }
    }

    /// A name for logs that never includes a password.
    pub fn describe(&self) -> String {
        match self {
            Self::Sqlite(path) => format!("SQLite at {}", path.display()),
            Self::Postgres(_) => "PostgreSQL".to_owned(),
        }
    }
}

/// How much memory each SQLite connection may use for the database's pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SqliteMemory {
    /// Pages kept by each connection, in KiB (`PRAGMA cache_size`); all of the process's
    /// connections together keep [`SQLITE_CACHES_KEPT`] times that.
    pub cache_kib: u32,
    /// How much of the file is read through a memory map, in bytes (`PRAGMA mmap_size`).
    pub mmap_bytes: u64,
}

impl Default for SqliteMemory {
    /// 4 MiB of pages per connection and no memory map: the operating system's file cache
    /// keeps the database in memory once for every connection and process, where each
    /// connection's own cache (and a map's touched pages) would count against the
    /// process's memory again and again. See BENCHMARKS.md for the measurements.
    fn default() -> Self {
        Self {
            cache_kib: 4096,
            mmap_bytes: 0,
        }
    }
}

/// Opens connections for the pool, choosing the backend from the URL.
#[derive(Debug)]
pub struct Manager {
    url: DatabaseUrl,
    sqlite: SqliteMemory,
    watch: Watch,
}

/// What the pool's connections report about the statements they run.
#[derive(Clone, Debug, Default)]
pub struct Watch {
    /// Counts every statement (for `/metrics`, and for the test that bounds the queries
    /// each page makes).
    pub queries: prometheus_client::metrics::counter::Counter,
    /// A statement that takes longer is logged with its SQL (`PARLOUR_SLOW_QUERY_MS`), so
    /// that an operator sees which list or page needs an index before members do.
    pub slow_after: Option<std::time::Duration>,
}

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        let mut conn = self.open()?;
        let watch = self.watch.clone();
        let mut started = None;
        conn.set_instrumentation(move |event: InstrumentationEvent<'_>| match event {
            InstrumentationEvent::StartQuery { .. } => {
                watch.queries.inc();
                started = watch.slow_after.map(|_| std::time::Instant::now());
            }
            InstrumentationEvent::FinishQuery { query, .. } => {
                if let (Some(limit), Some(start)) = (watch.slow_after, started.take()) {
                    let took = start.elapsed();
                    if took >= limit {
                        tracing::warn!(ms = took.as_millis() as u64, sql = %query, "slow statement");
                    }
                }
            }
            _ => {}
        });
        Ok(conn)
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        std::thread::panicking() || r2d2::R2D2Connection::is_broken(conn)
    }
}

impl Manager {
    fn open(&self) -> Result<DbConnection, r2d2::Error> {
        match &self.url {
            DatabaseUrl::Postgres(url) => PgConnection::establish(url)
                .map(DbConnection::Pg)
                .map_err(r2d2::Error::ConnectionError),
            DatabaseUrl::Sqlite(path) => {
                let path = path.to_str().ok_or_else(|| {
                    r2d2::Error::ConnectionError(ConnectionError::InvalidConnectionUrl(
                        "the SQLite path is not valid UTF-8".to_owned(),
                    ))
                })?;
                let mut conn =
                    SqliteConnection::establish(path).map_err(r2d2::Error::ConnectionError)?;
                // busy_timeout first, so that the other pragmas wait for a busy file too.
                // The page cache and memory map are sized by `SqliteMemory`.
                conn.batch_execute(&format!(
                    "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; \
                     PRAGMA mmap_size = {}; PRAGMA cache_size = -{};",
                    self.sqlite.mmap_bytes, self.sqlite.cache_kib
                ))
                .map_err(r2d2::Error::QueryError)?;
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }
}

/// The connection pool.
pub type Pool = r2d2::Pool<Manager>;

/// How many connections' worth of pages the process's SQLite connections keep together.
pub const SQLITE_CACHES_KEPT: u64 = 4;

/// Opens the pool and reports the real error when the database cannot be reached.
/// `watch` counts (and times) the statements its connections run.
pub fn connect(
    url: &DatabaseUrl,
    max_size: u32,
    sqlite: SqliteMemory,
    watch: Watch,
) -> anyhow::Result<Pool> {
    if let DatabaseUrl::Sqlite(path) = url
        && let Some(parent) = path.parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)?;
    }
    let manager = Manager {
        url: url.clone(),
        sqlite,
        watch,
    };
    // One connection first, outside the pool, so that a wrong URL fails at once with the
    // database's own message instead of after the pool's time-out.
    let first = manager
        .connect()
        .map_err(|e| anyhow::anyhow!("cannot open {}: {e}", url.describe()))?;
    if let DbConnection::Sqlite(mut conn) = first {
        // Each connection may keep `cache_kib` of pages, but all of them together keep
        // about four connections' worth (the limit is SQLite's, for the whole process):
        // under load every pooled connection would otherwise fill its own cache with the
        // same pages the operating system already caches once (see BENCHMARKS.md).
        conn.batch_execute(&format!(
            "PRAGMA soft_heap_limit = {};",
            u64::from(sqlite.cache_kib) * 1024 * SQLITE_CACHES_KEPT
        ))?;
    }
    // Connections open as they are needed (one is kept): an idle process holds no more.
    // A PostgreSQL connection is tested as it is taken (the server may have closed it); a
    // SQLite one is the process's own open file, which nothing outside can break, so the
    // test would only cost a statement per request.
    let pool = r2d2::Pool::builder()
        .max_size(max_size)
        .min_idle(Some(1))
        .test_on_check_out(matches!(url, DatabaseUrl::Postgres(_)))
        .connection_timeout(Duration::from_secs(10))
        .build(manager)?;
    Ok(pool)
}

/// One connection outside the pool, set up as the pool's are, its statements reported to
/// `watch`.
pub fn connect_one(
    url: &DatabaseUrl,
    sqlite: SqliteMemory,
    watch: Watch,
) -> anyhow::Result<DbConnection> {
    Manager {
        url: url.clone(),
        sqlite,
        watch,
    }
    .connect()
    .map_err(|e| anyhow::anyhow!("cannot open {}: {e}", url.describe()))
}

/// Runs the migrations that have not run yet, for the connected backend.
pub fn migrate(conn: &mut DbConnection) -> anyhow::Result<()> {
    let result = match conn {
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|_| ()),
        DbConnection::Pg(c) => {
            // Several app processes may start at once: one migrates, the others wait.
            c.batch_execute("SELECT pg_advisory_lock(7201)")?;
            let result = c.run_pending_migrations(POSTGRES_MIGRATIONS).map(|_| ());
            c.batch_execute("SELECT pg_advisory_unlock(7201)")?;
            result
        }
    };
    result.map_err(|e| anyhow::anyhow!("migration failed: {e}"))
}

/// Reverts every migration, newest first (used by the migration round-trip test).
pub fn revert_all(conn: &mut DbConnection) -> anyhow::Result<()> {
    let result = match conn {
        DbConnection::Sqlite(c) => c.revert_all_migrations(SQLITE_MIGRATIONS).map(|_| ()),
        DbConnection::Pg(c) => c.revert_all_migrations(POSTGRES_MIGRATIONS).map(|_| ()),
    };
    result.map_err(|e| anyhow::anyhow!("reverting migrations failed: {e}"))
}

/// The queue of this process's SQLite writers (see [`write_transaction`]).
static SQLITE_WRITERS: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Runs `f` in a write transaction. On SQLite it takes the write lock at the start
/// (`BEGIN IMMEDIATE`), so that two writers wait for each other instead of one failing
/// with "database is locked" half-way through. Do not nest it: inside `f`, call query
/// functions, not another `write_transaction`.
pub fn write_transaction<T, E>(
    conn: &mut DbConnection,
    f: impl FnOnce(&mut DbConnection) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    if !matches!(conn, DbConnection::Sqlite(_)) {
        return conn.transaction(f);
    }
    // SQLite has one writer at a time. Writers of this process queue here, in order,
    // instead of in SQLite's busy handler, which sleeps and retries (1, 2, 5, 10… ms):
    // under concurrent writes that made most of the wait and the long tail.
    let _turn = SQLITE_WRITERS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let DbConnection::Sqlite(inner) = conn {
        AnsiTransactionManager::begin_transaction_sql(inner, "BEGIN IMMEDIATE")?;
    }
    let result = f(conn);
    let DbConnection::Sqlite(inner) = conn else {
        unreachable!("checked above")
    };
    match result {
        Ok(value) => {
            AnsiTransactionManager::commit_transaction(inner)?;
            Ok(value)
        }
        Err(error) => {
            // The original error matters more than a failed rollback.
            let _ = AnsiTransactionManager::rollback_transaction(inner);
            Err(error)
        }
    }
}

/// An error that may be a unique-key refusal: the database saying that a concurrent
/// request already made the same change.
pub trait UniqueViolation {
    fn is_unique_violation(&self) -> bool;
}

impl UniqueViolation for diesel::result::Error {
    fn is_unique_violation(&self) -> bool {
        models::is_unique_violation_on(self, "")
    }
}

/// Runs `f` in a write transaction for a change that must happen at most once (a vote, an
/// assignment). When a unique key refuses it, another request already made the same
/// change: the transaction is rolled back and the call counts as done.
pub fn write_idempotent<E>(
    conn: &mut DbConnection,
    f: impl FnOnce(&mut DbConnection) -> Result<(), E>,
) -> Result<(), E>
where
    E: From<diesel::result::Error> + UniqueViolation,
{
    write_transaction(conn, f).or_else(|e| {
        if e.is_unique_violation() {
            Ok(())
        } else {
            Err(e)
        }
    })
}

/// The rows of `ids` (a list's filtered ids) counted for its pager: up to `window`'s limit,
/// or `None` on a page past the counted ones (see [`crate::domain::paging`]).
pub fn count_for_pager<'a, Q>(
    conn: &mut DbConnection,
    window: crate::domain::paging::Window,
    ids: Q,
) -> diesel::QueryResult<Option<usize>>
where
    Q: diesel::query_dsl::methods::LimitDsl,
    diesel::dsl::Limit<Q>: diesel::query_dsl::LoadQuery<'a, DbConnection, i64>,
{
    use diesel::RunQueryDsl;
    match window.count_limit() {
        Some(limit) => Ok(Some(ids.limit(limit).load::<i64>(conn)?.len())),
        None => Ok(None),
    }
}
