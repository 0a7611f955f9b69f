//! What authors and moderators see of held posts: the author's held answer or comment in
//! place, marked as waiting; the same, in context, for moderators; ideas waiting for review
//! in the queue; and the number of posts waiting in a moderator's header.

use parlour::domain::Role;
use reqwest::StatusCode;

use super::{act, article, comment, last_comment};
use crate::experts::{answer, ask};
use crate::helpers::{Backend, TestApp};
use crate::ideas::{set_status, share};
use crate::on_both_databases;

const WAITING: &str = "Waiting for a moderator";

async fn held_answers_and_comments_show_in_place_to_their_author_and_moderators(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.set_policy("new_member_posts", "1").await;
    let (_, area) = app.create_area("Shirts").await;
    let staff = app.signed_in_as("ken", &[Role::Staff]).await;
    let question = ask(&staff, "Which collar for a round face?", &area).await;
    let newcomer = app.signed_in_as("newcomer", &[]).await;
    let held = answer(&newcomer, &question, "A cutaway collar widens the face.").await;
    assert_eq!(held.status, StatusCode::OK, "held, not published");

    let own = newcomer.get(&question).await.body;
    assert!(own.contains("A cutaway collar widens the face."), "{own}");
    assert!(own.contains(WAITING) && own.contains("1 answer"), "{own}");
    assert!(!own.contains("Vote up"), "a held answer takes no votes");
    let other = app.signed_in_as("tom", &[]).await.get(&question).await.body;
    assert!(
        !other.contains("cutaway") && other.contains("0 answers"),
        "{other}"
    );
    assert!(!app.browser().get(&question).await.body.contains("cutaway"));
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let in_context = moderator.get(&question).await.body;
    assert!(in_context.contains("cutaway") && in_context.contains(WAITING));
    assert!(
        in_context.contains("Review it in the queue"),
        "{in_context}"
    );

    let (_, post) = article(&app).await;
    let writer = app.signed_in_as("newcomer_two", &[]).await;
    let held = comment(&writer, &post, "Does linen need ironing at all?").await;
    assert_eq!(held.status, StatusCode::OK);
    let own = writer.get(&post).await.body;
    assert!(own.contains("Does linen need ironing") && own.contains(WAITING));
    assert!(
        !app.browser()
            .get(&post)
            .await
            .body
            .contains("Does linen need ironing")
    );
    assert!(
        moderator
            .get(&post)
            .await
            .body
            .contains("Does linen need ironing")
    );
}

async fn ideas_waiting_for_review_are_in_the_queue_and_counted_in_the_header(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let before = moderator.get("/ideas").await.body;
    assert!(!before.contains("posts waiting"), "nothing waits yet");

    let tom = app.signed_in_as("tom", &[]).await;
    share(&tom, "Offer shirts in half collar sizes").await;
    share(&tom, "Open the Leeds shop on Sundays").await;

    let queue = moderator.get("/mod").await.body;
    assert!(
        queue.contains("Offer shirts in half collar sizes"),
        "{queue}"
    );
    assert!(queue.contains("Open the Leeds shop on Sundays"));
    let header = moderator.get("/ideas").await.body;
    assert!(
        header.contains("2<span class=\"visually-hidden\"> posts waiting"),
        "{header}"
    );
    assert!(!tom.get("/ideas").await.body.contains("posts waiting"));
}

async fn the_status_control_starts_on_the_current_status_and_a_note_alone_keeps_it(
    backend: Backend,
) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = share(&tom, "Offer shirts in half collar sizes").await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let waiting = moderator.get(&path).await.body;
    assert!(
        waiting.contains("<option value=\"\" selected>Choose…</option>"),
        "a waiting idea is not approved by default: {waiting}"
    );
    let unchosen = set_status(&moderator, &path, "", "").await;
    assert_eq!(unchosen.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unchosen.body.contains("Choose a status."));
    set_status(&moderator, &path, "under-review", "Looking at it.").await;

    let page = moderator.get(&path).await.body;
    assert!(
        page.contains("<option value=\"under-review\" selected>Under review (unchanged)</option>"),
        "{page}"
    );
    let noted = set_status(&moderator, &path, "under-review", "Suppliers asked.").await;
    assert_eq!(noted.status, StatusCode::SEE_OTHER);
    let page = app.browser().get(&path).await.body;
    assert!(page.contains("Suppliers asked.") && page.contains("idea-under-review"));
    let empty = set_status(&moderator, &path, "under-review", " ").await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("write a note") && empty.body.contains("status-error"));

    // The merge target is found by its title, and a missing choice is explained beside it.
    let other = share(&tom, "Half sizes for collars, please").await;
    set_status(&moderator, &other, "new", "").await;
    let search = moderator.get(&format!("{path}?merge_q=collar")).await.body;
    let other_id = other.rsplit('/').next().unwrap();
    assert!(
        search.contains(&format!("name=\"into\" value=\"{other_id}\"")),
        "{search}"
    );
    let own_id = path.rsplit('/').next().unwrap();
    assert!(
        !search.contains(&format!("name=\"into\" value=\"{own_id}\"")),
        "the idea itself is not offered, though its title matches: {search}"
    );
    let unpicked = moderator
        .submit(&path, &format!("{path}/merge"), &[("merge_q", "collar")])
        .await;
    assert_eq!(unpicked.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unpicked.body.contains("Choose the idea it duplicates"));
    assert!(
        unpicked.body.contains("value=\"collar\""),
        "the search is kept"
    );
}

async fn audit_entries_read_as_sentences_with_a_link_to_the_post(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.set_policy("new_member_posts", "1").await;
    let (_, post) = article(&app).await;
    let newcomer = app.signed_in_as("newcomer", &[]).await;
    comment(&newcomer, &post, "Hello, first post here.").await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let id = last_comment(&app).await;
    let approved = act(&moderator, "comment", id, &[("action", "approve")]).await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);

    let audit = moderator.get("/mod/audit").await.body;
    let sentence = format!("priya approved <a href=\"/comments/{id}\">comment #{id} by newcomer");
    assert!(audit.contains(&sentence), "{audit}");
    let link = moderator.get(&format!("/comments/{id}")).await;
    let thread = format!("{post}#comment-{id}");
    assert_eq!(
        link.location(),
        Some(thread.as_str()),
        "the link leads to the comment in its thread"
    );
}

on_both_databases!(
    held_answers_and_comments_show_in_place_to_their_author_and_moderators,
    ideas_waiting_for_review_are_in_the_queue_and_counted_in_the_header,
    the_status_control_starts_on_the_current_status_and_a_note_alone_keeps_it,
    audit_entries_read_as_sentences_with_a_link_to_the_post,
);
