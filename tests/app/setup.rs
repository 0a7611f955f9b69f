//! The first start: an admin made from the command line is taken to `/admin/setup`, names
//! the community, creates its areas and chooses what waits for review in one form; bad
//! input is answered beside its field with nothing saved; sending it twice makes nothing
//! twice; the choices take effect (the name in every page, questions open, customers'
//! posts published or held as chosen) and are in the audit log.

use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::{Backend, PASSWORD, TestApp, text_of_id};
use crate::on_both_databases;
use parlour::db::schema::{areas, questions};
use parlour::domain::Role;

async fn area_names(app: &TestApp) -> Vec<String> {
    app.with_db(|c| {
        areas::table
            .select(areas::name)
            .order(areas::id)
            .load(c)
            .unwrap()
    })
    .await
}

async fn a_new_admin_sets_up_the_community_in_one_form(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.create_member("ada", &[Role::Admin]).await;
    let admin = app.browser();
    assert_eq!(
        admin.sign_in("ada", PASSWORD).await.location(),
        Some("/admin/setup?notice=signed-in"),
        "no areas yet: the setup comes first"
    );
    let form = admin.get("/admin/setup").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("name=\"areas\""), "{}", form.body);
    assert!(
        form.body.contains("value=\"first-posts\" checked"),
        "the built-in policy is the first choice"
    );

    // Mistakes are answered beside their fields, with what was typed kept.
    let refused = admin
        .submit(
            "/admin/setup",
            "/admin/setup",
            &[
                ("name", "  "),
                ("areas", "Shirts and fit\nX"),
                ("review", "nothing"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&refused.body, "name-error")
            .unwrap()
            .contains("name")
    );
    assert!(
        text_of_id(&refused.body, "areas-error")
            .unwrap()
            .contains("“X”")
    );
    assert!(refused.body.contains(">Shirts and fit\nX</textarea>"));
    assert!(refused.body.contains("value=\"nothing\" checked"));
    let none = admin
        .submit(
            "/admin/setup",
            "/admin/setup",
            &[
                ("name", "Harlow & Co"),
                ("areas", "\n  \n"),
                ("review", "nothing"),
            ],
        )
        .await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&none.body, "areas-error")
            .unwrap()
            .contains("at least one area")
    );
    assert!(area_names(&app).await.is_empty(), "nothing saved");
    assert!(!admin.get("/").await.body.contains("Harlow"));

    // Sent twice, as an impatient double click would: each area is made once.
    let fields = [
        ("name", "Harlow & Co"),
        (
            "areas",
            "Shirts and fit\n Shoes   and care \nshoes and care",
        ),
        ("review", "nothing"),
    ];
    for _ in 0..2 {
        let saved = admin.submit("/admin/setup", "/admin/setup", &fields).await;
        assert_eq!(saved.location(), Some("/admin/areas?notice=setup-done"));
    }
    assert_eq!(area_names(&app).await, ["Shirts and fit", "Shoes and care"]);
    // Two copies at the same moment: one makes the area, the other counts as done.
    let more = [
        ("name", "Harlow & Co"),
        ("areas", "Knitwear"),
        ("review", "nothing"),
    ];
    let (one, other) = tokio::join!(
        admin.submit("/admin/setup", "/admin/setup", &more),
        admin.submit("/admin/setup", "/admin/setup", &more)
    );
    assert_eq!(one.status, StatusCode::SEE_OTHER, "{}", one.body);
    assert_eq!(other.status, StatusCode::SEE_OTHER, "{}", other.body);
    assert_eq!(
        area_names(&app).await,
        ["Shirts and fit", "Shoes and care", "Knitwear"]
    );
    let next = admin.get("/admin/areas?notice=setup-done").await.body;
    assert!(next.contains("give your staff the expert role"), "{next}");
    assert!(
        !admin
            .get("/admin")
            .await
            .body
            .contains("Set up your community")
    );

    // The name is the community's, on every page.
    let home = app.browser().get("/").await.body;
    assert!(home.contains("Welcome to Harlow &#38; Co"), "{home}");

    // Questions are open, and with nothing held a new customer's first post is public.
    let tom = app.signed_in_as("tom", &[]).await;
    let ask = tom.get("/experts/ask").await.body;
    assert!(!ask.contains("Questions are not open yet"));
    assert!(ask.contains("Shoes and care"));
    let path = crate::experts::ask(&tom, "Which collar for a round face?", "shirts-and-fit").await;
    assert_eq!(app.browser().get(&path).await.status, StatusCode::OK);

    // The audit log has each change.
    let log = admin.get("/mod/audit").await.body;
    assert!(log.contains("changed the brand to"), "{log}");
    assert_eq!(log.matches("created the area").count(), 3, "{log}");
    assert!(log.contains("changed the setting"), "{log}");

    // Later, the page shows the areas there and the choice made; choosing that every
    // customer post waits holds the next question.
    let again = admin.get("/admin/setup").await.body;
    assert!(
        again.contains("Already here: Knitwear, Shirts and fit, Shoes and care"),
        "{again}"
    );
    assert!(again.contains("value=\"nothing\" checked"));
    let strict = admin
        .submit(
            "/admin/setup",
            "/admin/setup",
            &[
                ("name", "Harlow & Co"),
                ("areas", ""),
                ("review", "everything"),
            ],
        )
        .await;
    assert_eq!(strict.status, StatusCode::SEE_OTHER, "{}", strict.body);
    let held = tom
        .submit_multipart(
            "/experts/ask",
            "/experts/ask",
            &[
                ("title", "How do I store linen?"),
                ("details", "Over the summer."),
                ("area", "shoes-and-care"),
                ("intent", "post"),
            ],
            &[],
        )
        .await;
    assert!(
        held.body.contains("Waiting for a moderator"),
        "{}",
        held.body
    );
    let waiting: i64 = app
        .with_db(|c| {
            questions::table
                .filter(questions::visibility.eq("held"))
                .count()
                .get_result(c)
                .unwrap()
        })
        .await;
    assert_eq!(waiting, 1);
}

on_both_databases!(a_new_admin_sets_up_the_community_in_one_form);

async fn only_admins_reach_the_setup(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for roles in [&[][..], &[Role::Moderator], &[Role::Staff]] {
        let name = format!(
            "user{}",
            roles.len() + roles.first().map_or(0, |r| *r as usize)
        );
        let member = app.signed_in_as(&name, roles).await;
        assert_eq!(
            member.get("/admin/setup").await.status,
            StatusCode::FORBIDDEN
        );
        let token = member.csrf_token("/").await;
        let post = member
            .post_raw(
                "/admin/setup",
                &[
                    ("csrf_token", &token),
                    ("name", "Mine"),
                    ("areas", "Taken over"),
                ],
            )
            .await;
        assert_eq!(post.status, StatusCode::FORBIDDEN);
    }
    assert!(area_names(&app).await.is_empty());
    let visitor = app.browser().get("/admin/setup").await;
    assert_eq!(visitor.location(), Some("/login?next=/admin/setup"));
}

on_both_databases!(only_admins_reach_the_setup);
