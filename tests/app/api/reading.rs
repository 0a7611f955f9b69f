//! Reads: what a visitor sees, page by page with signed cursors, with ETags, and nothing
//! held, hidden or unpublished.

use parlour::db::models::areas;
use parlour::domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{Api, member_with_token};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

fn ids(page: &Value) -> Vec<i64> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect()
}

async fn questions_are_read_page_by_page_without_held_ones(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, area) = app.create_area("Linen care").await;
    let (_, tom) = member_with_token(&app, "tom", &[], &["read", "post"]).await;
    let mut asked = Vec::new();
    for n in 0..3 {
        let reply = tom
            .post(
                "/api/v1/questions",
                json!({"title": format!("How do I wash linen shirt {n}?"),
                       "body": "Some **details** about it.", "area": area}),
            )
            .await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
        asked.push(reply.json()["id"].as_i64().unwrap());
    }
    app.set_policy("new_member_posts", "1").await;
    let (_, newbie) = member_with_token(&app, "newbie", &[], &["post"]).await;
    let held = newbie
        .post(
            "/api/v1/questions",
            json!({"title": "A first question about linen", "body": "Waits for review.", "area": area}),
        )
        .await;
    assert_eq!(held.json()["state"], "held", "{}", held.body);
    let held_id = held.json()["id"].as_i64().unwrap();

    let visitor = Api::visitor(&app);
    let first = visitor.get("/api/v1/questions?limit=2").await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);
    assert_eq!(ids(&first.json()), vec![asked[2], asked[1]]);
    let cursor = first.json()["next_cursor"].as_str().unwrap().to_owned();
    let second = visitor
        .get(&format!("/api/v1/questions?limit=2&cursor={cursor}"))
        .await;
    assert_eq!(ids(&second.json()), vec![asked[0]]);
    assert_eq!(second.json()["next_cursor"], Value::Null);
    let held_page = visitor.get(&format!("/api/v1/questions/{held_id}")).await;
    assert_eq!(held_page.status, StatusCode::NOT_FOUND);
    assert_eq!(held_page.problem_code(), "not_found");

    // Cursors that were altered, or belong to another list, are refused.
    let mut altered = cursor.clone();
    let last = altered.pop().unwrap();
    altered.push(if last == '0' { '1' } else { '0' });
    let tampered = visitor
        .get(&format!("/api/v1/questions?cursor={altered}"))
        .await;
    assert_eq!(tampered.status, StatusCode::BAD_REQUEST);
    assert_eq!(tampered.problem_code(), "invalid_cursor");
    let elsewhere = visitor.get(&format!("/api/v1/ideas?cursor={cursor}")).await;
    assert_eq!(elsewhere.problem_code(), "invalid_cursor");
    assert_eq!(
        visitor
            .get("/api/v1/questions?limit=0")
            .await
            .problem_code(),
        "bad_query"
    );
    assert_eq!(
        visitor.get("/api/v1/questions?limit=lots").await.status,
        StatusCode::BAD_REQUEST
    );
    let nowhere = visitor.get("/api/v1/nothing-here").await;
    assert_eq!(nowhere.status, StatusCode::NOT_FOUND);
    assert_eq!(nowhere.problem_code(), "not_found");
}

