//! Building the application: shared by `parlour serve` and the integration tests, so the
//! tests run exactly the app that ships.

use crate::sign_in::Providers;
use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::middleware::{Compress, from_fn};
use actix_web::{App, HttpServer, web};

use crate::auth::token::random_bytes;
use crate::config::Settings;
use crate::db;
use crate::db::models::secrets;
use crate::error::AppError;
use crate::mail::Mailer;
use crate::metrics::Metrics;
use crate::state::Db;
use crate::state::{AppState, Keys};
use crate::{middleware, routes};

/// Opens the database, runs pending migrations and loads the site's keys.
pub fn prepare(settings: Settings) -> anyhow::Result<web::Data<AppState>> {
    let metrics = std::sync::Arc::new(Metrics::new());
    let pool = db::connect(
        &settings.database,
        settings.pool_size,
        settings.sqlite_memory,
        db::Watch {
            queries: metrics.query_counter(),
            slow_after: settings.slow_statement,
        },
    )?;
    let mut conn = pool.get()?;
    db::migrate(&mut conn)?;
    let indexed = crate::search::build_if_missing(&mut conn)?;
    if indexed > 0 {
        tracing::info!(documents = indexed, "search index built");
    }
    let csrf = secrets::get_or_create(&mut conn, "csrf", || random_bytes::<32>().to_vec())?;
    let links = secrets::get_or_create(&mut conn, "links", || random_bytes::<32>().to_vec())?;
    let brand = std::sync::Arc::new(crate::brand::BrandCache::load(&mut conn)?);
    drop(conn);
    let mailer = Mailer::from_settings(
        settings.smtp_host.as_deref(),
        settings.smtp_port,
        &settings.mail_from,
        links.clone(),
        metrics.clone(),
    )?;
    let providers = Providers::new(settings.sign_in.clone(), &settings.public_url);
    let pages = crate::page_cache::PageCache::new(
        &settings,
        db::Watch {
            queries: metrics.query_counter(),
            slow_after: settings.slow_statement,
        },
    )?;
    let local = matches!(settings.database, db::DatabaseUrl::Sqlite(_));
    Ok(web::Data::new(AppState {
        db: Db::new(pool, metrics.clone(), local),
        metrics,
        settings,
        keys: Keys { csrf, links },
        mailer,
        providers,
        brand,
        dashboard: Default::default(),
        pages,
    }))
}

/// The HTTP server on `listener`; await it to run it. It stops gracefully on SIGTERM or
/// Ctrl-C, finishing the requests in flight.
pub fn build(state: web::Data<AppState>, listener: TcpListener) -> anyhow::Result<Server> {
    let settings = state.settings.clone();
    let limit = settings.body_limit;
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .app_data(web::PayloadConfig::new(limit))
            .app_data(
                web::FormConfig::default()
                    .limit(limit)
                    .error_handler(|_, _| {
                        AppError::BadRequest(crate::messages::ERROR_BAD_REQUEST).into()
                    }),
            )
            .configure(routes::configure)
            .default_service(web::to(routes::not_found))
            .wrap(from_fn(middleware::tokens_only_for_api))
            .wrap(from_fn(middleware::session_cookie))
            .wrap(from_fn(middleware::body_limit))
            .wrap(from_fn(middleware::error_pages))
            .wrap(from_fn(middleware::language))
            .wrap(from_fn(middleware::private_pages))
            .wrap(middleware::security_headers(settings.secure_cookies))
            .wrap(from_fn(crate::page_cache::serve))
            .wrap(Compress::default())
            .wrap(from_fn(middleware::log_requests))
    })
    .shutdown_timeout(30)
    .listen(listener)?;
    let workers = settings.workers.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    // Database work runs on each worker's blocking threads, and each waits for one of the
    // pool's connections: threads beyond the pool's share only wait, and each costs a
    // stack and an allocator arena (see BENCHMARKS.md).
    let blocking = (settings.pool_size as usize).div_ceil(workers).max(2);
    Ok(server
        .workers(workers)
        .worker_max_blocking_threads(blocking)
        .run())
}

/// The server for `PARLOUR_METRICS_BIND`: only `/metrics`, with no token (the address is
/// one only the monitoring system reaches).
pub fn build_metrics(state: web::Data<AppState>, listener: TcpListener) -> anyhow::Result<Server> {
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .route("/metrics", web::get().to(routes::metrics::open))
    })
    .workers(1)
    .shutdown_timeout(5)
    .listen(listener)?;
    Ok(server.run())
}

/// Serves until stopped.
pub async fn serve(state: web::Data<AppState>) -> anyhow::Result<()> {
    let bind = state.settings.bind.clone();
    let listener =
        TcpListener::bind(&bind).map_err(|e| anyhow::anyhow!("cannot listen on {bind}: {e}"))?;
    tracing::info!(
        address = %bind,
        database = %state.settings.database.describe(),
        "Parlour is listening on http://{bind}"
    );
    crate::jobs::start(state.clone());
    crate::webhooks::deliver::start(state.clone());
    // The providers' discovery documents are read while the server starts to answer.
    let warm = state.clone();
    actix_web::rt::spawn(async move { warm.providers.warm_up().await });
    let site = build(state.clone(), listener)?;
    match state.settings.metrics_bind.clone() {
        None => site.await?,
        Some(bind) => {
            let listener = TcpListener::bind(&bind)
                .map_err(|e| anyhow::anyhow!("cannot listen on {bind} for metrics: {e}"))?;
            tracing::info!(address = %bind, "metrics at http://{bind}/metrics");
            let metrics = build_metrics(state, listener)?;
            let (site, metrics) = futures_util::future::join(site, metrics).await;
            site?;
            metrics?;
        }
    }
    Ok(())
}
