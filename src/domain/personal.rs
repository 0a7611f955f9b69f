//! What a member tells us about themselves for personalisation: the areas and tags they
//! choose, what is "not for me", and how often they want a digest.

/// Something a member marked "not for me".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unwanted {
    Article(i64),
    Question(i64),
    Idea(i64),
    /// Everything in an area.
    Area(i64),
    /// Every article with a tag.
    Tag(String),
}

impl Unwanted {
    /// From a form: the kind, and the item's id or the tag.
    pub fn parse(kind: &str, id: &str, tag: &str) -> Option<Unwanted> {
        let id = id.trim().parse::<i64>().ok().filter(|id| *id > 0);
        let tag = tag.trim();
        match kind {
            "article" => id.map(Unwanted::Article),
            "question" => id.map(Unwanted::Question),
            "idea" => id.map(Unwanted::Idea),
            "area" => id.map(Unwanted::Area),
            "tag" if !tag.is_empty() && tag.chars().count() <= 60 => {
                Some(Unwanted::Tag(tag.to_lowercase()))
            }
            _ => None,
        }
    }

    /// As stored: kind, item id (0 for a tag), tag ("" for the rest).
    pub fn stored(&self) -> (&'static str, i64, &str) {
        match self {
            Unwanted::Article(id) => ("article", *id, ""),
            Unwanted::Question(id) => ("question", *id, ""),
            Unwanted::Idea(id) => ("idea", *id, ""),
            Unwanted::Area(id) => ("area", *id, ""),
            Unwanted::Tag(tag) => ("tag", 0, tag.as_str()),
        }
    }

    /// From storage.
    pub fn from_stored(kind: &str, item_id: i64, tag: &str) -> Option<Unwanted> {
        Unwanted::parse(kind, &item_id.to_string(), tag)
    }
}

/// An interest a member chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Interest {
    Area(i64),
    Tag(String),
}

impl Interest {
    pub fn stored(&self) -> (&'static str, i64, &str) {
        match self {
            Interest::Area(id) => ("area", *id, ""),
            Interest::Tag(tag) => ("tag", 0, tag.as_str()),
        }
    }

    pub fn from_stored(kind: &str, item_id: i64, tag: &str) -> Option<Interest> {
        match kind {
            "area" if item_id > 0 => Some(Interest::Area(item_id)),
            "tag" if !tag.is_empty() => Some(Interest::Tag(tag.to_owned())),
            _ => None,
        }
    }
}

/// How often a member wants the digest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Digest {
    Never,
    Weekly,
    Daily,
}

impl Digest {
    pub const ALL: [Digest; 3] = [Digest::Never, Digest::Weekly, Digest::Daily];

    pub fn key(self) -> &'static str {
        match self {
            Digest::Never => "never",
            Digest::Weekly => "weekly",
            Digest::Daily => "daily",
        }
    }

    pub fn parse(key: &str) -> Option<Digest> {
        Digest::ALL.into_iter().find(|d| d.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_round_trip_and_nonsense_is_refused() {
        for mark in [
            Unwanted::Article(3),
            Unwanted::Idea(9),
            Unwanted::Area(2),
            Unwanted::Tag("linen".to_owned()),
        ] {
            let (kind, id, tag) = mark.stored();
            assert_eq!(Unwanted::from_stored(kind, id, tag), Some(mark.clone()));
        }
        assert_eq!(Unwanted::parse("article", "-1", ""), None);
        assert_eq!(Unwanted::parse("member", "3", ""), None);
        assert_eq!(Unwanted::parse("tag", "", "  "), None);
        assert_eq!(
            Unwanted::parse("tag", "", " Linen "),
            Some(Unwanted::Tag("linen".to_owned()))
        );
        assert_eq!(Digest::parse("weekly"), Some(Digest::Weekly));
        assert_eq!(Digest::parse("hourly"), None);
    }
}
