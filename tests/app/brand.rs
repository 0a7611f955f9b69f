//! The retailer's brand: unreadable colours refused with their ratio, the logo through
//! the image pipeline (SVG refused, metadata stripped), the brand on every page, feed,
//! e-mail and manifest, a new stylesheet address on every change, and another app
//! process showing the change within a second.

use reqwest::StatusCode;

use crate::helpers::{Backend, Browser, TestApp};
use crate::media::photo_with_gps;
use crate::on_both_databases;
use parlour::domain::Role;

/// The brand form's fields, all valid, with `changes` applied.
fn fields<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("name", "Harlow & Co"),
        (
            "description",
            "Shirts made to last, and the people who wear them.",
        ),
        ("header", "#f4e9d8"),
        ("link", "#0b5d3b"),
        ("accent", "#7a2e0e"),
        ("dark_link", ""),
        ("dark_accent", "#f0b48c"),
        ("footer", "Harlow & Co, 12 Jermyn Street, London."),
        ("privacy_url", "https://harlow.example/privacy"),
        ("terms_url", ""),
        ("shop_url", "https://harlow.example/"),
    ];
    for (name, value) in changes {
        if let Some(field) = fields.iter_mut().find(|(n, _)| n == name) {
            field.1 = value;
        }
    }
    fields
}

async fn save(
    admin: &Browser,
    changes: &[(&str, &str)],
    files: &[(&str, &str, Vec<u8>)],
) -> crate::helpers::Page {
    admin
        .submit_multipart("/admin/brand", "/admin/brand", &fields(changes), files)
        .await
}

/// The address of the brand stylesheet a page links.
fn brand_css(html: &str) -> String {
    let start = html.find("href=\"/brand.css?v=").unwrap() + 6;
    let end = start + html[start..].find('"').unwrap();
    html[start..end].to_owned()
}

