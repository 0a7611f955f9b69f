//! The rules for a question as a member asks it.

use crate::i18n::Key;
use crate::messages;

pub const TITLE_MIN: usize = 10;
pub const TITLE_MAX: usize = 150;
pub const DETAILS_MAX: usize = 20_000;

pub fn parse_title(input: &str) -> Result<String, Key> {
    let title = input.trim();
    let length = title.chars().count();
    if length == 0 {
        Err(messages::QUESTION_TITLE_REQUIRED)
    } else if length < TITLE_MIN {
        Err(messages::QUESTION_TITLE_TOO_SHORT)
    } else if length > TITLE_MAX {
        Err(messages::QUESTION_TITLE_TOO_LONG)
    } else {
        Ok(title.to_owned())
    }
}

pub fn parse_details(input: &str) -> Result<String, Key> {
    if input.chars().count() > DETAILS_MAX {
        Err(messages::QUESTION_DETAILS_TOO_LONG)
    } else {
        Ok(input.replace("\r\n", "\n").trim().to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_neither_empty_nor_tiny_nor_huge() {
        assert!(parse_title("  ").is_err());
        assert!(parse_title("Shirts?").is_err());
        assert!(parse_title(&"x".repeat(151)).is_err());
        assert_eq!(
            parse_title(" Which collar suits a round face? ").unwrap(),
            "Which collar suits a round face?"
        );
    }
}
