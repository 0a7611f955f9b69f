//! The test harness: `TestApp` spawns the real application on a free loopback port with a
//! fresh database (a temporary SQLite file, or a new PostgreSQL database), and `Browser`
//! talks to it over HTTP with its own cookie jar, like a person's browser.

use std::net::TcpListener;
use std::path::PathBuf;

use actix_web::web;
use diesel::Connection;
use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use parlour::auth::password;
use parlour::config::Settings;
use parlour::db::{DatabaseUrl, DbConnection};
use parlour::domain::{Email, Role, RoleSet, Username};
use parlour::state::AppState;
use reqwest::StatusCode;
use reqwest::redirect::Policy;

/// Which database a test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs each named `async fn(Backend)` once on SQLite and once on PostgreSQL, as two tests
/// in a module named after the function.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$name($crate::helpers::Backend::Sqlite).await
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    super::$name($crate::helpers::Backend::Postgres).await
                }
            }
        )*
    };
}

/// The password the helpers give accounts they create.
pub const PASSWORD: &str = "copper-kettle-meadow-77";

/// A fresh database that removes itself at the end of the test.
pub struct TestDatabase {
    pub url: DatabaseUrl,
    pub backend: Backend,
    cleanup: Cleanup,
}

enum Cleanup {
    Folder(PathBuf),
    Postgres { admin_url: String, name: String },
}

impl TestDatabase {
    pub fn new(backend: Backend) -> Self {
        // The HTTP client's TLS has no built-in cryptography (the app installs ring at
        // start); every test makes a database first, so clients built before an app also work.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let name = format!(
            "parlour_test_{}",
            parlour::auth::token::random_token()[..16].to_owned()
        );
        match backend {
            Backend::Sqlite => {
                let folder = std::env::temp_dir().join(&name);
                std::fs::create_dir_all(&folder).expect("temporary folder");
                Self {
                    url: DatabaseUrl::Sqlite(folder.join("parlour.db")),
                    backend,
                    cleanup: Cleanup::Folder(folder),
                }
            }
            Backend::Postgres => {
                let server = postgres_server();
                let admin_url = format!("{server}/postgres");
                let mut admin = PgConnection::establish(&admin_url).unwrap_or_else(|e| {
                    panic!("cannot reach the test PostgreSQL at {admin_url}: {e}")
                });
                admin
                    .batch_execute(&format!("CREATE DATABASE {name}"))
                    .expect("create the test database");
                Self {
                    url: DatabaseUrl::Postgres(format!("{server}/{name}")),
                    backend,
                    cleanup: Cleanup::Postgres { admin_url, name },
                }
            }
        }
    }

    /// The value to give `DATABASE_URL` (or the SQLite path) to the `parlour` binary.
    pub fn url_string(&self) -> String {
        match &self.url {
            DatabaseUrl::Sqlite(path) => path.display().to_string(),
            DatabaseUrl::Postgres(url) => url.clone(),
        }
    }

    /// Makes the database vanish while the app runs (PostgreSQL only).
    pub fn drop_now(&self) {
        if let Cleanup::Postgres { admin_url, name } = &self.cleanup {
            let mut admin = PgConnection::establish(admin_url).expect("admin connection");
            admin
                .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .expect("drop the test database");
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::Folder(folder) => {
                let _ = std::fs::remove_dir_all(folder);
            }
            Cleanup::Postgres { .. } => self.drop_now(),
        }
    }
}

/// The PostgreSQL server the tests use: `PARLOUR_TEST_POSTGRES`, e.g.
/// `postgres://postgres@127.0.0.1:5433` (no database name). `tests/run` starts one.
fn postgres_server() -> String {
    std::env::var("PARLOUR_TEST_POSTGRES")
        .map(|s| s.trim_end_matches('/').to_owned())
        .unwrap_or_else(|_| {
            panic!(
                "PARLOUR_TEST_POSTGRES is not set. Run the suite with tests/run, which \
                 starts a throwaway PostgreSQL, or point it at a server you own."
            )
        })
}

/// The application under test.
pub struct TestApp {
    pub address: String,
    pub state: web::Data<AppState>,
    pub db: std::sync::Arc<TestDatabase>,
}

impl TestApp {
    /// The app with default settings on a fresh database, except that new members' first
    /// posts are not held: most tests are about something else and post as new members.
    /// The moderation tests turn the hold back on.
    pub async fn spawn(backend: Backend) -> Self {
        Self::spawn_with(backend, |_| {}).await
    }

    /// The app with settings changed by `adjust`, on a fresh database (new members' first
    /// posts not held, as for [`TestApp::spawn`]).
    pub async fn spawn_with(backend: Backend, adjust: impl FnOnce(&mut Settings)) -> Self {
        let db = std::sync::Arc::new(TestDatabase::new(backend));
        let app = Self::spawn_on(db, adjust).await;
        app.set_policy("new_member_posts", "0").await;
        app
    }

