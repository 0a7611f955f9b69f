//! Public profiles (`/u/{username}`), author links and avatars in threads, and the profile
//! form's display name and "hide my activity" choice.

use diesel::prelude::*;
use parlour::db::schema::{answers, ideas, questions, users};
use parlour::domain::Role;
use reqwest::StatusCode;

use crate::experts::{answer, ask, expert, newest_answer};
use crate::helpers::{Backend, Browser, PASSWORD, TestApp, text_of_id};
use crate::ideas::share;
use crate::on_both_databases;

/// The id of the question at `path` (`/experts/questions/{id}-{slug}`).
fn question_id(path: &str) -> i64 {
    let key = path.rsplit('/').next().unwrap();
    key.split('-').next().unwrap().parse().unwrap()
}

async fn set_question_visibility(app: &TestApp, path: &str, visibility: &'static str) {
    let id = question_id(path);
    app.with_db(move |c| {
        diesel::update(questions::table.find(id))
            .set(questions::visibility.eq(visibility))
            .execute(c)
            .unwrap()
    })
    .await;
}

/// Saves the profile form with `fields` (the picture, if any, in `files`).
async fn save_profile(
    browser: &Browser,
    fields: &[(&str, &str)],
    files: &[(&str, &str, Vec<u8>)],
) -> crate::helpers::Page {
    browser
        .submit_multipart("/account", "/account/profile", fields, files)
        .await
}

async fn a_profile_shows_bio_areas_counts_and_posts_but_never_the_email(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (suits, slug) = app.create_area("Suits").await;
    let marta = expert(&app, "marta", suits).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let saved = save_profile(
        &marta,
        &[
            ("display_name", "Marta Lind"),
            ("bio", "Cutter on Savile Row."),
        ],
        &[],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    let question = ask(&tom, "Which lining breathes best?", &slug).await;
    let answered = answer(&marta, &question, "Cupro, every time.").await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER);
    let answer_id = newest_answer(&app).await;
    let accepted = tom
        .submit(
            &question,
            &format!("/experts/answers/{answer_id}/accept"),
            &[],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    let idea = share(&marta, "Open the shop on Sunday mornings").await;
    let idea_id: i64 = idea.rsplit('/').next().unwrap().parse().unwrap();
    app.with_db(move |c| {
        diesel::update(ideas::table.find(idea_id))
            .set((ideas::approved.eq(true), ideas::status.eq("planned")))
            .execute(c)
            .unwrap()
    })
    .await;

    let profile = app.browser().get("/u/marta").await;
    assert_eq!(profile.status, StatusCode::OK);
    let body = &profile.body;
    assert!(body.contains("Marta Lind"), "display name");
    assert!(body.contains("@marta"));
    assert!(body.contains("Cutter on Savile Row."));
    assert!(body.contains("Suits") && body.contains("expert since"));
    assert!(body.contains("Member since"));
    assert!(
        body.contains("<dt>Answers accepted</dt><dd>1</dd>"),
        "{body}"
    );
    assert!(
        body.contains("<dt>Ideas planned or done</dt><dd>1</dd>"),
        "{body}"
    );
    assert!(
        body.contains("Which lining breathes best?"),
        "the answer is listed"
    );
    assert!(body.contains(&format!("#answer-{answer_id}")));
    assert!(body.contains("Open the shop on Sunday mornings"));
    assert!(!body.contains("@example.com"), "never an e-mail address");
    assert!(!body.contains("marta@"));
}

async fn held_and_hidden_posts_show_only_to_those_who_may_open_them(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, slug) = app.create_area("Shoes").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let other = app.signed_in_as("sam", &[]).await;
    let public = ask(&tom, "How do I stretch new brogues?", &slug).await;
    let held = ask(&tom, "Waiting question about welts", &slug).await;
    let hidden = ask(&tom, "Taken down question about soles", &slug).await;
    set_question_visibility(&app, &held, "held").await;
    set_question_visibility(&app, &hidden, "hidden").await;
    let waiting_idea = share(&tom, "An idea still waiting for review").await;
    let waiting_id: i64 = waiting_idea.rsplit('/').next().unwrap().parse().unwrap();
    app.with_db(move |c| {
        diesel::update(ideas::table.find(waiting_id))
            .set(ideas::approved.eq(false))
            .execute(c)
            .unwrap()
    })
    .await;

    for reader in [&app.browser(), &other] {
        let body = reader.get("/u/tom").await.body;
        assert!(body.contains("How do I stretch new brogues?"));
        assert!(!body.contains("Waiting question about welts"));
        assert!(!body.contains("Taken down question about soles"));
        assert!(!body.contains("An idea still waiting for review"));
        assert!(
            body.contains("1 question ·"),
            "counts only what is shown: {body}"
        );
    }
    let own = tom.get("/u/tom").await.body;
    assert!(own.contains("Waiting question about welts"));
    assert!(own.contains("An idea still waiting for review"));
    assert!(!own.contains("Taken down question about soles"));
    let moderated = moderator.get("/u/tom").await.body;
    assert!(moderated.contains("Waiting question about welts"));
    assert!(moderated.contains("Taken down question about soles"));
    let _ = public;
}

