//! The page cache: a visitor's page is made once and then sent from memory (tagged,
//! compressed, revalidated), never to a signed-in member nor with a visitor's own form, and
//! every kind of write, through either of two app processes or straight into the database,
//! shows on the next visitor page of both; time alone (a scheduled article, a copy's
//! lifetime) makes a page again too.

mod members;

use std::io::Read;

use chrono::{Duration, Utc};
use diesel::prelude::*;
use parlour::db::schema::{questions, site_version};
use parlour::domain::Role;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::experts::{answer, ask, expert, id_in, newest_answer, vote_up};
use crate::helpers::{Backend, Browser, PASSWORD, Page, TestApp, csrf_token_in};
use crate::ideas::{set_status, share};
use crate::on_both_databases;

/// The value of header `name`, or "" when the response has none.
fn header<'a>(headers: &'a HeaderMap, name: &str) -> &'a str {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

/// Whether `page` was sent as the cache's shared copy: tagged, and public.
fn is_shared_copy(page: &Page) -> bool {
    page.headers.contains_key("etag") && header(&page.headers, "cache-control").contains("public")
}

/// GETs `path` sending `headers`, and reads the body as the bytes on the wire.
async fn get_raw(
    browser: &Browser,
    path: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, HeaderMap, Vec<u8>) {
    let mut request = browser.client.get(browser.url(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("GET");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.bytes().await.expect("body").to_vec();
    (status, headers, bytes)
}

/// Opens `path` twice as a new visitor on each node, so that each holds a copy made after
/// every write so far; returns the page as node A made it.
async fn prime(nodes: [&TestApp; 2], path: &str) -> String {
    let mut made = None;
    for (name, node) in ["A", "B"].into_iter().zip(nodes) {
        for _ in 0..2 {
            let page = node.browser().get(path).await;
            assert_eq!(page.status, StatusCode::OK, "{path} on node {name}");
            assert!(
                is_shared_copy(&page),
                "{path} on node {name} is kept for visitors: {:?}",
                page.headers
            );
            made.get_or_insert(page.body);
        }
    }
    made.unwrap()
}

/// What a new visitor gets at `path` from each node now, with the node's name.
async fn on_both(nodes: [&TestApp; 2], path: &str) -> Vec<(&'static str, Page)> {
    let mut pages = Vec::new();
    for (name, node) in ["A", "B"].into_iter().zip(nodes) {
        pages.push((name, node.browser().get(path).await));
    }
    pages
}

/// Asserts that a new visitor on each node gets `path` (200) with `check` true of it.
async fn both_show(nodes: [&TestApp; 2], path: &str, what: &str, check: impl Fn(&str) -> bool) {
    for (name, page) in on_both(nodes, path).await {
        assert_eq!(page.status, StatusCode::OK, "{path} on node {name}");
        assert!(check(&page.body), "{what}: {path} on node {name}");
    }
}

/// The part of a question page that is answer `id` (up to the next answer).
fn answer_in(html: &str, id: i64) -> &str {
    let start = html
        .find(&format!("id=\"answer-{id}\""))
        .unwrap_or_else(|| panic!("answer {id} is on the page"));
    let rest = &html[start + 1..];
    let end = rest
        .find("<article class=\"answer")
        .or_else(|| rest.find("</section>"))
        .unwrap_or(rest.len());
    &html[start..start + 1 + end]
}

/// Whether answer `id` is on the page at all.
fn has_answer(html: &str, id: i64) -> bool {
    html.contains(&format!("id=\"answer-{id}\""))
}

/// A visitor's second request is the first one's copy: the same body and tag, shareable,
/// with no cookie, one copy per language; the browser's copy is confirmed with a 304, and
/// the page comes compressed with Brotli or gzip when asked, whole once decompressed. After
/// a change, the old tag is not confirmed.
async fn a_visitors_page_is_sent_from_memory_compressed_and_revalidated(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, area) = app.create_area("Shirts").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = ask(&tom, "Which collar suits a round face?", &area).await;
    let visitor = app.browser();

    let first = visitor.get(&path).await;
    let second = visitor.get(&path).await;
    assert_eq!(second.status, StatusCode::OK);
    assert!(second.body.contains("Which collar suits a round face?"));
    assert_eq!(second.body, first.body);
    let etag = header(&second.headers, "etag").to_owned();
    assert!(etag.starts_with("W/\""), "a weak tag: {etag}");
    assert_eq!(header(&first.headers, "etag"), etag);
    assert!(header(&second.headers, "cache-control").contains("public"));
    assert!(header(&second.headers, "vary").contains("Cookie"));
    assert!(
        !second.headers.contains_key("set-cookie"),
        "a visitor reading is given no cookie"
    );
    let (held, bytes) = app.state.pages.size();
    assert!(held >= 1 && bytes > 0, "({held}, {bytes})");
    let list = visitor.get("/experts").await;
    assert!(is_shared_copy(&list) && !list.headers.contains_key("set-cookie"));
    assert!(
        app.state.pages.size().0 > held,
        "the list is kept beside it"
    );

    let (status, headers, body) = get_raw(&visitor, &path, &[("if-none-match", &etag)]).await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
    assert!(body.is_empty());
    assert_eq!(header(&headers, "etag"), etag);

    let identity = second.body.as_bytes();
    let (status, headers, brotli) = get_raw(&visitor, &path, &[("accept-encoding", "br")]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&headers, "content-encoding"), "br");
    assert_eq!(header(&headers, "etag"), etag, "one tag for every encoding");
    assert!(brotli.len() < identity.len());
    let mut text = String::new();
    brotli::Decompressor::new(&brotli[..], 4096)
        .read_to_string(&mut text)
        .unwrap();
    assert_eq!(text.as_bytes(), identity);
    let (status, headers, gzip) = get_raw(&visitor, &path, &[("accept-encoding", "gzip")]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&headers, "content-encoding"), "gzip");
    assert!(gzip.len() < identity.len());
    let mut text = String::new();
    flate2::read::GzDecoder::new(&gzip[..])
        .read_to_string(&mut text)
        .unwrap();
    assert_eq!(text.as_bytes(), identity);

    let sam = app.signed_in_as("sam_k", &[]).await;
    answer(&sam, &path, "A spread collar.").await;
    let (status, headers, body) = get_raw(&visitor, &path, &[("if-none-match", &etag)]).await;
    assert_eq!(status, StatusCode::OK, "the browser's copy is out of date");
    assert_ne!(header(&headers, "etag"), etag);
    assert!(
        String::from_utf8(body)
            .unwrap()
            .contains("A spread collar.")
    );
}

