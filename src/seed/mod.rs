//! A large generated community, for measuring Parlour at the size of a big retailer's:
//! `parlour seed` fills an empty database with 100,000 members and 1,000,000 posts by
//! default (articles, questions, answers, ideas, comments, in the proportions of a busy
//! community), with votes, statuses, held and hidden posts, drafts and scheduled articles,
//! then builds the search index. Search, personalisation, the dashboard and the speed
//! benchmarks all measure this one database, so anyone can repeat their figures.
//!
//! **How it stays quick.** Rows are written many to a statement
//! ([`crate::db::models::bulk`]) in one transaction, and every id is known before it is
//! written (tables are numbered from 1), so nothing is read back. Markdown goes through the
//! real renderer, as a post written on the site would. Every member shares one password
//! hash ([`PASSWORD`]): hashing 100,000 passwords with argon2 would take longer than
//! everything else together.
//!
//! **What is true of it.** The counters the lists filter on (answers, experts' answers,
//! votes, the accepted answer, idea statuses with their history) agree with the rows, as
//! the services would have left them.

mod making;
mod members;
mod people;
mod posts;
mod questions;
mod random;
mod text;

use chrono::Duration;

use crate::auth::password;
use crate::db::models::bulk::{self, *};
use crate::db::models::users;
use crate::db::{self, DbConnection};
use making::{Maker, Timeline};
use members::{seed_areas, seed_members};
use people::People;
use posts::{seed_articles, seed_comments, seed_ideas};
use questions::seed_questions;

pub use making::Report;
use random::Random;
use text::Words;

/// The password of every generated account. Never use seeded data live.
pub const PASSWORD: &str = "parlour-seed-password";

/// How big a community to make.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub members: u64,
    pub posts: u64,
    /// The generator's seed: the same seed makes the same community.
    pub seed: u64,
}

/// How far back the community goes.
const YEARS: i64 = 3;
/// Fills an empty database; `None` when it already has members. `progress` hears what is
/// being written. The search index is built afterwards by the caller
/// ([`crate::search::rebuild`]), which is also the measure of a reindex.
pub fn seed(
    conn: &mut DbConnection,
    size: Size,
    progress: &mut dyn FnMut(&str),
) -> anyhow::Result<Option<Report>> {
    if users::any_exist(conn)? {
        return Ok(None);
    }
    let hash = password::hash(PASSWORD)?;
    let now = crate::clock::now();
    let time = Timeline {
        start: now - Duration::days(365 * YEARS),
        now,
    };
    let mut m = Maker {
        people: People::of(size.members.max(10)),
        words: Words::new(),
        time,
        random: Random::new(size.seed),
    };
    let mut report = Report::default();
    db::write_transaction(conn, |conn| -> anyhow::Result<()> {
        restart_all(conn)?;
        progress("members");
        report.members = seed_members(conn, &mut m, &hash)?;
        seed_areas(conn, &mut m)?;
        let posts = size.posts;
        progress("articles");
        let articles = seed_articles(conn, &mut m, posts)?;
        report.articles = articles.len() as u64;
        progress("questions and answers");
        let answers = seed_questions(conn, &mut m, posts, &mut report)?;
        progress("ideas");
        let ideas = seed_ideas(conn, &mut m, posts, &mut report)?;
        let comments = posts.saturating_sub(report.posts());
        progress("comments");
        report.comments = seed_comments(conn, &mut m, comments, [&articles, &answers, &ideas])?;
        Ok(())
    })?;
    Ok(Some(report))
}

fn restart_all(conn: &mut DbConnection) -> anyhow::Result<()> {
    bulk::restart_ids::<UserRow>(conn)?;
    bulk::restart_ids::<AreaRow>(conn)?;
    bulk::restart_ids::<ArticleRow>(conn)?;
    bulk::restart_ids::<QuestionRow>(conn)?;
    bulk::restart_ids::<AnswerRow>(conn)?;
    bulk::restart_ids::<IdeaRow>(conn)?;
    bulk::restart_ids::<IdeaStatusRow>(conn)?;
    bulk::restart_ids::<ReplyRow>(conn)?;
    Ok(())
}