    /// Sets one moderation policy setting, as an admin would at `/admin/policy`.
    pub async fn set_policy(&self, name: &'static str, value: &str) {
        let value = value.to_owned();
        self.with_db(move |conn| {
            parlour::db::models::settings::set(conn, name, &value, chrono::Utc::now().naive_utc())
                .unwrap()
        })
        .await;
    }

    /// A second app process on the same database, as behind a load balancer.
    pub async fn sibling(&self) -> Self {
        let mine = self.state.settings.clone();
        Self::spawn_on(self.db.clone(), move |s| {
            s.login_limits = mine.login_limits;
            s.webhooks_allow_private = mine.webhooks_allow_private;
            s.webhook_timeout = mine.webhook_timeout;
        })
        .await
    }

    /// The app on an existing database, with settings changed by `adjust`.
    pub async fn spawn_on(
        db: std::sync::Arc<TestDatabase>,
        adjust: impl FnOnce(&mut Settings),
    ) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
        let address = format!("http://{}", listener.local_addr().expect("address"));
        let mut settings = Settings::with_database(db.url.clone());
        settings.workers = Some(2);
        settings.pool_size = 4;
        settings.body_limit = 256 * 1024;
        settings.public_url = address.clone();
        adjust(&mut settings);
        let state = tokio::task::spawn_blocking(move || parlour::startup::prepare(settings))
            .await
            .expect("prepare task")
            .expect("the app starts");
        let server = parlour::startup::build(state.clone(), listener).expect("server");
        tokio::spawn(server);
        Self { address, state, db }
    }

    /// A new browser with an empty cookie jar.
    pub fn browser(&self) -> Browser {
        Browser {
            base: self.address.clone(),
            client: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(Policy::none())
                .build()
                .expect("HTTP client"),
        }
    }

    /// A new browser whose requests ask for pages in `accept_language` (the
    /// `Accept-Language` header, as a browser sends it).
    pub fn browser_speaking(&self, accept_language: &str) -> Browser {
        self.browser_sending("accept-language", accept_language)
    }

    /// A new browser whose requests say, through `X-Forwarded-For`, that they come from
    /// `address` (the app must trust the proxy header).
    pub fn browser_at(&self, address: &str) -> Browser {
        self.browser_sending("x-forwarded-for", address)
    }

    /// A new browser that sends header `name` with `value` on every request.
    fn browser_sending(&self, name: &'static str, value: &str) -> Browser {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            name,
            reqwest::header::HeaderValue::from_str(value).expect("a header value"),
        );
        Browser {
            base: self.address.clone(),
            client: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(Policy::none())
                .default_headers(headers)
                .build()
                .expect("HTTP client"),
        }
    }

    /// Runs `f` on a database connection (for arranging a test and checking its result).
    pub async fn with_db<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut DbConnection) -> T + Send + 'static,
    ) -> T {
        let state = self.state.clone();
        tokio::task::spawn_blocking(move || state.db.blocking(|conn| Ok(f(conn))).expect("db"))
            .await
            .expect("db task")
    }

    /// Creates an account directly in the database, with `roles`.
    /// Creates an area and returns (id, slug).
    pub async fn create_area(&self, name: &str) -> (i64, String) {
        let name = name.to_owned();
        self.with_db(move |conn| {
            let slug = parlour::domain::slugify(&name);
            let id = parlour::db::models::areas::create(
                conn,
                &name,
                &slug,
                "",
                chrono::Utc::now().naive_utc(),
            )
            .unwrap()
            .unwrap();
            (id, slug)
        })
        .await
    }

    pub async fn create_member(&self, username: &str, roles: &[Role]) -> i64 {
        let username = Username::parse(username).expect("valid username");
        let email = Email::parse(&format!("{}@example.com", username.as_str())).expect("email");
        let roles = RoleSet::of(roles);
        self.with_db(move |conn| {
            let hash = password::hash(PASSWORD).expect("hash");
            parlour::accounts::create(conn, &username, &email, &hash, roles).expect("create")
        })
        .await
    }

    /// A browser signed in as a new account with `roles`.
    pub async fn signed_in_as(&self, username: &str, roles: &[Role]) -> Browser {
        self.create_member(username, roles).await;
        let browser = self.browser();
        let response = browser.sign_in(username, PASSWORD).await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "signing in {username}"
        );
        browser
    }
}

/// One visitor's browser.
pub struct Browser {
    pub base: String,
    pub client: reqwest::Client,
}

/// A response read in full.
pub struct Page {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Page {
    pub fn location(&self) -> Option<&str> {
        self.headers.get("location").and_then(|v| v.to_str().ok())
    }
}

impl Browser {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, path: &str) -> Page {
        let response = self.client.get(self.url(path)).send().await.expect("GET");
        read(response).await
    }

