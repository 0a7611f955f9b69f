//! Ask the Experts: asking, answering, votes, acceptance, lists, the queue, invitations,
//! notifications, e-mail through a real SMTP exchange, reminders and the areas admin.

use std::sync::{Arc, Mutex};

use chrono::{Duration, Utc};
use diesel::prelude::*;
use parlour::db::models::{areas, notifications};
use parlour::db::schema::{answer_votes, answers, questions};
use parlour::domain::Role;
use reqwest::StatusCode;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

use crate::helpers::{Backend, Browser, TestApp, text_of_id};
use crate::on_both_databases;

/// A signed-in expert assigned to `area_id`.
async fn expert(app: &TestApp, name: &str, area_id: i64) -> Browser {
    let id = app.create_member(name, &[Role::Expert]).await;
    app.with_db(move |conn| areas::assign(conn, id, area_id).unwrap())
        .await;
    let browser = app.browser();
    browser.sign_in(name, crate::helpers::PASSWORD).await;
    browser
}

/// Asks a question and returns its path.
async fn ask(browser: &Browser, title: &str, area: &str) -> String {
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

fn id_in(path: &str) -> i64 {
    path.rsplit('/')
        .next()
        .unwrap()
        .split('-')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

async fn answer(browser: &Browser, path: &str, body: &str) -> crate::helpers::Page {
    let id = id_in(path);
    browser
        .submit(
            path,
            &format!("/experts/questions/{id}/answers"),
            &[("body", body)],
        )
        .await
}

async fn newest_answer(app: &TestApp) -> i64 {
    app.with_db(|c| {
        answers::table
            .select(answers::id)
            .order(answers::id.desc())
            .first(c)
            .unwrap()
    })
    .await
}

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
            .map(|n| n.text)
            .collect()
    })
    .await
}

