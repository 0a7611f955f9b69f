//! Every sentence a person reads that does not live in a template: form errors, notices
//! after an action, error pages. Each is named here by its catalogue key ([`Key`]) or
//! built as a [`Text`](crate::i18n::Text) with its values; the words themselves are in the
//! catalogues (`src/i18n/locales/*/messages.ftl` and the area files), said in the reader's
//! language where the page or the e-mail is made.

use crate::i18n::Key;

pub mod account;
pub mod brand;
pub mod dashboard;
pub mod deletion;
pub mod mail;
pub mod moderation;
mod notice;
pub mod notifications;
mod pages;
pub mod personal;
pub mod profiles;
pub mod search;
pub mod setup;
pub mod sign_in;
pub mod webhooks;

pub use notice::Notice;
pub use pages::*;

// Accounts
pub const USERNAME_REQUIRED: Key = Key("username-required");
pub const USERNAME_LENGTH: Key = Key("username-length");
pub const USERNAME_CHARACTERS: Key = Key("username-characters");
pub const USERNAME_RESERVED: Key = Key("username-reserved");
pub const USERNAME_TAKEN: Key = Key("username-taken");
pub const EMAIL_REQUIRED: Key = Key("email-required");
pub const EMAIL_INVALID: Key = Key("email-invalid");
pub const PASSWORD_REQUIRED: Key = Key("password-required");
pub const PASSWORD_TOO_SHORT: Key = Key("password-too-short");
pub const PASSWORD_TOO_LONG: Key = Key("password-too-long");
pub const PASSWORD_COMMON: Key = Key("password-common");
pub const LOGIN_REQUIRED: Key = Key("login-required");
pub const LOGIN_PASSWORD_REQUIRED: Key = Key("login-password-required");
pub const LOGIN_FAILED: Key = Key("login-failed");
pub const CONFIRM_ADDRESS_FIRST: Key = Key("confirm-address-first");

/// The message shown when one address asked for too many accounts.
pub fn signups_throttled(minutes: i64) -> String {
    format!("Too many new accounts from your network. Please try again in {minutes} minutes.")
}

/// The message shown when sign-in is throttled.
pub fn login_throttled(minutes: i64) -> String {
    if minutes <= 1 {
        "Too many sign-in attempts. Please wait a minute and try again.".to_owned()
    } else {
        format!("Too many sign-in attempts. Please wait {minutes} minutes and try again.")
    }
}

// Articles and comments
pub const ARTICLE_TITLE_REQUIRED: Key = Key("article-title-required");
pub const ARTICLE_TITLE_TOO_LONG: Key = Key("article-title-too-long");
pub const ARTICLE_BODY_REQUIRED: Key = Key("article-body-required");
pub const ARTICLE_BODY_TOO_LONG: Key = Key("article-body-too-long");
pub const ARTICLE_EXCERPT_TOO_LONG: Key = Key("article-excerpt-too-long");
pub const ARTICLE_ALT_REQUIRED: Key = Key("article-alt-required");
pub const ARTICLE_ALT_TOO_LONG: Key = Key("article-alt-too-long");
pub const ARTICLE_TAG_TOO_LONG: Key = Key("article-tag-too-long");
pub const ARTICLE_TOO_MANY_TAGS: Key = Key("article-too-many-tags");
pub const ARTICLE_SCHEDULE_INVALID: Key = Key("article-schedule-invalid");
pub const ARTICLE_SCHEDULE_PAST: Key = Key("article-schedule-past");
pub const ARTICLE_EDIT_CONFLICT: Key = Key("article-edit-conflict");
pub const COMMENT_REQUIRED: Key = Key("comment-required");
pub const COMMENT_TOO_LONG: Key = Key("comment-too-long");
pub const COMMENT_EDIT_CLOSED: Key = Key("comment-edit-closed");
pub const COMMENT_NOT_YOURS: Key = Key("comment-not-yours");

