//! "Not for me" on an item, an area and a tag: gone from the member's front page and lists,
//! still found by a search they ask for, listed with an undo, never seen by anyone else.

use parlour::db::schema::not_for_me;
use parlour::domain::Role;
use reqwest::StatusCode;

use super::{article_tagged, choose, for_you, mark};
use crate::experts::{answer, ask, expert, id_in};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;
use diesel::prelude::*;

async fn not_for_me_on_an_item_an_area_and_a_tag(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.set_policy("premoderation", "").await;
    let (shirts_id, shirts) = app.create_area("Shirts").await;
    let (shoes_id, shoes) = app.create_area("Shoes").await;
    let staff = app.signed_in_as("amara", &[Role::Staff]).await;
    let linen = article_tagged(&staff, "Linen in summer", "linen").await;
    let wool = article_tagged(&staff, "Wool in winter", "wool").await;
    let asker = app.signed_in_as("sam_k", &[]).await;
    let collar = ask(&asker, "Which collar suits a round face?", &shirts).await;
    let laces = ask(&asker, "Which laces for brogues?", &shoes).await;
    let eleanor = expert(&app, "eleanor", shirts_id).await;
    answer(&eleanor, &collar, "An open spread collar.").await;
    let tom = app.signed_in_as("tom", &[]).await;
    choose(&tom, &[shirts_id, shoes_id], &["linen", "wool"], "never").await;
    let _ = expert(&app, "oliver", shoes_id).await;

    let front = tom.get("/").await.body;
    for path in [&linen, &wool, &collar, &laces] {
        assert!(
            front.contains(&format!("href=\"{path}\"")),
            "{path} on the front page"
        );
    }

    // An item.
    let collar_id = id_in(&collar).to_string();
    let marked = mark(&tom, "question", &collar_id, "", false).await;
    assert_eq!(marked.status, StatusCode::SEE_OTHER, "{}", marked.body);
    // A double click changes nothing.
    assert_eq!(
        mark(&tom, "question", &collar_id, "", false).await.status,
        StatusCode::SEE_OTHER
    );
    // An area, and a tag.
    let shoes_text = shoes_id.to_string();
    assert_eq!(
        mark(&tom, "area", &shoes_text, "", false).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        mark(&tom, "tag", "", "wool", false).await.status,
        StatusCode::SEE_OTHER
    );

    let front = tom.get("/").await.body;
    assert!(front.contains(&format!("href=\"{linen}\"")));
    for gone in [&wool, &collar, &laces] {
        assert!(
            !front.contains(&format!("href=\"{gone}\"")),
            "{gone} still on the front page"
        );
    }
    assert!(!for_you(&tom).await.contains(&format!("href=\"{collar}\"")));
    let blog = tom.get("/blog").await.body;
    assert!(
        blog.contains(&format!("href=\"{linen}\"")) && !blog.contains(&format!("href=\"{wool}\""))
    );
    let experts = tom.get("/experts").await.body;
    assert!(
        !experts.contains(&format!("href=\"{collar}\""))
            && !experts.contains(&format!("href=\"{laces}\""))
    );
    // What they asked for explicitly is still there: the area's page, the tag's page…
    assert!(
        tom.get(&format!("/experts?area={shoes}"))
            .await
            .body
            .contains(&format!("href=\"{laces}\""))
    );
    assert!(
        tom.get("/blog?tag=wool")
            .await
            .body
            .contains(&format!("href=\"{wool}\""))
    );
    // …and a search, which says it was set aside.
    let found = tom.get("/search?q=collar").await.body;
    assert!(found.contains(&format!("href=\"{collar}\"")), "{found}");
    assert!(found.contains("You marked this “not for me”"));
    // Nobody else is affected.
    let visitor = app.browser().get("/").await.body;
    assert!(
        visitor.contains(&format!("href=\"{collar}\""))
            && visitor.contains(&format!("href=\"{wool}\""))
    );

    // The account page lists every mark with an undo.
    let account = tom.get("/account").await.body;
    for name in ["Which collar suits a round face?", "Shoes", "wool"] {
        assert!(account.contains(name), "{name} listed:\n{account}");
    }
    let undone = mark(&tom, "tag", "", "wool", true).await;
    assert_eq!(undone.status, StatusCode::SEE_OTHER);
    assert!(
        tom.get("/blog")
            .await
            .body
            .contains(&format!("href=\"{wool}\""))
    );
    let tom_marks = app
        .with_db(|c| not_for_me::table.count().get_result::<i64>(c).unwrap())
        .await;
    assert_eq!(tom_marks, 2, "the question and the area, once each");
}

async fn only_what_the_member_can_open_can_be_marked(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, shirts) = app.create_area("Shirts").await;
    let asker = app.signed_in_as("sam_k", &[]).await;
    let held = ask(&asker, "Is this hidden from view?", &shirts).await;
    let held_id = id_in(&held);
    app.with_db(move |c| {
        diesel::update(parlour::db::schema::questions::table.find(held_id))
            .set(parlour::db::schema::questions::visibility.eq("hidden"))
            .execute(c)
            .unwrap()
    })
    .await;
    let tom = app.signed_in_as("tom", &[]).await;
    let refused = mark(&tom, "question", &id_in(&held).to_string(), "", false).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND, "{}", refused.body);
    assert_eq!(
        mark(&tom, "article", "424242", "", false).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        mark(&tom, "tag", "", "never-used", false).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        mark(&tom, "member", "1", "", false).await.status,
        StatusCode::BAD_REQUEST
    );
    let visitor = app.browser();
    let page = visitor
        .submit("/login", "/not-for-me", &[("kind", "area"), ("id", "1")])
        .await;
    assert!(
        page.location().is_some_and(|l| l.starts_with("/login")),
        "visitors are sent to sign in"
    );
}

on_both_databases!(
    not_for_me_on_an_item_an_area_and_a_tag,
    only_what_the_member_can_open_can_be_marked,
);
