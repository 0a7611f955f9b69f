//! Moderation: the automatic checks on every post and edit, the policy that decides what
//! waits for review, the flags that fill the `/mod` queue, members' restrictions and the
//! per-member rate limits.
//!
//! The posting service ([`crate::posting`]) calls [`screen`] inside its write
//! transaction, stores the post as held when the verdict says so, then calls [`record`]
//! with the new id. The checks run on the server, in the same transaction as the write, so
//! nothing a member can send skips them; the verdict is also what the author is shown when
//! a post is held. What moderators do about it is in [`actions`].

pub mod actions;
pub mod checks;
pub mod crude;
pub mod leaks;
pub mod policy;
pub mod rate;
pub mod review;
mod sentiment;
mod words;
pub use words::reads;

use crate::messages::moderation as wording;
use chrono::NaiveDateTime;
use diesel::QueryResult;

use crate::db::DbConnection;
use crate::db::models::flags::{self, NewFlag};
use crate::db::models::post_state;
use crate::domain::{ContentKind, Viewer};
use checks::{Finding, Rule};
use policy::{Group, Policy};

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

/// What the text checks find in a submission under `policy`: no database, so a caller
/// runs them before its write transaction, not inside the write lock.
pub fn read_text(policy: &Policy, submission: &Submission) -> Vec<Finding> {
    let staff_post = Group::of(submission.author.roles) == Group::Staff
        || submission.kind == ContentKind::Article;
    checks::check(submission.text, staff_post, &policy.thresholds)
}

/// The verdict on a submission: what its text checks found ([`read_text`]) and what the
/// policy says of its author and kind (pre-moderation, a new member's first posts).
pub fn screen(
    conn: &mut DbConnection,
    policy: &Policy,
    submission: &Submission,
    text_findings: Vec<Finding>,
) -> QueryResult<Verdict> {
    let author = submission.author;
    let group = Group::of(author.roles);
    let mut findings = text_findings;
    let exempt = author.trusted || submission.is_edit;
    if !exempt && policy.premoderates(submission.kind, group, submission.area_id) {
        findings.push(Finding {
            rule: Rule::Premoderation,
            detail: wording::premoderated(submission.kind.label()),
            hold: true,
        });
    }
    if !exempt && group == Group::Members && policy.new_member_posts > 0 {
        let posted = post_state::visible_posts_by(conn, author.id)?;
        if posted < policy.new_member_posts {
            findings.push(Finding {
                rule: Rule::FirstPost,
                detail: wording::NEW_MEMBER_HOLD.into(),
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
                detail: &finding.detail.stored(),
                held: finding.hold,
                reporter_id: None,
            },
            now,
        )?;
    }
    Ok(())
}