// Ask the Experts
pub const QUESTION_TITLE_REQUIRED: Key = Key("question-title-required");
pub const QUESTION_TITLE_TOO_SHORT: Key = Key("question-title-too-short");
pub const QUESTION_TITLE_TOO_LONG: Key = Key("question-title-too-long");
pub const QUESTION_DETAILS_TOO_LONG: Key = Key("question-details-too-long");
pub const QUESTION_AREA_REQUIRED: Key = Key("question-area-required");
pub const QUESTION_NO_AREAS: Key = Key("question-no-areas");
pub const ANSWER_OWN_VOTE: Key = Key("answer-own-vote");
pub const ANSWER_ACCEPT_NOT_ALLOWED: Key = Key("answer-accept-not-allowed");
pub const INVITE_NOT_AN_EXPERT: Key = Key("invite-not-an-expert");
pub const AREA_NAME_REQUIRED: Key = Key("area-name-required");
pub const AREA_NAME_TAKEN: Key = Key("area-name-taken");
pub const AREA_EXPERT_UNKNOWN: Key = Key("area-expert-unknown");
pub const PROFILE_BIO_TOO_LONG: Key = Key("profile-bio-too-long");

// Ideas
pub const IDEA_TITLE_REQUIRED: Key = Key("idea-title-required");
pub const IDEA_TITLE_TOO_SHORT: Key = Key("idea-title-too-short");
pub const IDEA_TITLE_TOO_LONG: Key = Key("idea-title-too-long");
pub const IDEA_BODY_TOO_LONG: Key = Key("idea-body-too-long");
pub const IDEA_NOTE_TOO_LONG: Key = Key("idea-note-too-long");
pub const IDEA_STATUS_NOT_ALLOWED: Key = Key("idea-status-not-allowed");
pub const IDEA_NOT_OPEN_FOR_VOTES: Key = Key("idea-not-open-for-votes");
pub const IDEA_OWN_VOTE: Key = Key("idea-own-vote");
pub const IDEA_MERGE_SELF: Key = Key("idea-merge-self");
pub const IDEA_MERGE_CHOOSE: Key = Key("idea-merge-choose");
pub const IDEA_STATUS_CHOOSE: Key = Key("idea-status-choose");
pub const IDEA_NOTE_OR_STATUS: Key = Key("idea-note-or-status");
pub const IDEA_MERGE_TARGET: Key = Key("idea-merge-target");
pub const IDEA_ALREADY_MERGED: Key = Key("idea-already-merged");

// Moderation
pub const RATE_POSTS: Key = Key("rate-posts");
pub const RATE_COMMENTS: Key = Key("rate-comments");
pub const RATE_VOTES: Key = Key("rate-votes");
pub const RATE_REPORTS: Key = Key("rate-reports");
pub const RATE_ACCEPTS: Key = Key("rate-accepts");
pub const RATE_PASSWORD: Key = Key("rate-password");
pub const RATE_UPLOADS: Key = Key("rate-uploads");
pub const RESTRICTED_SUSPENDED: Key = Key("restricted-suspended");
pub const RESTRICTED_SILENCED: Key = Key("restricted-silenced");
pub const REPORT_REASON_REQUIRED: Key = Key("report-reason-required");
pub const REPORT_REASON_TOO_LONG: Key = Key("report-reason-too-long");
pub const REPORT_TWICE: Key = Key("report-twice");
pub const REPORT_OWN: Key = Key("report-own");
pub const MOD_ALREADY_HANDLED: Key = Key("mod-already-handled");
pub const COMMENT_HIDDEN: Key = Key("comment-hidden");
pub const DELETE_PASSWORD: Key = Key("delete-password");
pub const DELETE_CONFIRM: Key = Key("delete-confirm");
pub const MOD_CHANGED: Key = Key("mod-changed");
pub const MOD_ACTION_UNKNOWN: Key = Key("mod-action-unknown");
pub const MOD_REASON_REQUIRED: Key = Key("mod-reason-required");
pub const MOD_REASON_TOO_LONG: Key = Key("mod-reason-too-long");
pub const MOD_DAYS: Key = Key("mod-days");
pub const MOD_CANNOT_RESTRICT_STAFF: Key = Key("mod-cannot-restrict-staff");
pub const MOD_BODY_REQUIRED: Key = Key("mod-body-required");
pub const POLICY_TERM_CONTROL: Key = Key("policy-term-control");
pub const POLICY_TERM_TOO_LONG: Key = Key("policy-term-too-long");
pub const POLICY_TOO_MANY_TERMS: Key = Key("policy-too-many-terms");
pub const POLICY_NEGATIVITY: Key = Key("policy-negativity");
pub const POLICY_MAX_LINKS: Key = Key("policy-max-links");
pub const POLICY_NEW_MEMBER_POSTS: Key = Key("policy-new-member-posts");

