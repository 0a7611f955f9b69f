//! The OpenAPI description: served, OpenAPI 3.1, naming every endpoint, and matching the
//! real responses — each response below is checked against the schema the document gives
//! for its path, method and status, by a small validator written here (types, required
//! properties, no undeclared properties, items, references, allOf/oneOf).

use parlour::domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{Api, Reply, member_with_token};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

/// Follows a `$ref` within the document.
fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let name = reference.trim_start_matches("#/components/schemas/");
            resolve(doc, &doc["components"]["schemas"][name])
        }
        None => schema,
    }
}

fn type_matches(kind: &str, value: &Value) -> bool {
    match kind {
        "null" => value.is_null(),
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => false,
    }
}

/// Every way `value` breaks `schema`, as paths and reasons.
fn check(doc: &Value, schema: &Value, value: &Value, at: &str, problems: &mut Vec<String>) {
    let schema = resolve(doc, schema);
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        // allOf with flattened parts: each part's own properties must hold; undeclared
        // properties are judged against the union.
        let mut union = serde_json::Map::new();
        for part in all {
            let part = resolve(doc, part);
            if let Some(props) = part.get("properties").and_then(Value::as_object) {
                union.extend(props.clone());
            }
            let mut relaxed = part.clone();
            relaxed["x-open"] = json!(true);
            check(doc, &relaxed, value, at, problems);
        }
        if let Some(object) = value.as_object() {
            for key in object.keys().filter(|k| !union.contains_key(*k)) {
                problems.push(format!("{at}.{key}: not in the schema"));
            }
        }
        return;
    }
    if let Some(any) = schema
        .get("oneOf")
        .or(schema.get("anyOf"))
        .and_then(Value::as_array)
    {
        let fits = any.iter().any(|option| {
            let mut mine = Vec::new();
            check(doc, option, value, at, &mut mine);
            mine.is_empty()
        });
        if !fits {
            problems.push(format!("{at}: fits none of oneOf/anyOf"));
        }
        return;
    }
    let kinds: Vec<&str> = match schema.get("type") {
        Some(Value::String(kind)) => vec![kind.as_str()],
        Some(Value::Array(kinds)) => kinds.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if !kinds.is_empty() && !kinds.iter().any(|k| type_matches(k, value)) {
        problems.push(format!("{at}: {value} is not {kinds:?}"));
        return;
    }
    if let (Some(object), Some(props)) = (
        value.as_object(),
        schema.get("properties").and_then(Value::as_object),
    ) {
        for required in schema["required"].as_array().into_iter().flatten() {
            let name = required.as_str().unwrap_or_default();
            if !object.contains_key(name) {
                problems.push(format!("{at}.{name}: required but missing"));
            }
        }
        for (key, item) in object {
            match props.get(key) {
                Some(property) => check(doc, property, item, &format!("{at}.{key}"), problems),
                None if schema.get("x-open").is_none() => {
                    problems.push(format!("{at}.{key}: not in the schema"))
                }
                None => {}
            }
        }
    }
    if let (Some(items), Some(schema_items)) = (value.as_array(), schema.get("items")) {
        for (n, item) in items.iter().enumerate() {
            check(doc, schema_items, item, &format!("{at}[{n}]"), problems);
        }
    }
}

/// Checks `reply` against what the document says `method` on `path` answers.
fn conforms(doc: &Value, method: &str, path: &str, reply: &Reply) {
    let operation = &doc["paths"][path][method];
    assert!(operation.is_object(), "{method} {path} is not described");
    let status = reply.status.as_u16().to_string();
    let response = &operation["responses"][&status];
    assert!(
        response.is_object(),
        "{method} {path} answered {status}, which the document does not list: {}",
        reply.body
    );
    let content_type = reply.header("content-type").unwrap_or_default();
    let media = &response["content"][content_type];
    assert!(
        media.is_object(),
        "{method} {path} {status}: {content_type} is not described"
    );
    let mut problems = Vec::new();
    check(doc, &media["schema"], &reply.json(), "$", &mut problems);
    assert!(
        problems.is_empty(),
        "{method} {path} {status} does not match its schema: {problems:#?}\n{}",
        reply.body
    );
}

