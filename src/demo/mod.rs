//! The demo community: a menswear retailer's staff, experts, moderator and members, so a
//! newcomer sees a living site at once. It only fills an empty database.

mod articles;
mod cloth;
mod experts;
mod ideas;
mod moderation;

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

/// Fills an empty database and returns the sign-in details to print, or `None` when the
/// database already had accounts.
pub fn seed(conn: &mut DbConnection) -> anyhow::Result<Option<String>> {
    if users::any_exist(conn)? {
        return Ok(None);
    }
    let hash = password::hash(DEMO_PASSWORD)?;
    let mut details =
        String::from("Demo community created. Sign in as any of these, with the password ");
    details.push_str(DEMO_PASSWORD);
    details.push_str(":\n");
    let mut ids = HashMap::new();
    // One transaction: the demo community appears whole or not at all.
    crate::db::write_transaction(conn, |conn| -> anyhow::Result<()> {
        for account in ACCOUNTS {
            let username = Username::parse(account.username).map_err(anyhow::Error::msg)?;
            let email = Email::parse(&format!("{}@demo.parlour.example", account.username))
                .map_err(anyhow::Error::msg)?;
            let roles = RoleSet::of(account.roles);
            ids.insert(
                account.username,
                accounts::create(conn, &username, &email, &hash, roles)?,
            );
            details.push_str(&format!("  {:<10} {}\n", account.username, account.what));
        }
        seed_blog(conn, &ids)?;
        experts::seed(conn, &ids, now())?;
        ideas::seed(conn, &ids, now())?;
        moderation::seed(conn, &ids, now())?;
        Ok(())
    })?;
    // Some demo posts are written straight to the tables: index them all at the end.
    crate::search::rebuild(conn)?;
    Ok(Some(details))
}

/// The demo articles' covers, drawn and processed once per process (drawing a dozen
/// photographs of cloth takes a moment; tests seed the demo many times).
fn covers() -> anyhow::Result<&'static [ProcessedImage]> {
    static COVERS: OnceLock<Result<Vec<ProcessedImage>, &'static str>> = OnceLock::new();
    // One thread a cover: drawing is arithmetic on every pixel, and the cores are idle.
    let made = COVERS.get_or_init(|| {
        std::thread::scope(|scope| {
            let drawing: Vec<_> = articles::ARTICLES
                .iter()
                .zip(0..)
                .map(|(article, seed)| {
                    scope.spawn(move || images::process(&cloth::photograph(&article.cloth, seed)))
                })
                .collect();
            drawing
                .into_iter()
                .map(|cover| cover.join().unwrap_or(Err("a cover could not be drawn")))
                .collect()
        })
    });
    made.as_deref().map_err(|e| anyhow::anyhow!(*e))
}

/// The demo articles, with covers and comments.
fn seed_blog(conn: &mut DbConnection, ids: &HashMap<&str, i64>) -> anyhow::Result<()> {
    let now = now();
    let id_of = |name: &str| {
        ids.get(name)
            .copied()
            .ok_or_else(|| anyhow::anyhow!("no demo account {name}"))
    };
    let mut article_ids = Vec::new();
    for (article, image) in articles::ARTICLES.iter().zip(covers()?) {
        let author = id_of(article.author)?;
        let cover = media::store(conn, image, Some(author), now)?;
        let published_at = article.days_ago.map(|days| now - Duration::days(days));
        let draft = ArticleDraft {
            title: article.title.to_owned(),
            body_md: article.body.to_owned(),
            rendered: markdown::render(article.body, Trust::Staff),
            excerpt: String::new(),
            tags: parse_tags(article.tags).map_err(anyhow::Error::msg)?,
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
    for (n, (article, author, parent, text)) in articles::COMMENTS.iter().enumerate() {
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