/// A signed-in member reading a page a visitor's copy is kept of gets their own page, not
/// the copy, and their page does not replace the copy the next visitor gets.
async fn a_signed_in_member_never_gets_the_visitors_copy(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, area) = app.create_area("Shirts").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = ask(&tom, "Which collar suits a round face?", &area).await;
    let oliver = app.signed_in_as("oliver-j", &[]).await;
    let copy = prime([&app, &app], &path).await;
    assert!(!copy.contains("oliver-j"));

    let own = oliver.get(&path).await;

    assert_eq!(own.status, StatusCode::OK);
    assert!(
        own.body.contains("<a href=\"/account\">oliver-j</a>"),
        "the member's own header"
    );
    assert!(own.body.contains("/follow\""), "the member's forms");
    assert!(!own.headers.contains_key("etag"), "not the cache's copy");
    assert!(!header(&own.headers, "cache-control").contains("public"));
    let own_list = oliver.get("/experts").await;
    assert!(own_list.body.contains("<a href=\"/account\">oliver-j</a>"));
    assert!(!is_shared_copy(&own_list));

    let next = app.browser().get(&path).await;
    assert!(is_shared_copy(&next));
    assert!(
        !next.body.contains("oliver-j"),
        "the member's page was not kept"
    );
    assert_eq!(next.body, copy);
}

