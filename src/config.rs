//! Settings, read once at start from the command line and environment, then passed to
//! whatever needs them. Nothing reads the environment after start-up.

use crate::sign_in::SignInConfig;
use std::path::PathBuf;

use crate::db::DatabaseUrl;

/// Everything the web server needs to know about its surroundings.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Address to listen on (`PARLOUR_BIND`, default `127.0.0.1:8080`).
    pub bind: String,
    /// The address people reach the site at, for links in feeds, sitemaps and shared
    /// pages (`PARLOUR_PUBLIC_URL`, default `http://` + the bind address).
    pub public_url: String,
    /// Where the data lives (`DATABASE_URL`, else `parlour.db` in the data folder).
    pub database: DatabaseUrl,
    /// Mark the session cookie `Secure` and send HSTS (`PARLOUR_SECURE_COOKIES=true`);
    /// set it whenever Parlour is served over HTTPS.
    pub secure_cookies: bool,
    /// Largest request body accepted, in bytes (`PARLOUR_BODY_LIMIT`, default 10 MiB).
    pub body_limit: usize,
    /// How long a sign-in lasts (`PARLOUR_SESSION_DAYS`, default 30).
    pub session_days: i64,
    /// Connections in the pool (`PARLOUR_DB_POOL`, default 16).
    pub pool_size: u32,
    /// Worker threads (`PARLOUR_WORKERS`, default: one per core).
    pub workers: Option<usize>,
    /// Sign-in throttling: failures per account, and per address, in 15 minutes.
    pub login_limits: LoginLimits,
    /// Take the client address from `X-Forwarded-For`/`Forwarded`
    /// (`PARLOUR_TRUST_PROXY=true`); only behind a proxy that sets them.
    pub trust_proxy: bool,
    /// Questions waiting longer than this are highlighted in experts' queues
    /// (`PARLOUR_EXPERT_WAIT_HOURS`, default 24).
    pub expert_wait_hours: i64,
    /// Askers with answers but none accepted are reminded after this many days
    /// (`PARLOUR_ACCEPT_REMINDER_DAYS`, default 3).
    pub accept_reminder_days: i64,
    /// New ideas wait for a moderator before they are public
    /// (`PARLOUR_IDEA_PREMODERATION`, default true).
    pub idea_premoderation: bool,
    /// SMTP relay for e-mail (`PARLOUR_SMTP_HOST`); unset: e-mail is only logged.
    pub smtp_host: Option<String>,
    /// Its port (`PARLOUR_SMTP_PORT`, default 25).
    pub smtp_port: u16,
    /// The sender address (`PARLOUR_MAIL_FROM`, default `community@localhost`).
    pub mail_from: String,
    /// Addresses in one sitemap: past this many, `/sitemap.xml` becomes an index of
    /// numbered parts (`PARLOUR_SITEMAP_SIZE`, default [`Settings::MAX_SITEMAP_SIZE`], the
    /// most the sitemap protocol allows; a smaller one keeps each file small).
    pub sitemap_size: i64,
    /// The bearer token that opens `/metrics` on the site's own address
    /// (`PARLOUR_METRICS_TOKEN`, at least 32 characters); unset, `/metrics` is not there.
    pub metrics_token: Option<String>,
    /// A second address that serves only `/metrics`, with no token
    /// (`PARLOUR_METRICS_BIND`, e.g. `127.0.0.1:9464`); for a network only the
    /// monitoring system reaches.
    pub metrics_bind: Option<String>,
    /// Sign-in providers and password rules, from the file named by
    /// `PARLOUR_SIGN_IN_CONFIG` (see [`crate::sign_in::config`]); none by default.
    pub sign_in: SignInConfig,
    /// Let webhooks go to private, loopback and link-local addresses
    /// (`PARLOUR_WEBHOOKS_ALLOW_PRIVATE=true`); off by default, so that the admin pages
    /// cannot be used to reach the internal network.
    pub webhooks_allow_private: bool,
    /// How often each process looks for webhook deliveries due
    /// (`PARLOUR_WEBHOOK_POLL_MS`, default 1000).
    pub webhook_poll: std::time::Duration,
    /// How long a webhook receiver has to answer (`PARLOUR_WEBHOOK_TIMEOUT_MS`, default
    /// 10000).
    pub webhook_timeout: std::time::Duration,
    /// Memory for visitors' pages, in MiB (`PARLOUR_PAGE_CACHE_MB`, default 16; 0 turns
    /// the page cache off). See [`crate::page_cache`].
    pub page_cache_mb: usize,
    /// Longest a cached page lives when nothing changes (`PARLOUR_PAGE_CACHE_SECONDS`,
    /// default 60): relative times ("5 minutes ago") are that much out at most.
    pub page_cache_lifetime: std::time::Duration,
    /// SQLite's memory per connection (`PARLOUR_SQLITE_CACHE_MB`, default 4, and
    /// `PARLOUR_SQLITE_MMAP_MB`, default 0); see [`crate::db::SqliteMemory`].
    pub sqlite_memory: crate::db::SqliteMemory,
    /// A statement slower than this is logged with its SQL (`PARLOUR_SLOW_QUERY_MS`,
    /// default 250; 0 logs none).
    pub slow_statement: Option<std::time::Duration>,
}