async fn a_member_who_hides_their_activity_shows_name_picture_and_bio_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, slug) = app.create_area("Knitwear").await;
    let tom = app.signed_in_as("tom", &[]).await;
    ask(&tom, "Does merino pill less than lambswool?", &slug).await;
    let saved = save_profile(
        &tom,
        &[("bio", "Knits on trains."), ("hide_activity", "yes")],
        &[],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    let body = app.browser().get("/u/tom").await.body;
    assert!(body.contains("Knits on trains."));
    assert!(body.contains("keeps their activity off their profile"));
    assert!(!body.contains("Does merino pill less than lambswool?"));
    assert!(!body.contains("Member since"));
    let form = tom.get("/account").await.body;
    assert!(form.contains("name=\"hide_activity\" value=\"yes\" checked"));
}

async fn a_name_in_another_case_redirects_and_unknown_or_deleted_names_are_not_found(
    backend: Backend,
) {
    let app = TestApp::spawn(backend).await;
    app.create_member("TomSmith", &[]).await;
    let visitor = app.browser();

    let moved = visitor.get("/u/tomsmith?page=2").await;
    assert_eq!(moved.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(moved.location(), Some("/u/TomSmith?page=2"));
    assert_eq!(visitor.get("/u/TomSmith").await.status, StatusCode::OK);
    assert_eq!(
        visitor.get("/u/nobody-here").await.status,
        StatusCode::NOT_FOUND
    );

    let leaving = app.signed_in_as("leaving", &[]).await;
    let id = app
        .with_db(|c| {
            users::table
                .filter(users::username.eq("leaving"))
                .select(users::id)
                .first::<i64>(c)
                .unwrap()
        })
        .await;
    let deleted = leaving.delete_account(PASSWORD).await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER, "{}", deleted.body);
    assert_eq!(
        visitor.get("/u/leaving").await.status,
        StatusCode::NOT_FOUND
    );
    let former = format!("/u/former-member-{id}");
    assert_eq!(visitor.get(&former).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        visitor
            .get(&former.to_uppercase().replace("/U/", "/u/"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

async fn author_names_link_to_profiles_except_deleted_members(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (suits, slug) = app.create_area("Suits").await;
    let marta = expert(&app, "marta", suits).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let gone = app.signed_in_as("gone", &[]).await;
    let question = ask(&tom, "How long should trousers break?", &slug).await;
    answer(&marta, &question, "A slight break suits most.").await;
    answer(&gone, &question, "No break at all for me.").await;
    let id = question_id(&question);
    gone.submit(
        &question,
        &format!("/experts/answers/{}/comments", newest_answer(&app).await),
        &[("body", "And cropped in summer.")],
    )
    .await;
    gone.delete_account(PASSWORD).await;

    let thread = app.browser().get(&question).await.body;
    assert!(thread.contains("href=\"/u/tom\""), "the asker links");
    assert!(thread.contains("href=\"/u/marta\""), "the answerer links");
    assert!(
        thread.contains("former-member-"),
        "the deleted member is named"
    );
    assert!(
        !thread.contains("href=\"/u/former-member-"),
        "but not linked"
    );
    let list = app.browser().get("/experts").await.body;
    assert!(
        list.contains("href=\"/u/tom\""),
        "list cards link the asker"
    );
    let team = app.browser().get("/experts/team").await.body;
    assert!(
        team.contains("href=\"/u/marta\""),
        "the team page links the expert"
    );

    let amara = app.signed_in_as("amara", &[Role::Staff]).await;
    let article = amara
        .write_article("Caring for linen", "Iron it damp.", "now")
        .await;
    tom.submit(
        &article,
        &format!("{article}/comments"),
        &[("body", "Steam works too.")],
    )
    .await;
    let page = app.browser().get(&article).await.body;
    assert!(
        page.contains("href=\"/u/amara\""),
        "the article's author links"
    );
    assert!(page.contains("href=\"/u/tom\""), "the commenter links");
    let blog = app.browser().get("/blog").await.body;
    assert!(
        blog.contains("href=\"/u/amara\""),
        "article cards link the author"
    );
    let _ = id;
}

async fn threads_show_uploaded_pictures_small_and_initials_for_others(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.body_limit = 4 * 1024 * 1024).await;
    let (_, slug) = app.create_area("Coats").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let ann = app.signed_in_as("ann", &[]).await;
    let saved = save_profile(
        &tom,
        &[("bio", "")],
        &[("avatar", "me.jpg", crate::media::photo(900, 600))],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let question = ask(&tom, "Is a waxed coat warm enough?", &slug).await;
    answer(&ann, &question, "Layer a gilet under it.").await;

    let thread = app.browser().get(&question).await.body;
    assert!(
        thread.contains("<img class=\"avatar avatar-small\" src=\"/media/")
            && thread.contains("width=\"32\" height=\"32\""),
        "the uploaded picture, shown small: {thread}"
    );
    assert!(
        thread.contains("avatar-initial avatar-c") && thread.contains(">A</span>"),
        "an initial for the member without a picture"
    );
    assert!(!thread.contains("style="), "no inline styles under the CSP");
    let profile = app.browser().get("/u/tom").await.body;
    assert!(profile.contains("<img class=\"avatar\" src=\"/media/"));
}

async fn the_profile_form_checks_the_display_name_and_keeps_what_was_typed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let too_long = "Thomas ".repeat(10);

    let refused = save_profile(
        &tom,
        &[
            ("display_name", &too_long),
            ("bio", "Kept bio."),
            ("hide_activity", "yes"),
        ],
        &[],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&refused.body, "display_name-error")
            .unwrap()
            .contains("under 50")
    );
    assert!(refused.body.contains(&format!("value=\"{}\"", too_long)));
    assert!(refused.body.contains("Kept bio."));
    assert!(refused.body.contains("value=\"yes\" checked"));
    let reserved = save_profile(&tom, &[("display_name", "Former member 2")], &[]).await;
    assert_eq!(reserved.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        app.browser()
            .get("/u/tom")
            .await
            .body
            .contains("<h1 id=\"profile-name\">tom</h1>")
    );

    let saved = save_profile(&tom, &[("display_name", "  Tom   Smith ")], &[]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let profile = app.browser().get("/u/tom").await.body;
    assert!(profile.contains("<h1 id=\"profile-name\">Tom Smith</h1>"));
    assert!(profile.contains("<title>Tom Smith"));
}

/// The counts of a profile's answers, and of those accepted, as `reader` sees them.
async fn answer_counts(reader: &Browser, username: &str) -> (String, String) {
    let body = reader.get(&format!("/u/{username}")).await.body;
    // "N questions · N answers · …" under the posts' heading.
    let answers = body
        .split("id=\"activity-heading\"")
        .nth(1)
        .and_then(|posts| posts.split(" · ").nth(1))
        .unwrap_or_default()
        .to_owned();
    let accepted = body
        .split("<dt>Answers accepted</dt><dd>")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .unwrap_or_default()
        .to_owned();
    (answers, accepted)
}

/// A profile counts answers by what each answer carries of its question (kept by the
/// database): the counts follow the question being hidden and shown again, an answer
/// accepted and another accepted instead, and an answer moved to another question in
/// plain SQL.
async fn answer_counts_follow_their_questions_however_they_change(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (suits, slug) = app.create_area("Suits").await;
    let marta = expert(&app, "marta", suits).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let sam = app.signed_in_as("sam", &[]).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let visitor = app.browser();
    let lining = ask(&tom, "Which lining breathes best?", &slug).await;
    let vents = ask(&tom, "Side vents or a centre vent?", &slug).await;
    answer(&marta, &lining, "Cupro, every time.").await;
    let martas = newest_answer(&app).await;
    answer(&sam, &lining, "Bemberg, which is cupro too.").await;
    let sams = newest_answer(&app).await;
    answer(&marta, &vents, "Side vents, for sitting.").await;
    let on_vents = newest_answer(&app).await;
    let counts = |reader| answer_counts(reader, "marta");
    assert_eq!(counts(&visitor).await, ("2 answers".into(), "0".into()));

    let (tom_ref, lining_ref) = (&tom, &lining);
    let accept = |id: i64| async move {
        tom_ref
            .submit(lining_ref, &format!("/experts/answers/{id}/accept"), &[])
            .await
            .status
    };
    assert_eq!(accept(martas).await, StatusCode::SEE_OTHER);
    assert_eq!(counts(&visitor).await.1, "1", "accepted");
    assert_eq!(accept(sams).await, StatusCode::SEE_OTHER);
    assert_eq!(counts(&visitor).await.1, "0", "another accepted instead");
    assert_eq!(answer_counts(&visitor, "sam").await.1, "1");

    set_question_visibility(&app, &vents, "hidden").await;
    assert_eq!(
        counts(&visitor).await.0,
        "1 answer",
        "under a hidden question"
    );
    assert_eq!(counts(&moderator).await.0, "2 answers", "moderators see it");
    set_question_visibility(&app, &vents, "visible").await;
    assert_eq!(counts(&visitor).await.0, "2 answers", "shown again");

    // Moved in plain SQL to a hidden question, the answer takes that question's state.
    let hidden = ask(&tom, "A question taken down", &slug).await;
    set_question_visibility(&app, &hidden, "hidden").await;
    let to = question_id(&hidden);
    app.with_db(move |c| {
        diesel::update(answers::table.find(on_vents))
            .set(answers::question_id.eq(to))
            .execute(c)
            .unwrap()
    })
    .await;
    assert_eq!(
        counts(&visitor).await.0,
        "1 answer",
        "moved under a hidden question"
    );
}

on_both_databases!(
    a_profile_shows_bio_areas_counts_and_posts_but_never_the_email,
    held_and_hidden_posts_show_only_to_those_who_may_open_them,
    a_member_who_hides_their_activity_shows_name_picture_and_bio_only,
    a_name_in_another_case_redirects_and_unknown_or_deleted_names_are_not_found,
    author_names_link_to_profiles_except_deleted_members,
    threads_show_uploaded_pictures_small_and_initials_for_others,
    the_profile_form_checks_the_display_name_and_keeps_what_was_typed,
    answer_counts_follow_their_questions_however_they_change,
);
