//! The first-start setup's words.

use crate::i18n::{Key, Text};

pub const TITLE: Key = Key("setup-title");
pub const NO_AREAS: Key = Key("setup-no-areas");
pub const TOO_MANY_AREAS: Key = Key("setup-too-many-areas");
pub const NOTICE_DONE: Key = Key("setup-notice-done");

/// The message for an area name of the wrong length.
pub fn area_name(name: &str) -> Text {
    Text::new("setup-area-name").with("name", name)
}
