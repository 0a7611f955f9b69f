//! What the account pages say: recovery, confirmation, address and password changes, and
//! the list of signed-in devices.

pub const TITLE_FORGOT: &str = "Choose a new password";
pub const TITLE_CHECK_MAIL: &str = "Check your e-mail";
pub const TITLE_CONFIRM: &str = "Confirm your e-mail address";
pub const TITLE_UNDO: &str = "Undo the address change";
pub const TITLE_SECURITY: &str = "Password, address and devices";

pub const RESET_SENT: &str = "If an account uses that address, we have sent it a link to choose \
     a new password. The link works for an hour. Nothing there? Look in your spam folder, or \
     ask again in a few minutes.";
pub const SIGNUP_SENT: &str = "We have sent a link to that address. Follow it to confirm the \
     address, then sign in with your username and password. Nothing there? Look in your spam \
     folder.";
pub const CHANGE_SENT: &str = "We have sent a link to your new address. Your address changes \
     when you follow it; until then, we keep using the current one.";

pub const RESET_THROTTLED: &str =
    "Too many password resets from your network. Please try again in an hour.";
pub const CONFIRMATION_THROTTLED: &str =
    "We have sent several links in the last hour. Please look for them, or try again later.";
pub const NEW_PASSWORD_SAME: &str = "Choose a password you have not been using.";
pub const CURRENT_PASSWORD_WRONG: &str = "That is not your current password.";
pub const ADDRESS_UNCHANGED: &str = "That is already your address.";

pub const LINK_UNKNOWN: &str = "This link does not work: it was already used, a newer one \
     replaced it, or it was not copied whole. Ask for a new one below.";
pub const LINK_EXPIRED: &str = "This link has expired. Ask for a new one below.";
pub const LINK_OTHER_ACCOUNT: &str = "This link is for another account than the one you are \
     signed in to. Sign out, then follow it again.";
pub const LINK_ADDRESS_TAKEN: &str =
    "Another account uses this address now, so the change could not be made.";

pub const NOTICE_PASSWORD_CHANGED: &str =
    "Your new password is set, and every other device was signed out.";
pub const NOTICE_ADDRESS_CONFIRMED: &str = "Thank you: your e-mail address is confirmed.";
pub const NOTICE_ADDRESS_CHANGED: &str =
    "Your e-mail address is changed. We told your old address, in case it was not you.";
pub const NOTICE_ADDRESS_RESTORED: &str = "Your old address is back and every device was \
     signed out. Choose a new password now: whoever changed it may know your old one.";
pub const NOTICE_DEVICE_SIGNED_OUT: &str = "That device is signed out.";
pub const NOTICE_OTHERS_SIGNED_OUT: &str = "Every other device is signed out.";
pub const NOTICE_CONFIRMATION_SENT: &str =
    "We have sent a new confirmation link. The earlier one no longer works.";

/// The audit log's reason when the background job deletes an account never confirmed.
pub const AUDIT_NEVER_CONFIRMED: &str = "its e-mail address was not confirmed within a week";
