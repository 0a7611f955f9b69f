//! The automatic checks: staff leaks, crude, negative and spammy posts, new members' first posts.

use diesel::prelude::*;
use parlour::db::schema::users;
use parlour::domain::Role;
use reqwest::StatusCode;

use super::{act, article, comment, last_comment};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn staff_leaks_are_held_and_the_author_told_exactly_what(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.set_policy("confidential_terms", "Project Kestrel\n鷹計画 🦅")
        .await;
    let (staff, path) = article(&app).await;
    let held = comment(
        &staff,
        &path,
        "Refunded to 4111 1111 1111 1111; it is part of project  KESTREL, ask j.smith@example.com or 020 7946 0958.",
    )
    .await;
    assert_eq!(held.status, StatusCode::OK);
    assert!(held.body.contains("waits for a moderator"), "{}", held.body);
    for tripped in [
        "card number: “•••• 1111”",
        "confidential term: “Project Kestrel”",
        "e-mail address: “j.smith@example.com”",
        "phone number: “020 7946 0958”",
    ] {
        assert!(held.body.contains(tripped), "{tripped}: {}", held.body);
    }
    assert!(
        !held.body.contains("4111 1111 1111 1111"),
        "the number is not repeated"
    );
    let reader = app.signed_in_as("tom", &[]).await;
    assert!(!reader.get(&path).await.body.contains("Refunded to"));

    // A term in another script, with an emoji, trips too; prices, order numbers and
    // card-like numbers that fail Luhn do not.
    let other_script = comment(&staff, &path, "これは鷹計画 🦅 の一部です").await;
    assert!(
        other_script.body.contains("鷹計画 🦅"),
        "{}",
        other_script.body
    );
    let ordinary = comment(
        &staff,
        &path,
        "Order #100234567 (ref 4000 1234 5678 9011) was £1,249.99, 3 for £60.",
    )
    .await;
    assert_eq!(ordinary.status, StatusCode::SEE_OTHER, "{}", ordinary.body);
    assert!(reader.get(&path).await.body.contains("Order #100234567"));

    // Customers' posts are not checked for leaks (it is their own data to share).
    let customer = comment(&reader, &path, "My number is 020 7946 0958").await;
    assert_eq!(customer.status, StatusCode::SEE_OTHER);

    // A leaking article is held before anyone reads it.
    let page = staff
        .submit_multipart(
            "/blog/new",
            "/blog/new",
            &[
                ("title", "Spring preview"),
                ("body", "Bluebird launches in March."),
                ("publish", "now"),
                ("intent", "save"),
            ],
            &[],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "no term yet: published");
    app.set_policy("confidential_terms", "Bluebird").await;
    let held_article = staff
        .submit_multipart(
            "/blog/new",
            "/blog/new",
            &[
                ("title", "Summer preview"),
                ("body", "The bluebird range arrives in June."),
                ("publish", "now"),
                ("intent", "save"),
            ],
            &[],
        )
        .await;
    assert_eq!(held_article.status, StatusCode::OK);
    assert!(held_article.body.contains("confidential term: “Bluebird”"));
    assert_eq!(
        app.browser().get("/blog/summer-preview").await.status,
        StatusCode::NOT_FOUND
    );
    assert!(
        !app.browser()
            .get("/blog")
            .await
            .body
            .contains("Summer preview")
    );
    assert_eq!(
        staff.get("/blog/summer-preview").await.status,
        StatusCode::OK
    );
}

async fn crude_negative_and_spammy_posts_are_flagged_or_held(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, path) = article(&app).await;
    let tom = app.signed_in_as("tom", &[]).await;

    let severe = comment(&tom, &path, "You are a fucking bastard").await;
    assert_eq!(severe.status, StatusCode::OK, "held");
    assert!(severe.body.contains("Crude or abusive language"));

    let negative = comment(
        &tom,
        &path,
        "Worst service ever. Terrible, useless and rude. I hate it and I am furious.",
    )
    .await;
    assert_eq!(
        negative.status,
        StatusCode::SEE_OTHER,
        "negativity is never held"
    );
    assert!(tom.get(&path).await.body.contains("Worst service ever"));

    let links = "See https://a.example https://b.example https://c.example https://d.example";
    let spam = comment(&tom, &path, links).await;
    assert_eq!(spam.status, StatusCode::OK);
    assert!(spam.body.contains("4 links"));

    let polite = comment(
        &tom,
        &path,
        "Lovely article, thank you! Linen is my favourite.",
    )
    .await;
    assert_eq!(polite.status, StatusCode::SEE_OTHER);

    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let queue = moderator.get("/mod").await.body;
    assert!(queue.contains("Crude or abusive language"));
    assert!(queue.contains("Strongly negative"));
    assert!(queue.contains("Possible spam"));
    assert!(
        !queue.contains("Linen is my favourite"),
        "ordinary posts stay out"
    );
    let negative_only = moderator.get("/mod?rule=negative").await.body;
    assert!(negative_only.contains("Worst service ever"));
    assert!(!negative_only.contains("d.example"));
    // Other scripts and emoji post like any text.
    let other = comment(&tom, &path, "とても良い記事でした 👍🏽").await;
    assert_eq!(other.status, StatusCode::SEE_OTHER);
}

async fn new_members_first_posts_wait_until_approved_and_trusted_members_skip(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.set_policy("new_member_posts", "1").await;
    let (_, path) = article(&app).await;
    let newcomer = app.signed_in_as("newcomer", &[]).await;
    let first = comment(&newcomer, &path, "Hello, first post here.").await;
    assert_eq!(first.status, StatusCode::OK);
    // A person is waiting to be read, not suspected of spam.
    assert!(
        first
            .body
            .contains("A moderator reads a new member&#39;s first post"),
        "{}",
        first.body
    );
    assert!(first.body.contains("nothing is wrong with it"));
    assert!(!first.body.contains("spam"), "{}", first.body);
    assert!(
        !app.browser()
            .get(&path)
            .await
            .body
            .contains("first post here")
    );

    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let id = last_comment(&app).await;
    let trusted = act(&moderator, "comment", id, &[("action", "trust")]).await;
    assert_eq!(trusted.status, StatusCode::SEE_OTHER, "{}", trusted.body);
    assert!(
        app.browser()
            .get(&path)
            .await
            .body
            .contains("first post here")
    );
    let is_trusted: bool = app
        .with_db(|c| {
            users::table
                .filter(users::username.eq("newcomer"))
                .select(users::trusted)
                .first(c)
                .unwrap()
        })
        .await;
    assert!(is_trusted);
    let audit = moderator.get("/mod/audit?action=member.trust").await.body;
    assert!(audit.contains("priya trusted newcomer<"), "{audit}");
    let second = comment(&newcomer, &path, "And a second one.").await;
    assert_eq!(second.status, StatusCode::SEE_OTHER, "trusted: no hold");
}

on_both_databases!(
    staff_leaks_are_held_and_the_author_told_exactly_what,
    crude_negative_and_spammy_posts_are_flagged_or_held,
    new_members_first_posts_wait_until_approved_and_trusted_members_skip,
);