// Images
pub const IMAGE_EMPTY: Key = Key("image-empty");
pub const IMAGE_TOO_LARGE: Key = Key("image-too-large");
pub const IMAGE_NOT_AN_IMAGE: Key = Key("image-not-an-image");
pub const IMAGE_UNREADABLE: Key = Key("image-unreadable");
pub const IMAGE_TOO_MANY_PIXELS: Key = Key("image-too-many-pixels");
pub const AVATAR_TOO_MANY_PIXELS: Key = Key("avatar-too-many-pixels");

// Admin
pub const LANGUAGE_UNKNOWN: Key = Key("language-unknown");
pub const ROLE_UNKNOWN: Key = Key("role-unknown");
pub const ROLE_ACTION_UNKNOWN: Key = Key("role-action-unknown");
pub const ROLE_REASON_TOO_LONG: Key = Key("role-reason-too-long");
pub const ROLE_OWN_ADMIN: Key = Key("role-own-admin");
pub const MEMBER_NOT_FOUND: Key = Key("member-not-found");

// Notices after an action (shown once, at the top of the next page).
pub const NOTICE_SIGNED_IN: Key = Key("notice-signed-in");
pub const NOTICE_SIGNED_OUT: Key = Key("notice-signed-out");
pub const NOTICE_ROLES_CHANGED: Key = Key("notice-roles-changed");
pub const NOTICE_ROLES_UNCHANGED: Key = Key("notice-roles-unchanged");
pub const NOTICE_ARTICLE_SAVED: Key = Key("notice-article-saved");
pub const NOTICE_COMMENT_POSTED: Key = Key("notice-comment-posted");
pub const NOTICE_COMMENT_UPDATED: Key = Key("notice-comment-updated");
pub const NOTICE_QUESTION_POSTED: Key = Key("notice-question-posted");
pub const NOTICE_ANSWER_POSTED: Key = Key("notice-answer-posted");
pub const NOTICE_SAVED: Key = Key("notice-saved");
pub const NOTICE_IDEA_POSTED: Key = Key("notice-idea-posted");
pub const NOTICE_ACCOUNT_DELETED: Key = Key("notice-account-deleted");
pub const NOTICE_REPORTED: Key = Key("notice-reported");
pub const NOTICE_MOD_DONE: Key = Key("notice-mod-done");
pub const NOTICE_POLICY_SAVED: Key = Key("notice-policy-saved");
pub const NOTICE_IDEA_AWAITING: Key = Key("notice-idea-awaiting");

// Error pages
pub const ERROR_BAD_REQUEST: Key = Key("error-bad-request");
pub const ERROR_CSRF: Key = Key("error-csrf");
pub const ERROR_FORBIDDEN: Key = Key("error-forbidden");
pub const ERROR_NOT_FOUND: Key = Key("error-not-found");
pub const ERROR_TOO_LARGE: Key = Key("error-too-large");
pub const ERROR_TOO_MANY: Key = Key("error-too-many");
pub const ERROR_INTERNAL: Key = Key("error-internal");
pub const ERROR_UNAVAILABLE: Key = Key("error-unavailable");

/// The heading of an error page for a status code.
pub fn error_title(status: u16) -> Key {
    Key(match status {
        400 => "error-title-400",
        403 => "error-title-403",
        404 => "error-title-404",
        405 => "error-title-405",
        413 => "error-title-413",
        422 => "error-title-422",
        429 => "error-title-429",
        503 => "error-title-503",
        _ => "error-title-500",
    })
}
