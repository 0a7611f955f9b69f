//! The interface in the reader's language: the address's `lang`, the member's choice, the
//! browser's `Accept-Language` and the site's default, in that order; links that keep an
//! address's choice; French plurals and dates; e-mail in the recipient's language; French
//! moderation and French stemming in search.

use chrono::Datelike;
use diesel::prelude::*;
use parlour::db::schema::users;
use parlour::domain::Role;
use reqwest::StatusCode;

use crate::experts::{answer, ask, expert};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

const FRENCH_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// The `lang` of a page's `<html>` element.
fn html_lang(body: &str) -> &str {
    let start = body.find("<html lang=\"").expect("an html element") + 12;
    &body[start..start + body[start..].find('"').unwrap()]
}

async fn set_language(app: &TestApp, username: &'static str, code: &'static str) {
    app.with_db(move |conn| {
        diesel::update(users::table.filter(users::username.eq(username)))
            .set(users::language.eq(code))
            .execute(conn)
            .unwrap()
    })
    .await;
}

async fn the_address_beats_the_member_beats_the_browser_beats_the_default(backend: Backend) {
    let app = TestApp::spawn(backend).await;

    // A browser asking for French gets French, and caches are told the page varies by it.
    let french = app
        .browser_speaking("fr-CH, fr;q=0.9, en;q=0.8")
        .get("/experts")
        .await;
    assert_eq!(french.status, StatusCode::OK);
    assert_eq!(html_lang(&french.body), "fr");
    assert!(french.body.contains("Aller au contenu"), "{}", french.body);
    let vary = french
        .headers
        .get_all("vary")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned());
    assert!(
        vary.collect::<Vec<_>>()
            .join(",")
            .to_lowercase()
            .contains("accept-language")
    );
    assert_eq!(french.headers["content-language"], "fr");

    // No preference, an unknown one or a malformed one: the site's default, quietly.
    for header in ["de-DE, it;q=0.5", "fr;q=nonsense", ";;,=", "*"] {
        let page = app.browser_speaking(header).get("/experts").await;
        assert_eq!(page.status, StatusCode::OK, "{header}");
        assert_eq!(html_lang(&page.body), "en-GB", "{header}");
    }

    // The admin makes French the default: visitors without a preference get French.
    let admin = app.signed_in_as("root", &[Role::Admin]).await;
    let saved = admin
        .submit_multipart(
            "/admin/brand",
            "/admin/brand",
            &[
                ("name", "Harlow & Co"),
                ("description", "Chemises faites pour durer."),
                ("header", "#1f3a5f"),
                ("link", "#0b5d3b"),
                ("accent", "#7a2e0e"),
                ("language", "fr"),
            ],
            &[],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let visitor = app.browser().get("/ideas").await;
    assert_eq!(html_lang(&visitor.body), "fr");
    // A browser asking for English still gets English.
    let english = app.browser_speaking("en-GB").get("/ideas").await;
    assert_eq!(html_lang(&english.body), "en-GB");

    // The footer's switch: `?lang=en` beats the default, and every link and form on the
    // page keeps it, so the next page is in English too.
    let switched = app.browser().get("/experts?lang=en").await;
    assert_eq!(html_lang(&switched.body), "en-GB");
    assert!(
        switched.body.contains("href=\"/ideas?lang=en\""),
        "{}",
        switched.body
    );
    assert!(
        switched.body.contains("name=\"lang\" value=\"en\""),
        "the search form keeps it"
    );
    let footer_link = app.browser().get("/experts").await;
    assert!(
        footer_link
            .body
            .contains("href=\"/experts?lang=en\" lang=\"en-GB\"")
    );
    // A bad value in the address is passed over.
    let bad = app.browser().get("/experts?lang=%3Cscript%3E").await;
    assert_eq!(bad.status, StatusCode::OK);
    assert_eq!(html_lang(&bad.body), "fr");

    // A member's own choice beats the browser's, and a redirect keeps an address's choice.
    let tom = app.signed_in_as("tom", &[]).await;
    let chosen = tom
        .submit("/account", "/account/language", &[("language", "en")])
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER, "{}", chosen.body);
    let mine = tom.get("/experts").await;
    assert_eq!(html_lang(&mine.body), "en-GB");
    let refused = tom
        .submit("/account", "/account/language", &[("language", "klingon")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let out = tom.submit("/experts?lang=fr", "/logout?lang=fr", &[]).await;
    assert!(
        out.location().unwrap().contains("lang=fr"),
        "{:?}",
        out.location()
    );
}

async fn french_plurals_dates_and_numbers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.set_policy("premoderation", "").await;
    let (area_id, area) = app.create_area("Chemises").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let question = ask(&tom, "Comment repasser un col de chemise ?", &area).await;
    let eleanor = expert(&app, "eleanor", area_id).await;
    answer(&eleanor, &question, "À la vapeur, en partant des pointes.").await;

    let visitor = app.browser_speaking("fr");
    let page = visitor.get(&question).await;
    assert!(page.body.contains(">1 réponse</h2>"), "{}", page.body);
    let month = FRENCH_MONTHS[chrono::Utc::now().month0() as usize];
    assert!(
        page.body.contains(month),
        "no “{month}” on the question page"
    );

    answer(&eleanor, &question, "Et un peu d’amidon pour finir.").await;
    let page = visitor.get(&question).await;
    assert!(page.body.contains(">2 réponses</h2>"), "{}", page.body);
    let front = visitor.get("/").await;
    assert!(front.body.contains("2 réponses"), "{}", front.body);
    let english = app.browser_speaking("en").get(&question).await;
    assert!(english.body.contains(">2 answers</h2>"));
}

