//! The first-start setup's three choices of what waits for review, in a new admin's
//! words, and how each maps onto the moderation [`Policy`].

use super::policy::{Group, Policy};
use crate::domain::ContentKind;
use crate::messages::moderation as wording;

/// The first-start choice of what waits for review, in the words of a new admin. Each
/// sets only what customers' posts do; staff settings and thresholds stay as they are,
/// and `/admin/policy` refines any of them later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    /// A new customer's first post and customers' ideas wait; the rest appears at once.
    FirstPosts,
    /// Every customer post waits for a moderator.
    Everything,
    /// Nothing waits: moderators act on reports and automatic flags afterwards.
    Nothing,
}

impl Review {
    pub const ALL: [Review; 3] = [Review::FirstPosts, Review::Everything, Review::Nothing];

    pub fn key(self) -> &'static str {
        match self {
            Review::FirstPosts => "first-posts",
            Review::Everything => "everything",
            Review::Nothing => "nothing",
        }
    }

    pub fn parse(key: &str) -> Option<Review> {
        Review::ALL.into_iter().find(|r| r.key() == key)
    }

    pub fn label(self) -> crate::i18n::Key {
        match self {
            Review::FirstPosts => wording::REVIEW_FIRST_POSTS,
            Review::Everything => wording::REVIEW_EVERYTHING,
            Review::Nothing => wording::REVIEW_NOTHING,
        }
    }

    /// The choice `policy` amounts to (first posts for any mix the choices do not name).
    pub fn of(policy: &Policy) -> Review {
        let customers = |kind| policy.premoderated.contains(&(kind, Group::Members));
        if ContentKind::ALL.into_iter().all(customers) {
            Review::Everything
        } else if !ContentKind::ALL.into_iter().any(customers) && policy.new_member_posts == 0 {
            Review::Nothing
        } else {
            Review::FirstPosts
        }
    }

    /// `policy` with customers' posts handled as this choice says.
    pub fn applied_to(self, policy: &Policy) -> Policy {
        let mut after = policy.clone();
        after
            .premoderated
            .retain(|(_, group)| *group == Group::Staff);
        let customers: &[ContentKind] = match self {
            Review::FirstPosts => &[ContentKind::Idea],
            Review::Everything => &ContentKind::ALL,
            Review::Nothing => &[],
        };
        after
            .premoderated
            .extend(customers.iter().map(|kind| (*kind, Group::Members)));
        after.new_member_posts = match self {
            Review::FirstPosts => policy.new_member_posts.max(1),
            Review::Everything => policy.new_member_posts,
            Review::Nothing => 0,
        };
        after
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_review_choice_reads_back_as_itself_and_keeps_staff_settings() {
        let mut start = Policy::defaults(true);
        start
            .premoderated
            .push((ContentKind::Article, Group::Staff));
        for review in Review::ALL {
            let after = review.applied_to(&start);
            assert_eq!(Review::of(&after), review);
            assert!(after.premoderates(ContentKind::Article, Group::Staff, None));
            assert_eq!(Review::parse(review.key()), Some(review));
        }
        let everything = Review::Everything.applied_to(&start);
        assert!(everything.premoderates(ContentKind::Answer, Group::Members, None));
        let nothing = Review::Nothing.applied_to(&start);
        assert!(!nothing.premoderates(ContentKind::Idea, Group::Members, None));
        assert_eq!(nothing.new_member_posts, 0);
        assert_eq!(Review::of(&Policy::defaults(true)), Review::FirstPosts);
    }
}
