//! Search: every kind found, stemming, phrases, prefixes, exclusions and filters, the same
//! visibility as everywhere else, the index kept in step with changes, and bad input.

use parlour::domain::Role;
use reqwest::StatusCode;

use crate::experts::{answer, ask, expert};
use crate::helpers::{Backend, TestApp, text_of_id};
use crate::on_both_databases;

/// The result titles' links on a search page, in order.
fn result_links(body: &str) -> Vec<String> {
    body.split("<h2 class=\"result-title\"><a href=\"")
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].to_owned())
        .collect()
}

pub(crate) async fn search(
    browser: &crate::helpers::Browser,
    query: &str,
) -> (StatusCode, Vec<String>, String) {
    let encoded = serde_urlencoded::to_string([("q", query)]).unwrap();
    let page = browser.get(&format!("/search?{encoded}")).await;
    let links = result_links(&page.body);
    (page.status, links, page.body)
}

async fn every_kind_is_found_with_stemming_phrases_prefixes_and_exclusions(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.set_policy("premoderation", "").await;
    let (area_id, area) = app.create_area("Shirts").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let question = ask(&tom, "How do I iron a shirt collar?", &area).await;
    let eleanor = expert(&app, "eleanor", area_id).await;
    answer(
        &eleanor,
        &question,
        "Steam the collar first, then press from the points inward.",
    )
    .await;
    let staff = app.signed_in_as("amara", &[Role::Staff]).await;
    let article = staff
        .write_article(
            "Caring for linen",
            "Wash cool and dry flat; linen softens with every wash.",
            "now",
        )
        .await;
    let comment = tom
        .submit(
            &article,
            &format!("{article}/comments"),
            &[("body", "Does flannel shrink like linen?")],
        )
        .await;
    assert_eq!(comment.status, StatusCode::SEE_OTHER, "{}", comment.body);
    let idea = crate::ideas::share(&tom, "Offer a monogramming service").await;
    let visitor = app.browser();

    let (status, links, body) = search(&visitor, "ironing shirts").await;
    assert_eq!(status, StatusCode::OK);
    assert!(links.contains(&question), "stemming: {links:?}\n{body}");
    assert!(body.contains("<meta name=\"robots\" content=\"noindex\">"));

    let (_, links, body) = search(&visitor, "steam").await;
    assert!(
        body.contains("<mark>Steam</mark>"),
        "matches are marked: {body}"
    );
    assert!(
        links.iter().any(|l| l.contains("#answer-")),
        "answers: {links:?}"
    );
    let (_, links, _) = search(&visitor, "dry flat").await;
    assert_eq!(links, vec![article.clone()], "articles");
    let (_, links, _) = search(&visitor, "flannel").await;
    assert!(
        links.iter().any(|l| l.starts_with("/comments/")),
        "comments: {links:?}"
    );
    let (_, links, _) = search(&visitor, "monogram").await;
    assert_eq!(
        links,
        vec![idea.clone()],
        "ideas, and the last word as a prefix"
    );
    let (_, links, _) = search(&visitor, "monog").await;
    assert_eq!(
        links,
        vec![idea.clone()],
        "an unfinished last word as a prefix"
    );

    let (_, links, _) = search(&visitor, "\"dry flat\"").await;
    assert_eq!(links, vec![article.clone()], "a phrase");
    let (_, links, _) = search(&visitor, "\"flat dry\"").await;
    assert!(links.is_empty(), "a phrase is in order: {links:?}");
    let (_, links, _) = search(&visitor, "linen -flannel").await;
    assert_eq!(
        links,
        vec![article.clone()],
        "the comment is left out by -flannel"
    );
    let (_, links, _) = search(&visitor, "linen").await;
    assert_eq!(links.len(), 2, "article and comment: {links:?}");

    // Filters: kind, area, expert answers.
    let (_, links, _) = search(&visitor, "linen&kind=comment").await;
    assert!(links.is_empty(), "the query is words only: {links:?}");
    let page = visitor.get("/search?q=linen&kind=comment").await;
    assert_eq!(result_links(&page.body).len(), 1);
    let page = visitor
        .get(&format!(
            "/search?q=collar&area={area_id}&expert=yes&kind=question"
        ))
        .await;
    assert_eq!(result_links(&page.body), vec![question.clone()]);
    let page = visitor.get("/search?q=collar&area=999999").await;
    assert!(result_links(&page.body).is_empty());
    assert!(page.body.contains("search without the filters"));
}

