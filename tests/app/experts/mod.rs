//! Ask the Experts: asking, answers, votes, lists, queue, invitations, reminders, e-mail, areas.

use diesel::prelude::*;
use parlour::db::models::{areas, notifications};
use parlour::db::schema::answers;
use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Browser, TestApp};

mod admin;
mod answering;
mod asking;
mod email;
mod invitations;
mod lists;
mod profiles;
mod queue;
mod reminders;
mod votes;

/// A signed-in expert assigned to `area_id`.
pub async fn expert(app: &TestApp, name: &str, area_id: i64) -> Browser {
    let id = app.create_member(name, &[Role::Expert]).await;
    app.with_db(move |conn| areas::assign(conn, id, area_id).unwrap())
        .await;
    let browser = app.browser();
    browser.sign_in(name, crate::helpers::PASSWORD).await;
    browser
}

/// Asks a question and returns its path.
pub async fn ask(browser: &Browser, title: &str, area: &str) -> String {
    let page = browser
        .submit_multipart(
            "/experts/ask",
            "/experts/ask",
            &[
                ("title", title),
                ("details", "Some **details**."),
                ("area", area),
                ("intent", "post"),
            ],
            &[],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    page.location()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned()
}

pub fn id_in(path: &str) -> i64 {
    path.rsplit('/')
        .next()
        .unwrap()
        .split('-')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

pub async fn answer(browser: &Browser, path: &str, body: &str) -> crate::helpers::Page {
    let id = id_in(path);
    browser
        .submit(
            path,
            &format!("/experts/questions/{id}/answers"),
            &[("body", body)],
        )
        .await
}

/// Votes for answer `id` with the form on the question page at `path`.
pub async fn vote_up(browser: &Browser, path: &str, id: i64) -> crate::helpers::Page {
    browser
        .submit(
            path,
            &format!("/experts/answers/{id}/vote"),
            &[("vote", "up")],
        )
        .await
}

/// Posts as `expert` an answer on `path` that the leak check holds (it gives an e-mail
/// address: the held page answers 200), and returns its id.
pub async fn held_answer(app: &TestApp, expert: &Browser, path: &str) -> i64 {
    let held = answer(expert, path, "Write to j.smith@example.com for a fitting.").await;
    assert_eq!(held.status, StatusCode::OK, "the held page");
    newest_answer(app).await
}

pub async fn newest_answer(app: &TestApp) -> i64 {
    app.with_db(|c| {
        answers::table
            .select(answers::id)
            .order(answers::id.desc())
            .first(c)
            .unwrap()
    })
    .await
}

async fn unread(app: &TestApp, name: &str) -> Vec<String> {
    let name = name.to_owned();
    app.with_db(move |conn| {
        let user = parlour::db::models::users::find_by_username(conn, &name)
            .unwrap()
            .unwrap();
        notifications::recent(conn, user.id, 50)
            .unwrap()
            .into_iter()
            .filter(|n| n.read_at.is_none())
            // Kept as a key and values; the tests read them in British English.
            .map(|n| n.said().say(parlour::i18n::Lang::EnGb))
            .collect()
    })
    .await
}
