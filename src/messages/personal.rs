//! What personalisation says: why an item is "for you", the interests page, "not for me".

use crate::i18n::Key;

pub const TITLE_INTERESTS: Key = Key("personal-title-interests");
pub const TITLE_PERSONAL: Key = Key("personal-title-personal");
pub const YOU_FOLLOW: Key = Key("personal-you-follow");
pub const NOT_FOUND: Key = Key("personal-not-found");

/// Why something was chosen: an area or tag the member chose.
pub fn because_you_chose(lang: crate::i18n::Lang, name: &str) -> String {
    lang.t1("personal-because-you-chose", "name", name)
}

pub const NOTICE_NOT_FOR_ME: Key = Key("personal-notice-not-for-me");
pub const NOTICE_UNDONE: Key = Key("personal-notice-undone");
pub const NOTICE_INTERESTS_SAVED: Key = Key("personal-notice-interests-saved");
pub const NOTICE_DIGEST_HOUR_SAVED: Key = Key("personal-notice-digest-hour-saved");
pub const DIGEST_UNKNOWN: Key = Key("personal-digest-unknown");
pub const HOUR_INVALID: Key = Key("personal-hour-invalid");
pub const TITLE_DIGESTS: Key = Key("personal-title-digests");
