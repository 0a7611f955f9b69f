//! Writes: through the same services as the forms (held posts held, limits as 429 with
//! Retry-After, moderators' actions audited), with the right scope, and clear problems for
//! bodies that cannot be read.

use parlour::domain::Role;
use reqwest::StatusCode;
use serde_json::json;

use super::{Api, member_with_token};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn posts_and_votes_go_through_the_sites_services(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, area) = app.create_area("Linen care").await;
    let (tom_browser, tom) = member_with_token(&app, "tom", &[], &["read", "post", "vote"]).await;
    let (_, sam) = member_with_token(&app, "sam_k", &[], &["read", "post", "vote"]).await;
    let (_, reader) = member_with_token(&app, "rita", &[], &["read"]).await;

    let question = json!({"title": "Can linen go in the dryer?", "body": "Asking for a friend.", "area": area});
    let nobody = Api::visitor(&app)
        .post("/api/v1/questions", question.clone())
        .await;
    assert_eq!(nobody.status, StatusCode::UNAUTHORIZED);
    assert!(nobody.header("www-authenticate").is_some());
    let read_only = reader.post("/api/v1/questions", question.clone()).await;
    assert_eq!(read_only.status, StatusCode::FORBIDDEN);
    assert_eq!(read_only.problem_code(), "insufficient_scope");

    let asked = tom.post("/api/v1/questions", question).await;
    assert_eq!(asked.status, StatusCode::CREATED, "{}", asked.body);
    assert_eq!(asked.json()["state"], "published");
    let url = asked.json()["url"].as_str().unwrap().to_owned();
    assert_eq!(asked.header("location"), Some(url.as_str()));
    assert!(asked.header("set-cookie").is_none());
    let page = tom_browser.get(&url[app.address.len()..]).await;
    assert!(page.body.contains("Can linen go in the dryer?"));
    let id = asked.json()["id"].as_i64().unwrap();

    let answered = sam
        .post(
            &format!("/api/v1/questions/{id}/answers"),
            json!({"body": "Only on low heat."}),
        )
        .await;
    assert_eq!(answered.status, StatusCode::CREATED, "{}", answered.body);
    let answer = answered.json()["id"].as_i64().unwrap();
    // The asker follows their question: the answer is in their notifications.
    assert!(
        tom_browser
            .get("/notifications")
            .await
            .body
            .contains("sam_k")
    );

    let own = sam
        .post(
            &format!("/api/v1/answers/{answer}/vote"),
            json!({"up": true}),
        )
        .await;
    assert_eq!(
        own.status,
        StatusCode::FORBIDDEN,
        "no votes for one's own answer"
    );
    // Two votes sent at once count once.
    let path = format!("/api/v1/answers/{answer}/vote");
    let (a, b) = tokio::join!(
        tom.post(&path, json!({"up": true})),
        tom.post(&path, json!({"up": true}))
    );
    assert_eq!((a.status, b.status), (StatusCode::OK, StatusCode::OK));
    let read = Api::visitor(&app)
        .get(&format!("/api/v1/questions/{id}"))
        .await
        .json();
    assert_eq!(read["answers"][0]["score"], 1);
    let withdrawn = tom.post(&path, json!({"up": false})).await;
    assert_eq!(withdrawn.json()["vote_count"], 0);

    // Mistakes in the fields: 422 with each field's reason.
    let refused = tom
        .post(
            "/api/v1/questions",
            json!({"title": "", "body": "x", "area": "no-such-area"}),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.problem_code(), "validation");
    let fields: Vec<String> = refused.json()["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        fields.contains(&"title".to_owned()) && fields.contains(&"area".to_owned()),
        "{fields:?}"
    );
    assert_eq!(
        tom.post("/api/v1/questions/999999/answers", json!({"body": "Hello"}))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // The hourly limit is the site's: the 21st question in an hour is a 429.
    let mut last = None;
    for n in 0..20 {
        let reply = sam
            .post(
                "/api/v1/questions",
                json!({"title": format!("Question number {n} about linen"), "body": "Details.", "area": area}),
            )
            .await;
        last = Some(reply);
    }
    let limited = last.unwrap();
    assert_eq!(
        limited.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        limited.body
    );
    assert_eq!(limited.problem_code(), "rate_limited");
    assert!(
        limited
            .header("retry-after")
            .unwrap()
            .parse::<u64>()
            .unwrap()
            > 0
    );
}

