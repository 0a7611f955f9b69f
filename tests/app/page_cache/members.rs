//! A signed-in member's pages with the page cache on: never the visitors' copy, but made
//! from what every reader shares, kept per site version on each node (see
//! `src/page_cache/shared.rs`), so every write shows on the next page of every member on
//! both nodes, each with their own marks.

use diesel::prelude::*;
use parlour::db::schema::answers;
use parlour::domain::Role;
use reqwest::StatusCode;

use super::{answer_in, has_answer, is_shared_copy};
use crate::experts::{answer, ask, expert, held_answer, newest_answer, vote_up};
use crate::helpers::{Backend, Browser, TestApp};
use crate::nodes::through;
use crate::on_both_databases;

/// Whether the vote button of answer `id` says the reader has voted for it.
fn voted_for(html: &str, id: i64) -> bool {
    answer_in(html, id).contains("aria-pressed=\"true\"")
}

/// `path` as each of `readers` gets it, twice each (a member's own page, never the
/// visitors' copy), with the name of the node each read through.
async fn read_twice(
    readers: &[(&'static str, Browser)],
    path: &str,
    who: &str,
) -> Vec<(&'static str, String)> {
    let mut pages = Vec::new();
    for (node, browser) in readers {
        for _ in 0..2 {
            let page = browser.get(path).await;
            assert_eq!(page.status, StatusCode::OK, "{who} on node {node}");
            assert!(!is_shared_copy(&page), "a member's page is their own");
            pages.push((*node, page.body));
        }
    }
    pages
}

/// A signed-in member's question page is made from what every reader shares, kept per
/// site version on each node: a write through either node (an answer, a vote, a held
/// answer, an edit straight into the database) shows on the next page of a member on
/// both, each reader still gets their own marks (their vote, their follow, the accept
/// button of the asker), and a held answer is shown only to its author and moderators.
async fn a_signed_in_members_page_shows_every_write_at_once_with_their_own_marks(backend: Backend) {
    let a = TestApp::spawn(backend).await;
    let b = a.sibling().await;
    let (shirts, area) = a.create_area("Shirts").await;
    let eleanor = expert(&a, "eleanor", shirts).await;
    let tom = a.signed_in_as("tom", &[]).await;
    let sam = a.signed_in_as("sam_k", &[]).await;
    let moderator = a.signed_in_as("priya", &[Role::Moderator]).await;
    let path = ask(&tom, "Which collar suits a round face?", &area).await;
    // Sam reads through both nodes, twice each, so both hold the thread at this version.
    let sams = [("A", through(&sam, &a)), ("B", through(&sam, &b))];
    let read = |who: &'static str| read_twice(&sams, &path, who);
    for (node, page) in read("before the answer").await {
        assert!(page.contains("sam_k"), "sam's own header on node {node}");
        assert!(!page.contains("A spread collar"), "node {node}");
    }

    // An answer through node A: on sam's next page on both nodes.
    let posted = answer(&eleanor, &path, "A spread collar, **always**.").await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);
    let spread = newest_answer(&a).await;
    for (node, page) in read("after the answer").await {
        assert!(
            answer_in(&page, spread).contains("A spread collar, <strong>always</strong>."),
            "the new answer on node {node}"
        );
        assert!(!voted_for(&page, spread), "not voted yet on node {node}");
    }

    // Sam's vote through node B: counted for everyone, marked as voted for sam alone.
    let sam_b = through(&sam, &b);
    let voted = vote_up(&sam_b, &path, spread).await;
    assert_eq!(voted.status, StatusCode::SEE_OTHER);
    for (node, page) in read("after the vote").await {
        assert!(voted_for(&page, spread), "sam's vote marked on node {node}");
        assert!(answer_in(&page, spread).contains("<span class=\"vote-count\">1<"));
        assert!(
            !page.contains("/accept\""),
            "sam may not accept, node {node}"
        );
    }
    let toms = tom.get(&path).await.body;
    assert!(answer_in(&toms, spread).contains("<span class=\"vote-count\">1<"));
    assert!(!voted_for(&toms, spread), "sam's vote is not tom's");
    assert!(
        toms.contains(&format!("/experts/answers/{spread}/accept\"")),
        "the asker may accept"
    );

    // A held answer (an expert's with an e-mail address): its author and the moderators
    // see it marked, on both nodes; sam and visitors do not.
    let held_id = held_answer(&a, &eleanor, &path).await;
    for (node, page) in read("after the held answer").await {
        assert!(!has_answer(&page, held_id), "held from sam on node {node}");
    }
    for reader in [&eleanor, &moderator] {
        for node in [&a, &b] {
            let page = through(reader, node).get(&path).await.body;
            assert!(
                answer_in(&page, held_id).contains("status-held"),
                "the author and the moderators see the held answer, marked"
            );
        }
    }
    assert!(!has_answer(&b.browser().get(&path).await.body, held_id));

    // An edit straight into the database: on sam's next page on both nodes.
    a.with_db(move |c| {
        diesel::update(answers::table.find(spread))
            .set(answers::body_html.eq("<p>A cutaway collar, now.</p>"))
            .execute(c)
            .unwrap()
    })
    .await;
    for (node, page) in read("after the edit").await {
        assert!(
            answer_in(&page, spread).contains("A cutaway collar, now."),
            "the edit on node {node}"
        );
        assert!(
            voted_for(&page, spread),
            "sam's vote still marked on node {node}"
        );
    }
}

on_both_databases!(a_signed_in_members_page_shows_every_write_at_once_with_their_own_marks);

/// The parts of a thread made once for every reader are made per language: at one site
/// version, a reader in French after one in English (and the reverse) gets the bylines,
/// the buttons' words and the "Report" links of answers and comments in their own
/// language, and the "Report" link only on posts that are not their own.
async fn each_reader_gets_the_shared_parts_of_a_thread_in_their_own_language(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (shirts, area) = app.create_area("Shirts").await;
    let eleanor = expert(&app, "eleanor", shirts).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    let path = ask(&tom, "Which collar suits a round face?", &area).await;
    answer(&eleanor, &path, "A spread collar.").await;
    let spread = newest_answer(&app).await;
    let commented = tom
        .submit(
            &path,
            &format!("/experts/answers/{spread}/comments"),
            &[("body", "Thank you.")],
        )
        .await;
    assert_eq!(commented.status, StatusCode::SEE_OTHER);

    let in_lang = |lang: &str| {
        if lang == "fr" {
            format!("{path}?lang=fr")
        } else {
            path.clone()
        }
    };
    for lang in ["en", "fr", "en", "fr"] {
        let page = sam.get(&in_lang(lang)).await;
        assert_eq!(page.status, StatusCode::OK);
        let answer = answer_in(&page.body, spread);
        let (vote, report, other) = match lang {
            "fr" => ("Voter pour la réponse de eleanor", "Signaler", "Report<"),
            _ => ("Vote up for the answer by eleanor", "Report", "Signaler<"),
        };
        assert!(answer.contains(vote), "the vote button's words in {lang}");
        assert_eq!(
            answer.matches(&format!(">{report}<")).count(),
            2,
            "sam may report the answer and the comment, in {lang}"
        );
        assert!(!answer.contains(other), "nothing in the other language");
    }
    // Tom asked and wrote the comment: he may report the answer alone, and accept it.
    for lang in ["fr", "en"] {
        let answer = answer_in(&tom.get(&in_lang(lang)).await.body, spread).to_owned();
        let (report, accept) = match lang {
            "fr" => ("Signaler", "Accepter"),
            _ => ("Report", "Accept"),
        };
        let accept = format!(
            ">{accept}<span class=\"visually-hidden\"> {}</span>",
            match lang {
                "fr" => "la réponse de eleanor",
                _ => "the answer by eleanor",
            }
        );
        assert_eq!(answer.matches(&format!(">{report}<")).count(), 1, "{lang}");
        assert!(
            answer.contains(&accept),
            "the accept button's words in {lang}"
        );
    }
}

on_both_databases!(each_reader_gets_the_shared_parts_of_a_thread_in_their_own_language);
