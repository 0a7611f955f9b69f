//! The expert queue: questions waiting in an expert's areas, oldest first, overdue ones marked.

use chrono::{Duration, Utc};
use diesel::prelude::*;
use parlour::db::schema::questions;
use reqwest::StatusCode;

use super::{ask, expert, id_in};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn the_expert_queue_shows_waiting_questions_oldest_first(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (shirts, shirts_slug) = app.create_area("Shirts").await;
    let (_, shoes_slug) = app.create_area("Shoes").await;
    let eleanor = expert(&app, "eleanor", shirts).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let old = ask(&tom, "An old shirt question waiting", &shirts_slug).await;
    ask(&tom, "A fresh shirt question waiting", &shirts_slug).await;
    ask(&tom, "A shoe question for someone else", &shoes_slug).await;
    let old_id = id_in(&old);
    app.with_db(move |c| {
        let then = Utc::now().naive_utc() - Duration::hours(50);
        diesel::update(questions::table.find(old_id))
            .set(questions::created_at.eq(then))
            .execute(c)
            .unwrap()
    })
    .await;

    let queue = eleanor.get("/experts/queue").await;

    assert_eq!(queue.status, StatusCode::OK);
    let body = queue.body;
    assert!(
        body.find("An old shirt question").unwrap() < body.find("A fresh shirt question").unwrap()
    );
    assert!(!body.contains("A shoe question"));
    assert!(body.contains("waiting 2 days") && body.contains("Overdue"));
    assert_eq!(body.matches("class=\"question-row overdue\"").count(), 1);
    assert_eq!(
        tom.get("/experts/queue").await.status,
        StatusCode::FORBIDDEN
    );
}

on_both_databases!(the_expert_queue_shows_waiting_questions_oldest_first);
