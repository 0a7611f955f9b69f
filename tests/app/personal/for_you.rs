//! Interests are saved and shown; "For you" holds exactly what they and the member's
//! follows select, each with its reason.

use parlour::domain::Role;
use reqwest::StatusCode;

use super::{article_tagged, choose, for_you};
use crate::experts::{answer, ask, expert};
use crate::helpers::{Backend, TestApp};
use crate::ideas::set_status;
use crate::on_both_databases;

async fn interests_are_saved_shown_exported_and_unknown_ones_dropped(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (shirts, _) = app.create_area("Shirts").await;
    let staff = app.signed_in_as("amara", &[Role::Staff]).await;
    article_tagged(&staff, "Linen in summer", "linen").await;
    let tom = app.signed_in_as("tom", &[]).await;

    let invited = for_you(&tom).await;
    assert!(invited.contains("Choose your interests"), "{invited}");

    let bad = choose(&tom, &[shirts], &["linen"], "hourly").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("id=\"digest-error\""), "{}", bad.body);
    assert!(
        bad.body.contains(&format!("value=\"{shirts}\" checked")),
        "what was ticked is kept"
    );

    let saved = choose(
        &tom,
        &[shirts, 999_999],
        &["linen", "no-such-topic"],
        "weekly",
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = tom.get("/account/interests").await;
    assert!(page.body.contains(&format!("value=\"{shirts}\" checked")));
    assert!(page.body.contains("value=\"linen\" checked"));
    assert!(page.body.contains("value=\"weekly\" checked"));
    let personal = tom.get("/account/personal").await.body;
    assert!(personal.contains("Areas: Shirts."), "{personal}");
    assert!(personal.contains("Topics: linen."));
    assert!(personal.contains("Digest: Once a week."));

    let export: serde_json::Value =
        serde_json::from_str(&tom.get("/account/export").await.body).unwrap();
    let interests = export["interests"].as_array().unwrap();
    assert_eq!(
        interests.len(),
        2,
        "only what exists was kept: {interests:?}"
    );
    assert_eq!(export["digest"], "weekly");
}

async fn for_you_holds_what_interests_and_follows_select_with_reasons(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.set_policy("premoderation", "").await;
    let (shirts_id, shirts) = app.create_area("Shirts").await;
    let (shoes_id, shoes) = app.create_area("Shoes").await;
    let staff = app.signed_in_as("amara", &[Role::Staff]).await;
    let linen = article_tagged(&staff, "Linen in summer", "linen").await;
    let wool = article_tagged(&staff, "Wool in winter", "wool").await;
    let asker = app.signed_in_as("sam_k", &[]).await;
    let shirt_q = ask(&asker, "Which collar suits a round face?", &shirts).await;
    let quiet_q = ask(&asker, "Do shirts shrink in the wash?", &shirts).await;
    let shoe_q = ask(&asker, "How do I stretch leather shoes?", &shoes).await;
    let followed_q = ask(&asker, "Brogues or loafers for a wedding?", &shoes).await;
    let eleanor = expert(&app, "eleanor", shirts_id).await;
    answer(&eleanor, &shirt_q, "An open spread collar.").await;
    let oliver = expert(&app, "oliver", shoes_id).await;
    answer(&oliver, &shoe_q, "A stretcher overnight.").await;
    let priya = app.signed_in_as("priya", &[Role::Moderator]).await;
    let shirt_idea = crate::ideas::share_in(&priya, "Half sizes for collars", &shirts).await;
    let shoe_idea = crate::ideas::share_in(&priya, "Wide fittings", &shoes).await;
    for idea in [&shirt_idea, &shoe_idea] {
        let changed = set_status(&priya, idea, "planned", "Next spring.").await;
        assert_eq!(changed.status, StatusCode::SEE_OTHER);
    }

    let tom = app.signed_in_as("tom", &[]).await;
    choose(&tom, &[shirts_id], &["linen"], "never").await;
    let follow = tom
        .submit(
            &followed_q,
            &format!(
                "/experts/questions/{}/follow",
                crate::experts::id_in(&followed_q)
            ),
            &[("follow", "yes")],
        )
        .await;
    assert_eq!(follow.status, StatusCode::SEE_OTHER);
    answer(&oliver, &followed_q, "Loafers, if it is in the day.").await;

    let mine = for_you(&tom).await;
    assert!(mine.contains(&format!("href=\"{linen}\"")), "{mine}");
    assert!(mine.contains("Because you chose linen"));
    assert!(mine.contains(&format!("href=\"{shirt_q}\"")));
    assert!(mine.contains(&format!("href=\"{shirt_idea}\"")));
    assert!(mine.contains("Because you chose Shirts"));
    assert!(
        mine.contains(&format!("href=\"{followed_q}#answer-")),
        "{mine}"
    );
    assert!(mine.contains("You follow this question"));
    for absent in [&wool, &quiet_q, &shoe_q, &shoe_idea] {
        assert!(
            !mine.contains(&format!("href=\"{absent}\"")),
            "{absent} in {mine}"
        );
    }
    // The reasons come first-hand: nothing about Shoes, which tom did not choose.
    assert!(!mine.contains("Because you chose Shoes"));
    // Visitors see no "For you" at all.
    assert!(
        !app.browser()
            .get("/")
            .await
            .body
            .contains("for-you-heading")
    );
}

on_both_databases!(
    interests_are_saved_shown_exported_and_unknown_ones_dropped,
    for_you_holds_what_interests_and_follows_select_with_reasons,
);
