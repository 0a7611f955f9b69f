//! The brand form's words and its refusals.

use crate::i18n::{Key, Text};

pub const TITLE: Key = Key("brand-title");
pub const NAME_MISSING: Key = Key("brand-name-missing");
pub const NOT_A_COLOUR: Key = Key("brand-not-a-colour");
pub const NOT_AN_ADDRESS: Key = Key("brand-not-an-address");

/// The message for text longer than `max` characters.
pub fn too_long(max: usize) -> Text {
    Text::new("brand-too-long").count("max", max as f64)
}

/// The message for a colour whose contrast is `ratio`, under the 4.5:1 text needs.
pub fn contrast(ratio: f64) -> Text {
    Text::new("brand-contrast").with("ratio", format!("{ratio:.2}"))
}