async fn mail_goes_out_in_the_recipients_language(backend: Backend) {
    let (app, mail) = crate::mailbox::app_with_mail(backend).await;
    app.set_policy("premoderation", "").await;
    let (area_id, area) = app.create_area("Chemises").await;
    let tom = app.signed_in_as("tom", &[]).await;
    set_language(&app, "tom", "fr").await;
    let question = ask(&tom, "Quelle taille de col choisir ?", &area).await;
    // The expert reads the site in English; tom is told in French.
    let eleanor = expert(&app, "eleanor", area_id).await;
    let page = eleanor.get(&question).await;
    assert_eq!(html_lang(&page.body), "en-GB");
    answer(
        &eleanor,
        &question,
        "Mesurez votre cou et ajoutez un centimètre.",
    )
    .await;

    let letter = mail.first_to("tom@example.com").await;
    assert!(
        letter.subject.contains("a répondu à votre question"),
        "{}",
        letter.subject
    );
    assert!(letter.html.contains("lang=\"fr\""));
    assert!(letter.text.contains("Lire"), "{}", letter.text);
    // And the notification on the site is in the reader's language, whatever the writer's.
    let notifications = tom.get("/notifications").await;
    assert!(
        notifications
            .body
            .contains("eleanor a répondu à votre question")
    );
    // When, as people say it: a moment ago, in each language.
    assert!(notifications.body.contains(">à l’instant</time>"));
    let in_english = tom.get("/notifications?lang=en").await;
    assert!(in_english.body.contains("eleanor answered your question"));
    assert!(in_english.body.contains(">just now</time>"));
}

/// Posts a question as `browser` and returns the response (a held post answers with the
/// page that says why, not a redirect).
async fn post_question(
    browser: &crate::helpers::Browser,
    title: &str,
    area: &str,
) -> crate::helpers::Page {
    browser
        .submit_multipart(
            "/experts/ask",
            "/experts/ask",
            &[
                ("title", title),
                ("details", ""),
                ("area", area),
                ("intent", "post"),
            ],
            &[],
        )
        .await
}

/// The (rule, held) of the flags on the post titled `title`.
async fn flags_on(app: &TestApp, kind: &'static str, title: &'static str) -> Vec<(String, bool)> {
    use parlour::db::schema::{articles, flags, questions};
    app.with_db(move |conn| {
        let id: i64 = match kind {
            "question" => questions::table
                .filter(questions::title.eq(title))
                .select(questions::id)
                .first(conn)
                .unwrap(),
            _ => articles::table
                .filter(articles::title.eq(title))
                .select(articles::id)
                .first(conn)
                .unwrap(),
        };
        flags::table
            .filter(flags::subject_kind.eq(kind))
            .filter(flags::subject_id.eq(id))
            .select((flags::rule, flags::held))
            .load(conn)
            .unwrap()
    })
    .await
}

