//! "Remove my posts too": which of a deleting member's posts are deleted, which keep their
//! place with "[removed by its author]" instead of their text, and which stay without the
//! member's name (the rules and why are in [`crate::privacy`]).

use chrono::NaiveDateTime;

use crate::db::DbConnection;
use crate::db::models::{post_removal, posts};
use crate::domain::ContentKind;
use crate::error::AppError;
use crate::mail::Outgoing;
use crate::messages::deletion as texts;
use crate::posting::events::{self, Event, PostRef};
use crate::render::markdown::{self, Trust};

/// What removing the posts did.
#[derive(Default)]
pub(super) struct Removed {
    /// Posts deleted.
    pub deleted: usize,
    /// Answers and comments whose text was replaced.
    pub replaced: usize,
    /// Questions, ideas and articles kept without the author's name.
    pub kept: usize,
    /// Pictures the deleted posts showed, to delete unless something else shows them.
    pub pictures: Vec<i64>,
    /// E-mail the posts' events asked for, to send after the commit.
    pub mail: Vec<Outgoing>,
}

/// Removes member `author`'s posts, in the caller's transaction; `name` is what they are
/// called from now on (it closes the reports of the posts whose text goes).
pub(super) fn remove_posts(
    conn: &mut DbConnection,
    author: i64,
    name: &str,
    now: NaiveDateTime,
) -> Result<Removed, AppError> {
    // Written once into the post, in the site's language.
    let lang = crate::brand::language_for(conn, "")?;
    let removed_text = texts::REMOVED_BY_AUTHOR.say(lang);
    let resolution = texts::FLAG_RESOLUTION.say(lang);
    let placeholder = markdown::render(&removed_text, Trust::Member).html;
    let mut removed = Removed::default();
    for (kind, id) in post_removal::keys_by(conn, author)? {
        let Some(post) = posts::find(conn, kind, id)? else {
            continue;
        };
        let post_ref = PostRef { kind, id };
        let event = if !post_removal::has_responses(conn, &post)? {
            removed
                .pictures
                .extend(post_removal::delete(conn, &post, now)?);
            removed.deleted += 1;
            Event::Deleted(post_ref)
        } else if matches!(kind, ContentKind::Answer | ContentKind::Comment) {
            post_removal::replace_text(
                conn,
                &post,
                (removed_text.as_str(), placeholder.as_str()),
                (name, resolution.as_str()),
                now,
            )?;
            removed.replaced += 1;
            Event::Edited(post_ref)
        } else {
            removed.kept += 1;
            continue;
        };
        removed.mail.extend(events::raise(conn, &event, now)?);
    }
    Ok(removed)
}
