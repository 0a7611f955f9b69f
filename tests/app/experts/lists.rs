//! The question list: filters by status and area, sorting, and the status of each row.

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

on_both_databases!(the_list_filters_by_status_and_area_and_sorts);
