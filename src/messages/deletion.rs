//! Deleting an account: the choice about one's posts, what a removed post that others
//! replied to shows instead, the notice afterwards and the audit log's record of it.

/// The choice was neither "keep" nor "remove" (a tampered or outdated form).
pub const POSTS_CHOICE_UNKNOWN: &str =
    "Choose whether your posts stay, shown as by a former member, or are removed too.";

/// What an answer or comment shows instead of its text when its author removed it but
/// others had replied to it. Also its Markdown source.
pub const REMOVED_BY_AUTHOR: &str = "[removed by its author]";

/// How the moderation queue records flags closed because the author removed the post.
pub const FLAG_RESOLUTION: &str = "removed by its author with their account";

/// The notice after deleting an account with its posts.
pub const NOTICE_DELETED_WITH_POSTS: &str = "Your account and your posts are deleted. Where \
     others had answered or replied, the thread stays: your text is replaced, or your \
     question or idea stays without your name.";

/// The audit log's details for a deletion that kept the posts.
pub const AUDIT_POSTS_KEPT: &str = "posts: kept, shown as by a former member";

/// The audit log's details for a deletion that removed the posts: how many were deleted,
/// how many answers and comments now show [`REMOVED_BY_AUTHOR`], and how many questions,
/// ideas and articles stay without the author's name.
pub fn audit_posts_removed(deleted: usize, replaced: usize, kept: usize) -> String {
    format!(
        "posts: removed ({deleted} deleted, {replaced} replaced by \"{REMOVED_BY_AUTHOR}\", \
         {kept} kept without the author's name because others responded)"
    )
}
