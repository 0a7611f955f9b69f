//! Hidden and held posts stay out of every list and count; a stale queue page cannot act.

use diesel::prelude::*;
use parlour::domain::Role;
use reqwest::StatusCode;

use super::{act, article, comment, last_comment};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn hidden_posts_leave_every_list_and_stale_pages_cannot_act(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let idea = moderator
        .submit_multipart(
            "/ideas/new",
            "/ideas/new",
            &[("title", "Tweed caps in children's sizes")],
            &[],
        )
        .await;
    let idea_path = idea
        .location()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let idea_id: i64 = idea_path.rsplit('/').next().unwrap().parse().unwrap();
    let tom = app.signed_in_as("tom", &[]).await;
    let report = |who: &'static str, reason: &'static str| {
        let app = &app;
        async move {
            let browser = app.signed_in_as(who, &[]).await;
            browser
                .submit(
                    &format!("/report?kind=idea&id={idea_id}"),
                    "/report",
                    &[
                        ("kind", "idea"),
                        ("id", &idea_id.to_string()),
                        ("reason", reason),
                    ],
                )
                .await
        }
    };
    assert_eq!(
        report("sam_k", "Off topic").await.status,
        StatusCode::SEE_OTHER
    );
    let queue = moderator.get("/mod").await.body;
    let seen = queue
        .split("name=\"seen\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    // A report arrives after the moderator's page was drawn: acting on it is refused.
    assert_eq!(
        report("oliver-j", "Spam").await.status,
        StatusCode::SEE_OTHER
    );
    let stale = act(
        &moderator,
        "idea",
        idea_id,
        &[("action", "approve"), ("seen", &seen)],
    )
    .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.body.contains("changed or was reported again"));

    let hidden = act(&moderator, "idea", idea_id, &[("action", "hide")]).await;
    assert_eq!(hidden.status, StatusCode::SEE_OTHER);
    for page in ["/ideas", "/"] {
        let body = tom.get(page).await.body;
        assert!(!body.contains("Tweed caps"), "{page} shows a hidden idea");
    }
    assert_eq!(tom.get(&idea_path).await.status, StatusCode::NOT_FOUND);

    // A hidden comment cannot be found by its number either.
    let (_, path) = article(&app).await;
    comment(&tom, &path, "Shitty linen").await;
    let id = last_comment(&app).await;
    act(&moderator, "comment", id, &[("action", "hide")]).await;
    assert_eq!(
        app.browser().get(&format!("/comments/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        moderator.get(&format!("/comments/{id}")).await.status,
        StatusCode::SEE_OTHER
    );
}

async fn held_questions_are_left_out_of_the_list_and_its_page_count(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (area, _) = app.create_area("Shirts").await;
    let asker = app.create_member("tom", &[]).await;
    // Twenty visible questions fill one page; a held twenty-first must not open a second.
    app.with_db(move |c| {
        for n in 0..21 {
            let title = format!("Question number {n} about shirts");
            let new = parlour::db::models::questions::NewQuestion {
                slug: "question",
                asker_id: asker,
                area_id: area,
                title: &title,
                body_md: "",
                body_html: "",
                image_id: None,
                image_alt: "",
                visibility: if n == 20 { "held" } else { "visible" },
            };
            parlour::db::models::questions::create(c, &new, chrono::Utc::now().naive_utc())
                .unwrap();
        }
    })
    .await;
    let list = app.browser().get("/experts").await.body;
    assert!(
        !list.contains("Question number 20 "),
        "the held one is not listed"
    );
    assert!(!list.contains("Page 1 of 2"), "nor counted");
    app.with_db(|c| {
        diesel::update(parlour::db::schema::questions::table)
            .set(parlour::db::schema::questions::visibility.eq("visible"))
            .execute(c)
            .unwrap()
    })
    .await;
    assert!(
        app.browser()
            .get("/experts")
            .await
            .body
            .contains("Page 1 of 2")
    );
}

on_both_databases!(
    held_questions_are_left_out_of_the_list_and_its_page_count,
    hidden_posts_leave_every_list_and_stale_pages_cannot_act,
);