async fn a_member_asks_and_the_areas_experts_are_told(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (shirts, shirts_slug) = app.create_area("Shirts & fit").await;
    let (shoes, _) = app.create_area("Shoes").await;
    let shirt_expert = expert(&app, "eleanor", shirts).await;
    expert(&app, "marcus", shoes).await;
    let tom = app.signed_in_as("tom", &[]).await;

    let path = ask(&tom, "Which collar suits a round face?", &shirts_slug).await;

    assert!(
        path.starts_with("/experts/questions/")
            && path.ends_with("-which-collar-suits-a-round-face")
    );
    let page = tom.get(&path).await;
    assert!(page.body.contains("Which collar suits a round face?"));
    assert!(page.body.contains("<strong>details</strong>"));
    assert!(
        page.body.contains("Stop following"),
        "the asker follows their question"
    );
    assert_eq!(
        unread(&app, "eleanor").await,
        vec!["New question in Shirts & fit: Which collar suits a round face?"]
    );
    assert!(
        unread(&app, "marcus").await.is_empty(),
        "experts of other areas are not told"
    );
    // An expert whose role was revoked is no longer told, though the area is still assigned.
    app.with_db(|c| {
        let id = parlour::db::models::users::find_by_username(c, "eleanor")
            .unwrap()
            .unwrap()
            .id;
        parlour::db::models::users::remove_roles(c, id, Role::Expert.into()).unwrap()
    })
    .await;
    ask(&tom, "Another collar question for the team", &shirts_slug).await;
    assert_eq!(unread(&app, "eleanor").await.len(), 1);
    let header = shirt_expert.get("/").await;
    assert!(
        header
            .body
            .contains("Notifications <span class=\"count-pill\">1")
    );
    let bare = app
        .browser()
        .get(&format!("/experts/questions/{}", id_in(&path)))
        .await;
    assert_eq!(bare.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(bare.location(), Some(path.as_str()));
    assert_eq!(
        app.browser().get("/experts/questions/999999").await.status,
        StatusCode::NOT_FOUND
    );
}

async fn similar_questions_are_suggested_before_posting(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (care, care_slug) = app.create_area("Care").await;
    let _ = care;
    let tom = app.signed_in_as("tom", &[]).await;
    ask(
        &tom,
        "Linen shirts: how do I iron them without shine?",
        &care_slug,
    )
    .await;
    ask(
        &tom,
        "Can wool suits go in the washing machine?",
        &care_slug,
    )
    .await;

    let sam = app.signed_in_as("sam_k", &[]).await;
    let page = sam
        .submit_multipart(
            "/experts/ask",
            "/experts/ask",
            &[
                ("title", "Ironing linen trousers"),
                ("area", &care_slug),
                ("intent", "similar"),
            ],
            &[],
        )
        .await;

    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Similar questions"));
    assert!(
        page.body
            .contains("Linen shirts: how do I iron them without shine?")
    );
    assert!(
        !page
            .body
            .contains("Can wool suits go in the washing machine?")
    );
    assert!(
        page.body.contains("value=\"Ironing linen trousers\""),
        "the form is kept"
    );
    let count: i64 = app
        .with_db(|c| questions::table.count().get_result(c).unwrap())
        .await;
    assert_eq!(count, 2, "checking posts nothing");
}

async fn bad_questions_are_explained_and_nothing_is_posted(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.create_area("Care").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let long = "x".repeat(151);
    for (title, area, field, message) in [
        ("", "care", "title-error", "Write your question"),
        (long.as_str(), "care", "title-error", "under 150"),
        (
            "A perfectly fine question?",
            "no-such-area",
            "area-error",
            "Choose the area",
        ),
    ] {
        let page = tom
            .submit_multipart(
                "/experts/ask",
                "/experts/ask",
                &[
                    ("title", title),
                    ("area", area),
                    ("details", "kept text"),
                    ("intent", "post"),
                ],
                &[],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        assert!(
            text_of_id(&page.body, field).unwrap().contains(message),
            "{field}"
        );
        assert!(page.body.contains(">kept text</textarea>"));
    }
    let visitor = app.browser().get("/experts/ask").await;
    assert_eq!(visitor.location(), Some("/login?next=/experts/ask"));
    let count: i64 = app
        .with_db(|c| questions::table.count().get_result(c).unwrap())
        .await;
    assert_eq!(count, 0);
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

async fn votes_sent_at_once_leave_one_vote(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (care, slug) = app.create_area("Care").await;
    let _ = care;
    let tom = app.signed_in_as("tom", &[]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    let path = ask(&tom, "How do I store cashmere in summer?", &slug).await;
    answer(&sam, &path, "Fold it, with cedar.").await;
    let id = newest_answer(&app).await;
    let token = tom.csrf_token(&path).await;
    let url = format!("/experts/answers/{id}/vote");
    let fields = [("csrf_token", token.as_str()), ("vote", "up")];

    let requests = (0..8).map(|_| tom.post_raw(&url, &fields));
    let responses = futures_util::future::join_all(requests).await;

    assert!(
        responses.iter().all(|r| r.status == StatusCode::SEE_OTHER),
        "every request gets an answer"
    );
    let (rows, score): (i64, i32) = app
        .with_db(move |c| {
            let rows = answer_votes::table.count().get_result(c).unwrap();
            let score = answers::table
                .find(id)
                .select(answers::score)
                .first(c)
                .unwrap();
            (rows, score)
        })
        .await;
    assert_eq!((rows, score), (1, 1));
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
        text_of_id(&comment.body, &format!("comment-{answer_id}-error"))
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

async fn experts_show_their_profile_on_the_team_page(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.body_limit = 4 * 1024 * 1024).await;
    let (suits, _) = app.create_area("Suits").await;
    let marcus = expert(&app, "marcus", suits).await;
    let mut photo = Vec::new();
    image::RgbImage::from_pixel(120, 120, image::Rgb([40, 60, 90]))
        .write_to(
            &mut std::io::Cursor::new(&mut photo),
            image::ImageFormat::Png,
        )
        .unwrap();

    let too_long = "x".repeat(501);
    let refused = marcus
        .submit_multipart(
            "/account",
            "/account/profile",
            &[("bio", &too_long)],
            &[("avatar", "me.png", photo)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&refused.body, "bio-error")
            .unwrap()
            .contains("under 500")
    );
    let marker = "name=\"avatar_hash\" value=\"";
    let start = refused
        .body
        .find(marker)
        .expect("the uploaded picture is carried")
        + marker.len();
    let hash = refused.body[start..start + 32].to_owned();
    let saved = marcus
        .submit_multipart(
            "/account",
            "/account/profile",
            &[("bio", "Tailor for twenty years."), ("avatar_hash", &hash)],
            &[],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);

    let team = app.browser().get("/experts/team").await;
    assert!(team.body.contains("Tailor for twenty years."));
    assert!(team.body.contains("class=\"avatar\" src=\"/media/"));
    assert!(team.body.contains("Suits"));
}

async fn the_list_filters_by_status_and_area_and_sorts(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (shirts, shirts_slug) = app.create_area("Shirts").await;
    let (_, shoes_slug) = app.create_area("Shoes").await;
    let eleanor = expert(&app, "eleanor", shirts).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    let open = ask(&tom, "Unanswered shoe question here", &shoes_slug).await;
    let member = ask(&tom, "Member answered shirt question", &shirts_slug).await;
    let by_expert = ask(&tom, "Expert answered shirt question", &shirts_slug).await;
    answer(&sam, &member, "A member's view.").await;
    answer(&eleanor, &by_expert, "An expert's view.").await;
    let expert_answer = newest_answer(&app).await;
    sam.submit(
        &by_expert,
        &format!("/experts/answers/{expert_answer}/vote"),
        &[("vote", "up")],
    )
    .await;
    let _ = open;

    let titles = |body: &str| -> Vec<&'static str> {
        [
            "Unanswered shoe question here",
            "Member answered shirt question",
            "Expert answered shirt question",
        ]
        .into_iter()
        .filter(|t| body.contains(t))
        .collect()
    };
    let visitor = app.browser();
    assert_eq!(
        titles(&visitor.get("/experts?status=unanswered").await.body),
        vec!["Unanswered shoe question here"]
    );
    assert_eq!(
        titles(&visitor.get("/experts?status=no-expert").await.body),
        vec![
            "Unanswered shoe question here",
            "Member answered shirt question"
        ]
    );
    assert_eq!(
        titles(&visitor.get("/experts?status=expert").await.body),
        vec!["Expert answered shirt question"]
    );
    assert_eq!(
        titles(
            &visitor
                .get(&format!("/experts?area={shirts_slug}"))
                .await
                .body
        )
        .len(),
        2
    );
    assert_eq!(
        visitor.get("/experts?area=nowhere").await.status,
        StatusCode::NOT_FOUND
    );
    let newest = visitor.get("/experts").await.body;
    assert!(newest.find("Expert answered").unwrap() < newest.find("Unanswered shoe").unwrap());
    let by_votes = visitor.get("/experts?sort=votes").await.body;
    assert!(by_votes.find("Expert answered").unwrap() < by_votes.find("Member answered").unwrap());
    let list = visitor.get("/experts").await.body;
    assert!(
        list.contains("status-expert")
            && list.contains("status-open")
            && list.contains("status-answered")
    );
    assert!(visitor.get("/").await.body.contains("Recent questions"));
}

async fn the_expert_queue_shows_waiting_questions_oldest_first(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (shirts, shirts_slug) = app.create_area("Shirts").await;
    let (_, shoes_slug) = app.create_area("Shoes").await;
    let eleanor = expert(&app, "eleanor", shirts).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let old = ask(&tom, "An old shirt question waiting", &shirts_slug).await;
    ask(&tom, "A fresh shirt question waiting", &shirts_slug).await;
    ask(&tom, "A shoe question for someone else", &shoes_slug).await;
    let old_id = id_in(&old);
    app.with_db(move |c| {
        let then = Utc::now().naive_utc() - Duration::hours(50);
        diesel::update(questions::table.find(old_id))
            .set(questions::created_at.eq(then))
            .execute(c)
            .unwrap()
    })
    .await;

    let queue = eleanor.get("/experts/queue").await;

    assert_eq!(queue.status, StatusCode::OK);
    let body = queue.body;
    assert!(
        body.find("An old shirt question").unwrap() < body.find("A fresh shirt question").unwrap()
    );
    assert!(!body.contains("A shoe question"));
    assert!(body.contains("waiting 2 days") && body.contains("Overdue"));
    assert_eq!(body.matches("class=\"question-row overdue\"").count(), 1);
    assert_eq!(
        tom.get("/experts/queue").await.status,
        StatusCode::FORBIDDEN
    );
}

async fn experts_invite_experts_and_followers_hear_of_answers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (suits, slug) = app.create_area("Suits").await;
    let marcus = expert(&app, "marcus", suits).await;
    expert(&app, "amir", suits).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = ask(&tom, "Single or double vent for a suit?", &slug).await;
    let id = id_in(&path);
    let amir_id = app
        .with_db(|c| {
            parlour::db::models::users::find_by_username(c, "amir")
                .unwrap()
                .unwrap()
                .id
        })
        .await;

    let invited = marcus
        .submit(
            &path,
            &format!("/experts/questions/{id}/invite"),
            &[("invitee", &amir_id.to_string())],
        )
        .await;
    assert_eq!(invited.status, StatusCode::SEE_OTHER);
    assert!(
        unread(&app, "amir")
            .await
            .iter()
            .any(|n| n.contains("marcus invites you to answer"))
    );
    let tom_id = app
        .with_db(|c| {
            parlour::db::models::users::find_by_username(c, "tom")
                .unwrap()
                .unwrap()
                .id
        })
        .await;
    let not_expert = marcus
        .submit(
            &path,
            &format!("/experts/questions/{id}/invite"),
            &[("invitee", &tom_id.to_string())],
        )
        .await;
    assert_eq!(not_expert.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        tom.submit(
            &path,
            &format!("/experts/questions/{id}/invite"),
            &[("invitee", &amir_id.to_string())]
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );

    let sam = app.signed_in_as("sam_k", &[]).await;
    sam.submit(
        &path,
        &format!("/experts/questions/{id}/follow"),
        &[("follow", "yes")],
    )
    .await;
    answer(&marcus, &path, "Double, if you sit a lot.").await;
    assert!(
        unread(&app, "sam_k")
            .await
            .iter()
            .any(|n| n.contains("a question you follow"))
    );
    let notes = sam.get("/notifications").await;
    assert!(notes.body.contains("a question you follow"));
    sam.submit("/notifications", "/notifications/read", &[])
        .await;
    assert!(unread(&app, "sam_k").await.is_empty());
    assert!(!sam.get("/").await.body.contains("count-pill"));
}

/// A minimal SMTP server that records what it receives.
async fn smtp_sink() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let store = received.clone();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else {
                return;
            };
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 sink ESMTP\r\n").await.unwrap();
                let mut message = String::new();
                let mut in_data = false;
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            store.lock().unwrap().push(std::mem::take(&mut message));
                            write.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            message.push_str(&line);
                            message.push('\n');
                        }
                        continue;
                    }
                    let upper = line.to_uppercase();
                    let reply: &[u8] = if upper.starts_with("DATA") {
                        in_data = true;
                        b"354 go ahead\r\n"
                    } else if upper.starts_with("QUIT") {
                        write.write_all(b"221 bye\r\n").await.unwrap();
                        break;
                    } else if upper.starts_with("RCPT") {
                        message.push_str(&format!("{line}\n"));
                        b"250 ok\r\n"
                    } else {
                        b"250 ok\r\n"
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, received)
}

