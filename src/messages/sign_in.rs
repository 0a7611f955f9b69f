//! What signing in with a provider says: the welcome page, linking, and each way a trip to
//! a provider can fail.

pub const TITLE_WELCOME: &str = "Welcome";
pub const TITLE_SIGNED_OUT: &str = "You are signed out";

pub const LINKED_TO_ANOTHER: &str = "That account is already linked to another member here.";
pub const ACCOUNT_GONE: &str = "The member linked to that account was deleted.";
pub const STAFF_USE_DIRECTORY: &str =
    "Staff sign in with the staff directory: use its button on the sign-in page.";
pub const LINK_INSTEAD: &str =
    "An account here already uses your address: link it below with its password.";
pub const EMAIL_NEEDED: &str = "Enter your e-mail address.";
pub const TRIP_LOST: &str = "That sign-in could not be finished: it was already used, it \
     took too long, or it was started in another browser. Please try again.";
pub const ARRIVAL_LOST: &str =
    "That sign-in took too long to finish. Please sign in with your account again.";
pub const LINK_PASSWORD_WRONG: &str = "That name and password do not match an account here.";
pub const LAST_WAY_IN: &str = "This is your only way to sign in: choose a password first \
     (“Forgotten your password?” on the sign-in page sends you a link).";
pub const NOTICE_LINKED: &str = "Linked: that account now signs you in here too.";
pub const NOTICE_MEMBER_SIGNED_OUT: &str = "Every session of that member has ended.";
pub const UNLINKED: &str = "Removed: that account no longer signs you in here.";

/// The provider did not answer.
pub fn unavailable(provider: &str) -> String {
    format!(
        "{provider} is not answering at the moment, so we cannot sign you in with it. Please \
         try again in a few minutes, or sign in with your password."
    )
}

/// The provider answered with an error, or with something that cannot be trusted.
pub fn refused(provider: &str) -> String {
    format!("{provider} did not sign you in. Please try again.")
}

/// Passwords are off for this member's group.
pub fn use_provider(labels: &[&str]) -> String {
    if labels.is_empty() {
        "Signing in with a password is switched off for this account.".to_owned()
    } else {
        format!(
            "This account signs in with its provider, not a password: use “{}”.",
            labels.join("” or “")
        )
    }
}
