//! `parlour backup` while the server writes, and `parlour restore`: every write acknowledged
//! before the backup began is in the restored database; a file that is not a Parlour
//! database, or a database already in place, is refused; PostgreSQL is sent to `pg_dump`.

use std::process::Command;

use diesel::prelude::*;
use reqwest::StatusCode;

use crate::cli::{parlour, text};
use crate::experts::ask;
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

const BIN: &str = env!("CARGO_BIN_EXE_parlour");

#[derive(QueryableByName)]
struct Title {
    #[diesel(sql_type = diesel::sql_types::Text)]
    title: String,
}

async fn a_backup_taken_under_writes_restores_every_acknowledged_write(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, area) = app.create_area("Shirts").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let folder = std::env::temp_dir().join(format!(
        "parlour-backup-{}-{}",
        std::process::id(),
        app.address.rsplit(':').next().unwrap()
    ));
    std::fs::create_dir_all(&folder).unwrap();
    let copy = folder.join("copy.db");

    if backend == Backend::Postgres {
        let output = parlour(&app.db, &folder, &["backup", copy.to_str().unwrap()], "");
        assert!(!output.status.success());
        assert!(
            text(&output.stderr).contains("pg_dump"),
            "{}",
            text(&output.stderr)
        );
        assert!(!copy.exists());
        std::fs::remove_dir_all(&folder).unwrap();
        return;
    }

    let mut acknowledged = Vec::new();
    for n in 0..4 {
        let title = format!("Collar question number {n}");
        ask(&tom, &title, &area).await;
        acknowledged.push(title);
    }
    // Writes go on while the backup runs (from another member: asking has an hourly
    // limit per member).
    let sam = app.signed_in_as("sam_k", &[]).await;
    let writer = {
        let area = area.clone();
        tokio::spawn(async move {
            for n in 100..104 {
                ask(&sam, &format!("Cuff question number {n}"), &area).await;
            }
        })
    };
    let db = app.db.clone();
    let target = copy.clone();
    let folder_for_backup = folder.clone();
    let output = tokio::task::spawn_blocking(move || {
        parlour(
            &db,
            &folder_for_backup,
            &["backup", target.to_str().unwrap()],
            "",
        )
    })
    .await
    .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains("Backed up to"),
        "{}",
        text(&output.stdout)
    );
    writer.await.unwrap();
    let again = parlour(&app.db, &folder, &["backup", copy.to_str().unwrap()], "");
    assert!(
        !again.status.success(),
        "an existing file is never overwritten"
    );

    // Restored into another data folder, as on a new machine.
    let restored = folder.join("restored.db");
    let restore = |args: &[&str]| {
        Command::new(BIN)
            .args(args)
            .env("DATABASE_URL", restored.to_str().unwrap())
            .env("PARLOUR_LOG", "warn")
            .output()
            .unwrap()
    };
    let output = restore(&["restore", copy.to_str().unwrap()]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let titles: Vec<String> = {
        let mut conn = diesel::SqliteConnection::establish(restored.to_str().unwrap()).unwrap();
        diesel::sql_query("SELECT title FROM questions")
            .load::<Title>(&mut conn)
            .unwrap()
            .into_iter()
            .map(|t| t.title)
            .collect()
    };
    for title in &acknowledged {
        assert!(titles.contains(title), "{title} is in the backup");
    }
    let output = restore(&["restore", copy.to_str().unwrap()]);
    assert!(
        !output.status.success(),
        "a database in place is not replaced by default"
    );
    assert!(
        text(&output.stderr).contains("--replace"),
        "{}",
        text(&output.stderr)
    );
    let output = restore(&["restore", copy.to_str().unwrap(), "--replace"]);
    assert!(output.status.success(), "{}", text(&output.stderr));

    // Something that is not a Parlour database is refused before anything is touched.
    let junk = folder.join("junk.db");
    std::fs::write(&junk, b"not a database at all").unwrap();
    let output = restore(&["restore", junk.to_str().unwrap(), "--replace"]);
    assert!(!output.status.success());
    let after: i64 = {
        let mut conn = diesel::SqliteConnection::establish(restored.to_str().unwrap()).unwrap();
        diesel::sql_query("SELECT title FROM questions")
            .load::<Title>(&mut conn)
            .unwrap()
            .len() as i64
    };
    assert_eq!(
        after,
        titles.len() as i64,
        "the database in place is untouched"
    );
    assert_eq!(app.browser().get("/").await.status, StatusCode::OK);
    std::fs::remove_dir_all(&folder).unwrap();
}

on_both_databases!(a_backup_taken_under_writes_restores_every_acknowledged_write);
