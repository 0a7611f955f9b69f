//! The design system's page: every component, for admins only, in the brand's colours.

use reqwest::StatusCode;

use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;
use parlour::domain::Role;

async fn the_design_page_shows_every_component_to_admins_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let visitor = app.browser().get("/design").await;
    assert_eq!(visitor.status, StatusCode::SEE_OTHER);
    assert_eq!(visitor.location(), Some("/login?next=/design"));
    let moderator = app
        .signed_in_as("morgan", &[Role::Moderator, Role::Staff])
        .await;
    assert_eq!(moderator.get("/design").await.status, StatusCode::FORBIDDEN);

    let admin = app.signed_in_as("root", &[Role::Admin]).await;
    let page = admin.get("/design").await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    // Each component, drawn with the classes the pages use.
    for piece in [
        "class=\"swatch swatch-brand\"",
        "class=\"button button-quiet\"",
        "class=\"badge badge-role\">Expert<",
        "class=\"badge badge-role\">Moderator<",
        "class=\"status status-accepted\"",
        "class=\"status idea-planned\">Planned<",
        "class=\"status idea-duplicate\">Duplicate<",
        "class=\"avatar avatar-small avatar-initial avatar-c7\"",
        "class=\"field-error\" id=\"sample-title-error\">Give your question a title.<",
        "class=\"vote-button\" aria-pressed=\"true\"",
        "class=\"notice notice-warning\"",
        "class=\"empty\"",
        "<nav class=\"pager\" aria-label=\"Pages\">",
        "href=\"/design?page=3\"",
    ] {
        assert!(body.contains(piece), "{piece} missing from:\n{body}");
    }
    assert!(body.contains("<meta name=\"robots\" content=\"noindex\">"));
    // The admin finds it from the dashboard and the brand form.
    assert!(admin.get("/admin").await.body.contains("href=\"/design\""));
    assert!(
        admin
            .get("/admin/brand")
            .await
            .body
            .contains("href=\"/design\"")
    );
}

on_both_databases!(the_design_page_shows_every_component_to_admins_only);
