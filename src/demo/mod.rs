//! The demo community: a menswear retailer's staff, experts, moderator and members, so a
//! newcomer sees a living site at once. It only fills an empty database.
//!
//! It speaks English or French: what the community says is a [`Content`] per language (the
//! English in `articles`, `experts`, `ideas` and `moderation`, the French in `fr`, item for
//! item with the same types), and one seeding code writes either. The accounts are the same
//! in both, so the same demo sign-ins work.

mod articles;
mod cloth;
mod experts;
mod fr;
mod ideas;
mod moderation;

use crate::i18n::{Key, Lang};
use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::Duration;

use crate::accounts;
use crate::auth::password;
use crate::blog::{self, ArticleDraft};
use crate::clock::now;
use crate::db::DbConnection;
use crate::db::models::replies::{self, Subject};
use crate::db::models::{media, users};
use crate::domain::article::parse_tags;
use crate::domain::{Email, Role, RoleSet, Username};
use crate::domain::{ProcessedImage, Visibility};
use crate::render::images;
use crate::render::markdown::{self, Trust};

/// The password every demo account shares. Printed at start; never use demo data live.
pub const DEMO_PASSWORD: &str = "parlour-demo-tweed";

/// A demo account: username, display role, roles.
struct DemoAccount {
    username: &'static str,
    what: &'static str,
    roles: &'static [Role],
}

const ACCOUNTS: &[DemoAccount] = &[
    DemoAccount {
        username: "admin",
        what: "admin (IT / community lead)",
        roles: &[Role::Admin],
    },
    DemoAccount {
        username: "eleanor",
        what: "staff author and expert (shirts & fit)",
        roles: &[Role::Staff, Role::Expert],
    },
    DemoAccount {
        username: "marcus",
        what: "expert (suits, shoes)",
        roles: &[Role::Expert],
    },
    DemoAccount {
        username: "amara",
        what: "staff author (care, occasions)",
        roles: &[Role::Staff],
    },
    DemoAccount {
        username: "priya",
        what: "moderator",
        roles: &[Role::Moderator],
    },
    DemoAccount {
        username: "tom",
        what: "member",
        roles: &[],
    },
    DemoAccount {
        username: "sam_k",
        what: "member",
        roles: &[],
    },
    DemoAccount {
        username: "oliver-j",
        what: "member",
        roles: &[],
    },
];

/// Everything the demo community says, in one language.
struct Content {
    blog: &'static articles::Blog,
    experts: &'static experts::Desk,
    ideas: &'static ideas::Board,
    moderation: &'static moderation::Queue,
    /// The site's description, when the default (English) one would not do.
    description: Option<&'static str>,
}

static ENGLISH: Content = Content {
    blog: &articles::ENGLISH,
    experts: &experts::ENGLISH,
    ideas: &ideas::ENGLISH,
    moderation: &moderation::ENGLISH,
    description: None,
};

static FRENCH: Content = Content {
    blog: &fr::articles::FRENCH,
    experts: &fr::experts::FRENCH,
    ideas: &fr::ideas::FRENCH,
    moderation: &fr::moderation::FRENCH,
    description: Some(
        "Les conseils de notre équipe, les réponses de nos experts et vos idées pour la boutique.",
    ),
};

/// The demo community's words in `lang`.
fn content(lang: Lang) -> &'static Content {
    match lang {
        Lang::EnGb => &ENGLISH,
        Lang::Fr => &FRENCH,
    }
}

/// Fills an empty database with the demo community in `lang` and returns the sign-in
/// details to print, or `None` when the database already had accounts. In a language other
/// than English, the site's default language becomes `lang` and every demo account chooses
/// it, so pages, e-mail and notifications speak it too.
pub fn seed(conn: &mut DbConnection, lang: Lang) -> anyhow::Result<Option<String>> {
    if users::any_exist(conn)? {
        return Ok(None);
    }
    let content = content(lang);
    let hash = password::hash(DEMO_PASSWORD)?;
    let mut details =
        String::from("Demo community created. Sign in as any of these, with the password ");
    details.push_str(DEMO_PASSWORD);
    details.push_str(":\n");
    let mut ids = HashMap::new();
    // One transaction: the demo community appears whole or not at all.
    crate::db::write_transaction(conn, |conn| -> anyhow::Result<()> {
        for account in ACCOUNTS {
            let username = Username::parse(account.username)
                .map_err(|k| anyhow::anyhow!(k.say(crate::i18n::Lang::EnGb)))?;
            let email = Email::parse(&format!("{}@demo.parlour.example", account.username))
                .map_err(|k| anyhow::anyhow!(k.say(crate::i18n::Lang::EnGb)))?;
            let roles = RoleSet::of(account.roles);
            ids.insert(
                account.username,
                accounts::create(conn, &username, &email, &hash, roles)?,
            );
            details.push_str(&format!("  {:<10} {}\n", account.username, account.what));
        }
        if lang != Lang::default() {
            speak(conn, content, lang, &ids)?;
        }
        seed_blog(conn, content.blog, lang, &ids)?;
        experts::seed(conn, content.experts, &ids, now())?;
        ideas::seed(conn, content.ideas, lang, &ids, now())?;
        moderation::seed(conn, content.moderation, &ids, now())?;
        Ok(())
    })?;
    // Some demo posts are written straight to the tables: index them all at the end.
    crate::search::rebuild(conn)?;
    Ok(Some(details))
}