async fn e_mail_goes_out_by_smtp_for_the_kinds_a_member_chose(backend: Backend) {
    let (port, received) = smtp_sink().await;
    let app = TestApp::spawn_with(backend, |s| {
        s.smtp_host = Some("127.0.0.1".to_owned());
        s.smtp_port = port;
    })
    .await;
    let (_, slug) = app.create_area("Care").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    let path = ask(&tom, "Should I dry clean a wax jacket?", &slug).await;
    let id = id_in(&path);
    sam.submit(
        &path,
        &format!("/experts/questions/{id}/follow"),
        &[("follow", "yes")],
    )
    .await;

    let oliver = app.signed_in_as("oliver-j", &[]).await;
    answer(&oliver, &path, "Never: re-wax it.").await;
    let wait = || tokio::time::sleep(std::time::Duration::from_millis(700));
    wait().await;
    {
        let mail = received.lock().unwrap();
        assert_eq!(
            mail.len(),
            1,
            "only the asker gets e-mail by default: {mail:?}"
        );
        assert!(mail[0].contains("tom@example.com"));
        assert!(mail[0].contains("Should I dry clean a wax jacket?"));
        assert!(
            mail[0].contains(&format!("{}{path}", app.address)),
            "links are absolute"
        );
    }

    // The follower opts in to e-mail for followed questions.
    let settings = sam.get("/account").await;
    assert!(
        settings
            .body
            .contains("name=\"email-answer\" value=\"yes\" checked")
    );
    assert!(
        !settings
            .body
            .contains("name=\"email-followed\" value=\"yes\" checked")
    );
    sam.submit(
        "/account",
        "/account/notifications",
        &[("email-followed", "yes")],
    )
    .await;
    assert!(
        sam.get("/account")
            .await
            .body
            .contains("name=\"email-followed\" value=\"yes\" checked")
    );
    answer(&oliver, &path, "And store it cool.").await;
    wait().await;
    let mail = received.lock().unwrap();
    assert_eq!(mail.len(), 3, "the asker and now the follower: {mail:?}");
    assert!(mail.iter().any(|m| m.contains("sam_k@example.com")));
}

