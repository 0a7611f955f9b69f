//! What every part of the generated community is made with: the members, the words, the
//! clock of its past and the generator (the [`Maker`]), and how rows are written in chunks.

use chrono::{Duration, NaiveDateTime};

use super::people::People;
use super::random::Random;
use super::text::Words;
use crate::db::DbConnection;
use crate::db::models::bulk::{self, Numbered, Rows};
use crate::domain::Visibility;
use crate::render::markdown::{self, Trust};

/// What was made.
#[derive(Debug, Default)]
pub struct Report {
    pub members: u64,
    pub articles: u64,
    pub questions: u64,
    pub answers: u64,
    pub ideas: u64,
    pub comments: u64,
    pub votes: u64,
}

impl Report {
    pub fn posts(&self) -> u64 {
        self.articles + self.questions + self.answers + self.ideas + self.comments
    }
}
/// How many of the rows one statement batch holds, and so how much is in memory at once.
pub(super) const CHUNK: u64 = 5_000;
/// The clock of the generated past: item `k` of `n` is dated evenly from `YEARS` ago to
/// `now`, give or take an hour.
pub(super) struct Timeline {
    pub(super) start: NaiveDateTime,
    pub(super) now: NaiveDateTime,
}

impl Timeline {
    pub(super) fn at(&self, k: u64, n: u64, random: &mut Random) -> NaiveDateTime {
        let span = (self.now - self.start).num_seconds();
        let offset = span * k as i64 / n.max(1) as i64;
        let jitter = random.below(3_600) as i64;
        (self.start + Duration::seconds(offset + jitter)).min(self.now)
    }
    /// A moment up to `days` after `after`, never in the future.
    pub(super) fn after(
        &self,
        after: NaiveDateTime,
        days: u64,
        random: &mut Random,
    ) -> NaiveDateTime {
        let seconds = random.between(600, days * 86_400) as i64;
        (after + Duration::seconds(seconds)).min(self.now)
    }
}

/// One visibility in a thousand posts or so is held, a few are hidden, as moderation leaves
/// a real community.
pub(super) fn moderated(random: &mut Random) -> Visibility {
    match random.below(1000) {
        0..=4 => Visibility::Held,
        5..=6 => Visibility::Hidden,
        _ => Visibility::Visible,
    }
}

/// What every part of the community is made with.
pub(super) struct Maker {
    pub(super) people: People,
    pub(super) words: Words,
    pub(super) time: Timeline,
    pub(super) random: Random,
}

/// Checks that `R`'s table numbered the rows as the seed expected.
pub(super) fn expect_last<R: Numbered>(conn: &mut DbConnection, last: i64) -> anyhow::Result<()> {
    let found = R::last_id(conn)?;
    anyhow::ensure!(
        found == last,
        "{} were numbered up to {found}, not {last}: is the database empty?",
        R::TABLE
    );
    Ok(())
}

/// Writes `rows` when they fill a chunk (or `last`), and empties the buffer.
pub(super) fn flush<R: Rows>(
    conn: &mut DbConnection,
    rows: &mut Vec<R>,
    last: bool,
) -> anyhow::Result<()> {
    if last || rows.len() as u64 >= CHUNK {
        bulk::insert(conn, rows)?;
        rows.clear();
    }
    Ok(())
}

/// Writes rows of three tables that go together, in order (later ones point at earlier
/// ones), once the first fills a chunk (or at the `last`), and empties the buffers.
pub(super) fn flush_together<A: Rows, B: Rows, C: Rows>(
    conn: &mut DbConnection,
    (a, b, c): (&mut Vec<A>, &mut Vec<B>, &mut Vec<C>),
    last: bool,
) -> anyhow::Result<()> {
    if last || a.len() as u64 >= CHUNK {
        bulk::insert(conn, a)?;
        bulk::insert(conn, b)?;
        bulk::insert(conn, c)?;
        a.clear();
        b.clear();
        c.clear();
    }
    Ok(())
}
/// A generated text: its Markdown, and the HTML and plain text the real renderer makes of it.
pub(super) struct Text {
    pub(super) body: String,
    pub(super) html: String,
    pub(super) plain: String,
    pub(super) reading_minutes: i32,
}

/// A generated post with a title, and its date.
pub(super) struct Titled {
    pub(super) title: String,
    pub(super) text: Text,
    pub(super) created_at: NaiveDateTime,
}

impl Maker {
    /// `low..=high` paragraphs, rendered as a post written on the site would be.
    pub(super) fn text(&mut self, low: u64, high: u64, trust: Trust) -> Text {
        let body = self.words.paragraphs(&mut self.random, low, high);
        let rendered = markdown::render(&body, trust);
        Text {
            body,
            reading_minutes: rendered.reading_minutes(),
            html: rendered.html.0,
            plain: rendered.text,
        }
    }

    /// Post `k` of `count` of a kind with titles (`question` ones are asked), dated evenly
    /// through the community's past.
    pub(super) fn titled(
        &mut self,
        (k, count): (u64, u64),
        question: bool,
        (low, high): (u64, u64),
        trust: Trust,
    ) -> Titled {
        let title = self.words.title(&mut self.random, question);
        let text = self.text(low, high, trust);
        let created_at = self.time.at(k, count, &mut self.random);
        Titled {
            title,
            text,
            created_at,
        }
    }
}
