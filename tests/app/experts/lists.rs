//! The question list: filters by status and area, sorting, and the status of each row.

use diesel::{ExpressionMethods, QueryDsl, RunQueryDsl};
use parlour::db::schema::questions;
use reqwest::StatusCode;

use super::{answer, ask, expert, newest_answer, vote_up};
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
    vote_up(&sam, &by_expert, expert_answer).await;
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
    app.with_db(move |conn| numbered_questions(conn, asker, area, 1006))
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

/// `count` questions titled "Question number N", asked at the same moment, with N % 3
/// votes, straight into the database.
fn numbered_questions(conn: &mut parlour::db::DbConnection, asker: i64, area: i64, count: u32) {
    diesel::sql_query(format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count}) \
         INSERT INTO questions (slug, asker_id, area_id, title, body_md, body_html, \
         image_alt, vote_count, created_at, last_activity_at) \
         SELECT 'q', {asker}, {area}, 'Question number ' || i, 'Body', '<p>Body</p>', '', \
         i % 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM n"
    ))
    .execute(conn)
    .unwrap();
}

/// The numbers of the questions a list page shows, in order.
fn numbers(body: &str) -> Vec<u32> {
    body.split("Question number ")
        .skip(1)
        .map(|rest| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().unwrap()
        })
        .collect()
}

/// The "Next" link of a list page.
fn next_link(body: &str) -> String {
    let after = body
        .split("rel=\"next\" href=\"")
        .nth(1)
        .expect("a next link");
    after
        .split('"')
        .next()
        .unwrap()
        .replace("&amp;", "&")
        .replace("&#38;", "&")
}

/// "Next" starts the next page after the last row shown (however deep, a page then costs
/// what the first does), and gives the very rows the numbered page has, in every order,
/// with a filter, and where rows tie on the order's first columns.
async fn next_links_start_after_the_last_row_shown(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (area, _) = app.create_area("Shirts").await;
    let asker = app.create_member("tom", &[]).await;
    // 50 questions asked at the same moment (the order falls back on the id), with votes
    // that tie in threes, and a third of them active earlier than the rest.
    app.with_db(move |conn| {
        numbered_questions(conn, asker, area, 50);
        let earlier = chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        diesel::update(questions::table.filter(questions::vote_count.eq(0)))
            .set(questions::last_activity_at.eq(earlier))
            .execute(conn)
            .unwrap();
    })
    .await;
    let visitor = app.browser();
    for list in [
        "/experts?sort=",
        "/experts?sort=active",
        "/experts?sort=votes",
        "/experts?status=unanswered&sort=votes",
    ] {
        let mut page = visitor.get(list).await;
        let mut seen = numbers(&page.body);
        for number in 2..=3 {
            let next = next_link(&page.body);
            assert!(next.contains("after="), "{list}: {next}");
            page = visitor.get(&next).await;
            assert_eq!(page.status, StatusCode::OK);
            let numbered = visitor.get(&format!("{list}&page={number}")).await;
            assert_eq!(
                numbers(&page.body),
                numbers(&numbered.body),
                "{list}, page {number}"
            );
            // The row named, not the page number, decides where the page starts.
            let unnumbered = visitor
                .get(&next.replace(&format!("page={number}&"), ""))
                .await;
            assert_eq!(
                numbers(&unnumbered.body),
                numbers(&numbered.body),
                "{list}, after the row only"
            );
            seen.extend(numbers(&page.body));
        }
        seen.sort_unstable();
        assert_eq!(seen, (1..=50).collect::<Vec<_>>(), "{list}: every row once");
        assert!(
            !page.body.contains("rel=\"next\""),
            "{list}: nothing follows"
        );
    }
}

on_both_databases!(
    the_list_filters_by_status_and_area_and_sorts,
    a_long_list_is_counted_fifty_pages_far,
    next_links_start_after_the_last_row_shown,
);
