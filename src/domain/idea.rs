//! Idea statuses and the moves between them. A new idea waits for review; a moderator
//! approves it (it becomes public as "new") or declines it; afterwards the status moves
//! along new → under review → planned → in progress → done, or ends as declined or
//! duplicate. Moving back a step is allowed (plans change); leaving "done", "declined" or
//! "duplicate" is not.

use crate::i18n::Key;
use std::fmt;

use crate::messages;

pub const TITLE_MIN: usize = 10;
pub const TITLE_MAX: usize = 150;
pub const BODY_MAX: usize = 10_000;
pub const NOTE_MAX: usize = 1_000;

pub fn parse_title(input: &str) -> Result<String, Key> {
    let title = input.trim();
    match title.chars().count() {
        0 => Err(messages::IDEA_TITLE_REQUIRED),
        n if n < TITLE_MIN => Err(messages::IDEA_TITLE_TOO_SHORT),
        n if n > TITLE_MAX => Err(messages::IDEA_TITLE_TOO_LONG),
        _ => Ok(title.to_owned()),
    }
}

pub fn parse_body(input: &str) -> Result<String, Key> {
    if input.chars().count() > BODY_MAX {
        Err(messages::IDEA_BODY_TOO_LONG)
    } else {
        Ok(input.replace("\r\n", "\n").trim().to_owned())
    }
}

/// The public status of an idea.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdeaStatus {
    New,
    UnderReview,
    Planned,
    InProgress,
    Done,
    Declined,
    Duplicate,
}

impl IdeaStatus {
    pub const ALL: [IdeaStatus; 7] = [
        IdeaStatus::New,
        IdeaStatus::UnderReview,
        IdeaStatus::Planned,
        IdeaStatus::InProgress,
        IdeaStatus::Done,
        IdeaStatus::Declined,
        IdeaStatus::Duplicate,
    ];

    /// The statuses an idea is finished with.
    pub const CLOSED: [IdeaStatus; 3] = [
        IdeaStatus::Done,
        IdeaStatus::Declined,
        IdeaStatus::Duplicate,
    ];

    /// The stable key stored and used in URLs.
    pub fn key(self) -> &'static str {
        match self {
            IdeaStatus::New => "new",
            IdeaStatus::UnderReview => "under-review",
            IdeaStatus::Planned => "planned",
            IdeaStatus::InProgress => "in-progress",
            IdeaStatus::Done => "done",
            IdeaStatus::Declined => "declined",
            IdeaStatus::Duplicate => "duplicate",
        }
    }

    /// How the status reads on a label.
    pub fn label(self) -> &'static str {
        match self {
            IdeaStatus::New => "New",
            IdeaStatus::UnderReview => "Under review",
            IdeaStatus::Planned => "Planned",
            IdeaStatus::InProgress => "In progress",
            IdeaStatus::Done => "Done",
            IdeaStatus::Declined => "Declined",
            IdeaStatus::Duplicate => "Duplicate",
        }
    }

    pub fn parse(key: &str) -> Option<IdeaStatus> {
        IdeaStatus::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Whether the idea is finished with: no more votes, no more moves.
    pub fn is_closed(self) -> bool {
        Self::CLOSED.contains(&self)
    }

    /// Whether a moderator may move an idea from `self` to `to` by a status change
    /// ("duplicate" is reached by merging, not by a status change).
    pub fn can_move_to(self, to: IdeaStatus) -> bool {
        self != to && !self.is_closed() && to != IdeaStatus::Duplicate
    }
}

impl fmt::Display for IdeaStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::IdeaStatus::*;
    use super::*;

    #[test]
    fn open_ideas_move_anywhere_but_duplicate() {
        assert!(New.can_move_to(UnderReview));
        assert!(UnderReview.can_move_to(Planned));
        assert!(Planned.can_move_to(InProgress));
        assert!(InProgress.can_move_to(Done));
        assert!(Planned.can_move_to(UnderReview), "plans change");
        assert!(New.can_move_to(Declined));
        assert!(!New.can_move_to(Duplicate));
        assert!(!New.can_move_to(New));
    }

    #[test]
    fn closed_ideas_stay_closed() {
        for closed in [Done, Declined, Duplicate] {
            assert!(IdeaStatus::ALL.iter().all(|to| !closed.can_move_to(*to)));
        }
    }

    #[test]
    fn keys_round_trip() {
        for status in IdeaStatus::ALL {
            assert_eq!(IdeaStatus::parse(status.key()), Some(status));
        }
    }
}
