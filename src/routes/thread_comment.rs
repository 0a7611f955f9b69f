//! A comment as a thread shows it (under an answer, under an idea), with its byline and
//! "Report" link made once: on the question page they are kept with the thread and shared
//! by every reader in a language, so a page with hundreds of comments prints them without
//! formatting a date or a catalogue sentence per reader (see `routes::experts::made`).

use std::collections::HashMap;

use askama::Template;

use crate::db::models::replies::ReplyView;
use crate::db::models::users::Person;
use crate::domain::{Role, RoleSet, Visibility};
use crate::render::{Author, Fragment, Words};

/// A comment in a thread.
pub struct CommentItem {
    pub id: i64,
    pub author_id: i64,
    pub staff: bool,
    /// Waiting for a moderator: shown only to its author and to moderators, marked so.
    pub held: bool,
    /// The author and the time.
    pub meta: Fragment,
    /// The "Report" link, for readers other than the author.
    pub report: Fragment,
    pub body: Fragment,
}

/// The parts of a comment every reader in one language sees alike.
#[derive(Template)]
#[template(
    path = "partials/thread_comment_shared.html",
    blocks = ["meta", "report"]
)]
struct Shared<'a> {
    page: Words,
    author: &'a Author,
    created_at: chrono::NaiveDateTime,
    report_kind: &'static str,
    report_id: i64,
}

impl CommentItem {
    /// The comment `row` in `words`' language, its author's picture and badge taken from
    /// `people`.
    pub fn of(
        row: &ReplyView,
        people: &HashMap<i64, Person>,
        words: Words,
    ) -> Result<Self, askama::Error> {
        let author = crate::routes::author(&row.author, row.reply.author_id, people);
        let shared = Shared {
            page: words,
            author: &author,
            created_at: row.reply.created_at,
            report_kind: "comment",
            report_id: row.reply.id,
        };
        Ok(Self {
            id: row.reply.id,
            author_id: row.reply.author_id,
            staff: RoleSet::from_bits(row.author_roles).has(Role::Staff),
            held: row.reply.status == Visibility::Held.key(),
            meta: Fragment::of(&shared.as_meta())?,
            report: Fragment::of(&shared.as_report())?,
            body: Fragment::stored(&row.reply.body_html),
        })
    }

    /// About how many bytes it holds.
    pub fn bytes(&self) -> usize {
        self.meta.len() + self.report.len() + self.body.len() + 64
    }
}
