//! Atom feeds (checked with a real feed parser), the sitemap (with an XML parser) and
//! robots.txt.

use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn parse(app: &TestApp, path: &str) -> feed_rs::model::Feed {
    let response = app.browser().get(path).await;
    assert_eq!(response.status, StatusCode::OK, "{path}");
    assert!(
        response.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    let feed =
        feed_rs::parser::parse(response.body.as_bytes()).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert_eq!(feed.feed_type, feed_rs::model::FeedType::Atom, "{path}");
    feed
}

/// The titles of a feed's entries, in order.
fn titles(feed: &feed_rs::model::Feed) -> Vec<String> {
    feed.entries
        .iter()
        .map(|e| e.title.as_ref().unwrap().content.clone())
        .collect()
}

async fn feeds_are_valid_atom_with_only_published_articles(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let eleanor = app.signed_in_as("eleanor", &[Role::Staff]).await;
    let amara = app.signed_in_as("amara", &[Role::Staff]).await;
    eleanor
        .write_article("Shirts & <collars>", "About **collars**.", "now")
        .await;
    amara.write_article("Shoes", "About shoes.", "now").await;
    amara
        .write_article("Secret draft", "Not yet.", "draft")
        .await;

    let blog = parse(&app, "/blog/feed.atom").await;
    let titles: Vec<String> = blog
        .entries
        .iter()
        .map(|e| e.title.as_ref().unwrap().content.clone())
        .collect();
    assert_eq!(
        titles,
        vec!["Shoes", "Shirts & <collars>"],
        "newest first, titles unescaped correctly"
    );
    let entry = &blog.entries[1];
    assert_eq!(
        entry.links[0].href,
        format!("{}/blog/shirts-collars", app.address)
    );
    assert_eq!(entry.authors[0].name.as_deref(), Some("eleanor"));
    assert!(
        entry
            .content
            .as_ref()
            .unwrap()
            .body
            .as_ref()
            .unwrap()
            .contains("<strong>collars</strong>")
    );

    let site = parse(&app, "/feed.atom").await;
    assert_eq!(site.entries.len(), 2);

    let by_amara = parse(&app, "/blog/authors/amara/feed.atom").await;
    let titles: Vec<String> = by_amara
        .entries
        .iter()
        .map(|e| e.title.as_ref().unwrap().content.clone())
        .collect();
    assert_eq!(titles, vec!["Shoes"]);
    assert_eq!(
        app.browser()
            .get("/blog/authors/nobody/feed.atom")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

async fn the_sitemap_lists_published_articles_and_robots_points_to_it(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let eleanor = app.signed_in_as("eleanor", &[Role::Staff]).await;
    eleanor.write_article("Ties", "Silk.", "now").await;
    eleanor.write_article("Hidden", "Draft.", "draft").await;

    let sitemap = app.browser().get("/sitemap.xml").await;
    assert_eq!(sitemap.status, StatusCode::OK);
    assert!(
        sitemap
            .body
            .contains(&format!("<loc>{}/blog/ties</loc>", app.address))
    );
    assert!(!sitemap.body.contains("hidden"));

    // Questions and ideas anyone may read are listed too; held ones are not.
    app.set_policy("premoderation", "").await;
    let (_, area) = app.create_area("Shirts").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let question = crate::experts::ask(&tom, "Which collar for a knitted tie?", &area).await;
    let idea = crate::ideas::share(&tom, "Longer ties for tall customers").await;
    app.set_policy("new_member_posts", "5").await;
    let newcomer = app.signed_in_as("newcomer", &[]).await;
    let waiting = newcomer
        .submit_multipart(
            "/ideas/new",
            "/ideas/new",
            &[
                ("title", "A secret idea waiting"),
                ("body", "Not yet reviewed."),
            ],
            &[],
        )
        .await;
    assert!(waiting.status.is_success(), "{}", waiting.body);
    let sitemap = app.browser().get("/sitemap.xml").await;
    for path in [&question, &idea] {
        let loc = format!("<loc>{}{path}</loc>", app.address);
        assert!(sitemap.body.contains(&loc), "{path}: {}", sitemap.body);
    }
    assert_eq!(
        sitemap.body.matches("/ideas/").count(),
        1,
        "{}",
        sitemap.body
    );

    let robots = app.browser().get("/robots.txt").await;
    assert!(robots.body.contains("Disallow: /admin"));
    assert!(
        robots
            .body
            .contains(&format!("Sitemap: {}/sitemap.xml", app.address))
    );
}

/// Posts `title` as `newcomer`, whose posts wait for a moderator.
async fn held_question(newcomer: &crate::helpers::Browser, title: &str, area: &str) {
    let held = newcomer
        .submit_multipart(
            "/experts/ask",
            "/experts/ask",
            &[
                ("title", title),
                ("details", "Held."),
                ("area", area),
                ("intent", "post"),
            ],
            &[],
        )
        .await;
    assert!(held.body.contains("waits for a moderator"), "{}", held.body);
}

async fn the_experts_and_ideas_feeds_hold_only_what_a_visitor_may_read(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, shirts) = app.create_area("Shirts").await;
    let (_, shoes) = app.create_area("Shoes").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let collar = crate::experts::ask(&tom, "Which collar for a knitted tie?", &shirts).await;
    crate::experts::ask(&tom, "Are brogues right for a wedding?", &shoes).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let longer = crate::ideas::share(&moderator, "Longer ties for tall customers").await;
    let duplicate = crate::ideas::share(&moderator, "Extra long ties, please").await;
    let target = longer.rsplit('/').next().unwrap();
    let merged = moderator
        .submit(
            &duplicate,
            &format!("{duplicate}/merge"),
            &[("into", target)],
        )
        .await;
    assert_eq!(merged.status, StatusCode::SEE_OTHER, "{}", merged.body);
    crate::ideas::share(&tom, "An idea waiting for review").await;
    app.set_policy("new_member_posts", "1").await;
    let newcomer = app.signed_in_as("newcomer", &[]).await;
    held_question(&newcomer, "A held question about cuffs", &shirts).await;

    let experts = parse(&app, "/experts/feed.atom").await;
    assert_eq!(
        titles(&experts),
        vec![
            "Are brogues right for a wedding?",
            "Which collar for a knitted tie?"
        ],
        "newest first, never the held question"
    );
    assert_eq!(
        experts.title.as_ref().unwrap().content,
        "Parlour: Ask the Experts"
    );
    let entry = &experts.entries[1];
    assert_eq!(entry.links[0].href, format!("{}{collar}", app.address));
    assert_eq!(entry.authors[0].name.as_deref(), Some("tom"));
    let content = entry.content.as_ref().unwrap().body.as_ref().unwrap();
    assert!(content.contains("<strong>details</strong>"), "{content}");

    let area = parse(&app, &format!("/experts/{shirts}/feed.atom")).await;
    assert_eq!(titles(&area), vec!["Which collar for a knitted tie?"]);
    assert_eq!(
        area.title.as_ref().unwrap().content,
        "Parlour: Ask the Experts about Shirts"
    );
    assert_eq!(
        app.browser()
            .get("/experts/no-such-area/feed.atom")
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    let ideas = parse(&app, "/ideas/feed.atom").await;
    assert_eq!(
        titles(&ideas),
        vec!["Longer ties for tall customers"],
        "neither the merged idea nor the one waiting for review"
    );
    assert_eq!(
        ideas.entries[0].links[0].href,
        format!("{}{longer}", app.address)
    );
}

async fn pages_offer_their_feeds_to_feed_readers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, shirts) = app.create_area("Shirts").await;
    let area_page = format!("/experts?area={shirts}");
    let area_feed = format!("/experts/{shirts}/feed.atom");
    for (page, feed, title) in [
        ("/experts", "/experts/feed.atom", "Parlour: Ask the Experts"),
        (
            &area_page,
            &area_feed,
            "Parlour: Ask the Experts about Shirts",
        ),
        ("/ideas", "/ideas/feed.atom", "Parlour: ideas"),
        ("/blog", "/blog/feed.atom", "Parlour blog"),
    ] {
        let body = app.browser().get(page).await.body;
        let link = format!(
            "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{title}\" href=\"{feed}\">"
        );
        assert!(body.contains(&link), "{page} offers {feed}: {body}");
        assert!(
            body.contains(&format!("<a href=\"{feed}\">")),
            "{page} links {feed}"
        );
        assert_eq!(parse(&app, feed).await.title.unwrap().content, title);
    }
}

/// A sitemap document as an XML parser reads it: its root element (`urlset` or
/// `sitemapindex`, in the sitemaps.org namespace) and the `<loc>` of each entry.
fn read_sitemap(xml: &str) -> (String, Vec<String>) {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().trim_text(true);
    let (mut root, mut entries, mut locs) = (String::new(), 0, Vec::new());
    let mut open: Vec<String> = Vec::new();
    loop {
        match reader.read_event().unwrap_or_else(|e| panic!("{e}: {xml}")) {
            Event::Start(element) => {
                let name = element.name().as_ref().to_owned();
                match open.len() {
                    0 => {
                        assert!(root.is_empty(), "one root element: {xml}");
                        let namespace = element.try_get_attribute("xmlns").unwrap().unwrap();
                        assert_eq!(
                            &*namespace.value,
                            "http://www.sitemaps.org/schemas/sitemap/0.9"
                        );
                        root = name.clone();
                    }
                    1 => {
                        let entry = if root == "urlset" { "url" } else { "sitemap" };
                        assert_eq!(name, entry, "{xml}");
                        entries += 1;
                    }
                    _ => {}
                }
                open.push(name);
            }
            Event::End(_) => {
                open.pop();
            }
            Event::Text(text) if open.last().is_some_and(|e| e == "loc") => {
                locs.push(text.xml10_content().into_owned());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(open.is_empty(), "{xml}");
    assert_eq!(entries, locs.len(), "one <loc> an entry: {xml}");
    (root, locs)
}

async fn sitemap_document(app: &TestApp, path: &str) -> (String, Vec<String>) {
    let response = app.browser().get(path).await;
    assert_eq!(response.status, StatusCode::OK, "{path}");
    assert!(
        response.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/xml")
    );
    read_sitemap(&response.body)
}

async fn a_sitemap_past_its_size_becomes_an_index_of_parts(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.sitemap_size = 5).await;
    let at = |path: &str| format!("{}{path}", app.address);
    let mut public: Vec<String> = ["/", "/blog", "/experts", "/ideas"].map(at).to_vec();
    let (root, locs) = sitemap_document(&app, "/sitemap.xml").await;
    assert_eq!((root.as_str(), &locs), ("urlset", &public));

    let eleanor = app.signed_in_as("eleanor", &[Role::Staff]).await;
    public.push(at(&eleanor.write_article("Ties", "Silk.", "now").await));
    let (root, locs) = sitemap_document(&app, "/sitemap.xml").await;
    assert_eq!(
        (root.as_str(), locs.len()),
        ("urlset", 5),
        "as many as the size is still one list"
    );

    public.push(at(&eleanor.write_article("Socks", "Wool.", "now").await));
    eleanor
        .write_article("Secret draft", "Not yet.", "draft")
        .await;
    let (_, area) = app.create_area("Shirts").await;
    let tom = app.signed_in_as("tom", &[]).await;
    for title in [
        "Which collar for a knitted tie?",
        "How short may a tie be?",
        "Can a tie be too wide?",
    ] {
        public.push(at(&crate::experts::ask(&tom, title, &area).await));
    }
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let kept = crate::ideas::share(&moderator, "Longer ties for tall customers").await;
    public.push(at(&kept));
    public.push(at(
        &crate::ideas::share(&moderator, "Knitted ties in navy").await
    ));
    let duplicate = crate::ideas::share(&moderator, "Ties for tall people").await;
    let into = kept.rsplit('/').next().unwrap();
    let merged = moderator
        .submit(&duplicate, &format!("{duplicate}/merge"), &[("into", into)])
        .await;
    assert_eq!(merged.status, StatusCode::SEE_OTHER, "{}", merged.body);
    let waiting = crate::ideas::share(&tom, "An idea waiting for review").await;
    app.set_policy("new_member_posts", "1").await;
    let newcomer = app.signed_in_as("newcomer", &[]).await;
    held_question(&newcomer, "A held question about ties", &area).await;

    // 4 fixed pages, 2 articles, 3 questions, 2 ideas: 11 addresses, 3 parts of 5.
    assert_eq!(public.len(), 11);
    let (root, parts) = sitemap_document(&app, "/sitemap.xml").await;
    assert_eq!(root, "sitemapindex");
    assert_eq!(
        parts,
        (1..=3)
            .map(|n| at(&format!("/sitemap-{n}.xml")))
            .collect::<Vec<_>>()
    );
    let mut listed = Vec::new();
    for part in &parts {
        let path = part.strip_prefix(&app.address).unwrap();
        let (root, locs) = sitemap_document(&app, path).await;
        assert_eq!(root, "urlset", "{path}");
        assert!(!locs.is_empty() && locs.len() <= 5, "{path}: {locs:?}");
        listed.extend(locs);
    }
    assert_eq!(listed.len(), public.len(), "each address once: {listed:?}");
    listed.sort();
    public.sort();
    assert_eq!(listed, public, "every public address, and nothing else");
    for hidden in ["secret-draft", "held-question", &waiting, &duplicate] {
        assert!(!listed.iter().any(|l| l.contains(hidden)), "{hidden}");
    }
    for beyond in [
        "/sitemap-4.xml",
        "/sitemap-0.xml",
        "/sitemap-01.xml",
        "/sitemap-x.xml",
    ] {
        assert_eq!(
            app.browser().get(beyond).await.status,
            StatusCode::NOT_FOUND,
            "{beyond}"
        );
    }
}

on_both_databases!(
    feeds_are_valid_atom_with_only_published_articles,
    the_sitemap_lists_published_articles_and_robots_points_to_it,
    the_experts_and_ideas_feeds_hold_only_what_a_visitor_may_read,
    pages_offer_their_feeds_to_feed_readers,
    a_sitemap_past_its_size_becomes_an_index_of_parts,
);
