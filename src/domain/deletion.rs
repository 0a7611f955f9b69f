//! What a member chooses for their posts when they delete their account.

use crate::i18n::Key;
use crate::messages::deletion as texts;

/// Keep the posts (shown as by a former member) or remove them too. What "remove" removes
/// and what it keeps so that others' threads still read is in `crate::privacy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostsChoice {
    Keep,
    Remove,
}

impl PostsChoice {
    /// The form's value. Absent means "keep", the form's checked default and what deleting
    /// an account always did; anything else but the two keys is refused.
    pub fn parse(input: Option<&str>) -> Result<Self, Key> {
        match input.map(str::trim) {
            None | Some("keep") => Ok(PostsChoice::Keep),
            Some("remove") => Ok(PostsChoice::Remove),
            Some(_) => Err(texts::POSTS_CHOICE_UNKNOWN),
        }
    }

    /// The form's value for this choice.
    pub fn key(self) -> &'static str {
        match self {
            PostsChoice::Keep => "keep",
            PostsChoice::Remove => "remove",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PostsChoice;

    #[test]
    fn the_choice_is_one_of_two_keys_and_keep_when_absent() {
        assert_eq!(PostsChoice::parse(None), Ok(PostsChoice::Keep));
        for choice in [PostsChoice::Keep, PostsChoice::Remove] {
            assert_eq!(PostsChoice::parse(Some(choice.key())), Ok(choice));
        }
        assert!(PostsChoice::parse(Some("")).is_err());
        assert!(PostsChoice::parse(Some("everything")).is_err());
    }
}