/// The sign-in form carries a token made for one visitor: it is never kept, each visitor
/// gets a token of their own with its cookie, and that cookie does not keep the visitor
/// from the shared copies of other pages.
async fn a_page_with_a_visitors_form_is_made_for_each_visitor(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let list = app.browser().get("/experts").await;
    assert!(is_shared_copy(&list));
    let held = app.state.pages.size().0;

    let (ann, bea) = (app.browser(), app.browser());
    let ann_form = ann.get("/login").await;
    let bea_form = bea.get("/login").await;

    for page in [&ann_form, &bea_form] {
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            ann.session_cookie(&page.headers).is_some(),
            "the token's cookie"
        );
        assert!(!page.headers.contains_key("etag"));
        assert!(!header(&page.headers, "cache-control").contains("public"));
    }
    let (ann_token, bea_token) = (
        csrf_token_in(&ann_form.body).unwrap(),
        csrf_token_in(&bea_form.body).unwrap(),
    );
    assert_ne!(ann_token, bea_token, "each visitor's own token");
    assert_eq!(app.state.pages.size().0, held, "no copy of a form is kept");
    let with_cookie = ann.get("/experts").await;
    assert!(is_shared_copy(&with_cookie), "{:?}", with_cookie.headers);
    assert!(!with_cookie.headers.contains_key("set-cookie"));
    assert_eq!(with_cookie.body, list.body);
    assert!(!with_cookie.body.contains(&ann_token));
    // The visitor can still sign in with the token the form gave them.
    app.create_member("ann", &[]).await;
    assert_eq!(
        ann.sign_in("ann", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
}

on_both_databases!(
    a_visitors_page_is_sent_from_memory_compressed_and_revalidated,
    a_signed_in_member_never_gets_the_visitors_copy,
    a_page_with_a_visitors_form_is_made_for_each_visitor,
);

/// Every kind of write to a question thread through node A (a question, an answer, a
/// vote, an acceptance, a moderator's hiding, an account deleted with its posts, and an
/// UPDATE straight into the database) shows on the next visitor page of node A and of
/// node B, each having kept a copy made just before.
async fn every_write_to_a_question_shows_at_once_on_both_nodes(backend: Backend) {
    let a = TestApp::spawn(backend).await;
    let b = a.sibling().await;
    let nodes = [&a, &b];
    let (shirts, area) = a.create_area("Shirts").await;
    let eleanor = expert(&a, "eleanor", shirts).await;
    let tom = a.signed_in_as("tom", &[]).await;
    let sam = a.signed_in_as("sam_k", &[]).await;
    let oliver = a.signed_in_as("oliver-j", &[]).await;
    let moderator = a.signed_in_as("priya", &[Role::Moderator]).await;

    // A new question.
    assert!(!prime(nodes, "/experts").await.contains("round face"));
    let path = ask(&tom, "Which collar suits a round face?", &area).await;
    both_show(nodes, "/experts", "the new question is listed", |p| {
        p.contains("Which collar suits a round face?")
    })
    .await;

    // A new answer.
    assert!(!prime(nodes, &path).await.contains("A spread collar"));
    let posted = answer(&eleanor, &path, "A spread collar, **always**.").await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);
    let spread = newest_answer(&a).await;
    both_show(nodes, &path, "the new answer shows", |p| {
        p.contains("A spread collar, <strong>always</strong>.")
    })
    .await;
    answer(&sam, &path, "A button-down collar.").await;
    let button_down = newest_answer(&a).await;
    answer(&oliver, &path, "Try a cutaway collar.").await;
    let cutaway = newest_answer(&a).await;

    // A vote.
    let before = prime(nodes, &path).await;
    assert!(answer_in(&before, spread).contains("<span class=\"vote-count\">0<"));
    let voted = vote_up(&oliver, &path, spread).await;
    assert_eq!(voted.status, StatusCode::SEE_OTHER);
    both_show(nodes, &path, "the vote is counted", |p| {
        answer_in(p, spread).contains("<span class=\"vote-count\">1<")
    })
    .await;

    // An acceptance.
    assert!(!prime(nodes, &path).await.contains("status-accepted"));
    let accepted = tom
        .submit(&path, &format!("/experts/answers/{spread}/accept"), &[])
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    both_show(nodes, &path, "the accepted answer is marked", |p| {
        answer_in(p, spread)
            .contains("<span class=\"status status-accepted\">Accepted answer</span>")
    })
    .await;

    // A moderator hides a reported answer.
    let report = format!("/report?kind=answer&id={button_down}");
    let reported = tom
        .submit(
            &report,
            "/report",
            &[
                ("kind", "answer"),
                ("id", &button_down.to_string()),
                ("reason", "Not helpful"),
            ],
        )
        .await;
    assert_eq!(reported.status, StatusCode::SEE_OTHER, "{}", reported.body);
    assert!(prime(nodes, &path).await.contains("A button-down collar."));
    let hidden = moderator
        .submit(
            "/",
            &format!("/mod/answer/{button_down}"),
            &[("action", "hide")],
        )
        .await;
    assert_eq!(hidden.status, StatusCode::SEE_OTHER, "{}", hidden.body);
    both_show(nodes, &path, "the hidden answer is gone", |p| {
        !p.contains("A button-down collar.") && !has_answer(p, button_down)
    })
    .await;

    // A member deletes their account and their posts: their answer goes, and their vote.
    let before = prime(nodes, &path).await;
    assert!(before.contains("Try a cutaway collar.") && before.contains("oliver-j"));
    let deleted = oliver
        .submit(
            "/account",
            "/account/delete",
            &[
                ("password", PASSWORD),
                ("confirm", "yes"),
                ("posts", "remove"),
            ],
        )
        .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER, "{}", deleted.body);
    both_show(
        nodes,
        &path,
        "the deleted member's answer and vote are gone",
        |p| {
            !p.contains("Try a cutaway collar.")
                && !has_answer(p, cutaway)
                && !p.contains("oliver-j")
                && answer_in(p, spread).contains("<span class=\"vote-count\">0<")
        },
    )
    .await;

    // A change made outside the app, straight into the database.
    prime(nodes, "/experts").await;
    prime(nodes, &path).await;
    let id = id_in(&path);
    a.with_db(move |c| {
        diesel::update(questions::table.find(id))
            .set(questions::title.eq("Which collar suits a long face?"))
            .execute(c)
            .unwrap()
    })
    .await;
    for page in ["/experts", path.as_str()] {
        both_show(nodes, page, "the title changed in the database", |p| {
            p.contains("Which collar suits a long face?") && !p.contains("round face")
        })
        .await;
    }
}

