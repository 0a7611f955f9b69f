//! How a post's author appears in lists and threads: the name, linking to their public
//! profile, and their picture or, without one, their initial on a colour of their own.
//!
//! The picture is the one stored at upload with its smaller copies; pages show it small,
//! with width and height attributes and a `srcset`, and never resize per request. The initial is drawn by
//! the page itself — a letter on one of [`COLOURS`] classes picked from the name, the same
//! on every page and every server — so nothing loads from elsewhere and no inline style is
//! needed under the strict Content-Security-Policy. A deleted member ("former member N")
//! is plain text: no link, no picture.

use std::fmt;

use crate::domain::MediaRef;
use crate::domain::{Role, RoleSet, Username};

/// How many colour classes (`avatar-c0` …) the stylesheet has for initials.
pub const COLOURS: u32 = 8;

/// An author as a thread shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    pub name: String,
    /// Their picture, if they have one.
    pub avatar: Option<MediaRef>,
    /// The role shown beside their name ("Expert", "Staff", "Moderator"), so that a reader
    /// knows who speaks for the shop; none for a plain member.
    pub badge: Option<&'static str>,
}

impl Author {
    /// `name` with `avatar`; a deleted member's picture is never shown.
    pub fn new(name: impl Into<String>, avatar: Option<MediaRef>) -> Self {
        let name = name.into();
        let avatar = avatar.filter(|_| !Username::is_deleted(&name));
        Self {
            name,
            avatar,
            badge: None,
        }
    }

    /// The same author with the badge of the most telling of `roles`: an expert's
    /// knowledge first, then speaking for the shop, then keeping order. A deleted member
    /// has none.
    pub fn with_roles(mut self, roles: RoleSet) -> Self {
        self.badge = if Username::is_deleted(&self.name) {
            None
        } else if roles.has(Role::Expert) {
            Some("expert")
        } else if roles.has(Role::Staff) || roles.has(Role::Admin) {
            Some("staff")
        } else if roles.has(Role::Moderator) {
            Some("moderator")
        } else {
            None
        };
        self
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

/// An author named in a sentence ("by tom") is named by their name.
impl crate::i18n::Arg for Author {
    fn to_value(&self) -> fluent_bundle::FluentValue<'static> {
        self.name.to_value()
    }
}

#[cfg(test)]
mod tests {
    use super::{Author, COLOURS, MediaRef, colour, link};

    #[test]
    fn the_badge_names_the_most_telling_role() {
        use crate::domain::{Role, RoleSet};
        let badge = |list: &[Role]| {
            Author::new("eleanor", None)
                .with_roles(RoleSet::of(list))
                .badge
        };
        assert_eq!(badge(&[]), None);
        assert_eq!(badge(&[Role::Staff, Role::Expert]), Some("expert"));
        assert_eq!(badge(&[Role::Moderator, Role::Staff]), Some("staff"));
        assert_eq!(badge(&[Role::Admin]), Some("staff"));
        assert_eq!(badge(&[Role::Moderator]), Some("moderator"));
        let gone = Author::new("former-member-4", None).with_roles(RoleSet::of(&[Role::Staff]));
        assert_eq!(gone.badge, None);
    }

    #[test]
    fn a_deleted_member_has_no_link_and_no_picture() {
        let picture = MediaRef {
            id: 1,
            hash: "a".to_owned(),
            extension: "jpg".to_owned(),
            width: 400,
            height: 400,
        };
        let gone = Author::new("former-member-4", Some(picture));
        assert_eq!(gone.avatar, None);
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
