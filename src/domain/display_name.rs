//! The name a member shows on their profile beside their username: optional (empty means
//! the username), one line, at most 50 characters.

use super::username::DELETED_PREFIX;
use crate::i18n::Key;
use crate::messages::profiles as messages;

/// A display name that passed the rules; empty when the member wants their username.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DisplayName(String);

impl DisplayName {
    pub const MAX: usize = 50;

    /// Checks `input` (surrounding and repeated spaces dropped) against the rules.
    pub fn parse(input: &str) -> Result<Self, Key> {
        let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.chars().count() > Self::MAX {
            return Err(messages::DISPLAY_NAME_TOO_LONG);
        }
        // Control and invisible formatting characters (bidi overrides, zero-width joins)
        // would let a name read differently from what it is.
        if name
            .chars()
            .any(|c| c.is_control() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}'))
        {
            return Err(messages::DISPLAY_NAME_CHARACTERS);
        }
        let folded = name.to_lowercase().replace(' ', "-");
        if folded.starts_with(DELETED_PREFIX) {
            return Err(messages::DISPLAY_NAME_RESERVED);
        }
        Ok(Self(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::DisplayName;

    #[test]
    fn spaces_are_tidied_and_empty_means_the_username() {
        assert_eq!(
            DisplayName::parse("  Tom   Smith ").unwrap().as_str(),
            "Tom Smith"
        );
        assert_eq!(DisplayName::parse("   ").unwrap().as_str(), "");
    }

    #[test]
    fn refuses_long_names_hidden_characters_and_deleted_names() {
        assert!(DisplayName::parse(&"é".repeat(50)).is_ok());
        assert!(DisplayName::parse(&"é".repeat(51)).is_err());
        assert!(DisplayName::parse("Tom\u{202e}htims").is_err());
        assert!(DisplayName::parse("Former member 3").is_err());
        assert!(DisplayName::parse("Former-Member").is_err());
    }
}