/// How many failed sign-ins are allowed before sign-in is paused. An account is paused
/// only for the address that failed (so that nobody can lock its owner out by guessing);
/// across all addresses, past `slow_after` failures every attempt on it is slowed instead.
#[derive(Clone, Copy, Debug)]
pub struct LoginLimits {
    /// Failures for one account from one address.
    pub per_account: i64,
    /// Failures from one address, whatever the accounts.
    pub per_address: i64,
    /// Failures for one account from all addresses before each attempt waits.
    pub slow_after: i64,
    /// New accounts asked for from one address in an hour.
    pub signups_per_address: i64,
    pub window_minutes: i64,
}

impl Default for LoginLimits {
    fn default() -> Self {
        Self {
            per_account: 5,
            per_address: 30,
            slow_after: 50,
            signups_per_address: 10,
            window_minutes: 15,
        }
    }
}

impl Settings {
    pub const DEFAULT_BIND: &'static str = "127.0.0.1:8080";
    pub const DEFAULT_DATA_DIR: &'static str = "parlour-data";
    pub const DEFAULT_BODY_LIMIT: usize = 10 * 1024 * 1024;
    /// The most addresses one sitemap may hold (sitemaps.org).
    pub const MAX_SITEMAP_SIZE: i64 = 50_000;
    /// The shortest metrics token accepted: long enough that guessing is hopeless.
    pub const MIN_METRICS_TOKEN: usize = 32;

    /// The database for a data folder and an optional `DATABASE_URL`.
    pub fn database_from(
        data_dir: &std::path::Path,
        url: Option<&str>,
    ) -> Result<DatabaseUrl, String> {
        match url.map(str::trim).filter(|u| !u.is_empty()) {
            Some(url) => DatabaseUrl::parse(url),
            None => Ok(DatabaseUrl::Sqlite(data_dir.join("parlour.db"))),
        }
    }

    /// Settings with every default, for the given database.
    pub fn with_database(database: DatabaseUrl) -> Self {
        Self {
            bind: Self::DEFAULT_BIND.to_owned(),
            public_url: format!("http://{}", Self::DEFAULT_BIND),
            database,
            secure_cookies: false,
            body_limit: Self::DEFAULT_BODY_LIMIT,
            session_days: 30,
            pool_size: 16,
            workers: None,
            login_limits: LoginLimits::default(),
            trust_proxy: false,
            expert_wait_hours: 24,
            accept_reminder_days: 3,
            idea_premoderation: true,
            smtp_host: None,
            smtp_port: 25,
            mail_from: "Parlour <community@localhost>".to_owned(),
            sitemap_size: Self::MAX_SITEMAP_SIZE,
            metrics_token: None,
            metrics_bind: None,
            sign_in: SignInConfig::passwords_only(),
            webhooks_allow_private: false,
            webhook_poll: std::time::Duration::from_millis(1000),
            webhook_timeout: std::time::Duration::from_millis(10_000),
            page_cache_mb: 16,
            page_cache_lifetime: std::time::Duration::from_secs(60),
            sqlite_memory: crate::db::SqliteMemory::default(),
            slow_statement: Some(std::time::Duration::from_millis(250)),
        }
    }