async fn french_posts_meet_the_same_moderation(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.set_policy("premoderation", "").await;
    let (_, area) = app.create_area("Costumes").await;
    let tom = app.signed_in_as("tom", &[]).await;
    set_language(&app, "tom", "fr").await;

    // An insult from the French list holds the post, and its author is told why in French.
    let insult = "Le vendeur est une salope, franchement";
    let held = post_question(&tom, insult, &area).await;
    assert_eq!(html_lang(&held.body), "fr");
    assert!(held.body.contains("des mots comme"), "{}", held.body);
    assert!(
        flags_on(&app, "question", insult)
            .await
            .contains(&("crude".to_owned(), true))
    );

    // A mild French swear word is flagged for the moderators, and the post stays public.
    let mild = "Ce costume est une vraie merde, je suis déçu";
    let posted = post_question(&tom, mild, &area).await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);
    assert_eq!(
        flags_on(&app, "question", mild).await,
        vec![("crude".to_owned(), false)]
    );

    // A strongly negative French post is flagged.
    let negative = "Horrible, nul et décevant : la pire boutique, je suis furieux et dégoûté";
    post_question(&tom, negative, &area).await;
    let found = flags_on(&app, "question", negative).await;
    assert!(
        found.iter().any(|(rule, _)| rule == "negative"),
        "{found:?}"
    );

    // Staff spelling out an address with the French words is held as a leak.
    let staff = app.signed_in_as("amara", &[Role::Staff]).await;
    let held = staff
        .submit_multipart(
            "/blog/new",
            "/blog/new",
            &[
                ("title", "Nos retours"),
                (
                    "body",
                    "Écrivez à service.client arobase harlow point fr pour un échange.",
                ),
                ("publish", "now"),
                ("intent", "save"),
            ],
            &[],
        )
        .await;
    assert_eq!(held.status, StatusCode::OK, "the page that says why");
    assert_eq!(
        flags_on(&app, "article", "Nos retours").await,
        vec![("leak".to_owned(), true)]
    );

    // The moderators read the queue's findings in their own language.
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let queue = moderator.get("/mod?lang=fr").await;
    assert!(queue.body.contains("des mots comme"), "{}", queue.body);
    let queue = moderator.get("/mod").await;
    assert!(queue.body.contains("words such as"));
}

async fn french_words_are_found_by_their_stems(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.set_policy("premoderation", "").await;
    let (area_id, area) = app.create_area("Entretien").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let question = ask(
        &tom,
        "Comment repasser des chemises en lin froissées ?",
        &area,
    )
    .await;
    let eleanor = expert(&app, "eleanor", area_id).await;
    answer(
        &eleanor,
        &question,
        "Repassez-les humides, à la vapeur, sur l’envers.",
    )
    .await;
    let english = ask(&tom, "How do I iron linen shirts?", &area).await;

    let visitor = app.browser();
    let (status, links, body) = crate::search::search(&visitor, "chemise froissée").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        links.iter().any(|l| l.starts_with(&question)),
        "{links:?}\n{body}"
    );
    assert!(!links.iter().any(|l| l.starts_with(&english)), "{links:?}");
    // English stemming is as before.
    let (_, links, _) = crate::search::search(&visitor, "ironing shirt").await;
    assert!(links.iter().any(|l| l.starts_with(&english)), "{links:?}");
}

on_both_databases!(
    the_address_beats_the_member_beats_the_browser_beats_the_default,
    french_plurals_dates_and_numbers,
    mail_goes_out_in_the_recipients_language,
    french_posts_meet_the_same_moderation,
    french_words_are_found_by_their_stems,
);