async fn unreadable_colours_and_svg_logos_are_refused_beside_their_fields(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in_as("root", &[Role::Admin]).await;

    let page = save(&admin, &[("link", "#ffcc00"), ("header", "#808080")], &[]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Yellow on the page is 1.43:1; mid grey reads 4.26:1 at best with either text colour.
    assert!(
        page.body
            .contains("contrast is 1.43:1; text needs at least 4.5:1"),
        "{}",
        page.body
    );
    assert!(page.body.contains("contrast is 4.26:1"), "{}", page.body);
    // The shop's green link is readable on the light page but not on the dark one.
    let dark = save(&admin, &[("dark_link", "#0b5d3b")], &[]).await;
    assert_eq!(dark.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        dark.body.contains("id=\"dark_link-error\""),
        "{}",
        dark.body
    );
    assert!(dark.body.contains("contrast is 1.69:1"), "{}", dark.body);
    assert!(
        dark.body.contains("value=\"#0b5d3b\""),
        "typed values are kept"
    );
    assert!(
        page.body.contains("value=\"#ffcc00\""),
        "typed values are kept"
    );
    assert!(page.body.contains("value=\"Harlow &#38; Co\""));

    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".to_vec();
    let page = save(&admin, &[], &[("logo", "logo.svg", svg)]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("id=\"logo-error\""), "{}", page.body);

    let bad = save(
        &admin,
        &[("privacy_url", "javascript:alert(1)"), ("name", "")],
        &[],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Enter an address starting with https://"));
    assert!(bad.body.contains("Give the community a name."));

    // Nothing was saved.
    let home = app.browser().get("/").await.body;
    assert!(home.contains("<title>Welcome · Parlour</title>"), "{home}");
    let member = app.signed_in_as("tom", &[]).await;
    assert_eq!(
        member
            .submit_multipart("/", "/admin/brand", &fields(&[]), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

on_both_databases!(unreadable_colours_and_svg_logos_are_refused_beside_their_fields);

async fn the_brand_shows_everywhere_and_its_stylesheet_changes_address(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.body_limit = 12 * 1024 * 1024).await;
    let other = app.sibling().await;
    let admin = app.signed_in_as("root", &[Role::Admin]).await;
    let visitor = app.browser();
    let before = visitor.get("/").await.body;
    let old_css = brand_css(&before);

    let saved = save(&admin, &[], &[("logo", "logo.jpg", photo_with_gps())]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    let home = visitor.get("/").await.body;
    assert!(
        home.contains("<title>Welcome · Harlow &#38; Co</title>"),
        "{home}"
    );
    assert!(home.contains("<meta property=\"og:site_name\" content=\"Harlow &#38; Co\">"));
    assert!(home.contains("Shirts made to last"));
    assert!(home.contains("Harlow &#38; Co, 12 Jermyn Street, London."));
    assert!(home.contains("href=\"https://harlow.example/privacy\">Privacy policy</a>"));
    assert!(!home.contains("Terms of use"), "an empty link is left out");
    // The logo went through the pipeline: re-encoded, its EXIF and GPS gone.
    let marker = "class=\"brand-logo\" src=\"";
    let logo_start = home.find(marker).unwrap() + marker.len();
    let logo = &home[logo_start..logo_start + home[logo_start..].find('"').unwrap()];
    assert!(logo.starts_with("/media/"), "{logo}");
    let bytes = visitor
        .client
        .get(visitor.url(logo))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    for marker in [&b"Exif"[..], b"GPS"] {
        assert!(!bytes.windows(marker.len()).any(|w| w == marker));
    }

    // A new stylesheet address, cached for a year; the old address is not cached.
    let new_css = brand_css(&home);
    assert_ne!(old_css, new_css);
    let css = visitor
        .client
        .get(visitor.url(&new_css))
        .send()
        .await
        .unwrap();
    assert_eq!(
        css.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let css = css.text().await.unwrap();
    // A light header gets dark text.
    assert!(
        css.contains("--brand: #f4e9d8; --brand-ink: #1d1d1f; --link: #0b5d3b; --accent: #7a2e0e;"),
        "{css}"
    );
    // The dark scheme: the chosen accent as it is, the link left empty made from the
    // light one, readable on the dark page.
    let dark = &css[css
        .find("@media (prefers-color-scheme: dark)")
        .expect("a dark block")..];
    let made = parlour::domain::brand::for_dark(parlour::domain::brand::Rgb(0x0b, 0x5d, 0x3b));
    assert!(
        dark.contains(&format!("--link: {}; --accent: #f0b48c;", made.hex())),
        "{css}"
    );
    assert!(parlour::domain::brand::dark_text_colour(&made.hex()).is_ok());
    let stale = visitor
        .client
        .get(visitor.url(&old_css))
        .send()
        .await
        .unwrap();
    assert_eq!(stale.headers()["cache-control"], "no-cache");
    assert!(stale.text().await.unwrap().contains("#f4e9d8"));

    // Feeds, the search description and the manifest carry the name.
    assert!(
        visitor
            .get("/blog/feed.atom")
            .await
            .body
            .contains("<title>Harlow &#38; Co blog</title>")
    );
    assert!(
        visitor
            .get("/opensearch.xml")
            .await
            .body
            .contains("Harlow &#38; Co")
    );
    let manifest: serde_json::Value =
        serde_json::from_str(&visitor.get("/manifest.webmanifest").await.body).unwrap();
    assert_eq!(manifest["name"], "Harlow & Co");
    assert_eq!(manifest["theme_color"], "#f4e9d8");

    // Another app process on the same database shows it within a second.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let there = other.browser().get("/").await.body;
    assert!(
        there.contains("<title>Welcome · Harlow &#38; Co</title>"),
        "{there}"
    );
    assert_eq!(brand_css(&there), new_css);

    // The audit log names the change.
    let log = admin.get("/mod/audit").await.body;
    assert!(log.contains("changed the brand to"), "{log}");
}

on_both_databases!(the_brand_shows_everywhere_and_its_stylesheet_changes_address);

async fn e_mail_comes_from_the_brand(backend: Backend) {
    let (app, mail) = crate::mailbox::app_with_mail(backend).await;
    let admin = app.signed_in_as("root", &[Role::Admin]).await;
    assert_eq!(
        save(&admin, &[("name", "Harlow Tailoring")], &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let tom = app.browser();
    tom.sign_up("tomas", "tomas@example.com", crate::helpers::PASSWORD)
        .await;
    let letter = mail.first_to("tomas@example.com").await;
    assert!(letter.from.contains("Harlow Tailoring"), "{}", letter.from);
    assert!(
        letter.from.contains("community@harlow.example"),
        "{}",
        letter.from
    );
}

on_both_databases!(e_mail_comes_from_the_brand);