async fn held_and_draft_posts_are_found_only_by_who_may_open_them(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, area) = app.create_area("Shirts").await;
    app.set_policy("new_member_posts", "1").await;
    let newcomer = app.signed_in_as("newcomer", &[]).await;
    let waiting = newcomer
        .submit_multipart(
            "/experts/ask",
            "/experts/ask",
            &[
                ("title", "Which tweed suits a wedding?"),
                ("details", "A country wedding."),
                ("area", &area),
                ("intent", "post"),
            ],
            &[],
        )
        .await;
    assert!(
        waiting.body.contains("waits for a moderator"),
        "{}",
        waiting.body
    );
    let held: String = app
        .with_db(|conn| {
            use diesel::prelude::*;
            use parlour::db::schema::questions;
            let (id, slug): (i64, String) = questions::table
                .select((questions::id, questions::slug))
                .first(conn)
                .unwrap();
            parlour::paths::question(id, &slug)
        })
        .await;
    let staff = app.signed_in_as("amara", &[Role::Staff]).await;
    let draft = staff
        .write_article(
            "Tweed for spring",
            "A lighter tweed for warmer days.",
            "draft",
        )
        .await;

    let member = app.signed_in_as("tom", &[]).await;
    for who in [&app.browser(), &member] {
        let (_, links, _) = search(who, "tweed").await;
        assert!(
            links.is_empty(),
            "held and draft posts are not found: {links:?}"
        );
    }
    let (_, links, _) = search(&newcomer, "tweed").await;
    assert_eq!(
        links,
        vec![held.clone()],
        "the author finds their held question"
    );
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let (_, links, _) = search(&moderator, "tweed").await;
    assert!(
        links.is_empty(),
        "without the filter moderators see what everyone sees"
    );
    let page = moderator.get("/search?q=tweed&held=yes").await;
    assert_eq!(result_links(&page.body), vec![held.clone()]);
    let ignored = member.get("/search?q=tweed&held=yes").await;
    assert!(
        result_links(&ignored.body).is_empty(),
        "the filter is for moderators"
    );
    assert!(!draft.is_empty());
}

async fn the_index_follows_takedowns_and_rebuilds_from_the_tables(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, area) = app.create_area("Shirts").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let question = ask(&tom, "Can seersucker be tumble dried?", &area).await;
    let (_, links, _) = search(&app.browser(), "seersucker").await;
    assert_eq!(links, vec![question.clone()]);

    let id: i64 = question
        .rsplit('/')
        .next()
        .unwrap()
        .split('-')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let reporter = app.signed_in_as("sam_k", &[]).await;
    let id_text = id.to_string();
    let reported = reporter
        .submit(
            &format!("/report?kind=question&id={id}"),
            "/report",
            &[
                ("kind", "question"),
                ("id", &id_text),
                ("reason", "Off topic"),
            ],
        )
        .await;
    assert_eq!(reported.status, StatusCode::SEE_OTHER, "{}", reported.body);
    let hidden = moderator
        .submit("/", &format!("/mod/question/{id}"), &[("action", "hide")])
        .await;
    assert_eq!(hidden.status, StatusCode::SEE_OTHER, "{}", hidden.body);
    let (_, links, _) = search(&app.browser(), "seersucker").await;
    assert!(
        links.is_empty(),
        "a hidden question is not found: {links:?}"
    );

    // A rebuild from the tables gives the same answer.
    let count = app
        .with_db(|conn| parlour::search::rebuild(conn).unwrap())
        .await;
    assert_eq!(count, 1);
    let (_, links, _) = search(&app.browser(), "seersucker").await;
    assert!(links.is_empty());
    let page = moderator.get("/search?q=seersucker&held=yes").await;
    assert_eq!(result_links(&page.body), vec![question]);
}

