//! Usernames: 3–30 letters, digits, `_` or `-`, unique without regard to case.

use crate::i18n::Key;
use crate::messages;

/// The name a deleted account's posts show is this prefix and the account's id. Nobody
/// may choose a name that starts with it, so that deleting an account can never collide
/// with someone else's.
pub const DELETED_PREFIX: &str = "former-member";

/// A username that passed the rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Username(String);

impl Username {
    pub const MIN: usize = 3;
    pub const MAX: usize = 30;

    /// Checks `input` (surrounding spaces ignored) against the rules.
    pub fn parse(input: &str) -> Result<Self, Key> {
        let name = input.trim();
        if name.is_empty() {
            return Err(messages::USERNAME_REQUIRED);
        }
        let length = name.chars().count();
        if !(Self::MIN..=Self::MAX).contains(&length) {
            return Err(messages::USERNAME_LENGTH);
        }
        if !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return Err(messages::USERNAME_CHARACTERS);
        }
        if name.to_ascii_lowercase().starts_with(DELETED_PREFIX) {
            return Err(messages::USERNAME_RESERVED);
        }
        Ok(Self(name.to_owned()))
    }

    /// What a deleted account `id` is called from then on.
    pub fn of_deleted(id: i64) -> String {
        format!("{DELETED_PREFIX}-{id}")
    }

    /// Whether `name` is a deleted account's: its posts show it as plain text, with no
    /// profile and no picture.
    pub fn is_deleted(name: &str) -> bool {
        name.to_ascii_lowercase().starts_with(DELETED_PREFIX)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form that uniqueness is checked on.
    pub fn key(&self) -> String {
        self.0.to_ascii_lowercase()
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn names_kept_for_deleted_accounts_cannot_be_chosen() {
        assert!(Username::parse("former-member-9").is_err());
        assert!(Username::parse("Former-Member").is_err());
        assert_eq!(Username::of_deleted(9), "former-member-9");
        assert!(Username::parse("formerly").is_ok());
        assert!(Username::is_deleted("former-member-9"));
        assert!(Username::is_deleted("Former-Member-9-2"));
        assert!(!Username::is_deleted("formerly"));
    }

    use super::Username;

    #[test]
    fn accepts_letters_digits_underscore_and_hyphen() {
        assert_eq!(
            Username::parse(" Tom_Smith-2 ").unwrap().as_str(),
            "Tom_Smith-2"
        );
    }

    #[test]
    fn key_ignores_case() {
        assert_eq!(Username::parse("TomS").unwrap().key(), "toms");
    }

    #[test]
    fn refuses_too_short_too_long_and_odd_characters() {
        assert!(Username::parse("ab").is_err());
        assert!(Username::parse(&"a".repeat(31)).is_err());
        assert!(Username::parse(&"a".repeat(30)).is_ok());
        assert!(Username::parse("tom smith").is_err());
        assert!(Username::parse("tóm").is_err());
        assert!(Username::parse("tom@x").is_err());
        assert!(Username::parse("").is_err());
    }
}