/// Every kind of write to the ideas board through node A (a vote, a status change, a
/// merge) shows on the next visitor page of node A and of node B.
async fn every_write_to_an_idea_shows_at_once_on_both_nodes(backend: Backend) {
    let a = TestApp::spawn(backend).await;
    let b = a.sibling().await;
    let nodes = [&a, &b];
    // Moderators' ideas skip the review.
    let moderator = a.signed_in_as("priya", &[Role::Moderator]).await;
    let original = share(&moderator, "Half sizes for collars please").await;
    let duplicate = share(&moderator, "Collars in half sizes would be great").await;
    let tom = a.signed_in_as("tom", &[]).await;
    let sam = a.signed_in_as("sam_k", &[]).await;

    // A vote.
    assert!(
        prime(nodes, &original)
            .await
            .contains("<span class=\"score\">0 votes</span>")
    );
    let voted = tom
        .submit(&original, &format!("{original}/vote"), &[("vote", "up")])
        .await;
    assert_eq!(voted.status, StatusCode::SEE_OTHER);
    both_show(nodes, &original, "the vote is counted", |p| {
        p.contains("<span class=\"score\">1 vote</span>")
    })
    .await;

    // A status change, on the idea and on the board.
    let planned = "class=\"status idea-planned\">Planned</span>";
    assert!(!prime(nodes, &original).await.contains(planned));
    assert!(!prime(nodes, "/ideas").await.contains(planned));
    let changed = set_status(&moderator, &original, "planned", "Coming in spring.").await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER);
    both_show(nodes, &original, "the new status and its note show", |p| {
        p.contains(planned) && p.contains("Coming in spring.")
    })
    .await;
    both_show(nodes, "/ideas", "the board shows the new status", |p| {
        p.contains(planned)
    })
    .await;

    // A merge: the duplicate's page leads to the original, which has its votes, and the
    // board lists it as a duplicate.
    sam.submit(&duplicate, &format!("{duplicate}/vote"), &[("vote", "up")])
        .await;
    assert!(prime(nodes, &duplicate).await.contains("would be great"));
    assert!(prime(nodes, &original).await.contains("1 vote</span>"));
    let duplicated = "class=\"status idea-duplicate\">Duplicate</span>";
    let board = prime(nodes, "/ideas").await;
    assert!(board.contains("would be great") && !board.contains(duplicated));
    let target = original.rsplit('/').next().unwrap();
    let merged = moderator
        .submit(
            &duplicate,
            &format!("{duplicate}/merge"),
            &[("into", target)],
        )
        .await;
    assert_eq!(merged.status, StatusCode::SEE_OTHER, "{}", merged.body);
    for (name, page) in on_both(nodes, &duplicate).await {
        assert_eq!(
            page.status,
            StatusCode::MOVED_PERMANENTLY,
            "the merged idea on node {name}"
        );
        assert_eq!(page.location(), Some(original.as_str()), "node {name}");
    }
    both_show(nodes, &original, "the merged votes are counted", |p| {
        p.contains("<span class=\"score\">2 votes</span>")
    })
    .await;
    both_show(
        nodes,
        "/ideas",
        "the board shows the merged idea's status",
        |p| p.contains(duplicated),
    )
    .await;
}

