//! Moderation: the automatic checks on every post and edit, the policy that decides what
//! waits for review, the flags that fill the `/mod` queue, members' restrictions and the
//! per-member rate limits.
//!
//! Every handler that stores a post calls [`screen`] inside its write transaction, stores
//! the post as held when the verdict says so, then calls [`record`] with the new id. The
//! checks run on the server, in the same transaction as the write, so nothing a member can
//! send skips them; the verdict is also what the author is shown when a post is held.

pub mod checks;
pub mod content;
pub mod items;
pub mod leaks;
pub mod policy;
pub mod rate;

use chrono::NaiveDateTime;
use diesel::QueryResult;

use crate::auth::Viewer;
use crate::db::DbConnection;
use crate::db::models::flags::{self, NewFlag};
use checks::{Finding, Rule};
use policy::{Group, Policy};

/// The kinds of post moderation covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContentKind {
    Article,
    Question,
    Answer,
    Comment,
    Idea,
}

impl ContentKind {
    pub const ALL: [ContentKind; 5] = [
        ContentKind::Article,
        ContentKind::Question,
        ContentKind::Answer,
        ContentKind::Comment,
        ContentKind::Idea,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ContentKind::Article => "article",
            ContentKind::Question => "question",
            ContentKind::Answer => "answer",
            ContentKind::Comment => "comment",
            ContentKind::Idea => "idea",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ContentKind::Article => "article",
            ContentKind::Question => "question",
            ContentKind::Answer => "answer",
            ContentKind::Comment => "comment",
            ContentKind::Idea => "idea",
        }
    }

    pub fn parse(key: &str) -> Option<ContentKind> {
        ContentKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// Whether `viewer` may read a post that is `visibility` (a key of
/// [`content::Visibility`]) by `author_id`: everyone a visible one, its author a held one,
/// moderators any.
pub fn may_see(visibility: &str, author_id: i64, viewer: Option<&Viewer>) -> bool {
    match content::Visibility::parse(visibility) {
        content::Visibility::Visible => true,
        content::Visibility::Held => {
            viewer.is_some_and(|v| v.id == author_id || v.can(crate::domain::Role::Moderator))
        }
        content::Visibility::Hidden => {
            viewer.is_some_and(|v| v.can(crate::domain::Role::Moderator))
        }
    }
}

/// A post (or an edit) about to be stored.
pub struct Submission<'a> {
    pub kind: ContentKind,
    pub author: &'a Viewer,
    pub area_id: Option<i64>,
    /// Everything the author wrote: title and body.
    pub text: &'a str,
    /// An edit of an existing post: the new-member hold and pre-moderation do not apply
    /// again (the text checks do).
    pub is_edit: bool,
}

/// What the checks and the policy say about a submission.
#[derive(Debug, Clone, Default)]
pub struct Verdict {
    pub findings: Vec<Finding>,
}

impl Verdict {
    /// Whether the post waits for a moderator before anyone else sees it.
    pub fn held(&self) -> bool {
        self.findings.iter().any(|f| f.hold)
    }

    /// The reasons to show the author of a held post.
    pub fn holds(&self) -> Vec<&Finding> {
        self.findings.iter().filter(|f| f.hold).collect()
    }
}

/// The policy in force: the admins' settings over the defaults (`ideas_premoderated`
/// comes from the server's configuration).
pub fn current_policy(conn: &mut DbConnection, ideas_premoderated: bool) -> QueryResult<Policy> {
    Policy::load(conn, Policy::defaults(ideas_premoderated))
}

/// What every write of a post does first, inside its transaction: counts it against the
/// author's rate limit (429 when used up), then screens it.
pub fn admit(
    conn: &mut DbConnection,
    ideas_premoderated: bool,
    action: rate::Action,
    submission: &Submission,
    now: NaiveDateTime,
) -> Result<Verdict, crate::error::AppError> {
    rate::count(conn, submission.author.id, action, now)?;
    let policy = current_policy(conn, ideas_premoderated)?;
    Ok(screen(conn, &policy, submission)?)
}

/// Runs the checks and the policy on a submission.
pub fn screen(
    conn: &mut DbConnection,
    policy: &Policy,
    submission: &Submission,
) -> QueryResult<Verdict> {
    let author = submission.author;
    let group = Group::of(author.roles);
    let staff_post = group == Group::Staff || submission.kind == ContentKind::Article;
    let mut findings = checks::check(submission.text, staff_post, &policy.thresholds);
    let exempt = author.trusted || submission.is_edit;
    if !exempt && policy.premoderates(submission.kind, group, submission.area_id) {
        findings.push(Finding {
            rule: Rule::Premoderation,
            detail: format!("{}s wait for a moderator's review", submission.kind.label()),
            hold: true,
        });
    }
    if !exempt && group == Group::Members && policy.new_member_posts > 0 {
        let posted = content::visible_posts_by(conn, author.id)?;
        if posted < policy.new_member_posts {
            findings.push(Finding {
                rule: Rule::Spam,
                detail: "a new member's first posts wait for a moderator".to_owned(),
                hold: true,
            });
        }
    }
    Ok(Verdict { findings })
}

/// Writes the verdict's findings as flags on the stored post.
pub fn record(
    conn: &mut DbConnection,
    kind: ContentKind,
    id: i64,
    submission: &Submission,
    verdict: &Verdict,
    now: NaiveDateTime,
) -> QueryResult<()> {
    for finding in &verdict.findings {
        flags::create(
            conn,
            &NewFlag {
                subject_kind: kind.key(),
                subject_id: id,
                author_id: submission.author.id,
                area_id: submission.area_id,
                rule: finding.rule.key(),
                detail: &finding.detail,
                held: finding.hold,
                reporter_id: None,
            },
            now,
        )?;
    }
    Ok(())
}