    /// The CSRF token from the forms on `path`.
    pub async fn csrf_token(&self, path: &str) -> String {
        let page = self.get(path).await;
        csrf_token_in(&page.body).unwrap_or_else(|| panic!("no CSRF token on {path}"))
    }

    /// POSTs `fields` as a form, exactly as given (no token added).
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let response = self
            .client
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .expect("POST");
        read(response).await
    }

    /// Opens `form_page`, then POSTs `fields` to `action` with the page's CSRF token.
    pub async fn submit(&self, form_page: &str, action: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.csrf_token(form_page).await;
        let mut all = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(action, &all).await
    }

    /// Opens `form_page`, then POSTs a multipart form to `action` with the page's CSRF
    /// token, the text `fields` and the `files` (field name, file name, bytes).
    pub async fn submit_multipart(
        &self,
        form_page: &str,
        action: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, Vec<u8>)],
    ) -> Page {
        let token = self.csrf_token(form_page).await;
        let mut form = reqwest::multipart::Form::new().text("csrf_token", token);
        for (name, value) in fields {
            form = form.text(name.to_string(), value.to_string());
        }
        for (name, file_name, bytes) in files {
            let part =
                reqwest::multipart::Part::bytes(bytes.clone()).file_name(file_name.to_string());
            form = form.part(name.to_string(), part);
        }
        let response = self
            .client
            .post(self.url(action))
            .multipart(form)
            .send()
            .await
            .expect("POST");
        read(response).await
    }

    /// Writes an article through the editor and returns its address (`/blog/slug`).
    pub async fn write_article(&self, title: &str, body: &str, publish: &str) -> String {
        self.save_article(&[("title", title), ("body", body), ("publish", publish)])
            .await
    }

    /// Schedules a new article (as staff) to go out `seconds` from now (to the second);
    /// returns the time it goes out.
    pub async fn schedule_article(
        &self,
        title: &str,
        body: &str,
        seconds: i64,
    ) -> chrono::NaiveDateTime {
        let at = (chrono::Utc::now().naive_utc() + chrono::Duration::seconds(seconds))
            .format("%Y-%m-%dT%H:%M:%S")
            .to_string();
        self.save_article(&[
            ("title", title),
            ("body", body),
            ("publish", "schedule"),
            ("publish_at", &at),
        ])
        .await;
        chrono::NaiveDateTime::parse_from_str(&at, "%Y-%m-%dT%H:%M:%S").expect("a time")
    }

    async fn save_article(&self, fields: &[(&str, &str)]) -> String {
        let mut fields = fields.to_vec();
        fields.push(("intent", "save"));
        let title = fields[0].1;
        let page = self
            .submit_multipart("/blog/new", "/blog/new", &fields, &[])
            .await;
        assert_eq!(
            page.status,
            StatusCode::SEE_OTHER,
            "saving {title}: {}",
            page.body
        );
        let location = page.location().unwrap();
        location.split('?').next().unwrap().to_owned()
    }

    pub async fn sign_up(&self, username: &str, email: &str, password: &str) -> Page {
        self.submit(
            "/signup",
            "/signup",
            &[
                ("username", username),
                ("email", email),
                ("password", password),
            ],
        )
        .await
    }

    pub async fn sign_in(&self, login: &str, password: &str) -> Page {
        self.submit(
            "/login",
            "/login",
            &[("login", login), ("password", password)],
        )
        .await
    }

    /// Deletes the signed-in member's account, confirming with `password`.
    pub async fn delete_account(&self, password: &str) -> Page {
        self.submit(
            "/account",
            "/account/delete",
            &[("password", password), ("confirm", "yes")],
        )
        .await
    }

    pub async fn sign_out(&self) -> Page {
        self.submit("/", "/logout", &[]).await
    }

    /// The session cookie's value, if the jar has one.
    pub fn session_cookie(&self, set_cookie: &reqwest::header::HeaderMap) -> Option<String> {
        set_cookie
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|v| v.strip_prefix("parlour_session="))
            .map(|v| v.split(';').next().unwrap_or_default().to_owned())
    }
}

async fn read(response: reqwest::Response) -> Page {
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.text().await.expect("body");
    Page {
        status,
        headers,
        body,
    }
}

/// The value of the first `csrf_token` hidden input in `html`.
pub fn csrf_token_in(html: &str) -> Option<String> {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker)? + marker.len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_owned())
}

/// The text of the element with `id`, roughly (up to the next tag).
pub fn text_of_id<'a>(html: &'a str, id: &str) -> Option<&'a str> {
    let marker = format!("id=\"{id}\">");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('<')? + start;
    Some(&html[start..end])
}

/// The addresses a form page's "Similar questions" or "Similar ideas" section links to, in
/// order.
pub fn similar_links(html: &str) -> Vec<String> {
    let Some(start) = html.find("<section class=\"similar\"") else {
        return Vec::new();
    };
    let section = &html[start..start + html[start..].find("</section>").unwrap()];
    section
        .split("<a href=\"")
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].to_owned())
        .collect()
}