    /// Reads the optional tuning variables from the environment.
    pub fn apply_env(mut self) -> Result<Self, String> {
        fn var<T: std::str::FromStr>(name: &str) -> Result<Option<T>, String> {
            match std::env::var(name) {
                Ok(value) => value
                    .trim()
                    .parse()
                    .map(Some)
                    .map_err(|_| format!("{name} has an invalid value: {value:?}")),
                Err(_) => Ok(None),
            }
        }
        if let Some(v) = var::<String>("PARLOUR_PUBLIC_URL")? {
            self.public_url = v.trim_end_matches('/').to_owned();
        }
        if let Some(v) = var("PARLOUR_SECURE_COOKIES")? {
            self.secure_cookies = v;
        }
        if let Some(v) = var("PARLOUR_BODY_LIMIT")? {
            self.body_limit = v;
        }
        if let Some(v) = var("PARLOUR_SESSION_DAYS")? {
            self.session_days = v;
        }
        if let Some(v) = var("PARLOUR_DB_POOL")? {
            self.pool_size = v;
        }
        if let Some(v) = var("PARLOUR_TRUST_PROXY")? {
            self.trust_proxy = v;
        }
        if let Some(v) = var("PARLOUR_EXPERT_WAIT_HOURS")? {
            self.expert_wait_hours = v;
        }
        if let Some(v) = var("PARLOUR_ACCEPT_REMINDER_DAYS")? {
            self.accept_reminder_days = v;
        }
        if let Some(v) = var::<String>("PARLOUR_SMTP_HOST")? {
            self.smtp_host = Some(v).filter(|h| !h.trim().is_empty());
        }
        if let Some(v) = var("PARLOUR_SMTP_PORT")? {
            self.smtp_port = v;
        }
        if let Some(v) = var("PARLOUR_MAIL_FROM")? {
            self.mail_from = v;
        }
        if let Some(v) = var("PARLOUR_IDEA_PREMODERATION")? {
            self.idea_premoderation = v;
        }
        if let Some(v) = var("PARLOUR_WORKERS")? {
            self.workers = Some(v);
        }
        if let Some(v) = var::<i64>("PARLOUR_SITEMAP_SIZE")? {
            if !(1..=Self::MAX_SITEMAP_SIZE).contains(&v) {
                return Err(format!(
                    "PARLOUR_SITEMAP_SIZE must be between 1 and {}: {v}",
                    Self::MAX_SITEMAP_SIZE
                ));
            }
            self.sitemap_size = v;
        }
        if let Some(token) = var::<String>("PARLOUR_METRICS_TOKEN")?
            && !token.is_empty()
        {
            if token.chars().count() < Self::MIN_METRICS_TOKEN {
                return Err(format!(
                    "PARLOUR_METRICS_TOKEN must have at least {} characters",
                    Self::MIN_METRICS_TOKEN
                ));
            }
            self.metrics_token = Some(token);
        }
        if let Some(bind) = var::<String>("PARLOUR_METRICS_BIND")?
            && !bind.is_empty()
        {
            self.metrics_bind = Some(bind);
        }
        if let Some(v) = var("PARLOUR_WEBHOOKS_ALLOW_PRIVATE")? {
            self.webhooks_allow_private = v;
        }
        if let Some(ms) = var::<u64>("PARLOUR_WEBHOOK_POLL_MS")? {
            self.webhook_poll = std::time::Duration::from_millis(ms.max(10));
        }
        if let Some(ms) = var::<u64>("PARLOUR_WEBHOOK_TIMEOUT_MS")? {
            self.webhook_timeout = std::time::Duration::from_millis(ms.max(100));
        }
        if let Some(mb) = var("PARLOUR_PAGE_CACHE_MB")? {
            self.page_cache_mb = mb;
        }
        if let Some(seconds) = var::<u64>("PARLOUR_PAGE_CACHE_SECONDS")? {
            self.page_cache_lifetime = std::time::Duration::from_secs(seconds.max(1));
        }
        if let Some(mb) = var::<u32>("PARLOUR_SQLITE_CACHE_MB")? {
            self.sqlite_memory.cache_kib = mb.saturating_mul(1024);
        }
        if let Some(mb) = var::<u64>("PARLOUR_SQLITE_MMAP_MB")? {
            self.sqlite_memory.mmap_bytes = mb.saturating_mul(1024 * 1024);
        }
        if let Some(ms) = var::<u64>("PARLOUR_SLOW_QUERY_MS")? {
            self.slow_statement = (ms > 0).then(|| std::time::Duration::from_millis(ms));
        }
        if let Some(path) = var::<String>("PARLOUR_SIGN_IN_CONFIG")?
            && !path.trim().is_empty()
        {
            self.sign_in = SignInConfig::load(path.trim())?;
        }
        Ok(self)
    }
}

/// The default data folder, relative to the working directory.
pub fn default_data_dir() -> PathBuf {
    PathBuf::from(Settings::DEFAULT_DATA_DIR)
}
