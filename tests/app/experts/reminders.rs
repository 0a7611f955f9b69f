//! Reminders: an asker with an answer is reminded once to accept it.

use chrono::{Duration, Utc};
use diesel::prelude::*;
use parlour::db::schema::questions;

use super::{answer, ask, unread};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn askers_are_reminded_once_to_accept_an_answer(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, slug) = app.create_area("Care").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    let helped = ask(&tom, "How to fold a suit jacket for travel?", &slug).await;
    ask(&tom, "A question nobody answered yet", &slug).await;
    answer(&sam, &helped, "Inside out, shoulders tucked.").await;
    app.with_db(|c| {
        let then = Utc::now().naive_utc() - Duration::days(4);
        diesel::update(questions::table)
            .set(questions::created_at.eq(then))
            .execute(c)
            .unwrap()
    })
    .await;

    let now = Utc::now().naive_utc();
    let first = app
        .with_db(move |c| parlour::reminders::send_due(c, now, 3).unwrap().len())
        .await;
    let second = app
        .with_db(move |c| parlour::reminders::send_due(c, now, 3).unwrap().len())
        .await;

    let reminders: Vec<String> = unread(&app, "tom")
        .await
        .into_iter()
        .filter(|n| n.contains("Did an answer help"))
        .collect();
    assert_eq!(
        reminders,
        vec!["Did an answer help? Accept it on: How to fold a suit jacket for travel?"]
    );
    assert_eq!(
        (first, second),
        (0, 0),
        "reminders are not e-mailed by default"
    );
}

on_both_databases!(askers_are_reminded_once_to_accept_an_answer);
