//! The words of public profiles (`/u/{username}`) and of the profile form that feeds them.
//!
//! A module of their own rather than more lines at the end of `messages/mod.rs`: profiles
//! are one feature with one translator's context (how a member is presented to others),
//! and keeping its sentences together lets that context travel with them.

pub const DISPLAY_NAME_TOO_LONG: &str = "Keep your display name under 50 characters.";
pub const DISPLAY_NAME_CHARACTERS: &str =
    "Use letters, digits, spaces and punctuation in your display name, on one line.";
pub const DISPLAY_NAME_RESERVED: &str =
    "Names starting with “former member” are kept for deleted accounts. Please choose another.";

/// The meta description of a profile without a bio.
pub fn description(name: &str) -> String {
    format!("{name}'s profile in the Parlour community: questions, answers, ideas and articles.")
}
