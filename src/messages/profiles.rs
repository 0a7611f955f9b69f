//! The words of public profiles (`/u/{username}`) and of the profile form that feeds them.
//!
//! A module of their own rather than more lines at the end of `messages/mod.rs`: profiles
//! are one feature with one translator's context (how a member is presented to others),
//! and keeping its sentences together lets that context travel with them.

use crate::i18n::Key;

pub const DISPLAY_NAME_TOO_LONG: Key = Key("profiles-display-name-too-long");
pub const DISPLAY_NAME_CHARACTERS: Key = Key("profiles-display-name-characters");
pub const DISPLAY_NAME_RESERVED: Key = Key("profiles-display-name-reserved");

/// The meta description of a profile without a bio.
pub fn description(name: &str) -> String {
    format!("{name}'s profile in the Parlour community: questions, answers, ideas and articles.")
}
