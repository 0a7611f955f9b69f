//! What the account pages say: recovery, confirmation, address and password changes, and
//! the list of signed-in devices.

use crate::i18n::Key;

pub const TITLE_FORGOT: Key = Key("account-title-forgot");
pub const TITLE_CHECK_MAIL: Key = Key("account-title-check-mail");
pub const TITLE_CONFIRM: Key = Key("account-title-confirm");
pub const TITLE_UNDO: Key = Key("account-title-undo");
pub const TITLE_SECURITY: Key = Key("account-title-security");

pub const RESET_SENT: Key = Key("account-reset-sent");
pub const SIGNUP_SENT: Key = Key("account-signup-sent");
pub const CHANGE_SENT: Key = Key("account-change-sent");

pub const RESET_THROTTLED: Key = Key("account-reset-throttled");
pub const CONFIRMATION_THROTTLED: Key = Key("account-confirmation-throttled");
pub const NEW_PASSWORD_SAME: Key = Key("account-new-password-same");
pub const CURRENT_PASSWORD_WRONG: Key = Key("account-current-password-wrong");
pub const ADDRESS_UNCHANGED: Key = Key("account-address-unchanged");

pub const LINK_UNKNOWN: Key = Key("account-link-unknown");
pub const LINK_EXPIRED: Key = Key("account-link-expired");
pub const LINK_OTHER_ACCOUNT: Key = Key("account-link-other-account");
pub const LINK_ADDRESS_TAKEN: Key = Key("account-link-address-taken");

pub const NOTICE_PASSWORD_CHANGED: Key = Key("account-notice-password-changed");
pub const NOTICE_ADDRESS_CONFIRMED: Key = Key("account-notice-address-confirmed");
pub const NOTICE_ADDRESS_CHANGED: Key = Key("account-notice-address-changed");
pub const NOTICE_ADDRESS_RESTORED: Key = Key("account-notice-address-restored");
pub const NOTICE_DEVICE_SIGNED_OUT: Key = Key("account-notice-device-signed-out");
pub const NOTICE_OTHERS_SIGNED_OUT: Key = Key("account-notice-others-signed-out");
pub const NOTICE_CONFIRMATION_SENT: Key = Key("account-notice-confirmation-sent");

/// The audit log's reason when the background job deletes an account never confirmed.
pub const AUDIT_NEVER_CONFIRMED: Key = Key("account-audit-never-confirmed");

pub const TITLE_TOKENS: Key = Key("account-title-tokens");
pub const TOKEN_NAME_MISSING: Key = Key("account-token-name-missing");
pub const TOKEN_NAME_LONG: Key = Key("account-token-name-long");
pub const TOKEN_SCOPES_MISSING: Key = Key("account-token-scopes-missing");
pub const TOKEN_SCOPE_UNKNOWN: Key = Key("account-token-scope-unknown");
pub const TOKEN_SCOPE_NOT_YOURS: Key = Key("account-token-scope-not-yours");
pub const TOKEN_EXPIRY: Key = Key("account-token-expiry");
pub const TOKEN_TOO_MANY: Key = Key("account-token-too-many");
pub const NOTICE_TOKEN_REVOKED: Key = Key("account-notice-token-revoked");