/// Every key the code and templates name exists in the British English catalogue, and
/// every language has exactly the keys British English has (a French key missing fails
/// here; at run time the English would show and the miss be logged once).
#[test]
fn every_key_used_is_in_the_catalogue_and_every_language_has_them_all() {
    use parlour::i18n::{Lang, keys_of};
    use std::collections::BTreeSet;

    let english: BTreeSet<String> = keys_of(Lang::EnGb).into_iter().collect();
    for lang in Lang::ALL {
        let keys: Vec<String> = keys_of(lang);
        let set: BTreeSet<String> = keys.iter().cloned().collect();
        assert_eq!(set.len(), keys.len(), "{lang}: a key is defined twice");
        let missing: Vec<_> = english.difference(&set).collect();
        let extra: Vec<_> = set.difference(&english).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has keys English lacks: {extra:?}");
    }

    let used =
        regex::Regex::new(r#"(?:\bt[123]?\(|\bsay\(|Key\(|Text::new\()\s*"([a-z][a-z0-9-]*)""#)
            .unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    let mut unknown = Vec::new();
    let mut files = Vec::new();
    for dir in ["src", "templates"] {
        collect(&std::path::Path::new(root).join(dir), &mut files);
    }
    assert!(files.len() > 100, "found {} files", files.len());
    // The catalogue's own tests name a missing key on purpose.
    files.retain(|f| !f.starts_with(std::path::Path::new(root).join("src/i18n")));
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for found in used.captures_iter(&text) {
            let key = &found[1];
            if !english.contains(key) {
                unknown.push(format!("{}: {key}", file.display()));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "keys not in the catalogue:\n{}",
        unknown.join("\n")
    );
}

fn collect(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, files);
        } else if path
            .extension()
            .is_some_and(|e| e == "rs" || e == "html" || e == "txt" || e == "xml")
        {
            files.push(path);
        }
    }
}

/// The demo accounts, one per role (the visitor signs in as nobody).
pub(crate) const ROLES: [(&str, &str); 6] = [
    ("visitor", ""),
    ("member", "tom"),
    ("expert", "marcus"),
    ("staff", "amara"),
    ("moderator", "priya"),
    ("admin", "admin"),
];

/// The British English sentences a French page must not show: every catalogue entry that
/// takes no values and whose French differs (words that read the same in both, "Blog",
/// "Notifications", are no evidence of anything).
fn english_only_sentences() -> std::collections::HashSet<String> {
    use parlour::i18n::{Lang, keys_of};
    let keys = keys_of(Lang::EnGb);
    // A word French shares with English somewhere ("Type", "Contact") proves nothing.
    let french: std::collections::HashSet<String> = keys
        .iter()
        .map(|key| Lang::Fr.t(key).trim().to_owned())
        .collect();
    keys.into_iter()
        .filter_map(|key| {
            let en = Lang::EnGb.t(&key).trim().to_owned();
            (!en.contains('{') && !french.contains(&en) && en.len() > 1).then_some(en)
        })
        .collect()
}

/// Words only English uses, for sentences that are nowhere in the catalogue (a page's own
/// words written into a template or the code). The French demo's posts are French, so
/// any of them on a French page is English left behind.
fn reads_as_english(text: &str) -> bool {
    const ENGLISH: [&str; 12] = [
        "the", "your", "and", "with", "this", "from", "which", "have", "has", "was", "you", "will",
    ];
    text.split(|c: char| !c.is_alphabetic())
        .any(|word| ENGLISH.contains(&word.to_lowercase().as_str()))
}

/// The text a reader sees on a page: its text nodes, and the labels of controls.
fn visible_texts(html: &str) -> Vec<String> {
    let decode = |s: &str| {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#x27;", "'")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    };
    let mut texts = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let text = rest[..open].trim();
        if !text.is_empty() {
            texts.push(decode(text));
        }
        let close = rest[open..].find('>').map_or(rest.len(), |c| open + c + 1);
        let tag = &rest[open..close];
        for attribute in ["aria-label=\"", "placeholder=\"", "title=\""] {
            if let Some(at) = tag.find(attribute) {
                let value = &tag[at + attribute.len()..];
                texts.push(decode(&value[..value.find('"').unwrap_or(value.len())]));
            }
        }
        rest = &rest[close..];
    }
    texts
}

/// A crawl of the demo as one browser: from the main pages (and a search for `search`),
/// following the site links of every HTML page that is not a redirect, up to `limit`
/// addresses.
pub(crate) struct Crawl {
    queue: std::collections::VecDeque<String>,
    seen: std::collections::HashSet<String>,
    limit: usize,
}

