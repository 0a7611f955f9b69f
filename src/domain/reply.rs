//! The rules for a reply (a comment), shared by every kind of subject.

use crate::i18n::Key;
use crate::messages;

pub const BODY_MAX: usize = 10_000;

/// How long an author may change their comment after posting it.
pub const EDIT_WINDOW_MINUTES: i64 = 15;

/// A reply's Markdown: not blank, not too long.
pub fn parse_body(input: &str) -> Result<String, Key> {
    if input.trim().is_empty() {
        Err(messages::COMMENT_REQUIRED)
    } else if input.chars().count() > BODY_MAX {
        Err(messages::COMMENT_TOO_LONG)
    } else {
        Ok(input.replace("\r\n", "\n").trim().to_owned())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn replies_must_say_something_briefly() {
        assert!(super::parse_body(" \n ").is_err());
        assert!(super::parse_body(&"x".repeat(10_001)).is_err());
        assert_eq!(super::parse_body(" Thanks!\r\n").unwrap(), "Thanks!");
    }
}
