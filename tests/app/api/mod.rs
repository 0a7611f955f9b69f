//! The JSON API: tokens, reads, writes, problem documents and the OpenAPI description,
//! driven over HTTP as another program would.

use parlour::domain::Role;
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{Browser, TestApp};

mod describing;
mod reading;
mod tokens;
mod writing;

/// A program calling the API, with a token or without.
pub struct Api {
    base: String,
    client: reqwest::Client,
    token: Option<String>,
}

/// An API response, read in full.
pub struct Reply {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The problem document's `code`, after checking it is one.
    pub fn problem_code(&self) -> String {
        assert_eq!(
            self.header("content-type"),
            Some("application/problem+json"),
            "{} {}",
            self.status,
            self.body
        );
        let problem = self.json();
        assert_eq!(problem["status"], self.status.as_u16(), "{}", self.body);
        assert!(problem["detail"].as_str().is_some_and(|d| !d.is_empty()));
        problem["code"].as_str().unwrap().to_owned()
    }
}

impl Api {
    pub fn visitor(app: &TestApp) -> Self {
        Self {
            base: app.address.clone(),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            token: None,
        }
    }

    pub fn with_token(app: &TestApp, token: &str) -> Self {
        Self {
            token: Some(token.to_owned()),
            ..Self::visitor(app)
        }
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let request = self.client.request(method, format!("{}{path}", self.base));
        match &self.token {
            Some(token) => request.header("authorization", format!("Bearer {token}")),
            None => request,
        }
    }

    pub async fn get(&self, path: &str) -> Reply {
        read(self.request(reqwest::Method::GET, path)).await
    }

    pub async fn get_with(&self, path: &str, header: (&str, &str)) -> Reply {
        read(
            self.request(reqwest::Method::GET, path)
                .header(header.0, header.1),
        )
        .await
    }

    pub async fn post(&self, path: &str, body: Value) -> Reply {
        self.post_raw(path, "application/json", body.to_string().into_bytes())
            .await
    }

    pub async fn post_raw(&self, path: &str, content_type: &str, body: Vec<u8>) -> Reply {
        read(
            self.request(reqwest::Method::POST, path)
                .header("content-type", content_type)
                .body(body),
        )
        .await
    }
}

async fn read(request: reqwest::RequestBuilder) -> Reply {
    let response = request.send().await.expect("request");
    Reply {
        status: response.status(),
        headers: response.headers().clone(),
        body: response.text().await.expect("body"),
    }
}

/// Makes a token on `/account/tokens` as `browser`'s member, with `scopes`, and returns it
/// as the page showed it.
pub async fn make_token(browser: &Browser, name: &str, scopes: &[&str]) -> String {
    let mut fields = vec![("name", name), ("days", "30")];
    fields.extend(scopes.iter().map(|s| ("scope", *s)));
    let page = browser
        .submit("/account/tokens", "/account/tokens", &fields)
        .await;
    assert_eq!(page.status, StatusCode::CREATED, "{}", page.body);
    token_in(&page.body).expect("the new token is shown")
}

/// The token a page shows.
pub fn token_in(html: &str) -> Option<String> {
    let start = html.find("parlour_pat_")?;
    Some(
        html[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect(),
    )
}

/// A new member with `roles`, signed in, and an API client with a token of `scopes`.
pub async fn member_with_token(
    app: &TestApp,
    username: &str,
    roles: &[Role],
    scopes: &[&str],
) -> (Browser, Api) {
    let browser = app.signed_in_as(username, roles).await;
    let token = make_token(&browser, "Tests", scopes).await;
    (browser, Api::with_token(app, &token))
}
