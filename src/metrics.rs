//! Operators' numbers at `/metrics`, in the OpenMetrics text format Prometheus scrapes:
//!
//! - `parlour_http_request_duration_seconds{method,route,status}`: a latency histogram per
//!   route pattern (`/experts/questions/{id}`, never the address itself, so the series
//!   stay few); its `_count` is the request count.
//! - `parlour_db_wait_seconds`: how long a handler waited for a database connection (a
//!   free blocking thread, then a pooled connection); `parlour_db_wait_timeouts_total`
//!   the waits given up; `parlour_db_connections{state}` and `parlour_db_pool_size` the
//!   pool as the scrape finds it.
//! - `parlour_db_queries_total`: statements run on the database.
//! - `parlour_job_runs_total{job}` and `parlour_job_failures_total{job}`: background jobs.
//! - `parlour_mail_sent_total` and `parlour_mail_failed_total`: e-mail handed to the relay
//!   or refused (mail that is only logged, with no relay configured, counts as neither).
//! - `parlour_page_cache_hits_total` and `parlour_page_cache_misses_total`: visitors' pages
//!   served from the page cache, or made because the copy was missing or out of date.
//! - `parlour_posts_waiting`: posts waiting for a moderator, counted at each scrape.
//!
//! Every figure is this process's own (several app processes are several scrape targets),
//! except the posts waiting, which are the community's. The numbers are counted in memory
//! with atomics; nothing here touches the database except the one count at a scrape.
//!
//! Who may read them is decided in [`crate::routes::metrics`]: never the public.

use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

/// The media type of what [`Metrics::render`] writes.
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// The route of a request that matched none (a 404 for an unknown address).
pub const UNMATCHED: &str = "unmatched";

/// A response's route pattern, when whoever answered already knows it (the page cache).
pub struct RoutePattern(pub std::sync::Arc<str>);

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct JobLabels {
    job: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ConnectionLabels {
    state: &'static str,
}

/// Request latencies: half a millisecond to about twelve seconds.
fn request_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.0005, 2.5, 12))
}

