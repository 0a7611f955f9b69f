//! The community team's dashboard: known activity gives known figures, on the period's
//! first moment and not a second before, beside the period before; rolled-up days give
//! the same figures as live counting; the CSV downloads; who may see it.

use chrono::{Days, NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use parlour::db::schema::{flags, ideas, questions, users};
use parlour::domain::Role;
use reqwest::StatusCode;

use crate::experts::{answer, ask, expert, id_in};
use crate::helpers::{Backend, Browser, TestApp};
use crate::ideas::{set_status, share};
use crate::on_both_databases;

/// The custom period of the seven days ending today, as the address asks for it.
fn this_week() -> (String, NaiveDateTime) {
    let today = parlour::clock::now().date();
    let first = today - Days::new(6);
    (
        format!("period=custom&from={first}&to={today}"),
        first.and_hms_opt(0, 0, 0).unwrap(),
    )
}

/// A CSV line's cells (quoted cells may hold commas and doubled quotes).
fn cells(line: &str) -> Vec<String> {
    let (mut out, mut cell, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut cell)),
            (c, _) => cell.push(c),
        }
    }
    out.push(cell);
    out
}

/// The summary CSV's row for `figure`: (this period, previous period).
async fn figure(browser: &Browser, base: &str, qs: &str, figure: &str) -> (String, String) {
    let csv = browser.get(&format!("{base}?table=summary&{qs}")).await;
    assert_eq!(csv.status, StatusCode::OK, "{}", csv.body);
    let row = csv
        .body
        .lines()
        .map(cells)
        .find(|cells| cells.get(1).is_some_and(|c| c == figure))
        .unwrap_or_else(|| panic!("no {figure} in {}", csv.body));
    (row[3].clone(), row[4].clone())
}

