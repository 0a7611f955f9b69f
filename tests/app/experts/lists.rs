//! The question list: filters by status and area, sorting, and the status of each row.

use diesel::RunQueryDsl;
use reqwest::StatusCode;

use super::{answer, ask, expert, newest_answer};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn the_list_filters_by_status_and_area_and_sorts(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (shirts, shirts_slug) = app.create_area("Shirts").await;
    let (_, shoes_slug) = app.create_area("Shoes").await;
    let eleanor = expert(&app, "eleanor", shirts).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    let open = ask(&tom, "Unanswered shoe question here", &shoes_slug).await;
    let member = ask(&tom, "Member answered shirt question", &shirts_slug).await;
    let by_expert = ask(&tom, "Expert answered shirt question", &shirts_slug).await;
    answer(&sam, &member, "A member's view.").await;
    answer(&eleanor, &by_expert, "An expert's view.").await;
    let expert_answer = newest_answer(&app).await;
    sam.submit(
        &by_expert,
        &format!("/experts/answers/{expert_answer}/vote"),
        &[("vote", "up")],
    )
    .await;
    let _ = open;

    let titles = |body: &str| -> Vec<&'static str> {
        [
            "Unanswered shoe question here",
            "Member answered shirt question",
            "Expert answered shirt question",
        ]
        .into_iter()
        .filter(|t| body.contains(t))
        .collect()
    };
    let visitor = app.browser();
    assert_eq!(
        titles(&visitor.get("/experts?status=unanswered").await.body),
        vec!["Unanswered shoe question here"]
    );
    assert_eq!(
        titles(&visitor.get("/experts?status=no-expert").await.body),
        vec![
            "Unanswered shoe question here",
            "Member answered shirt question"
        ]
    );
    assert_eq!(
        titles(&visitor.get("/experts?status=expert").await.body),
        vec!["Expert answered shirt question"]
    );
    assert_eq!(
        titles(
            &visitor
                .get(&format!("/experts?area={shirts_slug}"))
                .await
                .body
        )
        .len(),
        2
    );
    assert_eq!(
        visitor.get("/experts?area=nowhere").await.status,
        StatusCode::NOT_FOUND
    );
    let newest = visitor.get("/experts").await.body;
    assert!(newest.find("Expert answered").unwrap() < newest.find("Unanswered shoe").unwrap());
    let by_votes = visitor.get("/experts?sort=votes").await.body;
    assert!(by_votes.find("Expert answered").unwrap() < by_votes.find("Member answered").unwrap());
    let list = visitor.get("/experts").await.body;
    assert!(
        list.contains("status-expert")
            && list.contains("status-open")
            && list.contains("status-answered")
    );
    assert!(visitor.get("/").await.body.contains("Recent questions"));
}

/// A long list is counted for 50 pages only ("Page 1 of 50+"), its 50th page still leads
/// on, and a page past them, not counted, knows from its own rows whether one follows.
async fn a_long_list_is_counted_fifty_pages_far(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (area, _) = app.create_area("Shirts").await;
    let asker = app.create_member("tom", &[]).await;
    // 1,006 questions: 50 pages of 20 counted, and a 51st page of 6.
    app.with_db(move |conn| {
        diesel::sql_query(format!(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1006) \
             INSERT INTO questions (slug, asker_id, area_id, title, body_md, body_html, \
             image_alt, created_at, last_activity_at) \
             SELECT 'q', {asker}, {area}, 'Question number ' || i, 'Body', '<p>Body</p>', '', \
             CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM n"
        ))
        .execute(conn)
        .unwrap();
    })
    .await;
    let visitor = app.browser();
    let first = visitor.get("/experts").await;
    assert!(first.body.contains("Page 1 of 50+"), "{}", first.body);
    assert!(first.body.contains("rel=\"next\""));
    let fiftieth = visitor.get("/experts?page=50").await;
    assert!(fiftieth.body.contains("Page 50 of 50+"));
    assert!(fiftieth.body.contains("rel=\"next\""), "the list goes on");
    let last = visitor.get("/experts?page=51").await;
    assert_eq!(last.status, StatusCode::OK);
    assert!(last.body.contains("Page 51 of 51"), "{}", last.body);
    assert!(!last.body.contains("rel=\"next\""), "nothing follows");
    assert_eq!(last.body.matches("Question number").count(), 6);
    // Just short of a count's end, the count is exact.
    app.with_db(|conn| {
        diesel::sql_query(
            "DELETE FROM questions WHERE id IN (SELECT id FROM questions ORDER BY id LIMIT 7)",
        )
        .execute(conn)
        .unwrap();
    })
    .await;
    let exact = visitor.get("/experts").await;
    assert!(exact.body.contains("Page 1 of 50<"), "{}", exact.body);
}

on_both_databases!(
    the_list_filters_by_status_and_area_and_sorts,
    a_long_list_is_counted_fifty_pages_far,
);