/// Makes `lang` the site's default language (saving the brand as it is, with the
/// description of `content` if it has one) and every demo account's choice.
fn speak(
    conn: &mut DbConnection,
    content: &Content,
    lang: Lang,
    ids: &HashMap<&str, i64>,
) -> anyhow::Result<()> {
    // Saved as the brand form saves it, with a new version, so a server already running
    // (`serve --demo`) sees the change at once.
    let mut brand = crate::brand::saved(conn)?;
    brand.language = lang;
    if let Some(description) = content.description {
        brand.description = description.to_owned();
    }
    crate::brand::save(conn, &brand, now())?;
    for id in ids.values() {
        users::set_language(conn, *id, lang.code())?;
    }
    Ok(())
}

/// The demo articles' covers in `lang`, drawn and processed once per process and language
/// (drawing a dozen photographs of cloth takes a moment; tests seed the demo many times).
fn covers(blog: &articles::Blog, lang: Lang) -> anyhow::Result<&'static [ProcessedImage]> {
    static ENGLISH: OnceLock<Result<Vec<ProcessedImage>, Key>> = OnceLock::new();
    static FRENCH: OnceLock<Result<Vec<ProcessedImage>, Key>> = OnceLock::new();
    let cache = match lang {
        Lang::EnGb => &ENGLISH,
        Lang::Fr => &FRENCH,
    };
    // One thread a cover: drawing is arithmetic on every pixel, and the cores are idle.
    let made = cache.get_or_init(|| {
        std::thread::scope(|scope| {
            let drawing: Vec<_> = blog
                .articles
                .iter()
                .zip(0..)
                .map(|(article, seed)| {
                    scope.spawn(move || images::process(&cloth::photograph(&article.cloth, seed)))
                })
                .collect();
            drawing
                .into_iter()
                .map(|cover| {
                    cover
                        .join()
                        .unwrap_or(Err(crate::messages::IMAGE_UNREADABLE))
                })
                .collect()
        })
    });
    made.as_deref()
        .map_err(|e| anyhow::anyhow!(e.say(crate::i18n::Lang::EnGb)))
}

/// The demo articles of `blog`, with covers and comments.
fn seed_blog(
    conn: &mut DbConnection,
    blog: &articles::Blog,
    lang: Lang,
    ids: &HashMap<&str, i64>,
) -> anyhow::Result<()> {
    let now = now();
    let id_of = |name: &str| {
        ids.get(name)
            .copied()
            .ok_or_else(|| anyhow::anyhow!("no demo account {name}"))
    };
    let mut article_ids = Vec::new();
    for (article, image) in blog.articles.iter().zip(covers(blog, lang)?) {
        let author = id_of(article.author)?;
        let cover = media::store(conn, image, Some(author), now)?;
        let published_at = article.days_ago.map(|days| now - Duration::days(days));
        let draft = ArticleDraft {
            title: article.title.to_owned(),
            body_md: article.body.to_owned(),
            rendered: markdown::render(article.body, Trust::Staff),
            excerpt: String::new(),
            tags: parse_tags(article.tags)
                .map_err(|k| anyhow::anyhow!(k.say(crate::i18n::Lang::EnGb)))?,
            cover: Some(cover),
            cover_alt: article.alt.to_owned(),
            published_at,
            version: None,
        };
        let created = published_at.unwrap_or(now).min(now);
        let editor = accounts::Actor {
            id: Some(author),
            name: article.author,
        };
        let saved =
            blog::save(conn, editor, None, draft, created).map_err(|e| anyhow::anyhow!("{e}"))?;
        article_ids.push(saved.id);
    }
    let mut comment_ids = Vec::new();
    for (n, (article, author, parent, text)) in blog.comments.iter().enumerate() {
        let trust = if matches!(*author, "eleanor" | "amara") {
            Trust::Staff
        } else {
            Trust::Member
        };
        let html = markdown::render(text, trust).html;
        let when = now - Duration::hours(48) + Duration::minutes(37 * n as i64);
        let new = replies::NewReply {
            subject: Subject::Article(article_ids[*article]),
            parent_id: parent.map(|p| comment_ids[p]),
            author_id: id_of(author)?,
            body_md: text,
            body_html: html.as_str(),
            status: Visibility::Visible.key(),
        };
        let id = replies::create(conn, &new, when)?;
        comment_ids.push(id);
    }
    Ok(())
}
