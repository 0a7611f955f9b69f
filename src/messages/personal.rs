//! What personalisation says: why an item is "for you", the interests page, "not for me".

pub const TITLE_INTERESTS: &str = "Your interests";
pub const TITLE_PERSONAL: &str = "What we use to personalise";
pub const YOU_FOLLOW: &str = "You follow this question";
pub const NOT_FOUND: &str = "That is not something you can mark.";

/// Why something was chosen: an area or tag the member chose.
pub fn because_you_chose(name: &str) -> String {
    format!("Because you chose {name}")
}

pub const NOTICE_NOT_FOR_ME: &str = "Done: you will not see it in your front page, lists or \
     digests. Nobody else knows. Your account page lists it, with an undo.";
pub const NOTICE_UNDONE: &str = "Undone: it is back in your lists.";
pub const NOTICE_INTERESTS_SAVED: &str = "Saved: your front page and digests follow your choices.";
pub const NOTICE_DIGEST_HOUR_SAVED: &str = "Saved: digests go out after that hour.";
pub const DIGEST_UNKNOWN: &str = "Choose how often we should write to you.";
pub const HOUR_INVALID: &str = "Enter an hour from 0 to 23.";
pub const TITLE_DIGESTS: &str = "Digests";
