//! No behavioural data: no table or column in either database records what a member looked
//! at — page views, clicks, reads, visits, impressions, time spent.

use diesel::prelude::*;
use diesel::sql_types::Text;

use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = Text)]
    name: String,
}

/// Words that name a record of looking, as parts of a table or column name.
const LOOKING: &[&str] = &[
    "view",
    "views",
    "viewed",
    "pageview",
    "pageviews",
    "click",
    "clicks",
    "clicked",
    "seen",
    "visit",
    "visits",
    "visited",
    "visitor",
    "impression",
    "impressions",
    "dwell",
    "scroll",
    "read",
    "reads",
    "opened",
    "hover",
    "tracking",
    "track",
    "history",
];

/// Names that look like it but are not: whether a notification was opened is the unread
/// count the member sees in the header, never used to choose anything for them.
const ALLOWED: &[&str] = &["notifications.read_at"];

async fn the_schema_records_nothing_a_member_looked_at(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let names: Vec<String> = app
        .with_db(move |conn| {
            let sql = match backend {
                Backend::Sqlite => {
                    "SELECT m.name || '.' || p.name AS name FROM sqlite_master m, \
                     pragma_table_info(m.name) p WHERE m.type = 'table' \
                     UNION SELECT name FROM sqlite_master WHERE type = 'table'"
                }
                Backend::Postgres => {
                    "SELECT table_name || '.' || column_name AS name \
                     FROM information_schema.columns WHERE table_schema = 'public' \
                     UNION SELECT table_name FROM information_schema.tables \
                     WHERE table_schema = 'public'"
                }
            };
            diesel::sql_query(sql)
                .load::<Name>(conn)
                .unwrap()
                .into_iter()
                .map(|n| n.name)
                .collect()
        })
        .await;
    assert!(
        names.iter().any(|n| n == "users.digest"),
        "the query reads columns: {names:?}"
    );
    let offending: Vec<&String> = names
        .iter()
        .filter(|name| !ALLOWED.iter().any(|a| name.starts_with(a)))
        .filter(|name| {
            name.to_lowercase()
                .split(['.', '_'])
                .any(|part| LOOKING.contains(&part))
        })
        .collect();
    assert!(
        offending.is_empty(),
        "these record what members looked at: {offending:?}"
    );
}

on_both_databases!(the_schema_records_nothing_a_member_looked_at);
