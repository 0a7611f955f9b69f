//! Signing in with OpenID Connect, against a real provider: `oidc-provider` (the certified
//! Node implementation) on loopback (tests/oidc/provider.mjs), driven over HTTP as a
//! browser would, through its own login and consent pages.

mod flows;
mod refusals;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

use parlour::sign_in::SignInConfig;
use reqwest::StatusCode;

use crate::helpers::{Backend, Browser, Page, TestApp};

/// A running provider, stopped when dropped.
pub struct Provider {
    pub issuer: String,
    child: Child,
    _config: tempfile_path::TempFile,
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A file removed when dropped.
mod tempfile_path {
    pub struct TempFile(pub std::path::PathBuf);
    impl Drop for TempFile {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }
}

pub const CUSTOMER_SECRET: &str = "customer-client-secret";
pub const STAFF_SECRET: &str = "staff-client-secret";

/// Starts the provider for an app at `app`: a client for customers (`shop`) and one for
/// staff (`directory`), and four people.
pub fn start_provider(app: &str) -> Provider {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oidc");
    assert!(
        folder.join("node_modules/oidc-provider").exists(),
        "tests/oidc/node_modules is missing: run tests/run (or npm ci --prefix tests/oidc)"
    );
    let config = serde_json::json!({
        "clients": [
            {
                "client_id": "parlour-shop",
                "client_secret": CUSTOMER_SECRET,
                "redirect_uris": [format!("{app}/auth/shop/callback")],
                "post_logout_redirect_uris": [format!("{app}/")],
            },
            {
                "client_id": "parlour-staff",
                "client_secret": STAFF_SECRET,
                "redirect_uris": [format!("{app}/auth/directory/callback")],
                "post_logout_redirect_uris": [format!("{app}/")],
            }
        ],
        "accounts": {
            "c-tom": {"preferred_username": "tom", "email": "tom@example.com",
                      "email_verified": true, "groups": []},
            "c-sam": {"preferred_username": "sam", "email": "sam@example.com",
                      "email_verified": false, "groups": []},
            "s-priya": {"preferred_username": "priya", "email": "priya@harlow.example",
                        "email_verified": true, "groups": ["community-moderators"]},
            "s-eleanor": {"preferred_username": "eleanor", "email": "eleanor@harlow.example",
                          "email_verified": true, "groups": ["experts"]},
        }
    });
    let path = std::env::temp_dir().join(format!(
        "parlour-oidc-{}-{}.json",
        std::process::id(),
        app.rsplit(':').next().unwrap_or("0")
    ));
    std::fs::write(&path, config.to_string()).expect("provider config written");
    let mut child = Command::new("node")
        .arg(folder.join("provider.mjs"))
        .arg(&path)
        .current_dir(&folder)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("node runs (install Node.js, or run tests/run)");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("the provider says where it listens");
    let issuer = line
        .trim()
        .strip_prefix("listening ")
        .unwrap_or_else(|| panic!("the provider did not start: {line:?}"))
        .to_owned();
    Provider {
        issuer,
        child,
        _config: tempfile_path::TempFile(path),
    }
}

/// The operator's file for `issuer`, with staff passwords on or off.
pub fn config_file(issuer: &str, staff_passwords: bool) -> String {
    format!(
        r#"
        [passwords]
        staff = {staff_passwords}

        [[providers]]
        key = "shop"
        name = "Harlow & Co"
        label = "Sign in with your Harlow & Co account"
        issuer = "{issuer}"
        client_id = "parlour-shop"
        client_secret = "{CUSTOMER_SECRET}"
        members = "customers"

        [[providers]]
        key = "directory"
        name = "the staff directory"
        label = "Staff: sign in with the directory"
        issuer = "{issuer}"
        client_id = "parlour-staff"
        client_secret = "{STAFF_SECRET}"
        members = "staff"
        [providers.roles]
        "community-moderators" = "moderator"
        "experts" = "expert"
        "#
    )
}

/// The app with both providers of a freshly started provider process.
pub async fn app_with_provider(backend: Backend, staff_passwords: bool) -> (TestApp, Provider) {
    let started: Arc<Mutex<Option<Provider>>> = Arc::new(Mutex::new(None));
    let slot = started.clone();
    let app = TestApp::spawn_with(backend, move |settings| {
        let provider = start_provider(&settings.public_url);
        settings.sign_in =
            SignInConfig::parse(&config_file(&provider.issuer, staff_passwords), |_| None)
                .expect("the test's provider file");
        *slot.lock().unwrap() = Some(provider);
    })
    .await;
    let provider = started.lock().unwrap().take().expect("provider started");
    (app, provider)
}

/// What the person does at the provider.
pub enum AtProvider<'a> {
    /// Signs in as this account (login name), and consents.
    SignIn(&'a str),
    /// Cancels on the login page.
    Cancel,
}

/// Follows a response that leaves the app for the provider through the provider's pages
/// until the provider sends the browser back, and returns the app's answer to that return
/// (not followed), with the return address.
pub async fn through_provider(
    browser: &Browser,
    departure: Page,
    doing: AtProvider<'_>,
) -> (Page, String) {
    assert_eq!(
        departure.status,
        StatusCode::SEE_OTHER,
        "the app sends the browser to the provider: {}",
        departure.body
    );
    let mut url = departure.location().expect("a provider address").to_owned();
    for _ in 0..12 {
        if url.starts_with(&browser.base) {
            let path = url[browser.base.len()..].to_owned();
            return (browser.get(&path).await, path);
        }
        let origin = origin_of(&url);
        let response = browser.client.get(&url).send().await.expect("provider");
        let status = response.status();
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = response.text().await.unwrap_or_default();
        if status.is_redirection() {
            let next = location.expect("a redirect has a location");
            url = absolute(&origin, &next);
            continue;
        }
        assert_eq!(status, StatusCode::OK, "provider page {url}: {body}");
        let prompt = if body.contains("name=\"prompt\" value=\"login\"") {
            "login"
        } else if body.contains("name=\"prompt\" value=\"consent\"") {
            "consent"
        } else {
            panic!("an unexpected provider page at {url}: {body}");
        };
        let form: Vec<(&str, &str)> = match (&doing, prompt) {
            (AtProvider::Cancel, _) => {
                url = format!("{url}/abort");
                continue;
            }
            (AtProvider::SignIn(login), "login") => {
                vec![("prompt", "login"), ("login", login), ("password", "x")]
            }
            _ => vec![("prompt", "consent")],
        };
        let response = browser
            .client
            .post(&url)
            .form(&form)
            .send()
            .await
            .expect("provider form");
        assert!(response.status().is_redirection(), "{}", response.status());
        let next = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .expect("location")
            .to_owned();
        url = absolute(&origin, &next);
    }
    panic!("the provider never sent the browser back");
}

fn origin_of(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").expect("absolute URL");
    format!("{scheme}://{}", rest.split('/').next().unwrap_or_default())
}

fn absolute(origin: &str, location: &str) -> String {
    if location.starts_with("http://") || location.starts_with("https://") {
        location.to_owned()
    } else {
        format!("{origin}{location}")
    }
}

/// Presses `key`'s button on the sign-in page and goes through the provider.
pub async fn sign_in_with(browser: &Browser, key: &str, doing: AtProvider<'_>) -> (Page, String) {
    let departure = browser.submit("/login", &format!("/auth/{key}"), &[]).await;
    through_provider(browser, departure, doing).await
}

/// Tells the provider to forge the next ID token (see tests/oidc/provider.mjs).
pub async fn forge_next_token(provider: &Provider, mode: &str) {
    let response = reqwest::Client::new()
        .post(format!("{}/__test/next-id-token", provider.issuer))
        .body(serde_json::json!({ "mode": mode }).to_string())
        .header("content-type", "application/json")
        .send()
        .await
        .expect("provider control");
    assert_eq!(response.status(), StatusCode::OK, "mode {mode}");
}

/// Changes an account's claims at the provider (a directory change).
pub async fn change_account(provider: &Provider, sub: &str, claims: serde_json::Value) {
    let response = reqwest::Client::new()
        .post(format!("{}/__test/account", provider.issuer))
        .body(serde_json::json!({ "sub": sub, "claims": claims }).to_string())
        .header("content-type", "application/json")
        .send()
        .await
        .expect("provider control");
    assert_eq!(response.status(), StatusCode::OK);
}
