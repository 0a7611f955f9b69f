//! How a post's author appears in lists and threads: the name, linking to their public
//! profile, and their picture or, without one, their initial on a colour of their own.
//!
//! The picture is the one stored at upload (already scaled down once); pages show it small
//! with width and height attributes and never resize per request. The initial is drawn by
//! the page itself — a letter on one of [`COLOURS`] classes picked from the name, the same
//! on every page and every server — so nothing loads from elsewhere and no inline style is
//! needed under the strict Content-Security-Policy. A deleted member ("former member N")
//! is plain text: no link, no picture.

use std::fmt;

use crate::domain::Username;

/// How many colour classes (`avatar-c0` …) the stylesheet has for initials.
pub const COLOURS: u32 = 8;

/// An author as a thread shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    pub name: String,
    /// The address of their picture (`/media/…`), if they have one.
    pub avatar_url: Option<String>,
}

impl Author {
    /// `name` with the picture at `avatar_url`; a deleted member's picture is never shown.
    pub fn new(name: impl Into<String>, avatar_url: Option<String>) -> Self {
        let name = name.into();
        let avatar_url = avatar_url.filter(|_| !Username::is_deleted(&name));
        Self { name, avatar_url }
    }

    /// Their profile's address; `None` for a deleted member.
    pub fn link(&self) -> Option<String> {
        link(&self.name)
    }

    /// The letter shown when there is no picture.
    pub fn initial(&self) -> String {
        self.name
            .chars()
            .next()
            .map_or_else(|| "?".to_owned(), |c| c.to_uppercase().collect())
    }

    /// The colour class of the initial: `avatar-c0` … `avatar-c7`, from the name.
    pub fn colour_class(&self) -> String {
        format!("avatar-c{}", colour(&self.name))
    }
}

impl fmt::Display for Author {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// The profile address of the member called `name`; `None` for a deleted member, whose
/// name stays plain text.
pub fn link(name: &str) -> Option<String> {
    (!name.is_empty() && !Username::is_deleted(name)).then(|| crate::paths::profile(name))
}

/// A colour index below [`COLOURS`] for `name`: FNV-1a over its lower-case bytes, so that
/// it is the same everywhere (the standard hasher is seeded per process).
fn colour(name: &str) -> u32 {
    let hash = name.to_lowercase().bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    hash % COLOURS
}

#[cfg(test)]
mod tests {
    use super::{Author, COLOURS, colour, link};

    #[test]
    fn a_deleted_member_has_no_link_and_no_picture() {
        let gone = Author::new("former-member-4", Some("/media/a.jpg".to_owned()));
        assert_eq!(gone.avatar_url, None);
        assert_eq!(gone.link(), None);
        assert_eq!(link("tom").as_deref(), Some("/u/tom"));
    }

    #[test]
    fn the_colour_depends_on_the_name_only() {
        assert_eq!(colour("Tom"), colour("tom"));
        assert!((0..200).all(|n| colour(&format!("m{n}")) < COLOURS));
        let spread: std::collections::HashSet<u32> =
            (0..50).map(|n| colour(&format!("member{n}"))).collect();
        assert!(spread.len() > 4, "initials should not all share a colour");
        assert_eq!(Author::new("émile", None).initial(), "É");
    }
}
