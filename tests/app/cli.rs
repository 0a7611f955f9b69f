//! The `parlour` command line, run as a real process against the same database as a
//! running server.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use reqwest::StatusCode;

use crate::experts::ask;
use crate::helpers::{Backend, TestApp, TestDatabase};
use crate::on_both_databases;
use crate::search::search;

const BIN: &str = env!("CARGO_BIN_EXE_parlour");

/// `parlour ARGS` against `db`, run in `cwd`, with `stdin` as its input.
pub(crate) fn parlour(db: &TestDatabase, cwd: &Path, args: &[&str], stdin: &str) -> Output {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .current_dir(cwd)
        .env_remove("PARLOUR_DATA")
        .env("PARLOUR_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    match db.backend {
        Backend::Sqlite => command.env("DATABASE_URL", db.url_string()),
        Backend::Postgres => command.env("DATABASE_URL", db.url_string()),
    };
    let mut child = command.spawn().expect("run parlour");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

pub(crate) fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

async fn an_operator_creates_an_admin_with_the_password_on_standard_input(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let cwd = std::env::temp_dir();

    let weak = parlour(
        &app.db,
        &cwd,
        &[
            "admin",
            "create",
            "--username",
            "boss",
            "--email",
            "boss@example.com",
        ],
        "password123\n",
    );
    assert!(!weak.status.success());
    assert!(text(&weak.stderr).contains("too easy to guess"));

    let created = parlour(
        &app.db,
        &cwd,
        &[
            "admin",
            "create",
            "--username",
            "boss",
            "--email",
            "boss@example.com",
        ],
        "granite-teapot-willow-5\n",
    );
    assert!(created.status.success(), "{}", text(&created.stderr));

    let browser = app.browser();
    assert_eq!(
        browser
            .sign_in("boss", "granite-teapot-willow-5")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(browser.get("/admin").await.status, StatusCode::OK);
}

async fn an_operator_grants_and_revokes_roles_while_the_server_runs(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.signed_in_as("ines", &[]).await;
    let cwd = std::env::temp_dir();
    assert_eq!(
        browser.get("/mod/audit").await.status,
        StatusCode::FORBIDDEN
    );

    let granted = parlour(&app.db, &cwd, &["roles", "grant", "INES", "moderator"], "");
    assert!(granted.status.success(), "{}", text(&granted.stderr));
    assert!(text(&granted.stdout).contains("now has the moderator role"));
    assert_eq!(browser.get("/mod/audit").await.status, StatusCode::OK);
    assert!(
        browser
            .get("/mod/audit")
            .await
            .body
            .contains("(command line)")
    );

    let revoked = parlour(&app.db, &cwd, &["roles", "revoke", "ines", "moderator"], "");
    assert!(revoked.status.success());
    assert_eq!(
        browser.get("/mod/audit").await.status,
        StatusCode::FORBIDDEN
    );

    let unknown = parlour(&app.db, &cwd, &["roles", "grant", "ines", "wizard"], "");
    assert!(!unknown.status.success());
    assert!(text(&unknown.stderr).contains("unknown role"));
    let nobody = parlour(&app.db, &cwd, &["roles", "grant", "nobody", "staff"], "");
    assert!(text(&nobody.stderr).contains("no member is called"));
}

/// Serves the demo community from the binary, signs in as a demo member, then stops it
/// with SIGTERM and expects a clean exit.
async fn serve_with_demo_runs_the_demo_community_and_stops_on_sigterm(backend: Backend) {
    let db = TestDatabase::new(backend);
    let cwd = std::env::temp_dir().join(format!(
        "parlour-cwd-{}",
        &parlour::auth::token::random_token()[..12]
    ));
    std::fs::create_dir_all(&cwd).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let bind = format!("127.0.0.1:{port}");
    let mut command = Command::new(BIN);
    command
        .args(["serve", "--demo", "--bind", &bind])
        .current_dir(&cwd)
        .env("PARLOUR_LOG", "warn")
        .env_remove("PARLOUR_DATA")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // On SQLite, no configuration at all: the data folder appears in the working directory.
    match backend {
        Backend::Sqlite => command.env_remove("DATABASE_URL"),
        Backend::Postgres => command.env("DATABASE_URL", db.url_string()),
    };
    let child = command.spawn().unwrap();
    let base = format!("http://{bind}");
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut up = false;
    for _ in 0..300 {
        if let Ok(r) = client.get(format!("{base}/healthz")).send().await
            && r.status() == StatusCode::OK
        {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(up, "the server answered /healthz");
    if backend == Backend::Sqlite {
        assert!(
            cwd.join("parlour-data/parlour.db").exists(),
            "the data folder was created"
        );
    }

    let browser = crate::helpers::Browser {
        base: base.clone(),
        client,
    };
    let signed_in = browser
        .sign_in("eleanor", parlour::demo::DEMO_PASSWORD)
        .await;
    assert_eq!(
        signed_in.status,
        StatusCode::SEE_OTHER,
        "the demo password works"
    );
    let admin = crate::helpers::Browser {
        base,
        client: reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
    };
    admin.sign_in("admin", parlour::demo::DEMO_PASSWORD).await;
    let members = admin.get("/admin/members").await;
    for name in ["eleanor", "marcus", "priya", "tom"] {
        assert!(members.body.contains(name), "demo member {name}");
    }

    let pid = child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "a clean exit on SIGTERM: {:?}",
        output.status
    );
    assert!(text(&output.stdout).contains("Demo community created"));
    assert!(
        text(&output.stdout).contains(parlour::demo::DEMO_PASSWORD),
        "the sign-in details are printed"
    );
    let _ = std::fs::remove_dir_all(&cwd);
}

async fn migrate_can_run_again_and_again(backend: Backend) {
    let db = TestDatabase::new(backend);
    let cwd = std::env::temp_dir();
    for _ in 0..2 {
        let output = parlour(&db, &cwd, &["migrate"], "");
        assert!(output.status.success(), "{}", text(&output.stderr));
        assert!(text(&output.stdout).contains("up to date"));
    }
    let demo = parlour(&db, &cwd, &["demo"], "");
    assert!(text(&demo.stdout).contains("Demo community created"));
    let again = parlour(&db, &cwd, &["demo"], "");
    assert!(
        text(&again.stdout).contains("nothing was added"),
        "the demo only fills an empty database"
    );
}

/// `parlour reindex` rewrites every search document from the tables while the server
/// runs, as after a restore: a title changed behind the index's back is found by its new
/// words only, and a post deleted behind its back is no longer found.
async fn reindex_rebuilds_the_search_index_from_the_tables_while_the_server_runs(backend: Backend) {
    use diesel::RunQueryDsl;
    let app = TestApp::spawn(backend).await;
    let (_, area) = app.create_area("Shirts").await;
    let tom = app.signed_in_as("tom", &[]).await;
    ask(&tom, "Which collar suits a narrow face?", &area).await;
    ask(&tom, "How should brogues be polished?", &area).await;
    app.with_db(|conn| {
        diesel::sql_query(
            "UPDATE questions SET title = 'Which lapel suits a narrow face?' \
             WHERE title LIKE 'Which collar%'",
        )
        .execute(conn)
        .unwrap();
        diesel::sql_query("DELETE FROM questions WHERE title LIKE 'How should brogues%'")
            .execute(conn)
            .unwrap();
    })
    .await;
    let visitor = app.browser();
    assert!(search(&visitor, "lapel").await.1.is_empty(), "not yet");
    assert_eq!(search(&visitor, "brogues").await.1.len(), 1, "not yet");

    let cwd = std::env::temp_dir();
    let output = parlour(&app.db, &cwd, &["reindex"], "");
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains("Search index rebuilt: 1 document in"),
        "{}",
        text(&output.stdout)
    );
    assert_eq!(search(&visitor, "lapel").await.1.len(), 1);
    assert!(search(&visitor, "collar").await.1.is_empty());
    assert!(search(&visitor, "brogues").await.1.is_empty());
}

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// `parlour seed` makes a generated community in an empty database: every post counted,
/// the counters the lists filter on true to the rows, every post indexed, and every
/// account signs in with the shared password. It refuses a database with members.
async fn seed_fills_an_empty_database_with_a_community_whose_counters_agree(backend: Backend) {
    use diesel::RunQueryDsl;
    let app = TestApp::spawn(backend).await;
    let cwd = std::env::temp_dir();
    let args = ["seed", "--members", "60", "--posts", "3000"];
    let output = parlour(&app.db, &cwd, &args, "");
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains("Seeded 60 members and 3000 posts"),
        "{}",
        text(&output.stdout)
    );
    let counts = app
        .with_db(|conn| {
            let count = |conn: &mut parlour::db::DbConnection, sql: &str| {
                diesel::sql_query(sql).get_result::<Count>(conn).unwrap().n
            };
            [
                count(conn, "SELECT COUNT(*) AS n FROM users"),
                count(
                    conn,
                    "SELECT (SELECT COUNT(*) FROM articles) + (SELECT COUNT(*) FROM questions) \
                     + (SELECT COUNT(*) FROM answers) + (SELECT COUNT(*) FROM ideas) \
                     + (SELECT COUNT(*) FROM replies) AS n",
                ),
                count(conn, "SELECT COUNT(*) AS n FROM search_documents"),
                count(
                    conn,
                    "SELECT COUNT(*) AS n FROM questions q WHERE answer_count <> \
                     (SELECT COUNT(*) FROM answers a \
                      WHERE a.question_id = q.id AND a.visibility = 'visible') \
                     OR expert_answer_count <> (SELECT COUNT(*) FROM answers a \
                      WHERE a.question_id = q.id AND a.visibility = 'visible' AND a.by_expert) \
                     OR vote_count <> (SELECT COALESCE(SUM(score), 0) FROM answers a \
                      WHERE a.question_id = q.id)",
                ),
                count(
                    conn,
                    "SELECT COUNT(*) AS n FROM answers a WHERE score <> \
                     (SELECT COUNT(*) FROM answer_votes v WHERE v.answer_id = a.id)",
                ),
                count(
                    conn,
                    "SELECT COUNT(*) AS n FROM ideas i WHERE vote_count <> \
                     (SELECT COUNT(*) FROM idea_votes v WHERE v.idea_id = i.id)",
                ),
                count(
                    conn,
                    "SELECT COUNT(*) AS n FROM ideas i WHERE status <> 'new' AND NOT EXISTS \
                     (SELECT 1 FROM idea_status_changes c WHERE c.idea_id = i.id)",
                ),
                count(
                    conn,
                    "SELECT COUNT(*) AS n FROM questions WHERE answer_count > 0",
                ),
            ]
        })
        .await;
    assert_eq!(counts[..3], [60, 3000, 3000], "members, posts, documents");
    assert_eq!(
        counts[3..7],
        [0, 0, 0, 0],
        "counters that disagree with rows"
    );
    assert!(counts[7] > 0, "some questions are answered");

    let member = app.browser();
    let signed_in = member
        .sign_in("member000042", parlour::seed::PASSWORD)
        .await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    assert!(!search(&member, "shirt").await.1.is_empty());

    let again = parlour(&app.db, &cwd, &args, "");
    assert!(!again.status.success());
    assert!(text(&again.stderr).contains("already has members"));
}

on_both_databases!(
    an_operator_creates_an_admin_with_the_password_on_standard_input,
    an_operator_grants_and_revokes_roles_while_the_server_runs,
    serve_with_demo_runs_the_demo_community_and_stops_on_sigterm,
    migrate_can_run_again_and_again,
    reindex_rebuilds_the_search_index_from_the_tables_while_the_server_runs,
    seed_fills_an_empty_database_with_a_community_whose_counters_agree,
);

#[test]
fn a_wrong_database_url_is_reported_at_once() {
    let output = Command::new(BIN)
        .args(["migrate"])
        .env("DATABASE_URL", "mysql://nobody@127.0.0.1/none")
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(text(&output.stderr).contains("unsupported database URL scheme"));
}

/// With `PARLOUR_LOG_FORMAT=json` every log line is a JSON object, and a request's lines
/// carry the id its response names in `X-Request-Id`; a client cannot choose the id unless
/// the proxy is trusted.
#[tokio::test]
async fn logs_can_be_json_lines_naming_each_request_by_its_id() {
    let db = TestDatabase::new(Backend::Sqlite);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let bind = format!("127.0.0.1:{port}");
    let child = Command::new(BIN)
        .args(["serve", "--bind", &bind])
        .env("DATABASE_URL", db.url_string())
        .env("PARLOUR_LOG", "info")
        .env("PARLOUR_LOG_FORMAT", "json")
        .env_remove("PARLOUR_TRUST_PROXY")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let client = reqwest::Client::new();
    let mut ids = Vec::new();
    for _ in 0..300 {
        if let Ok(r) = client
            .get(format!("http://{bind}/healthz"))
            .header("x-request-id", "chosen-by-the-client")
            .send()
            .await
        {
            let id = r.headers()["x-request-id"].to_str().unwrap().to_owned();
            ids.push(id);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let page = client.get(format!("http://{bind}/")).send().await.unwrap();
    ids.push(page.headers()["x-request-id"].to_str().unwrap().to_owned());
    assert_eq!(ids.len(), 2, "the server answered");
    assert!(
        ids[0] != "chosen-by-the-client",
        "not from an untrusted client"
    );
    assert_ne!(ids[0], ids[1], "each request has its own id");
    let pid = child.id().to_string();
    Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    let output = child.wait_with_output().unwrap();
    let lines: Vec<serde_json::Value> = text(&output.stderr)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|_| panic!("not JSON: {line}")))
        .collect();
    for id in &ids {
        assert!(
            lines
                .iter()
                .any(|l| l["span"]["request_id"] == id.as_str()
                    && l["fields"]["message"] == "request"),
            "a request line with {id}: {lines:?}"
        );
    }
}

#[test]
fn a_sign_in_file_with_a_mistake_is_refused_at_start_with_the_reason() {
    let db = TestDatabase::new(Backend::Sqlite);
    let folder = std::env::temp_dir().join(format!("parlour-sign-in-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let file = folder.join("sign-in.toml");
    let provider = |role: &str| {
        format!(
            "[[providers]]\nkey = \"directory\"\nlabel = \"Staff\"\n\
             issuer = \"https://login.example\"\nclient_id = \"parlour\"\n\
             client_secret_env = \"PARLOUR_TEST_DIRECTORY_SECRET\"\nmembers = \"staff\"\n\
             [providers.roles]\n\"moderators\" = \"{role}\"\n"
        )
    };
    for (contents, secret, expected) in [
        (provider("overlord"), true, "\"overlord\", which is no role"),
        (
            provider("moderator"),
            false,
            "no PARLOUR_TEST_DIRECTORY_SECRET",
        ),
        (
            "[[providers]]\nkey = \"x\"\n".to_owned(),
            true,
            "missing field",
        ),
    ] {
        std::fs::write(&file, contents).unwrap();
        let mut command = Command::new(BIN);
        command
            .args(["migrate"])
            .env("DATABASE_URL", db.url_string())
            .env("PARLOUR_SIGN_IN_CONFIG", &file);
        if secret {
            command.env("PARLOUR_TEST_DIRECTORY_SECRET", "s3cret");
        } else {
            command.env_remove("PARLOUR_TEST_DIRECTORY_SECRET");
        }
        let output = command.output().unwrap();
        assert!(!output.status.success(), "{expected}");
        let stderr = text(&output.stderr);
        assert!(
            stderr.contains("PARLOUR_SIGN_IN_CONFIG") && stderr.contains(expected),
            "{expected}: {stderr}"
        );
        assert!(!stderr.contains("s3cret"), "the secret is never printed");
    }
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn a_sitemap_size_the_protocol_does_not_allow_is_refused_at_start() {
    let db = TestDatabase::new(Backend::Sqlite);
    for size in ["0", "50001", "many"] {
        let output = Command::new(BIN)
            .args(["migrate"])
            .env("DATABASE_URL", db.url_string())
            .env("PARLOUR_SITEMAP_SIZE", size)
            .output()
            .unwrap();
        assert!(!output.status.success(), "{size}");
        assert!(
            text(&output.stderr).contains("PARLOUR_SITEMAP_SIZE"),
            "{size}: {}",
            text(&output.stderr)
        );
    }
}
