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

async fn sqlite_runs_in_wal_mode_with_foreign_keys(backend: Backend) {
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
    let (mode, refused) = app
        .with_db(|conn| {
            let mode = diesel::sql_query("PRAGMA journal_mode").get_result::<Mode>(conn).unwrap();
            let refused = diesel::sql_query("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ('x', 424242, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .execute(conn)
                .is_err();
            (mode.journal_mode, refused)
        })
        .await;
    assert_eq!(mode, "wal");
    assert!(refused, "foreign keys are enforced");
}

on_both_databases!(
    migrations_revert_and_reapply_cleanly,
    sqlite_runs_in_wal_mode_with_foreign_keys,
);