async fn held_posts_wait_and_moderators_act_through_the_api(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, area) = app.create_area("Linen care").await;
    app.set_policy("new_member_posts", "1").await;
    let (_, newbie) = member_with_token(&app, "newbie", &[], &["post"]).await;
    let held = newbie
        .post(
            "/api/v1/questions",
            json!({"title": "My first question about linen", "body": "Hello all.", "area": area}),
        )
        .await;
    assert_eq!(held.status, StatusCode::CREATED);
    assert_eq!(held.json()["state"], "held");
    assert!(!held.json()["held_because"].as_array().unwrap().is_empty());
    let id = held.json()["id"].as_i64().unwrap();
    let (priya_browser, priya) =
        member_with_token(&app, "priya", &[Role::Moderator], &["read", "moderate"]).await;
    assert!(
        priya_browser
            .get("/mod")
            .await
            .body
            .contains("My first question about linen")
    );

    let (_, tom) = member_with_token(&app, "tom", &[], &["read", "post", "vote"]).await;
    let not_a_moderator = tom
        .post(
            &format!("/api/v1/moderation/question/{id}"),
            json!({"action": "approve"}),
        )
        .await;
    assert_eq!(not_a_moderator.status, StatusCode::FORBIDDEN);
    let unknown = priya
        .post(
            &format!("/api/v1/moderation/question/{id}"),
            json!({"action": "explode"}),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    let approved = priya
        .post(
            &format!("/api/v1/moderation/question/{id}"),
            json!({"action": "approve", "reason": "Fine"}),
        )
        .await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.body);
    assert_eq!(approved.json()["state"], "visible");
    let listed = Api::visitor(&app).get("/api/v1/questions").await.json();
    assert_eq!(listed["items"][0]["id"], id);
    let again = priya
        .post(
            &format!("/api/v1/moderation/question/{id}"),
            json!({"action": "approve"}),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.body);
    let audit = priya_browser.get("/mod/audit").await;
    assert!(
        audit.body.contains("priya") && audit.body.contains("approve"),
        "{}",
        audit.body
    );

    // A silenced member's token cannot post.
    app.with_db(|conn| {
        use diesel::prelude::*;
        let now = chrono::Utc::now().naive_utc();
        let id: i64 = parlour::db::schema::users::table
            .filter(parlour::db::schema::users::username.eq("tom"))
            .select(parlour::db::schema::users::id)
            .first(conn)
            .unwrap();
        parlour::db::models::users::restrict(
            conn,
            id,
            false,
            now + chrono::Duration::days(2),
            "Calm down",
            now,
        )
        .unwrap();
    })
    .await;
    let silenced = tom
        .post(
            "/api/v1/ideas",
            json!({"title": "Louder ideas please", "body": "Yes."}),
        )
        .await;
    assert_eq!(silenced.status, StatusCode::FORBIDDEN);
    assert_eq!(silenced.problem_code(), "restricted");
}

async fn bodies_that_cannot_be_read_get_clear_problems(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, area) = app.create_area("Linen care").await;
    let (_, tom) = member_with_token(&app, "tom", &[], &["post"]).await;
    let wrong_type = tom
        .post(
            "/api/v1/questions",
            json!({"title": 5, "body": "x", "area": area}),
        )
        .await;
    assert_eq!(wrong_type.status, StatusCode::BAD_REQUEST);
    assert_eq!(wrong_type.problem_code(), "invalid_json");
    let unknown = tom
        .post(
            "/api/v1/questions",
            json!({"title": "A title here", "body": "x", "area": area, "pinned": true}),
        )
        .await;
    assert_eq!(unknown.problem_code(), "invalid_json");
    assert!(
        unknown.json()["detail"]
            .as_str()
            .unwrap()
            .contains("pinned")
    );
    let broken = tom
        .post_raw(
            "/api/v1/questions",
            "application/json",
            b"{\"title\":".to_vec(),
        )
        .await;
    assert_eq!(broken.problem_code(), "invalid_json");
    let deep = format!("{}{}", "[".repeat(5_000), "]".repeat(5_000));
    let nested = tom
        .post_raw("/api/v1/questions", "application/json", deep.into_bytes())
        .await;
    assert_eq!(nested.status, StatusCode::BAD_REQUEST);
    assert_eq!(nested.problem_code(), "invalid_json");
    let form = tom
        .post_raw(
            "/api/v1/questions",
            "application/x-www-form-urlencoded",
            b"title=x".to_vec(),
        )
        .await;
    assert_eq!(form.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(form.problem_code(), "unsupported_media_type");
    let huge = vec![b' '; 10 * 1024 * 1024];
    let too_large = tom
        .post_raw("/api/v1/questions", "application/json", huge)
        .await;
    assert_eq!(too_large.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(too_large.problem_code(), "too_large");
    // Nothing was written.
    let none = Api::visitor(&app).get("/api/v1/questions").await.json();
    assert!(none["items"].as_array().unwrap().is_empty());
}

on_both_databases!(
    posts_and_votes_go_through_the_sites_services,
    held_posts_wait_and_moderators_act_through_the_api,
    bodies_that_cannot_be_read_get_clear_problems,
);
