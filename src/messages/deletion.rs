//! Deleting an account: the choice about one's posts, what a removed post that others
//! replied to shows instead, the notice afterwards and the audit log's record of it.

use crate::i18n::{Key, Text};

/// The choice was neither "keep" nor "remove" (a tampered or outdated form).
pub const POSTS_CHOICE_UNKNOWN: Key = Key("deletion-posts-choice-unknown");

/// What an answer or comment shows instead of its text when its author removed it but
/// others had replied to it. Also its Markdown source.
pub const REMOVED_BY_AUTHOR: Key = Key("deletion-removed-by-author");

/// How the moderation queue records flags closed because the author removed the post.
pub const FLAG_RESOLUTION: Key = Key("deletion-flag-resolution");

/// Why the audit log records a deletion the member asked for.
pub const BY_THE_MEMBER: Key = Key("deletion-by-the-member");

/// The notice after deleting an account with its posts.
pub const NOTICE_DELETED_WITH_POSTS: Key = Key("deletion-notice-deleted-with-posts");

/// The audit log's details for a deletion that kept the posts.
pub const AUDIT_POSTS_KEPT: Key = Key("deletion-audit-posts-kept");

/// The audit log's details for a deletion that removed the posts: how many were deleted,
/// how many answers and comments now show [`REMOVED_BY_AUTHOR`], and how many questions,
/// ideas and articles stay without the author's name.
pub fn audit_posts_removed(deleted: usize, replaced: usize, kept: usize) -> Text {
    Text::new("deletion-audit-posts-removed")
        .count("deleted", deleted as f64)
        .count("replaced", replaced as f64)
        .count("kept", kept as f64)
}
