//! Sanitising: scripts, event handlers and javascript: links never survive, nor remote images.

use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn scripts_and_javascript_links_never_survive(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    let payloads = [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "[click me](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">link</a>",
        "<svg/onload=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "[x](JAVASCRIPT:alert(1))",
        "<details open ontoggle=alert(1)>",
        "<body onload=alert(1)>",
        "<a href=\"&#106;avascript:alert(1)\">entity</a>",
        "![x](https://evil.example/track.gif)",
        "<style>body{display:none}</style>",
    ];
    let body = payloads.join("\n\n");
    let path = author.write_article("Payloads", &body, "now").await;
    let member = app.signed_in_as("tom", &[]).await;
    for payload in payloads {
        let response = member
            .submit(&path, &format!("{path}/comments"), &[("body", payload)])
            .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{payload}");
    }

    let page = app.browser().get(&path).await;

    assert_eq!(
        page.body.matches("class=\"comment\"").count(),
        payloads.len()
    );
    let main = &page.body[page.body.find("<main").unwrap()..page.body.find("</main>").unwrap()];
    for tag in real_tags(&main.to_lowercase()) {
        let name = tag.split([' ', '/']).next().unwrap_or("");
        assert!(
            ![
                "script", "iframe", "svg", "style", "body", "object", "embed"
            ]
            .contains(&name),
            "<{tag}>"
        );
        assert!(!tag.contains("javascript:"), "<{tag}>");
        assert!(!has_event_handler(&tag), "<{tag}>");
        if name == "img" {
            assert!(
                tag.contains("src=\"/media/") || tag.contains("src=\"/static/"),
                "<{tag}>"
            );
        }
    }
}

/// Every tag the browser would parse: text `<` is escaped, so each `<` opens a real tag.
fn real_tags(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or("").to_owned())
        .collect()
}

/// Whether a tag has an attribute like `onerror=` or `onload=`.
fn has_event_handler(tag: &str) -> bool {
    tag.match_indices(" on").any(|(i, _)| {
        let rest = &tag[i + 3..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        !name.is_empty() && rest[name.len()..].trim_start().starts_with('=')
    })
}

on_both_databases!(scripts_and_javascript_links_never_survive);
