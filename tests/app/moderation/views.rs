//! What authors and moderators see of held posts: the author's held answer or comment in
//! place, marked as waiting; the same, in context, for moderators; ideas waiting for review
//! in the queue; and the number of posts waiting in a moderator's header.

use parlour::domain::Role;
use reqwest::StatusCode;

use super::{article, comment};
use crate::experts::{answer, ask};
use crate::helpers::{Backend, TestApp};
use crate::ideas::share;
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

on_both_databases!(
    held_answers_and_comments_show_in_place_to_their_author_and_moderators,
    ideas_waiting_for_review_are_in_the_queue_and_counted_in_the_header,
);
