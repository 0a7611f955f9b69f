//! The database layer: migrations and connection settings.

use diesel::prelude::*;
use diesel::sql_types::Text;
use reqwest::StatusCode;

use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

#[derive(QueryableByName)]
struct Mode {
    #[diesel(sql_type = Text)]
    journal_mode: String,
}

async fn migrations_revert_and_reapply_cleanly(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.create_member("before", &[]).await;

    app.with_db(|conn| {
        parlour::db::revert_all(conn).unwrap();
        parlour::db::migrate(conn).unwrap();
    })
    .await;

    // The schema is whole again: accounts can be created and used.
    let browser = app.browser();
    let response = browser
        .sign_up("after", "after@example.com", crate::helpers::PASSWORD)
        .await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(
        browser
            .sign_in("after", crate::helpers::PASSWORD)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

async fn sqlite_runs_in_wal_mode_with_foreign_keys_and_one_budget_for_pages(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    if backend == Backend::Postgres {
        // PostgreSQL enforces foreign keys always; check that it does here too.
        let refused = app
            .with_db(|conn| {
                diesel::sql_query("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ('x', 424242, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                    .execute(conn)
                    .is_err()
            })
            .await;
        assert!(refused);
        return;
    }
    let (mode, refused, (cache_size, heap_limit)) = app
        .with_db(|conn| {
            let mode = diesel::sql_query("PRAGMA journal_mode").get_result::<Mode>(conn).unwrap();
            let cache_size = diesel::sql_query("PRAGMA cache_size")
                .get_result::<CacheSize>(conn)
                .unwrap()
                .cache_size;
            let heap_limit = diesel::sql_query("PRAGMA soft_heap_limit")
                .get_result::<HeapLimit>(conn)
                .unwrap()
                .soft_heap_limit;
            let refused = diesel::sql_query("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ('x', 424242, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .execute(conn)
                .is_err();
            (mode.journal_mode, refused, (cache_size, heap_limit))
        })
        .await;
    assert_eq!(mode, "wal");
    assert!(refused, "foreign keys are enforced");
    // Each connection keeps up to `cache_size` KiB of pages (negative: in KiB); all of the
    // process's connections together about four times that.
    assert!(cache_size < 0, "the cache is sized in KiB: {cache_size}");
    assert_eq!(
        heap_limit,
        -cache_size * 1024 * parlour::db::SQLITE_CACHES_KEPT as i64
    );
    // Built to plan without looking at bound values (`.cargo/config.toml`): a statement
    // with a bound LIMIT keeps its plan from one run to the next.
    let options = app
        .with_db(|conn| {
            diesel::sql_query("PRAGMA compile_options")
                .load::<CompileOption>(conn)
                .unwrap()
        })
        .await;
    assert!(
        options.iter().any(|o| o.compile_options == "ENABLE_QPSG"),
        "SQLite is built with its query planner stability guarantee"
    );
}

#[derive(QueryableByName)]
struct CompileOption {
    #[diesel(sql_type = Text)]
    compile_options: String,
}

#[derive(QueryableByName)]
struct CacheSize {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    cache_size: i64,
}

#[derive(QueryableByName)]
struct HeapLimit {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    soft_heap_limit: i64,
}

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = Text)]
    name: String,
}

/// Tables no visitor page shows: writing to them must not empty the page caches. Every
/// other table must move the site version on (see the `site_version` migration).
const PRIVATE_TABLES: &[&str] = &[
    "member_interests",
    "not_for_me",
    "digests_sent",
    "sessions",
    "member_identities",
    "sign_in_trips",
    "sign_in_arrivals",
    "api_tokens",
    "webhook_endpoints",
    "webhook_deliveries",
    "account_tokens",
    "login_failures",
    "audit_log",
    "site_secrets",
    "notifications",
    "notification_prefs",
    "accept_reminders",
    "flags",
    "rate_events",
    "daily_figures",
    "member_days",
    "site_version",
    "__diesel_schema_migrations",
];

/// Every table is either private or watched by the site-version trigger (for each of
/// insert, update and delete), so a new table cannot be forgotten: a page cached before a
/// change to it would otherwise be served after.
async fn every_public_table_moves_the_site_version_on(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (tables, watched) = app
        .with_db(move |conn| {
            let (tables, watched) = match backend {
                Backend::Sqlite => (
                    // The full-text index's own tables follow search_documents, which
                    // is watched (and SQLite allows no trigger on them).
                    "SELECT name FROM sqlite_master WHERE type = 'table' \
                     AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%'",
                    // One trigger per operation: the table counts once all three exist.
                    "SELECT tbl_name AS name FROM sqlite_master WHERE type = 'trigger' \
                     AND name LIKE '%_site_version_%' GROUP BY tbl_name HAVING COUNT(*) = 3",
                ),
                Backend::Postgres => (
                    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
                    "SELECT c.relname::text AS name FROM pg_trigger t \
                     JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'site_version' \
                     AND t.tgtype & 28 = 28",
                ),
            };
            let mut names = |sql: &str| -> Vec<String> {
                diesel::sql_query(sql)
                    .load::<Name>(conn)
                    .unwrap()
                    .into_iter()
                    .map(|n| n.name)
                    .collect()
            };
            (names(tables), names(watched))
        })
        .await;
    assert!(watched.contains(&"answers".to_owned()), "{watched:?}");
    let forgotten: Vec<_> = tables
        .iter()
        .filter(|t| !watched.contains(t) && !PRIVATE_TABLES.contains(&t.as_str()))
        .collect();
    assert!(
        forgotten.is_empty(),
        "tables neither watched nor private: {forgotten:?}"
    );
    let both: Vec<_> = watched
        .iter()
        .filter(|t| PRIVATE_TABLES.contains(&t.as_str()))
        .collect();
    assert!(
        both.is_empty(),
        "private tables that empty the caches: {both:?}"
    );
    // And the trigger really moves it, in the writing transaction.
    let moved = app
        .with_db(|conn| {
            let before = parlour::db::models::site_version::current(conn).unwrap();
            parlour::db::models::settings::set(conn, "probe", "1", parlour::clock::now()).unwrap();
            parlour::db::models::site_version::current(conn).unwrap() > before
        })
        .await;
    assert!(moved);
}

#[derive(QueryableByName)]
struct Plan {
    #[diesel(sql_type = Text)]
    detail: String,
}

/// SQLite's planner statistics are those measured on the large community (a migration
/// writes them): every index of a table with statistics has its row, so a new index cannot
/// go without (the planner would take it for a good one), and with them the planner takes
/// the index that holds a list's order, not the one on visibility; and lists that test
/// columns beside their order read them from the index, not from the (long) rows.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_plans_with_the_statistics_of_a_large_community() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let (missing, plans) = app
        .with_db(|conn| {
            let missing: Vec<String> = diesel::sql_query(
                "SELECT i.name AS name FROM sqlite_master i WHERE i.type = 'index' \
                 AND EXISTS (SELECT 1 FROM sqlite_stat1 t WHERE t.tbl = i.tbl_name) \
                 AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.idx = i.name)",
            )
            .load::<Name>(conn)
            .unwrap()
            .into_iter()
            .map(|n| n.name)
            .collect();
            let mut plan = |sql: &str| -> String {
                diesel::sql_query(format!("EXPLAIN QUERY PLAN {sql}"))
                    .load::<Plan>(conn)
                    .unwrap()
                    .into_iter()
                    .map(|p| p.detail)
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let plans = [
                plan(
                    "SELECT id FROM questions WHERE visibility = 'visible' AND area_id = 1 \
                     ORDER BY created_at DESC, id DESC LIMIT 21",
                ),
                plan(
                    "SELECT id FROM questions WHERE asker_id = 7 AND visibility IN ('visible') \
                     ORDER BY created_at DESC, id DESC LIMIT 21",
                ),
                // A deep page of a status filter skips its rows in the order's index.
                plan(
                    "SELECT id FROM questions WHERE visibility = 'visible' \
                     AND (expert_answer_count + 0) = 0 \
                     ORDER BY vote_count DESC, created_at DESC, id DESC LIMIT 21 OFFSET 3980",
                ),
                // A profile counts a member's answers, and those accepted, from the index
                // of their answers alone.
                plan(
                    "SELECT COUNT(*) FROM answers WHERE author_id = 7 \
                     AND visibility IN ('visible') AND (question_visibility = 'visible' OR 0)",
                ),
                plan(
                    "SELECT COUNT(*) FROM answers WHERE author_id = 7 AND visibility = 'visible' \
                     AND question_visibility = 'visible' AND accepted = 1",
                ),
                // An expert's queue merges its areas' waiting questions in the index.
                plan(
                    "SELECT id FROM questions WHERE area_id IN (1, 2) AND answer_count = 0 \
                     AND visibility = 'visible' ORDER BY created_at, id LIMIT 100",
                ),
            ];
            (missing, plans)
        })
        .await;
    assert!(
        missing.is_empty(),
        "indexes without statistics: {missing:?}"
    );
    assert!(plans[0].contains("questions_area_created"), "{}", plans[0]);
    assert!(!plans[0].contains("TEMP B-TREE"), "{}", plans[0]);
    assert!(plans[1].contains("questions_asker_created"), "{}", plans[1]);
    assert!(
        plans[2].contains("COVERING INDEX questions_visible_votes"),
        "{}",
        plans[2]
    );
    assert!(!plans[2].contains("TEMP B-TREE"), "{}", plans[2]);
    for counted in &plans[3..5] {
        assert!(
            counted.contains("COVERING INDEX answers_author_created")
                && !counted.contains("questions"),
            "{counted}"
        );
    }
    assert!(
        plans[5].contains("COVERING INDEX questions_waiting"),
        "{}",
        plans[5]
    );
}

on_both_databases!(
    every_public_table_moves_the_site_version_on,
    migrations_revert_and_reapply_cleanly,
    sqlite_runs_in_wal_mode_with_foreign_keys_and_one_budget_for_pages,
);