async fn any_query_gets_a_page_never_an_error(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, area) = app.create_area("Shirts").await;
    let tom = app.signed_in_as("tom", &[]).await;
    ask(&tom, "Is <b>bold</b> linen \"really\" better?", &area).await;
    let visitor = app.browser();
    for query in [
        "\"",
        "*",
        "a:b",
        "^x",
        "NEAR(a b)",
        "linen AND (",
        "-",
        "\"unbalanced linen",
        "the of and",
        "🧵👔",
        "שלום עולם",
        "'; DROP TABLE users; --",
        "linen*",
        "a:*",
        "!linen",
        "linen <-> better",
        "\\",
        "%_%",
    ] {
        let (status, _, body) = search(&visitor, query).await;
        assert_eq!(status, StatusCode::OK, "{query:?}: {body}");
    }
    let (_, links, body) = search(&visitor, "bold").await;
    assert_eq!(links.len(), 1);
    assert!(
        !body.contains("<b>bold</b>"),
        "post text is escaped: {body}"
    );
    let long = "linen ".repeat(2000);
    let (status, _, body) = search(&visitor, &long).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of_id(&body, "q-error").unwrap().contains("under 200"));
    for odd in [
        "page=1000000000000",
        "page=-5",
        "page=x",
        "area=abc&kind=nope",
        "from=yesterday",
    ] {
        let page = visitor.get(&format!("/search?q=linen&{odd}")).await;
        assert!(
            page.status == StatusCode::OK || page.status == StatusCode::UNPROCESSABLE_ENTITY,
            "{odd}: {}",
            page.status
        );
    }
    let bad_date = visitor.get("/search?q=linen&from=yesterday").await;
    assert!(text_of_id(&bad_date.body, "from-error").is_some());
    let empty = visitor.get("/search").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(empty.body.contains("name=\"q\""));
}

/// The demo community is searchable as soon as it exists, and an index lost (or never
/// built, before an upgrade) is rebuilt when the app starts.
async fn the_demo_community_is_found_and_a_missing_index_is_built_at_start(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.with_db(|conn| parlour::demo::seed(conn, parlour::i18n::Lang::EnGb).unwrap())
        .await;
    let (_, links, _) = search(&app.browser(), "linen").await;
    assert!(!links.is_empty(), "the demo has linen posts");
    app.with_db(|conn| parlour::db::models::search::remove_up_to(conn, i64::MAX).unwrap())
        .await;
    let (_, gone, _) = search(&app.browser(), "linen").await;
    assert!(gone.is_empty());
    let restarted = app.sibling().await;
    let (_, back, _) = search(&restarted.browser(), "linen").await;
    assert_eq!(back.len(), links.len());
}

/// Browsers learn the site's search from the OpenSearch description every page links.
async fn browsers_are_offered_the_search_by_opensearch(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let home = app.browser().get("/").await;
    assert!(home.body.contains(
        "<link rel=\"search\" type=\"application/opensearchdescription+xml\" title=\"Parlour\" href=\"/opensearch.xml\">"
    ));
    let description = app.browser().get("/opensearch.xml").await;
    assert_eq!(description.status, StatusCode::OK);
    assert_eq!(
        description.headers["content-type"],
        "application/opensearchdescription+xml; charset=utf-8"
    );
    assert!(description.body.contains(&format!(
        "template=\"{}/search?q={{searchTerms}}\"",
        app.address
    )));
}

