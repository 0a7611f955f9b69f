//! The demo moderation queue: posts that went through the real checks and were flagged or
//! held (a crude comment, a bitter one, a staff comment leaking a card number), a member's
//! report, and a short list of confidential terms in the policy. The French queue
//! (`super::fr::moderation`) uses the same type and trips the same checks in French.

use std::collections::HashMap;

use chrono::{Duration, NaiveDateTime};

use crate::db::DbConnection;
use crate::db::models::article_lists;
use crate::db::models::flags::{self, NewFlag};
use crate::db::models::replies::{self, NewReply, Subject};
use crate::db::models::{articles, settings, users};
use crate::domain::RoleSet;
use crate::domain::Viewer;
use crate::domain::{ContentKind, HeldSeen};
use crate::i18n::Lang;
use crate::moderation::checks::Rule;
use crate::posting::{self, Draft};
use crate::render::markdown::{self, Trust};

/// The demo moderation queue in one language.
pub struct Queue {
    /// Who writes what under the first demo article, each post through the real checks.
    pub posts: &'static [(&'static str, &'static str)],
    /// What tom writes when he reports an ordinary comment.
    pub report: &'static str,
    /// The policy's confidential terms, one a line.
    pub confidential_terms: &'static str,
}

/// The English queue.
pub static ENGLISH: Queue = Queue {
    posts: POSTS,
    report: "Off topic: this is about shoes, not collars.",
    confidential_terms: "Project Kestrel\nStockPilot",
};

/// Who writes what under the first demo article.
const POSTS: &[(&str, &str)] = &[
    (
        "sam_k",
        "This collar guide is bollocks, you bastards never stock my size.",
    ),
    (
        "oliver-j",
        "Honestly the worst fitting advice I have read. Useless, and I am furious my order was late again.",
    ),
    (
        "amara",
        "Sorted the refund for the customer who wrote in: card 4111 1111 1111 1111, all done.",
    ),
];

/// Seeds `queue`; `ids` maps demo usernames to account ids.
pub fn seed(
    conn: &mut DbConnection,
    queue: &Queue,
    ids: &HashMap<&str, i64>,
    now: NaiveDateTime,
) -> anyhow::Result<()> {
    settings::set(conn, "confidential_terms", queue.confidential_terms, now)?;
    let (slug, _) = article_lists::published_slugs(conn, now)?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow::anyhow!("a demo article"))?;
    let article_id = articles::by_slug(conn, &slug)?
        .ok_or_else(|| anyhow::anyhow!("the demo article"))?
        .article
        .id;
    for (n, (author, text)) in queue.posts.iter().enumerate() {
        let user = users::find(conn, ids[author])?.ok_or_else(|| anyhow::anyhow!("{author}"))?;
        let viewer = Viewer {
            id: user.id,
            username: user.username.clone(),
            roles: RoleSet::from_bits(user.roles),
            unread: 0,
            lang: Lang::parse(&user.language),
            waiting: 0,
            trusted: true,
            restriction: None,
            unconfirmed: false,
            must_confirm: false,
        };
        let trust = if user.roles == 0 {
            Trust::Member
        } else {
            Trust::Staff
        };
        let html = markdown::render(text, trust).html;
        let at = now - Duration::hours(5 - n as i64);
        let draft = Draft::new(ContentKind::Comment, &viewer, None, (*text).to_owned());
        posting::store(conn, true, &draft, at, |conn, visibility, at| {
            let new = NewReply {
                subject: Subject::Article(article_id),
                parent_id: None,
                author_id: user.id,
                body_md: text,
                body_html: html.as_str(),
                status: visibility.key(),
            };
            Ok((replies::create(conn, &new, at)?, ()))
        })
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    // tom reports an ordinary comment he disagrees with.
    let reported = replies::for_subject(conn, Subject::Article(article_id), HeldSeen::none())?
        .into_iter()
        .find(|r| r.reply.author_id != ids["tom"] && r.author_roles == 0)
        .ok_or_else(|| anyhow::anyhow!("a comment to report"))?;
    flags::create(
        conn,
        &NewFlag {
            subject_kind: ContentKind::Comment.key(),
            subject_id: reported.reply.id,
            author_id: reported.reply.author_id,
            area_id: None,
            rule: Rule::Report.key(),
            detail: queue.report,
            held: false,
            reporter_id: Some(ids["tom"]),
        },
        now - Duration::hours(1),
    )?;
    Ok(())
}
