//! Merging duplicate ideas: votes counted once, comments and followers moved, a redirect left.

use parlour::domain::Role;
use reqwest::StatusCode;

use super::{set_status, share};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn merging_moves_votes_once_and_redirects(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let original = share(&moderator, "Half sizes for collars please").await;
    let duplicate = share(&moderator, "Collars in half sizes would be great").await;
    let (tom, sam, oliver) = (
        app.signed_in_as("tom", &[]).await,
        app.signed_in_as("sam_k", &[]).await,
        app.signed_in_as("oliver-j", &[]).await,
    );
    // tom votes for both, sam only for the original, oliver only for the duplicate.
    for (voter, idea) in [
        (&tom, &original),
        (&tom, &duplicate),
        (&sam, &original),
        (&oliver, &duplicate),
    ] {
        voter
            .submit(idea, &format!("{idea}/vote"), &[("vote", "up")])
            .await;
    }
    let target = original.rsplit('/').next().unwrap().to_owned();
    let source = duplicate.rsplit('/').next().unwrap().to_owned();

    let into_itself = moderator
        .submit(
            &duplicate,
            &format!("{duplicate}/merge"),
            &[("into", &source)],
        )
        .await;
    // Beside the choice on the idea page, not on a bare error page.
    assert_eq!(into_itself.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(into_itself.body.contains("cannot be merged into itself"));
    assert!(
        into_itself.body.contains("id=\"into-error\""),
        "{}",
        into_itself.body
    );
    let merged = moderator
        .submit(
            &duplicate,
            &format!("{duplicate}/merge"),
            &[("into", &target)],
        )
        .await;
    assert_eq!(merged.status, StatusCode::SEE_OTHER);

    let (count, rows) = crate::ideas::votes_of(&app, target.parse().unwrap()).await;
    assert_eq!(
        (count, rows),
        (3, 3),
        "tom counts once; sam and oliver once each"
    );
    let old = app.browser().get(&duplicate).await;
    assert_eq!(old.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(old.location(), Some(original.as_str()));
    assert!(
        oliver
            .get("/notifications")
            .await
            .body
            .contains("was merged into")
    );
    // A merged idea cannot be merged again, nor be a merge target.
    let again = moderator
        .submit(
            &original,
            &format!("{duplicate}/merge"),
            &[("into", &target)],
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("merged already") && again.body.contains("into-error"));
    let third = share(&moderator, "A third idea about collar sizes").await;
    let into_merged = moderator
        .submit(&third, &format!("{third}/merge"), &[("into", &source)])
        .await;
    assert_eq!(into_merged.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        moderator
            .get("/mod/audit")
            .await
            .body
            .contains("idea.merge")
    );
}

async fn a_merged_ideas_comments_and_followers_move_with_it(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let original = share(&moderator, "Gift wrapping in the shops").await;
    let duplicate = share(&moderator, "Please wrap gifts at the till").await;
    let tom = app.signed_in_as("tom", &[]).await;
    tom.submit(
        &duplicate,
        &format!("{duplicate}/comments"),
        &[("body", "Brown paper and string!")],
    )
    .await;
    let target = original.rsplit('/').next().unwrap().to_owned();
    moderator
        .submit(
            &duplicate,
            &format!("{duplicate}/merge"),
            &[("into", &target)],
        )
        .await;
    let page = app.browser().get(&original).await.body;
    assert!(page.contains("Brown paper and string!"), "comment moved");
    assert!(
        tom.get(&original).await.body.contains("Stop following"),
        "the commenter follows the target now"
    );
    set_status(&moderator, &original, "planned", "").await;
    assert!(
        tom.get("/notifications")
            .await
            .body
            .contains("is now planned")
    );
}

on_both_databases!(
    a_merged_ideas_comments_and_followers_move_with_it,
    merging_moves_votes_once_and_redirects,
);
