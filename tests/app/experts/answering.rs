//! Answering: expert badges, votes, acceptance, comments on answers, and missing or empty input.

use diesel::prelude::*;
use parlour::db::schema::{answers, questions};
use reqwest::StatusCode;

use super::{answer, ask, expert, held_answer, newest_answer, unread};
use crate::helpers::{Backend, Browser, TestApp, csrf_token_in, text_of_id};
use crate::on_both_databases;

async fn vote(who: &Browser, path: &str, id: i64, how: &str) -> crate::helpers::Page {
    who.submit(
        path,
        &format!("/experts/answers/{id}/vote"),
        &[("vote", how)],
    )
    .await
}

async fn score(app: &TestApp, id: i64) -> i32 {
    app.with_db(move |c| {
        answers::table
            .find(id)
            .select(answers::score)
            .first::<i32>(c)
            .unwrap()
    })
    .await
}

async fn answers_votes_and_acceptance(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (shirts, slug) = app.create_area("Shirts & fit").await;
    let eleanor = expert(&app, "eleanor", shirts).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    let oliver = app.signed_in_as("oliver-j", &[]).await;
    let path = ask(&tom, "What size if I am between 15.5 and 16?", &slug).await;

    assert_eq!(
        answer(&sam, &path, "Go bigger.").await.status,
        StatusCode::SEE_OTHER
    );
    let member_answer = newest_answer(&app).await;
    assert_eq!(
        answer(&eleanor, &path, "Choose **16** tailored.")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let expert_answer = newest_answer(&app).await;
    assert_eq!(
        unread(&app, "tom").await.len(),
        2,
        "the asker hears of both answers"
    );

    let page = tom.get(&path).await;
    assert!(
        page.body
            .contains("Expert answer</span> <span class=\"muted\">(Shirts &#38; fit)</span>")
    );
    assert_eq!(
        page.body.matches("Expert answer</span>").count(),
        1,
        "a member's answer is not badged"
    );

    assert_eq!(
        vote(&oliver, &path, member_answer, "up").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(score(&app, member_answer).await, 1);
    vote(&oliver, &path, member_answer, "up").await;
    assert_eq!(
        score(&app, member_answer).await,
        1,
        "a second vote is a no-op"
    );
    vote(&oliver, &path, member_answer, "withdraw").await;
    assert_eq!(score(&app, member_answer).await, 0);
    vote(&oliver, &path, member_answer, "withdraw").await;
    assert_eq!(
        score(&app, member_answer).await,
        0,
        "withdrawing twice is a no-op"
    );
    let own = vote(&sam, &path, member_answer, "up").await;
    assert_eq!(own.status, StatusCode::FORBIDDEN);
    assert!(own.body.contains("your own answer"));
    vote(&oliver, &path, expert_answer, "up").await;
    vote(&tom, &path, expert_answer, "up").await;
    assert_eq!(score(&app, expert_answer).await, 2);

    // Someone else cannot accept; the asker can; an expert of the area can change it.
    let refused = oliver
        .submit(
            &path,
            &format!("/experts/answers/{member_answer}/accept"),
            &[],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    tom.submit(
        &path,
        &format!("/experts/answers/{member_answer}/accept"),
        &[],
    )
    .await;
    let page = app.browser().get(&path).await;
    let accepted = page.body.find("Accepted answer</span>").unwrap();
    assert!(
        accepted < page.body.find("Go bigger.").unwrap()
            && page.body.find("Go bigger.").unwrap() < page.body.find("Choose").unwrap(),
        "accepted first"
    );
    assert!(
        unread(&app, "sam_k")
            .await
            .iter()
            .any(|n| n.contains("accepted"))
    );
    eleanor
        .submit(
            &path,
            &format!("/experts/answers/{expert_answer}/accept"),
            &[],
        )
        .await;
    let accepted_id: Option<i64> = app
        .with_db(|c| {
            questions::table
                .select(questions::accepted_answer_id)
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!(accepted_id, Some(expert_answer));
    assert!(
        app.browser()
            .get("/experts?status=accepted")
            .await
            .body
            .contains("between 15.5 and 16")
    );
}

async fn answering_or_voting_on_missing_things_is_404_and_empty_answers_explained(
    backend: Backend,
) {
    let app = TestApp::spawn(backend).await;
    let (_, slug) = app.create_area("Care").await;
    let tom = app.signed_in_as("tom", &[]).await;
    assert_eq!(
        tom.submit("/", "/experts/questions/424242/answers", &[("body", "Hi")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        tom.submit("/", "/experts/answers/424242/vote", &[("vote", "up")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        tom.submit("/", "/experts/answers/424242/accept", &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let path = ask(&tom, "Is it fine to steam a wool tie?", &slug).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    let empty = answer(&sam, &path, "   ").await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&empty.body, "answer-body-error")
            .unwrap()
            .contains("Write something")
    );
    let count: i64 = app
        .with_db(|c| answers::table.count().get_result(c).unwrap())
        .await;
    assert_eq!(count, 0);

    answer(&sam, &path, "Yes, gently.").await;
    let answer_id = newest_answer(&app).await;
    let comment = tom
        .submit(
            &path,
            &format!("/experts/answers/{answer_id}/comments"),
            &[("body", " ")],
        )
        .await;
    assert_eq!(comment.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&comment.body, &format!("comment-{answer_id}-body-error"))
            .unwrap()
            .contains("Write something")
    );
    let posted = tom
        .submit(
            &path,
            &format!("/experts/answers/{answer_id}/comments"),
            &[("body", "Thanks, **gently** it is.")],
        )
        .await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER);
    assert!(
        app.browser()
            .get(&path)
            .await
            .body
            .contains("<strong>gently</strong> it is.")
    );
}

/// A held answer approved after its question was taken down is public again for the
/// moderators' record, but nobody is sent a link to a question they cannot open.
async fn an_answer_approved_under_a_hidden_question_is_announced_to_nobody(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (area_id, area) = app.create_area("Shirts").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = ask(&tom, "Which collar suits a round face?", &area).await;
    let eleanor = expert(&app, "eleanor", area_id).await;
    // An expert's answer with an e-mail address is held as a possible leak.
    let answer_id = held_answer(&app, &eleanor, &path).await;
    app.with_db(|c| {
        diesel::update(questions::table)
            .set(questions::visibility.eq("hidden"))
            .execute(c)
            .unwrap()
    })
    .await;
    let moderator = app
        .signed_in_as("mina", &[parlour::domain::Role::Moderator])
        .await;
    let approved = moderator
        .submit(
            "/mod",
            &format!("/mod/answer/{answer_id}"),
            &[("action", "approve")],
        )
        .await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);
    let visibility: String = app
        .with_db(move |c| {
            answers::table
                .find(answer_id)
                .select(answers::visibility)
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!(visibility, "visible");
    let told = unread(&app, "tom").await;
    assert!(
        told.iter().all(|n| !n.contains("answered your question")),
        "{told:?}"
    );
    assert!(
        unread(&app, "eleanor")
            .await
            .iter()
            .any(|n| n.contains("approved your answer")),
        "the author hears of the approval"
    );
}

/// The thread as it reads: each author's role beside their name, the vote control showing
/// the reader's own vote, and beside the thread the area, its experts and related questions.
async fn the_thread_shows_roles_votes_and_a_sidebar(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (shirts, slug) = app.create_area("Shirts & fit").await;
    let eleanor = expert(&app, "eleanor", shirts).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let oliver = app.signed_in_as("oliver-j", &[]).await;
    let related = ask(&tom, "Which collar suits a knitted tie?", &slug).await;
    ask(&tom, "How long do leather soles last?", &slug).await;
    let path = ask(&tom, "Which collar for a wide face?", &slug).await;
    answer(&eleanor, &path, "A spread collar.").await;
    let answer_id = newest_answer(&app).await;

    let page = oliver.get(&path).await;
    let sidebar = &page.body[page.body.find("class=\"thread-aside\"").unwrap()..];
    assert!(sidebar.contains("Experts in Shirts &#38; fit"));
    assert!(sidebar.contains("href=\"/u/eleanor\""));
    assert!(
        sidebar.contains(&format!("href=\"{related}\"")),
        "a question sharing a word of the title is related"
    );
    assert!(
        !sidebar.contains("leather soles"),
        "a question sharing no word is not"
    );
    assert!(
        !sidebar.contains(&format!("href=\"{path}\"")),
        "the question is not related to itself"
    );
    let post = &page.body[page
        .body
        .find(&format!("id=\"answer-{answer_id}\""))
        .unwrap()..];
    assert!(
        post.contains("eleanor</a> <span class=\"badge badge-role\">Expert</span>"),
        "the expert's role is beside her name"
    );
    assert!(
        !page.body.contains("tom</a> <span class=\"badge"),
        "a member has no badge"
    );
    assert!(post.contains("aria-pressed=\"false\""));

    let voted = vote(&oliver, &path, answer_id, "up").await;
    assert_eq!(voted.status, StatusCode::SEE_OTHER);
    let page = oliver.get(&path).await;
    let post = &page.body[page
        .body
        .find(&format!("id=\"answer-{answer_id}\""))
        .unwrap()..];
    assert!(
        post.contains("aria-pressed=\"true\""),
        "the reader's vote shows"
    );
    assert!(post.contains("Withdraw vote"));
    assert!(post.contains("<span class=\"vote-count\">1<"));
}

/// Under each answer a "Comment" link, not a form: the link opens the one comment form the
/// page carries, focused, under the answer it names, and a comment sent from it lands
/// there. A visitor, or an address naming no answer, opens none.
async fn a_comment_link_opens_the_one_form_under_its_answer(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, slug) = app.create_area("Shirts").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    let path = ask(&tom, "Which collar for a knitted tie?", &slug).await;
    answer(&sam, &path, "A button-down.").await;
    let first = newest_answer(&app).await;
    answer(&sam, &path, "Or a soft spread.").await;
    let second = newest_answer(&app).await;
    let form_of = |id: i64| format!("action=\"/experts/answers/{id}/comments\"");

    let page = tom.get(&path).await;
    assert!(
        !page.body.contains("/comments\""),
        "no comment form until asked for"
    );
    for id in [first, second] {
        assert!(
            page.body
                .contains(&format!("href=\"?reply={id}#comment-{id}-body\"")),
            "a link to answer {id}'s form"
        );
    }

    let opened = tom.get(&format!("{path}?reply={second}")).await;
    assert_eq!(opened.status, StatusCode::OK);
    assert_eq!(opened.body.matches("/comments\"").count(), 1, "one form");
    let form = opened.body.find(&form_of(second)).expect("the form");
    let under = opened
        .body
        .find(&format!("id=\"answer-{second}\""))
        .unwrap();
    let first_at = opened.body.find(&format!("id=\"answer-{first}\"")).unwrap();
    assert!(
        first_at < under && under < form,
        "under the answer it names"
    );
    assert!(opened.body.contains(&format!(
        "id=\"comment-{second}-body\" name=\"body\" rows=\"3\" autofocus"
    )));
    assert!(
        opened
            .body
            .contains(&format!("href=\"?reply={first}#comment-{first}-body\"")),
        "the other answer keeps its link"
    );
    let token = csrf_token_in(&opened.body).unwrap();
    let sent = tom
        .post_raw(
            &format!("/experts/answers/{second}/comments"),
            &[("csrf_token", &token), ("body", "Soft spread it is.")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let after = tom.get(&path).await;
    let comment = after.body.find("Soft spread it is.").unwrap();
    assert!(comment > after.body.find(&format!("id=\"answer-{second}\"")).unwrap());

    for (who, query) in [
        (&app.browser(), format!("?reply={second}")),
        (&tom, "?reply=999999".to_owned()),
        (&tom, "?reply=second".to_owned()),
    ] {
        let page = who.get(&format!("{path}{query}")).await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
        assert!(!page.body.contains("/comments\""), "{query} opens no form");
    }
}

on_both_databases!(
    a_comment_link_opens_the_one_form_under_its_answer,
    the_thread_shows_roles_votes_and_a_sidebar,
    answers_votes_and_acceptance,
    answering_or_voting_on_missing_things_is_404_and_empty_answers_explained,
    an_answer_approved_under_a_hidden_question_is_announced_to_nobody,
);
