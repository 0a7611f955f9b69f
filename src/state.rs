//! What every handler shares: the database, the settings and the site's secret keys.
//! Built once at start-up, outside the per-worker closure.

use std::time::Duration;

use diesel::connection::SimpleConnection;

use crate::config::Settings;
use crate::db::{DbConnection, Pool};
use crate::error::AppError;
use crate::mail::Mailer;

/// Secrets loaded from the database at start-up.
pub struct Keys {
    /// Signs CSRF tokens.
    pub csrf: Vec<u8>,
    /// Signs links that act without a session ("stop these e-mails").
    pub links: Vec<u8>,
}

/// The application's shared state.
pub struct AppState {
    /// This process's numbers for `/metrics`.
    pub metrics: std::sync::Arc<crate::metrics::Metrics>,
    pub db: Db,
    pub settings: Settings,
    pub keys: Keys,
    pub mailer: Mailer,
    /// Sign-in providers, with their discovery documents once read.
    pub providers: crate::sign_in::Providers,
    /// The dashboard's counts of finished days, once made.
    pub dashboard: std::sync::Arc<crate::dashboard::ActiveMemo>,
    /// The retailer's brand, as this process holds it.
    pub brand: std::sync::Arc<crate::brand::BrandCache>,
    /// Visitors' pages as this process last made them.
    pub pages: crate::page_cache::PageCache,
}

impl AppState {
    /// Sends e-mails produced by a committed change.
    pub fn mail(&self, messages: Vec<crate::mail::Outgoing>) {
        let site = self
            .brand
            .is_saved()
            .then(|| self.brand.current().0.name.clone());
        self.mailer
            .dispatch(messages, &self.settings.public_url, site.as_deref());
    }

    /// The brand and its stylesheet's address, compared with the database when this
    /// process's copy is more than a second old (see [`crate::brand`]).
    pub async fn brand(
        &self,
    ) -> Result<
        (
            std::sync::Arc<crate::domain::brand::Brand>,
            std::sync::Arc<str>,
        ),
        AppError,
    > {
        if self.brand.due() {
            let cache = self.brand.clone();
            self.db.run(move |conn| Ok(cache.refresh(conn)?)).await?;
        }
        Ok(self.brand.current())
    }
}

/// The pool as the web handlers use it: queries run on the blocking thread pool, except
/// the short reads a request makes on every page, which SQLite answers on the request's
/// own thread ([`Db::read_here`]).
#[derive(Clone)]
pub struct Db {
    pool: Pool,
    metrics: std::sync::Arc<crate::metrics::Metrics>,
    /// The database is a local SQLite file: short reads may run on the request's thread.
    local: bool,
}

impl Db {
    /// `pool`, on a local SQLite file when `local`.
    pub fn new(pool: Pool, metrics: std::sync::Arc<crate::metrics::Metrics>, local: bool) -> Self {
        Self {
            pool,
            metrics,
            local,
        }
    }

    /// Runs `f` — a short read by key, such as a session or a member's votes on a page —
    /// on the request's own thread when the database is a local SQLite file and one of the
    /// pool's connections is free at once; otherwise as [`Db::run`].
    ///
    /// Why: such a read takes SQLite microseconds and, in WAL mode, never waits for a
    /// writer, while handing it to a blocking thread and back costs two thread switches,
    /// which was a third of a signed-in page's time once its HTML was made once per
    /// change (see BENCHMARKS.md). Never for a write (it may wait for SQLite's write lock,
    /// holding up every request on the thread) nor for a scan: only reads of a few rows
    /// by an index. On PostgreSQL every query is a round trip, so it always goes to the
    /// blocking pool.
    pub async fn read_here<T, F>(&self, f: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
        T: Send + 'static,
    {
        if self.local
            && let Some(mut conn) = self.pool.try_get()
        {
            return f(&mut conn);
        }
        self.run(f).await
    }

    /// Runs `f` with a pooled connection on the blocking thread pool. The wait for the
    /// thread and the connection is recorded for `/metrics`.
    pub async fn run<T, F>(&self, f: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        let metrics = self.metrics.clone();
        let asked = std::time::Instant::now();
        actix_web::web::block(move || {
            let conn = pool.get();
            metrics.db_wait(asked.elapsed(), conn.is_ok());
            let mut conn = conn?;
            f(&mut conn)
        })
        .await?
    }

    /// The pool's connections as they are now.
    pub fn pool_state(&self) -> crate::metrics::Pool {
        let state = self.pool.state();
        crate::metrics::Pool {
            connections: state.connections,
            idle: state.idle_connections,
            max_size: self.pool.max_size(),
        }
    }

    /// The pool itself, for operators' tools and tests.
    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    /// Runs `f` with a pooled connection on the current thread (for start-up work).
    pub fn blocking<T>(
        &self,
        f: impl FnOnce(&mut DbConnection) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let mut conn = self.pool.get()?;
        f(&mut conn)
    }

    /// Whether the database answers within `timeout`.
    pub async fn ping(&self, timeout: Duration) -> bool {
        let pool = self.pool.clone();
        actix_web::web::block(move || {
            pool.get_timeout(timeout)
                .ok()
                .is_some_and(|mut conn| conn.batch_execute("SELECT 1").is_ok())
        })
        .await
        .unwrap_or(false)
    }
}
