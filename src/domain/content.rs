//! What kind of post something is, and who may see it. Stored as short keys
//! (`"article"`, `"visible"`, …), parsed into these enums at the database's edge.

use super::{Role, Viewer};

/// The kinds of post that moderation, notifications and links cover.
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

    /// The stable key stored in the database and used in addresses.
    pub fn key(self) -> &'static str {
        match self {
            ContentKind::Article => "article",
            ContentKind::Question => "question",
            ContentKind::Answer => "answer",
            ContentKind::Comment => "comment",
            ContentKind::Idea => "idea",
        }
    }

    /// How the kind is named in sentences.
    pub fn label(self) -> &'static str {
        self.key()
    }

    pub fn parse(key: &str) -> Option<ContentKind> {
        ContentKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A post's visibility.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    Visible,
    /// Waits for a moderator; its author and moderators see it.
    Held,
    /// Taken down by a moderator; kept, moderators see it.
    Hidden,
}

impl Visibility {
    /// The stable key stored in the database.
    pub const fn key(self) -> &'static str {
        match self {
            Visibility::Visible => "visible",
            Visibility::Held => "held",
            Visibility::Hidden => "hidden",
        }
    }

    /// The visibility a stored key names (anything unknown reads as visible, as the
    /// column's default).
    pub fn parse(key: &str) -> Visibility {
        match key {
            "held" => Visibility::Held,
            "hidden" => Visibility::Hidden,
            _ => Visibility::Visible,
        }
    }

    /// Held when the checks hold a new post, visible otherwise.
    pub fn of(held: bool) -> Visibility {
        if held {
            Visibility::Held
        } else {
            Visibility::Visible
        }
    }

    /// Whether `viewer` may read a post of this visibility by `author_id`: everyone a
    /// visible one, its author a held one, moderators any.
    pub fn shown_to(self, author_id: i64, viewer: Option<&Viewer>) -> bool {
        match self {
            Visibility::Visible => true,
            Visibility::Held => viewer.is_some_and(|v| v.id == author_id || v.can(Role::Moderator)),
            Visibility::Hidden => viewer.is_some_and(|v| v.can(Role::Moderator)),
        }
    }
}

impl Visibility {
    /// The visibilities of `author_id`'s posts that `viewer` may read, as stored keys:
    /// [`Visibility::shown_to`] for each, for queries that list one author's posts.
    pub fn keys_shown_to(author_id: i64, viewer: Option<&Viewer>) -> Vec<&'static str> {
        [Visibility::Visible, Visibility::Held, Visibility::Hidden]
            .into_iter()
            .filter(|v| v.shown_to(author_id, viewer))
            .map(Visibility::key)
            .collect()
    }
}

/// Which held posts a reader sees in a thread besides the visible ones — their own, or
/// every one for a moderator — as query parameters: the author whose held posts show
/// (`-1`, nobody, when signed out) and whether all do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeldSeen {
    pub author_id: i64,
    pub all: bool,
}

impl HeldSeen {
    /// What `viewer` sees (the same rule as [`Visibility::shown_to`] for held posts).
    pub fn by(viewer: Option<&Viewer>) -> Self {
        Self {
            author_id: viewer.map_or(-1, |v| v.id),
            all: viewer.is_some_and(|v| v.can(Role::Moderator)),
        }
    }

    /// No held posts: what the public sees.
    pub fn none() -> Self {
        Self::by(None)
    }

    /// Every held post: what a page loads once for all its readers, to filter per reader
    /// with [`HeldSeen::shows`].
    pub fn every() -> Self {
        Self {
            author_id: -1,
            all: true,
        }
    }

    /// Whether a post by `author_id` with the stored visibility `visibility` is shown: the
    /// same rule the queries apply.
    pub fn shows(&self, visibility: &str, author_id: i64) -> bool {
        visibility == Visibility::Visible.key()
            || (visibility == Visibility::Held.key() && (self.all || author_id == self.author_id))
    }
}

/// Which of one author's posts a reader may open, for the lists of that author's posts (a
/// profile): the same rules as the posts' own pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorSeen {
    /// The visibilities [`Visibility::shown_to`] lets through, as stored keys.
    pub visibilities: Vec<&'static str>,
    /// Ideas still waiting for review: their author and moderators see them.
    pub waiting_ideas: bool,
    /// Posts under something out of view (an answer under a held question): moderators.
    pub under_hidden: bool,
}

impl AuthorSeen {
    /// What `viewer` may open of `author_id`'s posts.
    pub fn by(author_id: i64, viewer: Option<&Viewer>) -> Self {
        Self {
            visibilities: Visibility::keys_shown_to(author_id, viewer),
            waiting_ideas: Visibility::Held.shown_to(author_id, viewer),
            under_hidden: viewer.is_some_and(|v| v.can(Role::Moderator)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{AuthorSeen, ContentKind, HeldSeen, Visibility};

    #[test]
    fn keys_read_back_as_what_they_name() {
        for kind in ContentKind::ALL {
            assert_eq!(ContentKind::parse(kind.key()), Some(kind));
        }
        for visibility in [Visibility::Visible, Visibility::Held, Visibility::Hidden] {
            assert_eq!(Visibility::parse(visibility.key()), visibility);
        }
        assert_eq!(ContentKind::parse("poll"), None);
    }

    #[test]
    fn the_public_sees_only_visible_posts_of_an_author() {
        let seen = AuthorSeen::by(7, None);
        assert_eq!(seen.visibilities, vec!["visible"]);
        assert!(!seen.waiting_ideas && !seen.under_hidden);
    }

    #[test]
    fn a_held_post_is_shown_to_its_author_and_moderators_alone() {
        let (visible, held, hidden) = ("visible", "held", "hidden");
        let public = HeldSeen::none();
        assert!(public.shows(visible, 7));
        assert!(!public.shows(held, 7) && !public.shows(hidden, 7));
        let author = HeldSeen {
            author_id: 7,
            all: false,
        };
        assert!(author.shows(held, 7) && !author.shows(held, 8));
        assert!(!author.shows(hidden, 7));
        let every = HeldSeen::every();
        assert!(every.shows(held, 8) && every.shows(visible, 8) && !every.shows(hidden, 8));
    }
}