/// The brand form's fields, all valid, naming the community `name`.
fn brand_fields(name: &str) -> Vec<(&str, &str)> {
    vec![
        ("name", name),
        ("description", "Shirts made to last."),
        ("header", "#f4e9d8"),
        ("link", "#0b5d3b"),
        ("accent", "#7a2e0e"),
        ("dark_link", ""),
        ("dark_accent", "#f0b48c"),
        ("footer", ""),
        ("privacy_url", ""),
        ("terms_url", ""),
        ("shop_url", ""),
    ]
}

/// Edits through node A (a staff author's article, a member's comment) and an admin's new
/// brand name show on the next visitor page of node A and of node B.
async fn edits_and_a_new_brand_show_at_once_on_both_nodes(backend: Backend) {
    let a = TestApp::spawn(backend).await;
    let b = a.sibling().await;
    let nodes = [&a, &b];
    let eleanor = a.signed_in_as("eleanor", &[Role::Staff]).await;
    let article = eleanor
        .write_article("Cufflinks 101", "Double cuffs need them.", "now")
        .await;
    let tom = a.signed_in_as("tom", &[]).await;
    let commented = tom
        .submit(
            &article,
            &format!("{article}/comments"),
            &[("body", "Teh best guide")],
        )
        .await;
    assert_eq!(commented.status, StatusCode::SEE_OTHER);
    let comment: i64 = commented
        .location()
        .unwrap()
        .rsplit("#comment-")
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let admin = a.signed_in_as("root", &[Role::Admin]).await;

    // An article edited by its author.
    assert!(
        prime(nodes, &article)
            .await
            .contains("Double cuffs need them.")
    );
    let edit = format!("{article}/edit");
    let saved = eleanor
        .submit_multipart(
            &edit,
            &edit,
            &[
                ("title", "Cufflinks 101"),
                ("body", "Double cuffs need cufflinks, *always*."),
                ("publish", "now"),
                ("intent", "save"),
            ],
            &[],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    both_show(nodes, &article, "the edited article shows", |p| {
        p.contains("Double cuffs need cufflinks, <em>always</em>.")
            && !p.contains("Double cuffs need them.")
    })
    .await;

    // A comment edited by its author.
    assert!(prime(nodes, &article).await.contains("Teh best guide"));
    let form = format!("/comments/{comment}/edit");
    let saved = tom
        .submit(&form, &form, &[("body", "The best guide")])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    both_show(nodes, &article, "the edited comment shows", |p| {
        p.contains("The best guide") && !p.contains("Teh best guide")
    })
    .await;

    // A new brand name, in the header and the title of every page.
    let before = prime(nodes, "/experts").await;
    assert!(before.contains("class=\"brand\" href=\"/\">Parlour</a>"));
    prime(nodes, &article).await;
    let saved = admin
        .submit_multipart(
            "/admin/brand",
            "/admin/brand",
            &brand_fields("Harlow Tailoring"),
            &[],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    for page in ["/experts", article.as_str()] {
        both_show(nodes, page, "the new brand name shows", |p| {
            p.contains("class=\"brand\" href=\"/\">Harlow Tailoring</a>")
                && p.contains(" · Harlow Tailoring</title>")
        })
        .await;
    }
}

on_both_databases!(
    every_write_to_a_question_shows_at_once_on_both_nodes,
    every_write_to_an_idea_shows_at_once_on_both_nodes,
    edits_and_a_new_brand_show_at_once_on_both_nodes,
);

/// A scheduled article goes out with no write at all: the copies of the blog, the front
/// page and the feed made before its time are not sent after it, on either node, though
/// their lifetime (a minute by default) is far from over.
async fn a_scheduled_article_appears_in_kept_pages_when_its_time_comes(backend: Backend) {
    let a = TestApp::spawn(backend).await;
    let b = a.sibling().await;
    let nodes = [&a, &b];
    assert!(a.state.settings.page_cache_lifetime >= std::time::Duration::from_secs(30));
    let author = a.signed_in_as("eleanor", &[Role::Staff]).await;
    let at = author
        .schedule_article("Launch day", "It is here.", 4)
        .await;

    for page in ["/blog", "/", "/blog/feed.atom"] {
        assert!(!prime(nodes, page).await.contains("Launch day"), "{page}");
    }
    for (name, page) in on_both(nodes, "/blog/launch-day").await {
        assert_eq!(page.status, StatusCode::NOT_FOUND, "node {name}");
    }
    let now = Utc::now().naive_utc();
    assert!(now < at, "the pages were read before the article's time");

    tokio::time::sleep((at - now + Duration::milliseconds(1000)).to_std().unwrap()).await;

    for page in ["/blog", "/", "/blog/feed.atom"] {
        both_show(nodes, page, "the scheduled article is out", |p| {
            p.contains("Launch day")
        })
        .await;
    }
    both_show(nodes, "/blog/launch-day", "the article's page", |p| {
        p.contains("It is here.")
    })
    .await;
}

/// A copy lives no longer than its lifetime: a change the site version does not see (made
/// here by putting the version back by hand) is not shown while the copy lives, and is
/// once its lifetime is over.
async fn a_copy_is_made_again_when_its_lifetime_is_over(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| {
        s.page_cache_lifetime = std::time::Duration::from_secs(2)
    })
    .await;
    let (_, area) = app.create_area("Shirts").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = ask(&tom, "Which collar suits a round face?", &area).await;
    let made = std::time::Instant::now();
    let copy = prime([&app, &app], &path).await;
    let id = id_in(&path);
    // The change moves the version on (on PostgreSQL at its commit); the version is then
    // put back as it was, as if the change had not been seen.
    app.with_db(move |c| {
        let version: i64 = site_version::table
            .select(site_version::version)
            .first(c)
            .unwrap();
        diesel::update(questions::table.find(id))
            .set(questions::title.eq("Which collar suits a long face?"))
            .execute(c)
            .unwrap();
        diesel::update(site_version::table)
            .set(site_version::version.eq(version))
            .execute(c)
            .unwrap()
    })
    .await;

    let kept = app.browser().get(&path).await;
    assert!(
        made.elapsed() < std::time::Duration::from_secs(2),
        "read within the copy's lifetime"
    );
    assert_eq!(kept.body, copy, "the copy is sent while it lives");
    assert!(kept.body.contains("round face"));

    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;

    let again = app.browser().get(&path).await;
    assert!(is_shared_copy(&again));
    assert!(
        again.body.contains("Which collar suits a long face?"),
        "the page is made again"
    );
}

on_both_databases!(
    a_scheduled_article_appears_in_kept_pages_when_its_time_comes,
    a_copy_is_made_again_when_its_lifetime_is_over,
);