async fn a_question_comes_with_its_answers_comments_and_an_etag(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (area_id, area) = app.create_area("Linen care").await;
    let (_, tom) = member_with_token(&app, "tom", &[], &["read", "post"]).await;
    let (_, erin) = member_with_token(&app, "erin", &[Role::Expert], &["post"]).await;
    app.with_db(move |conn| {
        use diesel::prelude::*;
        let id: i64 = parlour::db::schema::users::table
            .filter(parlour::db::schema::users::username.eq("erin"))
            .select(parlour::db::schema::users::id)
            .first(conn)
            .unwrap();
        areas::assign(conn, id, area_id).unwrap();
    })
    .await;
    let asked = tom
        .post(
            "/api/v1/questions",
            json!({"title": "Does linen shrink in the wash?", "body": "It felt **smaller**.", "area": area}),
        )
        .await
        .json();
    let id = asked["id"].as_i64().unwrap();
    let answer = erin
        .post(
            &format!("/api/v1/questions/{id}/answers"),
            json!({"body": "Wash it at *30 degrees* and it will not."}),
        )
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
    let answer_id = answer.json()["id"].as_i64().unwrap();
    let comment = tom
        .post(
            &format!("/api/v1/answers/{answer_id}/comments"),
            json!({"body": "Thank you, that worked."}),
        )
        .await;
    assert_eq!(comment.status, StatusCode::CREATED, "{}", comment.body);

    let visitor = Api::visitor(&app);
    let read = visitor.get(&format!("/api/v1/questions/{id}")).await;
    assert_eq!(read.status, StatusCode::OK, "{}", read.body);
    let question = read.json();
    assert_eq!(question["title"], "Does linen shrink in the wash?");
    assert_eq!(question["body_markdown"], "It felt **smaller**.");
    assert!(
        question["body_html"]
            .as_str()
            .unwrap()
            .contains("<strong>smaller</strong>")
    );
    assert_eq!(question["area"]["slug"], area.as_str());
    assert_eq!(question["asker"], "tom");
    assert_eq!(question["answers"][0]["by_expert"], true);
    assert!(
        question["answers"][0]["body_html"]
            .as_str()
            .unwrap()
            .contains("<em>30 degrees</em>")
    );
    assert_eq!(question["answers"][0]["comments"][0]["author"], "tom");
    let url = question["url"].as_str().unwrap();
    assert!(url.starts_with(&app.address), "{url}");
    let page = app.browser().get(&url[app.address.len()..]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Does linen shrink in the wash?"));

    // The same bytes: 304 and no body. A change: a new ETag.
    let etag = read.header("etag").unwrap().to_owned();
    let again = visitor
        .get_with(&format!("/api/v1/questions/{id}"), ("if-none-match", &etag))
        .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    tom.post(
        &format!("/api/v1/answers/{answer_id}/comments"),
        json!({"body": "And it kept its colour."}),
    )
    .await;
    let changed = visitor
        .get_with(&format!("/api/v1/questions/{id}"), ("if-none-match", &etag))
        .await;
    assert_eq!(changed.status, StatusCode::OK);
    assert_ne!(changed.header("etag").unwrap(), etag);
    assert_eq!(
        changed.json()["answers"][0]["comments"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

async fn articles_ideas_areas_members_and_search_are_read(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, area) = app.create_area("Linen care").await;
    let sally = app.signed_in_as("sally", &[Role::Staff]).await;
    sally
        .write_article("Caring for linen", "Wash it **cool**.", "now")
        .await;
    sally
        .write_article("Next season's secret", "Not yet.", "draft")
        .await;
    let visitor = Api::visitor(&app);
    let articles = visitor.get("/api/v1/articles").await.json();
    let items = articles["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "drafts are not listed: {articles}");
    assert_eq!(items[0]["title"], "Caring for linen");
    assert_eq!(items[0]["author"], "sally");
    let article = visitor
        .get(&format!("/api/v1/articles/{}", items[0]["id"]))
        .await
        .json();
    assert!(
        article["body_html"]
            .as_str()
            .unwrap()
            .contains("<strong>cool</strong>")
    );

    // An idea waits for review, then is on the board with its history.
    let (_, tom) = member_with_token(&app, "tom", &[], &["read", "post"]).await;
    let proposed = tom
        .post(
            "/api/v1/ideas",
            json!({"title": "Sell linen by the metre", "body": "For **curtains**.", "area": area}),
        )
        .await;
    assert_eq!(proposed.status, StatusCode::CREATED, "{}", proposed.body);
    assert_eq!(proposed.json()["state"], "held", "ideas wait for review");
    let idea_id = proposed.json()["id"].as_i64().unwrap();
    assert!(ids(&visitor.get("/api/v1/ideas").await.json()).is_empty());
    let (_, priya) = member_with_token(&app, "priya", &[Role::Moderator], &["moderate"]).await;
    let path = format!("/api/v1/ideas/{idea_id}/status");
    assert_eq!(
        priya.post(&path, json!({"status": "new"})).await.status,
        StatusCode::OK
    );
    let planned = priya
        .post(
            &path,
            json!({"status": "planned", "note": "Coming in spring."}),
        )
        .await;
    assert_eq!(planned.status, StatusCode::OK, "{}", planned.body);
    assert_eq!(
        ids(&visitor.get("/api/v1/ideas").await.json()),
        vec![idea_id]
    );
    let idea = visitor
        .get(&format!("/api/v1/ideas/{idea_id}"))
        .await
        .json();
    assert_eq!(idea["status"], "planned");
    let history = idea["status_history"].as_array().unwrap();
    assert_eq!(history.last().unwrap()["to"], "planned");
    assert_eq!(history.last().unwrap()["note"], "Coming in spring.");
    assert_eq!(idea["area"]["slug"], area.as_str());

    let areas = visitor.get("/api/v1/areas").await.json();
    assert_eq!(areas["items"][0]["slug"], area.as_str());
    let member = visitor.get("/api/v1/members/sally").await;
    assert_eq!(member.status, StatusCode::OK);
    assert_eq!(member.json()["roles"], json!(["staff"]));
    assert_eq!(
        visitor.get("/api/v1/members/nobody_here").await.status,
        StatusCode::NOT_FOUND
    );
    let found = visitor.get("/api/v1/search?q=linen").await;
    assert_eq!(found.status, StatusCode::OK, "{}", found.body);
    let hits = found.json();
    let kinds: Vec<&str> = hits["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"article"), "{}", found.body);
    assert!(kinds.contains(&"idea"), "{}", found.body);
    assert_eq!(
        visitor
            .get("/api/v1/search?q=linen&kind=spaceship")
            .await
            .problem_code(),
        "bad_query"
    );
}

on_both_databases!(
    questions_are_read_page_by_page_without_held_ones,
    a_question_comes_with_its_answers_comments_and_an_etag,
    articles_ideas_areas_members_and_search_are_read,
);