async fn known_activity_gives_known_figures_on_both_sides_of_the_boundary(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in_as("root", &[Role::Admin]).await;
    let (area_id, area) = app.create_area("Shirts").await;
    let ella = expert(&app, "ella", area_id).await;
    let amy = app.signed_in_as("amy1", &[]).await;
    let bob = app.signed_in_as("bob1", &[]).await;
    let moderator = app.signed_in_as("mod1", &[Role::Moderator]).await;

    let first_q = ask(&amy, "Which collar for a wide face", &area).await;
    let second_q = ask(&amy, "Do cuffs shrink in the wash", &area).await;
    assert_eq!(
        answer(&ella, &first_q, "A cutaway collar balances it.")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        answer(&bob, &first_q, "I wear a spread collar.")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let idea = share(&bob, "Sell collar stays separately").await;
    set_status(&moderator, &idea, "planned", "Coming in spring.").await;

    // The first question is asked on the period's first moment and answered two hours
    // later (the expert three); the second a second before the period, never answered.
    // Bob joined in the previous period; the idea got its status after a day.
    let (qs, start) = this_week();
    let (first_id, second_id) = (id_in(&first_q), id_in(&second_q));
    let idea_id = id_in(&idea);
    app.with_db(move |c| {
        diesel::update(questions::table.find(first_id))
            .set((
                questions::created_at.eq(start),
                questions::first_answer_at.eq(start + TimeDelta::hours(2)),
                questions::first_expert_answer_at.eq(start + TimeDelta::hours(3)),
            ))
            .execute(c)
            .unwrap();
        diesel::update(questions::table.find(second_id))
            .set(questions::created_at.eq(start - TimeDelta::seconds(1)))
            .execute(c)
            .unwrap();
        diesel::update(users::table.filter(users::username.eq("bob1")))
            .set(users::created_at.eq(start - TimeDelta::days(3)))
            .execute(c)
            .unwrap();
        diesel::update(ideas::table.find(idea_id))
            .set(ideas::created_at.eq(start + TimeDelta::hours(1)))
            .execute(c)
            .unwrap();
        diesel::update(ideas::table.find(idea_id))
            .set(ideas::first_response_at.eq(start + TimeDelta::hours(25)))
            .execute(c)
            .unwrap();
    })
    .await;

    let base = "/admin/dashboard.csv";
    let expected = [
        ("New members", ("4", "1")),
        // Amy asked (both periods), Ella and Bob answered, Bob shared an idea.
        ("Active members (posted or voted)", ("3", "1")),
        ("Questions asked", ("1", "1")),
        ("Answered", ("100.0", "0.0")),
        ("Answered by an expert", ("100.0", "0.0")),
        ("Time to first answer, median", ("2.00", "")),
        ("Time to first expert answer, median", ("3.00", "")),
        ("Ideas received", ("1", "0")),
        ("Time to a first status, median", ("24.00", "")),
    ];
    for (name, (now, before)) in expected {
        assert_eq!(
            figure(&admin, base, &qs, name).await,
            (now.to_owned(), before.to_owned()),
            "{name}"
        );
    }

    // The page shows them, with the change, the charts and the unanswered question.
    let page = admin.get(&format!("/admin?{qs}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("2 h 0 min"), "{}", page.body);
    assert!(page.body.contains("+100 points"));
    assert_eq!(page.body.matches("<svg").count(), 6);
    assert_eq!(page.body.matches("class=\"chart-bar\"").count(), 6 * 7);
    assert!(page.body.contains("Do cuffs shrink in the wash"));

    // Once the days are rolled up (here, as if it were the day after tomorrow), the
    // figures are the same, read from the rollups.
    let later = parlour::clock::now() + TimeDelta::days(2);
    let stored = app
        .with_db(move |c| parlour::dashboard::rollup::roll_up(c, later).unwrap())
        .await;
    assert!(stored >= 10, "{stored}");
    // A member joining after the rollup is not counted again live: the rollups are read.
    app.create_member("late", &[]).await;
    for (name, (now, before)) in expected {
        assert_eq!(
            figure(&admin, base, &qs, name).await,
            (now.to_owned(), before.to_owned()),
            "{name} after the rollup"
        );
    }
    let activity = admin.get(&format!("{base}?table=activity&{qs}")).await.body;
    let today = parlour::clock::now().date().to_string();
    let today_row = activity
        .lines()
        .find(|l| l.starts_with(&format!("{today},{today},")))
        .unwrap_or_else(|| panic!("{activity}"));
    // Today: four members joined (root, ella, amy, mo), two active (Ella and Bob
    // answered), one answer each... as stored by the rollup.
    assert!(
        today_row.starts_with(&format!("{today},{today},4,2,0,2,")),
        "{today_row}"
    );
}

on_both_databases!(known_activity_gives_known_figures_on_both_sides_of_the_boundary);

async fn moderation_figures_count_reports_and_false_flags(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in_as("root", &[Role::Admin]).await;
    let staff = app.signed_in_as("amara", &[Role::Staff]).await;
    let path = staff
        .write_article("Caring for linen", "Wash cool, dry flat.", "now")
        .await;
    let sam = app.signed_in_as("sam", &[]).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let moderator = app.signed_in_as("mod1", &[Role::Moderator]).await;
    sam.submit(
        &path,
        &format!("{path}/comments"),
        &[("body", "Thanks, useful.")],
    )
    .await;
    let comment: i64 = app
        .with_db(|c| {
            parlour::db::schema::replies::table
                .select(parlour::db::schema::replies::id)
                .first(c)
                .unwrap()
        })
        .await;
    tom.submit(
        &format!("/report?kind=comment&id={comment}"),
        "/report",
        &[
            ("kind", "comment"),
            ("id", &comment.to_string()),
            ("reason", "Looks like spam"),
        ],
    )
    .await;
    let approved = moderator
        .submit(
            "/mod",
            &format!("/mod/comment/{comment}"),
            &[("action", "approve")],
        )
        .await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);
    // The report waited 90 minutes for the moderator.
    app.with_db(move |c| {
        let resolved: Option<NaiveDateTime> =
            flags::table.select(flags::resolved_at).first(c).unwrap();
        diesel::update(flags::table)
            .set(flags::created_at.eq(resolved.unwrap() - TimeDelta::minutes(90)))
            .execute(c)
            .unwrap();
    })
    .await;

    let (qs, _) = this_week();
    let base = "/admin/dashboard.csv";
    assert_eq!(figure(&admin, base, &qs, "Reports by members").await.0, "1");
    assert_eq!(
        figure(&admin, base, &qs, "False flags (approved without change)")
            .await
            .0,
        "1"
    );
    assert_eq!(
        figure(&admin, base, &qs, "Time to a moderator's action, median")
            .await
            .0,
        "1.50"
    );
    assert_eq!(
        figure(&admin, base, &qs, "Comments on articles").await.0,
        "1"
    );
    assert_eq!(figure(&admin, base, &qs, "Articles published").await.0, "1");

    // Moderators see the same figures, read-only, at their own address.
    let theirs = moderator.get(&format!("/mod/dashboard?{qs}")).await;
    assert_eq!(theirs.status, StatusCode::OK);
    assert!(theirs.body.contains("Community dashboard"));
    assert!(!theirs.body.contains("href=\"/admin/members\""));
    assert_eq!(
        figure(&moderator, "/mod/dashboard.csv", &qs, "Reports by members")
            .await
            .0,
        "1"
    );
    assert_eq!(moderator.get("/admin").await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        moderator
            .get("/admin/dashboard.csv?table=summary")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        sam.get("/mod/dashboard").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        sam.get("/mod/dashboard.csv?table=summary").await.status,
        StatusCode::FORBIDDEN
    );
}

on_both_databases!(moderation_figures_count_reports_and_false_flags);

async fn a_bad_period_is_explained_beside_its_field(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in_as("root", &[Role::Admin]).await;
    let page = admin
        .get("/admin?period=custom&from=2026-02-01&to=2026-01-01")
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("The last day comes before the first."));
    assert!(
        page.body.contains("value=\"2026-02-01\""),
        "typed values are kept"
    );
    assert!(!page.body.contains("<svg"));
    let junk = admin.get("/admin?period=custom&from=someday&to=").await;
    assert_eq!(junk.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(junk.body.contains("Enter the first day as a date"));
    // Fixed periods need no dates; an unknown table is not found.
    for period in ["week", "4weeks", "12months"] {
        let page = admin.get(&format!("/admin?period={period}")).await;
        assert_eq!(page.status, StatusCode::OK, "{period}");
    }
    assert_eq!(
        admin.get("/admin/dashboard.csv?table=secrets").await.status,
        StatusCode::NOT_FOUND
    );
}

on_both_databases!(a_bad_period_is_explained_beside_its_field);