/// The process's numbers.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Histogram, fn() -> Histogram>,
    db_wait: Histogram,
    db_timeouts: Counter,
    db_connections: Family<ConnectionLabels, Gauge>,
    db_pool_size: Gauge,
    db_queries: Counter,
    job_runs: Family<JobLabels, Counter>,
    job_failures: Family<JobLabels, Counter>,
    mail_sent: Counter,
    mail_failed: Counter,
    posts_waiting: Gauge,
    page_hits: Counter,
    page_misses: Counter,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let requests = Family::<RequestLabels, Histogram, fn() -> Histogram>::new_with_constructor(
            request_histogram,
        );
        let db_wait = Histogram::new(exponential_buckets(0.0001, 4.0, 10));
        let metrics = Metrics {
            registry: Registry::with_prefix("parlour"),
            requests,
            db_wait,
            db_timeouts: Counter::default(),
            db_queries: Counter::default(),
            db_connections: Family::default(),
            db_pool_size: Gauge::default(),
            job_runs: Family::default(),
            job_failures: Family::default(),
            mail_sent: Counter::default(),
            mail_failed: Counter::default(),
            posts_waiting: Gauge::default(),
            page_hits: Counter::default(),
            page_misses: Counter::default(),
        };
        metrics.registered()
    }

    fn registered(mut self) -> Self {
        let r = &mut self.registry;
        r.register(
            "http_request_duration_seconds",
            "Time from receiving a request to its response, by route pattern and status",
            self.requests.clone(),
        );
        r.register(
            "db_wait_seconds",
            "Time a request waited for a database connection",
            self.db_wait.clone(),
        );
        r.register(
            "db_wait_timeouts",
            "Waits for a database connection given up",
            self.db_timeouts.clone(),
        );
        r.register(
            "db_queries",
            "Statements run on the database",
            self.db_queries.clone(),
        );
        r.register(
            "db_connections",
            "Pooled database connections, idle or in use",
            self.db_connections.clone(),
        );
        r.register(
            "db_pool_size",
            "Most connections the pool opens",
            self.db_pool_size.clone(),
        );
        r.register("job_runs", "Background job runs", self.job_runs.clone());
        r.register(
            "job_failures",
            "Background job runs that failed",
            self.job_failures.clone(),
        );
        r.register(
            "mail_sent",
            "E-mails the relay accepted",
            self.mail_sent.clone(),
        );
        r.register(
            "mail_failed",
            "E-mails that could not be built or that the relay refused",
            self.mail_failed.clone(),
        );
        r.register(
            "page_cache_hits",
            "Visitors' pages served from the page cache",
            self.page_hits.clone(),
        );
        r.register(
            "page_cache_misses",
            "Visitors' pages made because no current copy was cached",
            self.page_misses.clone(),
        );
        r.register(
            "posts_waiting",
            "Posts waiting for a moderator",
            self.posts_waiting.clone(),
        );
        self
    }

    /// Records one answered request. `route` is its pattern, or [`UNMATCHED`].
    pub fn request(&self, method: &str, route: &str, status: u16, took: Duration) {
        let labels = RequestLabels {
            method: known_method(method),
            route: route.to_owned(),
            status,
        };
        self.requests
            .get_or_create(&labels)
            .observe(took.as_secs_f64());
    }

    /// Counts a cacheable request, served from the cache (`hit`) or made.
    pub fn page_cache(&self, hit: bool) {
        if hit {
            self.page_hits.inc();
        } else {
            self.page_misses.inc();
        }
    }

    /// The counter of statements run, for the pool's connections to count into.
    pub fn query_counter(&self) -> Counter {
        self.db_queries.clone()
    }

    /// How many statements this process has run.
    pub fn queries(&self) -> u64 {
        self.db_queries.get()
    }

    /// Records a wait for a database connection; `got` is false when it timed out.
    pub fn db_wait(&self, took: Duration, got: bool) {
        self.db_wait.observe(took.as_secs_f64());
        if !got {
            self.db_timeouts.inc();
        }
    }

    /// Records a background job's run.
    pub fn job(&self, job: &'static str, succeeded: bool) {
        let labels = JobLabels { job };
        self.job_runs.get_or_create(&labels).inc();
        if !succeeded {
            self.job_failures.get_or_create(&labels).inc();
        }
    }

    /// Records an e-mail handed to the relay (`sent`) or not.
    pub fn mail(&self, sent: bool) {
        if sent {
            self.mail_sent.inc();
        } else {
            self.mail_failed.inc();
        }
    }

    /// The text a scrape gets, with the pool's state and the posts waiting (`None` when
    /// the database did not answer: the last count stays).
    pub fn render(&self, pool: Pool, posts_waiting: Option<i64>) -> String {
        let in_use = pool.connections.saturating_sub(pool.idle);
        self.db_connections
            .get_or_create(&ConnectionLabels { state: "idle" })
            .set(i64::from(pool.idle));
        self.db_connections
            .get_or_create(&ConnectionLabels { state: "in_use" })
            .set(i64::from(in_use));
        self.db_pool_size.set(i64::from(pool.max_size));
        if let Some(waiting) = posts_waiting {
            self.posts_waiting.set(waiting);
        }
        let mut text = String::new();
        // Writing to a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut text, &self.registry);
        text
    }
}

/// The pool as a scrape finds it.
#[derive(Clone, Copy, Debug)]
pub struct Pool {
    pub connections: u32,
    pub idle: u32,
    pub max_size: u32,
}

/// The method as a label: the usual ones by name, anything else as "other" (a client
/// cannot make new series by inventing methods).
fn known_method(method: &str) -> &'static str {
    ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
        .into_iter()
        .find(|m| *m == method)
        .unwrap_or("other")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_show_in_the_text_with_their_labels() {
        let metrics = Metrics::new();
        metrics.request(
            "GET",
            "/experts/questions/{id}",
            200,
            Duration::from_millis(3),
        );
        metrics.request("BREW", UNMATCHED, 404, Duration::from_millis(1));
        metrics.job("trending", true);
        metrics.job("digests", false);
        metrics.mail(true);
        let text = metrics.render(
            Pool {
                connections: 3,
                idle: 2,
                max_size: 16,
            },
            Some(7),
        );
        assert!(text.contains(
            "parlour_http_request_duration_seconds_count{method=\"GET\",route=\"/experts/questions/{id}\",status=\"200\"} 1"
        ), "{text}");
        assert!(text.contains("method=\"other\",route=\"unmatched\",status=\"404\""));
        assert!(text.contains("parlour_job_runs_total{job=\"digests\"} 1"));
        assert!(text.contains("parlour_job_failures_total{job=\"digests\"} 1"));
        assert!(!text.contains("parlour_job_failures_total{job=\"trending\"}"));
        assert!(text.contains("parlour_mail_sent_total 1"));
        assert!(text.contains("parlour_mail_failed_total 0"));
        assert!(text.contains("parlour_db_connections{state=\"in_use\"} 1"));
        assert!(text.contains("parlour_db_pool_size 16"));
        assert!(text.contains("parlour_posts_waiting 7"));
        assert!(text.ends_with("# EOF\n"));
    }
}