async fn askers_are_reminded_once_to_accept_an_answer(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, slug) = app.create_area("Care").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    let helped = ask(&tom, "How to fold a suit jacket for travel?", &slug).await;
    ask(&tom, "A question nobody answered yet", &slug).await;
    answer(&sam, &helped, "Inside out, shoulders tucked.").await;
    app.with_db(|c| {
        let then = Utc::now().naive_utc() - Duration::days(4);
        diesel::update(questions::table)
            .set(questions::created_at.eq(then))
            .execute(c)
            .unwrap()
    })
    .await;

    let now = Utc::now().naive_utc();
    let first = app
        .with_db(move |c| parlour::reminders::send_due(c, now, 3).unwrap().len())
        .await;
    let second = app
        .with_db(move |c| parlour::reminders::send_due(c, now, 3).unwrap().len())
        .await;

    let reminders: Vec<String> = unread(&app, "tom")
        .await
        .into_iter()
        .filter(|n| n.contains("Did an answer help"))
        .collect();
    assert_eq!(
        reminders,
        vec!["Did an answer help? Accept it on: How to fold a suit jacket for travel?"]
    );
    assert_eq!(
        (first, second),
        (0, 0),
        "reminders are not e-mailed by default"
    );
}

async fn admins_manage_areas_and_experts_with_an_audit_trail(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in_as("root", &[Role::Admin]).await;
    app.create_member("eleanor", &[]).await;

    let created = admin
        .submit(
            "/admin/areas",
            "/admin/areas",
            &[
                ("name", "Knitwear"),
                ("description", "Jumpers and cardigans"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let duplicate = admin
        .submit("/admin/areas", "/admin/areas", &[("name", "Knitwear")])
        .await;
    assert_eq!(duplicate.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&duplicate.body, "name-error")
            .unwrap()
            .contains("exists already")
    );
    let area_id = app
        .with_db(|c| areas::find_by_slug(c, "knitwear").unwrap().unwrap().id)
        .await;
    admin
        .submit(
            "/admin/areas",
            &format!("/admin/areas/{area_id}/experts"),
            &[("username", "eleanor"), ("action", "assign")],
        )
        .await;

    let team = app.browser().get("/experts/team").await;
    assert!(team.body.contains("eleanor") && team.body.contains("Knitwear"));
    let roles = app
        .with_db(|c| {
            parlour::db::models::users::find_by_username(c, "eleanor")
                .unwrap()
                .unwrap()
                .roles()
        })
        .await;
    assert!(roles.has(Role::Expert), "assigning an area makes an expert");
    let log = admin.get("/mod/audit").await.body;
    assert!(log.contains("area.create") && log.contains("area.assign"));

    let member = app.signed_in_as("tom", &[]).await;
    assert_eq!(
        member.get("/admin/areas").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        member
            .submit("/", "/admin/areas", &[("name", "Hacked")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

on_both_databases!(
    a_member_asks_and_the_areas_experts_are_told,
    similar_questions_are_suggested_before_posting,
    bad_questions_are_explained_and_nothing_is_posted,
    answers_votes_and_acceptance,
    votes_sent_at_once_leave_one_vote,
    answering_or_voting_on_missing_things_is_404_and_empty_answers_explained,
    the_list_filters_by_status_and_area_and_sorts,
    the_expert_queue_shows_waiting_questions_oldest_first,
    experts_invite_experts_and_followers_hear_of_answers,
    e_mail_goes_out_by_smtp_for_the_kinds_a_member_chose,
    askers_are_reminded_once_to_accept_an_answer,
    admins_manage_areas_and_experts_with_an_audit_trail,
    experts_show_their_profile_on_the_team_page,
);
