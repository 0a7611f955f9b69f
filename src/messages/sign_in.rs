//! What signing in with a provider says: the welcome page, linking, and each way a trip to
//! a provider can fail.

use crate::i18n::{Key, Text};

pub const TITLE_WELCOME: Key = Key("sign_in-title-welcome");
pub const TITLE_SIGNED_OUT: Key = Key("sign_in-title-signed-out");

pub const LINKED_TO_ANOTHER: Key = Key("sign_in-linked-to-another");
pub const ACCOUNT_GONE: Key = Key("sign_in-account-gone");
pub const STAFF_USE_DIRECTORY: Key = Key("sign_in-staff-use-directory");
pub const LINK_INSTEAD: Key = Key("sign_in-link-instead");
pub const EMAIL_NEEDED: Key = Key("sign_in-email-needed");
pub const TRIP_LOST: Key = Key("sign_in-trip-lost");
pub const ARRIVAL_LOST: Key = Key("sign_in-arrival-lost");
pub const LINK_PASSWORD_WRONG: Key = Key("sign_in-link-password-wrong");
pub const LAST_WAY_IN: Key = Key("sign_in-last-way-in");
pub const NOTICE_LINKED: Key = Key("sign_in-notice-linked");
pub const NOTICE_MEMBER_SIGNED_OUT: Key = Key("sign_in-notice-member-signed-out");
pub const UNLINKED: Key = Key("sign_in-unlinked");

/// The provider did not answer.
pub fn unavailable(provider: &str) -> Text {
    Text::new("sign_in-unavailable").with("provider", provider)
}

/// The provider answered with an error, or with something that cannot be trusted.
pub fn refused(provider: &str) -> Text {
    Text::new("sign_in-refused").with("provider", provider)
}

/// Passwords are off for this member's group: the buttons to use instead, by their labels.
pub fn use_provider(labels: &[&str]) -> Text {
    if labels.is_empty() {
        Text::new("sign_in-password-off")
    } else {
        Text::new("sign_in-use-provider").with("providers", labels.join("” / “"))
    }
}