async fn not_for_me_comes_last_and_says_so_and_ideas_show_their_votes(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let priya = app.signed_in_as("priya", &[Role::Moderator]).await;
    let stand = crate::ideas::share(&priya, "Umbrella stand umbrella loan umbrella").await;
    let shelter = crate::ideas::share(&priya, "A shelter by the umbrella door").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let voted = tom
        .submit(&shelter, &format!("{shelter}/vote"), &[("vote", "up")])
        .await;
    assert_eq!(voted.status, StatusCode::SEE_OTHER);
    tom.submit(&stand, &format!("{stand}/hide"), &[("hidden", "yes")])
        .await;

    let (_, links, body) = search(&app.browser(), "umbrella").await;
    assert_eq!(links, vec![stand.clone(), shelter.clone()], "by relevance");
    assert!(!body.contains("not for me"), "{body}");
    assert!(
        body.contains("· 1 vote") && body.contains("· 0 votes"),
        "{body}"
    );

    let (_, links, body) = search(&tom, "umbrella").await;
    assert_eq!(
        links,
        vec![shelter, stand],
        "what Tom set aside is still found, after the rest"
    );
    assert_eq!(body.matches("You marked this “not for me”").count(), 1);
}

async fn dates_statuses_newest_first_and_merges(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let priya = app.signed_in_as("priya", &[Role::Moderator]).await;
    let older = crate::ideas::share(&priya, "Gingham gingham gingham ties").await;
    let newer = crate::ideas::share(&priya, "Gingham shirts for summer").await;
    let planned = crate::ideas::set_status(&priya, &newer, "planned", "Next spring.").await;
    assert_eq!(planned.status, StatusCode::SEE_OTHER, "{}", planned.body);
    let visitor = app.browser();

    let (_, links, _) = search(&visitor, "gingham").await;
    assert_eq!(links, vec![older.clone(), newer.clone()], "by relevance");
    let page = visitor.get("/search?q=gingham&sort=new").await;
    assert_eq!(result_links(&page.body), vec![newer.clone(), older.clone()]);
    let page = visitor.get("/search?q=gingham&status=planned").await;
    assert_eq!(result_links(&page.body), vec![newer.clone()]);

    let today = parlour::clock::now().date();
    let day = |offset: i64| (today + chrono::Duration::days(offset)).to_string();
    let page = visitor
        .get(&format!(
            "/search?q=gingham&from={}&until={}",
            day(0),
            day(0)
        ))
        .await;
    assert_eq!(result_links(&page.body).len(), 2, "today is in the range");
    let page = visitor
        .get(&format!("/search?q=gingham&until={}", day(-1)))
        .await;
    assert!(result_links(&page.body).is_empty(), "nothing before today");
    let page = visitor
        .get(&format!("/search?q=gingham&from={}", day(1)))
        .await;
    assert!(result_links(&page.body).is_empty(), "nothing after today");

    let into = newer.rsplit('/').next().unwrap();
    let merged = priya
        .submit(&older, &format!("{older}/merge"), &[("into", into)])
        .await;
    assert_eq!(merged.status, StatusCode::SEE_OTHER, "{}", merged.body);
    let (_, links, _) = search(&visitor, "gingham").await;
    assert_eq!(
        links,
        vec![newer],
        "a merged idea is found as the one it joined"
    );
}

on_both_databases!(
    dates_statuses_newest_first_and_merges,
    not_for_me_comes_last_and_says_so_and_ideas_show_their_votes,
    every_kind_is_found_with_stemming_phrases_prefixes_and_exclusions,
    held_and_draft_posts_are_found_only_by_who_may_open_them,
    the_index_follows_takedowns_and_rebuilds_from_the_tables,
    any_query_gets_a_page_never_an_error,
    the_demo_community_is_found_and_a_missing_index_is_built_at_start,
    browsers_are_offered_the_search_by_opensearch,
);