async fn the_openapi_document_describes_the_real_responses(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let visitor = Api::visitor(&app);
    let served = visitor.get("/api/v1/openapi.json").await;
    assert_eq!(served.status, StatusCode::OK);
    let doc = served.json();
    assert!(
        doc["openapi"].as_str().unwrap().starts_with("3.1"),
        "{}",
        doc["openapi"]
    );
    for path in [
        "/api/v1/me",
        "/api/v1/areas",
        "/api/v1/questions",
        "/api/v1/questions/{id}",
        "/api/v1/questions/{id}/answers",
        "/api/v1/answers/{id}/vote",
        "/api/v1/answers/{id}/comments",
        "/api/v1/articles",
        "/api/v1/articles/{id}",
        "/api/v1/ideas",
        "/api/v1/ideas/{id}",
        "/api/v1/ideas/{id}/vote",
        "/api/v1/ideas/{id}/comments",
        "/api/v1/ideas/{id}/status",
        "/api/v1/moderation/{kind}/{id}",
        "/api/v1/members/{username}",
        "/api/v1/search",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} is not described");
    }
    assert_eq!(
        doc["components"]["securitySchemes"]["token"]["scheme"],
        "bearer"
    );

    // Some of everything, then each response against the document.
    let (_, area) = app.create_area("Linen care").await;
    let sally = app.signed_in_as("sally", &[Role::Staff]).await;
    sally
        .write_article("Caring for linen", "Wash it **cool**.", "now")
        .await;
    let (_, tom) = member_with_token(&app, "tom", &[], &["read", "post", "vote"]).await;
    let (_, priya) = member_with_token(
        &app,
        "priya",
        &[Role::Moderator],
        &["read", "post", "vote", "moderate"],
    )
    .await;
    let asked = tom
        .post(
            "/api/v1/questions",
            json!({"title": "Is linen warm in winter?", "body": "Curious.", "area": area}),
        )
        .await;
    conforms(&doc, "post", "/api/v1/questions", &asked);
    let q = asked.json()["id"].as_i64().unwrap();
    let answered = priya
        .post(
            &format!("/api/v1/questions/{q}/answers"),
            json!({"body": "Layered, yes."}),
        )
        .await;
    conforms(&doc, "post", "/api/v1/questions/{id}/answers", &answered);
    let a = answered.json()["id"].as_i64().unwrap();
    conforms(
        &doc,
        "post",
        "/api/v1/answers/{id}/comments",
        &tom.post(
            &format!("/api/v1/answers/{a}/comments"),
            json!({"body": "Thanks!"}),
        )
        .await,
    );
    conforms(
        &doc,
        "post",
        "/api/v1/answers/{id}/vote",
        &tom.post(&format!("/api/v1/answers/{a}/vote"), json!({"up": true}))
            .await,
    );
    let idea = tom
        .post(
            "/api/v1/ideas",
            json!({"title": "Linen gift wrap", "body": "Please."}),
        )
        .await;
    conforms(&doc, "post", "/api/v1/ideas", &idea);
    let i = idea.json()["id"].as_i64().unwrap();
    conforms(
        &doc,
        "post",
        "/api/v1/ideas/{id}/status",
        &priya
            .post(
                &format!("/api/v1/ideas/{i}/status"),
                json!({"status": "new"}),
            )
            .await,
    );
    conforms(
        &doc,
        "post",
        "/api/v1/ideas/{id}/vote",
        &priya
            .post(&format!("/api/v1/ideas/{i}/vote"), json!({"up": true}))
            .await,
    );
    conforms(
        &doc,
        "post",
        "/api/v1/ideas/{id}/comments",
        &priya
            .post(
                &format!("/api/v1/ideas/{i}/comments"),
                json!({"body": "Good one."}),
            )
            .await,
    );
    // A held post, approved; then approved again (409).
    app.set_policy("new_member_posts", "1").await;
    let (_, newbie) = member_with_token(&app, "newbie", &[], &["post"]).await;
    let held = newbie
        .post(
            "/api/v1/questions",
            json!({"title": "My first question here", "body": "Hello.", "area": area}),
        )
        .await;
    conforms(&doc, "post", "/api/v1/questions", &held);
    let approve = format!("/api/v1/moderation/question/{}", held.json()["id"]);
    for _ in 0..2 {
        conforms(
            &doc,
            "post",
            "/api/v1/moderation/{kind}/{id}",
            &priya.post(&approve, json!({"action": "approve"})).await,
        );
    }
    let article = visitor.get("/api/v1/articles").await;
    conforms(&doc, "get", "/api/v1/articles", &article);
    let article_id = article.json()["items"][0]["id"].as_i64().unwrap();
    for (path, real) in [
        ("/api/v1/me", "/api/v1/me".to_owned()),
        ("/api/v1/areas", "/api/v1/areas".to_owned()),
        ("/api/v1/questions", "/api/v1/questions?limit=1".to_owned()),
        ("/api/v1/questions/{id}", format!("/api/v1/questions/{q}")),
        (
            "/api/v1/articles/{id}",
            format!("/api/v1/articles/{article_id}"),
        ),
        ("/api/v1/ideas", "/api/v1/ideas".to_owned()),
        ("/api/v1/ideas/{id}", format!("/api/v1/ideas/{i}")),
        (
            "/api/v1/members/{username}",
            "/api/v1/members/sally".to_owned(),
        ),
        ("/api/v1/search", "/api/v1/search?q=linen".to_owned()),
    ] {
        conforms(&doc, "get", path, &tom.get(&real).await);
    }
    // Problems too.
    conforms(
        &doc,
        "get",
        "/api/v1/questions/{id}",
        &visitor.get("/api/v1/questions/987654").await,
    );
    conforms(&doc, "get", "/api/v1/me", &visitor.get("/api/v1/me").await);
    conforms(
        &doc,
        "post",
        "/api/v1/questions",
        &tom.post(
            "/api/v1/questions",
            json!({"title": "", "body": "", "area": area}),
        )
        .await,
    );
}

on_both_databases!(the_openapi_document_describes_the_real_responses);