impl Crawl {
    pub(crate) fn from_start(search: &str, limit: usize) -> Self {
        let start = [
            "/", "/experts", "/ideas", "/blog", search, "/account", "/mod", "/admin",
        ];
        Self {
            queue: start.map(str::to_owned).into(),
            seen: std::collections::HashSet::new(),
            limit,
        }
    }

    /// The next address to visit, if the crawl is not over.
    pub(crate) fn next(&mut self) -> Option<String> {
        while let Some(path) = self.queue.pop_front() {
            if self.seen.len() >= self.limit {
                return None;
            }
            if self.seen.insert(path.clone()) {
                return Some(path);
            }
        }
        None
    }

    /// Queues the links of `page`; false when it is not an HTML page to read (a file, a
    /// feed, a redirect).
    pub(crate) fn follow(&mut self, page: &crate::helpers::Page) -> bool {
        let html = page
            .headers
            .get("content-type")
            .is_some_and(|t| t.to_str().unwrap().starts_with("text/html"));
        if !html || page.status.is_redirection() {
            return false;
        }
        self.queue.extend(links(&page.body));
        true
    }
}

/// Site links on a page worth following (no files, feeds, sign-out or language switch).
fn links(html: &str) -> Vec<String> {
    html.split("href=\"/")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|path| format!("/{}", path.replace("&amp;", "&")))
        .map(|path| path.split('#').next().unwrap_or_default().to_owned())
        .filter(|path| {
            !path.is_empty()
                && !path.contains("lang=")
                && ![
                    "/static/",
                    "/media/",
                    "/brand",
                    "/logout",
                    "/unsubscribe",
                    "/report",
                    "/manifest",
                ]
                .iter()
                .any(|skip| path.starts_with(skip))
                && ![".atom", ".xml", ".csv", ".json", ".txt", ".webmanifest"]
                    .iter()
                    .any(|ext| path.split('?').next().unwrap_or_default().ends_with(ext))
        })
        .collect()
}

/// Every page of the French demo, as every role: `<html lang="fr">`, and no sentence of
/// the English catalogue among what a reader sees.
async fn the_french_demo_speaks_french_to_every_role(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let seeded = app
        .with_db(|conn| {
            let seeded = parlour::demo::seed(conn, parlour::i18n::Lang::Fr).unwrap();
            // The brand's footer links too, which the demo leaves empty.
            let mut brand = parlour::brand::saved(conn).unwrap();
            brand.privacy_url = "/blog".to_owned();
            brand.terms_url = "/ideas".to_owned();
            brand.shop_url = "/experts".to_owned();
            parlour::brand::save(conn, &brand, parlour::clock::now()).unwrap();
            seeded
        })
        .await;
    assert!(seeded.is_some());
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let english = english_only_sentences();
    assert!(english.len() > 300, "only {} sentences", english.len());
    let mut problems = Vec::new();
    let mut pages = 0;
    for (role, login) in ROLES {
        let browser = app.browser();
        if !login.is_empty() {
            let signed = browser.sign_in(login, parlour::demo::DEMO_PASSWORD).await;
            assert_eq!(signed.status, StatusCode::SEE_OTHER, "{role} signs in");
        }
        let mut crawl = Crawl::from_start("/search?q=chemise", 400);
        while let Some(path) = crawl.next() {
            let page = browser.get(&path).await;
            if !crawl.follow(&page) {
                continue;
            }
            pages += 1;
            if html_lang(&page.body) != "fr" {
                problems.push(format!("{path} [{role}]: lang {}", html_lang(&page.body)));
            }
            for text in visible_texts(&page.body) {
                // A sentence Fluent could not finish shows its braces ("{NUMBER()}").
                let unfinished = text.contains('{') && text.contains('}');
                if english.contains(text.as_str()) || reads_as_english(&text) || unfinished {
                    problems.push(format!("{path} [{role}]: “{text}”"));
                }
            }
        }
    }
    assert!(pages > 150, "the crawl reached only {pages} pages");
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

mod the_french_demo_speaks_french_to_every_role {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        super::the_french_demo_speaks_french_to_every_role(crate::helpers::Backend::Sqlite).await
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        super::the_french_demo_speaks_french_to_every_role(crate::helpers::Backend::Postgres).await
    }
}
