//! The posting service: the one way a post or an edit is written, whatever its kind
//! (article, question, answer, comment, idea).
//!
//! [`submit`] does, in one write transaction: count the post against the author's rate
//! limit (new posts only), screen it with the moderation policy in force, store it through
//! the function the caller passes (held when the checks say so; an edit that trips a check
//! is held again), record the flags, and raise the post's [`events::Event`] — the place
//! where everything that follows a post hangs (announcements now; search indexing,
//! digests and webhooks later). E-mail goes out after the commit. Handlers parse the
//! form, call [`submit`], and turn the returned [`Posted`] into a page.

mod announce;
pub mod comments;
pub mod events;
pub mod ideas;
pub mod questions;

use chrono::NaiveDateTime;

use crate::clock::now;
use crate::db::models::{post_state, posts};
use crate::db::{DbConnection, write_transaction};
use crate::domain::{ContentKind, Viewer, Visibility};
use crate::error::AppError;
use crate::mail::Outgoing;
use crate::moderation::{self, Submission, Verdict, rate};
use crate::state::AppState;
use events::{Event, PostRef};

/// A post or an edit on its way in.
pub struct Draft {
    pub kind: ContentKind,
    pub author: Viewer,
    /// The area it belongs to, for the policy and the queue's filter.
    pub area_id: Option<i64>,
    /// Everything the author wrote (title and body), as the checks read it.
    pub text: String,
    /// An edit of an existing post: no rate limit, no pre-moderation or new-member hold
    /// (the text checks still apply).
    pub edit: bool,
    /// Whether readers see it once stored (false for an article saved as a draft or for a
    /// later time): only public posts are announced.
    pub public: bool,
}

impl Draft {
    /// A new post that is public once stored (unless the checks hold it).
    pub fn new(kind: ContentKind, author: &Viewer, area_id: Option<i64>, text: String) -> Self {
        Self {
            kind,
            author: author.clone(),
            area_id,
            text,
            edit: false,
            public: true,
        }
    }

    /// This draft as an edit of an existing post.
    pub fn as_edit(mut self) -> Self {
        self.edit = true;
        self
    }

    fn submission(&self) -> Submission<'_> {
        Submission {
            kind: self.kind,
            author: &self.author,
            area_id: self.area_id,
            text: &self.text,
            is_edit: self.edit,
        }
    }
}

/// What became of a submitted post: its id, the checks' verdict (the held page lists its
/// reasons), and whatever the caller's write returned.
pub struct Posted<T> {
    pub id: i64,
    pub verdict: Verdict,
    pub stored: T,
}

impl<T> Posted<T> {
    /// Whether the post waits for a moderator.
    pub fn held(&self) -> bool {
        self.verdict.held()
    }
}

/// Writes a post through the limits and the checks (see the module notes). `write` stores
/// it — a new post with the visibility it is given; an edit, or an article, may keep its
/// own, and the service holds it afterwards when the checks say so — and returns its id
/// and anything the handler needs.
pub async fn submit<T, W>(state: &AppState, draft: Draft, write: W) -> Result<Posted<T>, AppError>
where
    T: Send + 'static,
    W: FnOnce(&mut DbConnection, Visibility, NaiveDateTime) -> Result<(i64, T), AppError>
        + Send
        + 'static,
{
    let premoderated = state.settings.idea_premoderation;
    let (posted, mail) = state
        .db
        .run(move |conn| {
            // SQLite's writers go one at a time: the text checks run before the write lock.
            let screened = Screened::read(conn, premoderated, &draft)?;
            write_transaction(conn, |conn| {
                store_screened(conn, screened, &draft, now(), write)
            })
        })
        .await?;
    state.mail(mail);
    Ok(posted)
}

/// What is known of a draft before its write transaction: the policy in force and what
/// the text checks (Markdown reading, the word lists, the sentiment score) found in it.
pub struct Screened {
    policy: moderation::policy::Policy,
    text_findings: Vec<moderation::checks::Finding>,
}

impl Screened {
    /// Reads the policy and checks `draft`'s text.
    pub fn read(
        conn: &mut DbConnection,
        ideas_premoderated: bool,
        draft: &Draft,
    ) -> Result<Self, AppError> {
        let policy = moderation::current_policy(conn, ideas_premoderated)?;
        let text_findings = moderation::read_text(&policy, &draft.submission());
        Ok(Self {
            policy,
            text_findings,
        })
    }
}

/// [`submit`]'s work inside the caller's write transaction, at time `now`: for callers
/// that write many posts in one transaction (the demo community). Returns the e-mail to
/// send once the transaction has committed.
pub fn store<T, W>(
    conn: &mut DbConnection,
    ideas_premoderated: bool,
    draft: &Draft,
    now: NaiveDateTime,
    write: W,
) -> Result<(Posted<T>, Vec<Outgoing>), AppError>
where
    W: FnOnce(&mut DbConnection, Visibility, NaiveDateTime) -> Result<(i64, T), AppError>,
{
    let screened = Screened::read(conn, ideas_premoderated, draft)?;
    store_screened(conn, screened, draft, now, write)
}

/// [`store`] with the policy read and the text checked already.
fn store_screened<T, W>(
    conn: &mut DbConnection,
    screened: Screened,
    draft: &Draft,
    now: NaiveDateTime,
    write: W,
) -> Result<(Posted<T>, Vec<Outgoing>), AppError>
where
    W: FnOnce(&mut DbConnection, Visibility, NaiveDateTime) -> Result<(i64, T), AppError>,
{
    let submission = draft.submission();
    if !draft.edit {
        rate::count(
            conn,
            draft.author.id,
            rate::Action::posting(draft.kind),
            now,
        )?;
    }
    let verdict = moderation::screen(conn, &screened.policy, &submission, screened.text_findings)?;
    let (id, stored) = write(conn, Visibility::of(verdict.held()), now)?;
    if verdict.held() {
        hold(conn, draft.kind, id, now)?;
    }
    moderation::record(conn, draft.kind, id, &submission, &verdict, now)?;
    let post = PostRef {
        kind: draft.kind,
        id,
    };
    let event = match (verdict.held(), draft.public, draft.edit) {
        (true, _, _) => Some(Event::Held(post)),
        (false, false, _) => None,
        (false, true, false) => Some(Event::Published(post)),
        (false, true, true) => Some(Event::Edited(post)),
    };
    let mail = match event {
        Some(event) => events::raise(conn, &event, now)?,
        // A draft saved: no event, but search must know its state.
        None => {
            crate::search::refresh(conn, draft.kind, id)?;
            Vec::new()
        }
    };
    Ok((
        Posted {
            id,
            verdict,
            stored,
        },
        mail,
    ))
}

/// Holds a post for a moderator, unless its write stored it held already (an edit, or an
/// article, whose save keeps the visibility it had).
fn hold(
    conn: &mut DbConnection,
    kind: ContentKind,
    id: i64,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let post = posts::find(conn, kind, id)?.ok_or(AppError::NotFound)?;
    if post.visibility != Visibility::Held {
        post_state::set_visibility(conn, &post, Visibility::Held, now)?;
    }
    Ok(())
}
