//! Every sentence a person reads that does not live in a template: form errors, notices
//! after an action, error pages. Kept in one place, in British English, so that a
//! translation catalogue can replace it later without a hunt through the handlers.

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

pub use notice::Notice;
pub use pages::*;

// Accounts
pub const USERNAME_REQUIRED: &str = "Choose a username.";
pub const USERNAME_LENGTH: &str = "Usernames are 3 to 30 characters long.";
pub const USERNAME_CHARACTERS: &str =
    "Use only letters, digits, underscores (_) and hyphens (-) in a username.";
pub const USERNAME_RESERVED: &str =
    "Names starting with “former-member” are kept for deleted accounts. Please choose another.";
pub const USERNAME_TAKEN: &str = "That username is taken. Please choose another.";
pub const EMAIL_REQUIRED: &str = "Enter your e-mail address.";
pub const EMAIL_INVALID: &str = "Enter an e-mail address like name@example.com.";
pub const PASSWORD_REQUIRED: &str = "Choose a password.";
pub const PASSWORD_TOO_SHORT: &str = "Use at least 10 characters for your password.";
pub const PASSWORD_TOO_LONG: &str = "Use at most 200 characters for your password.";
pub const PASSWORD_COMMON: &str = "This password is too easy to guess: it is a common password \
     or close to one. Try a few unrelated words together.";
pub const LOGIN_REQUIRED: &str = "Enter your username or e-mail address.";
pub const LOGIN_PASSWORD_REQUIRED: &str = "Enter your password.";
pub const LOGIN_FAILED: &str =
    "That username or e-mail address and password do not match an account.";
pub const CONFIRM_ADDRESS_FIRST: &str = "Please confirm your e-mail address first: follow the \
     link we sent you. Your account page can send it again.";

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
pub const ARTICLE_TITLE_REQUIRED: &str = "Give the article a title.";
pub const ARTICLE_TITLE_TOO_LONG: &str = "Keep the title under 150 characters.";
pub const ARTICLE_BODY_REQUIRED: &str = "Write the article before saving it.";
pub const ARTICLE_BODY_TOO_LONG: &str = "The article is longer than 100,000 characters.";
pub const ARTICLE_EXCERPT_TOO_LONG: &str = "Keep the summary under 300 characters.";
pub const ARTICLE_ALT_REQUIRED: &str = "Describe the cover picture for people who cannot see it.";
pub const ARTICLE_ALT_TOO_LONG: &str = "Keep the picture description under 200 characters.";
pub const ARTICLE_TAG_TOO_LONG: &str = "Keep each tag under 30 characters.";
pub const ARTICLE_TOO_MANY_TAGS: &str = "Use at most 5 tags.";
pub const ARTICLE_SCHEDULE_INVALID: &str =
    "Choose a date and time to publish, like 2026-12-01 09:00.";
pub const ARTICLE_SCHEDULE_PAST: &str =
    "That time has passed. Choose a later time, or publish now.";
pub const ARTICLE_EDIT_CONFLICT: &str = "Someone else saved this article while you were \
     editing, so nothing was saved. Your text is below: copy what you need, then open the \
     editor again to see their changes.";
pub const COMMENT_REQUIRED: &str = "Write something before posting.";
pub const COMMENT_TOO_LONG: &str = "Keep comments under 10,000 characters.";
pub const COMMENT_EDIT_CLOSED: &str =
    "Comments can be changed for 15 minutes after posting; that time has passed.";
pub const COMMENT_NOT_YOURS: &str = "You can only change your own comments.";

// Ask the Experts
pub const QUESTION_TITLE_REQUIRED: &str = "Write your question in a sentence.";
pub const QUESTION_TITLE_TOO_SHORT: &str =
    "Say a little more in the question (at least 10 characters), so experts can help.";
pub const QUESTION_TITLE_TOO_LONG: &str =
    "Keep the question under 150 characters; put the rest in the details.";
pub const QUESTION_DETAILS_TOO_LONG: &str = "Keep the details under 20,000 characters.";
pub const QUESTION_AREA_REQUIRED: &str = "Choose the area your question is about.";
pub const QUESTION_NO_AREAS: &str = "Questions are not open yet: this community has no areas of expertise. Your text is kept below.";
pub const ANSWER_OWN_VOTE: &str = "You cannot vote for your own answer.";
pub const ANSWER_ACCEPT_NOT_ALLOWED: &str =
    "Only the person who asked, or an expert in this area, can accept an answer.";
pub const INVITE_NOT_AN_EXPERT: &str = "Choose one of the listed experts to invite.";
pub const AREA_NAME_REQUIRED: &str = "Give the area a name (2 to 60 characters).";
pub const AREA_NAME_TAKEN: &str = "An area with that name exists already.";
pub const AREA_EXPERT_UNKNOWN: &str = "There is no member with that username.";
pub const PROFILE_BIO_TOO_LONG: &str = "Keep your bio under 500 characters.";

// Ideas
pub const IDEA_TITLE_REQUIRED: &str = "Describe your idea in a sentence.";
pub const IDEA_TITLE_TOO_SHORT: &str = "Say a little more (at least 10 characters).";
pub const IDEA_TITLE_TOO_LONG: &str =
    "Keep the idea's title under 150 characters; put the rest in the description.";
pub const IDEA_BODY_TOO_LONG: &str = "Keep the description under 10,000 characters.";
pub const IDEA_NOTE_TOO_LONG: &str = "Keep the note under 1,000 characters.";
pub const IDEA_STATUS_NOT_ALLOWED: &str =
    "That status change is not possible: done, declined and merged ideas stay as they are.";
pub const IDEA_NOT_OPEN_FOR_VOTES: &str =
    "This idea is not open for votes: it is waiting for review, or it is done, declined or merged.";
pub const IDEA_OWN_VOTE: &str = "You cannot vote for your own idea.";
pub const IDEA_MERGE_SELF: &str = "An idea cannot be merged into itself.";
pub const IDEA_MERGE_CHOOSE: &str = "Choose the idea it duplicates from the list.";
pub const IDEA_STATUS_CHOOSE: &str = "Choose a status.";
pub const IDEA_NOTE_OR_STATUS: &str = "Choose a new status, or write a note to add.";
pub const IDEA_MERGE_TARGET: &str =
    "Merge into an idea that is on the board and not itself merged.";
pub const IDEA_ALREADY_MERGED: &str = "This idea was merged already.";

// Moderation
pub const RATE_POSTS: &str =
    "You have posted a lot in the last hour. Please wait a while before posting again.";
pub const RATE_COMMENTS: &str =
    "You have commented a lot in the last hour. Please wait a while before commenting again.";
pub const RATE_VOTES: &str =
    "You have voted a lot in the last hour. Please wait a while before voting again.";
pub const RATE_REPORTS: &str =
    "You have sent many reports in the last hour. Please wait a while; moderators are on it.";
pub const RATE_ACCEPTS: &str =
    "You have changed accepted answers 20 times in the last hour. Please wait a little.";
pub const RATE_PASSWORD: &str =
    "Too many password attempts in the last hour. Please wait a while and try again.";
pub const RATE_UPLOADS: &str =
    "You have uploaded 30 pictures in the last hour. Please wait before uploading more.";
pub const RESTRICTED_SUSPENDED: &str =
    "Your account is suspended: you can read, but not post, comment, vote or report, until";
pub const RESTRICTED_SILENCED: &str =
    "Your account is silenced: you can read and vote, but not post or comment, until";
pub const RESTRICTED_REASON: &str = "The moderators' reason:";
pub const REPORT_REASON_REQUIRED: &str = "Say what is wrong with this post.";
pub const REPORT_REASON_TOO_LONG: &str = "Keep the reason under 1,000 characters.";
pub const REPORT_TWICE: &str =
    "You have reported this post already. Thank you: moderators will look at it.";
pub const REPORT_OWN: &str = "You cannot report your own post.";
pub const MOD_ALREADY_HANDLED: &str = "Another moderator has dealt with this post already. Nothing was changed; the queue shows what is left.";
pub const COMMENT_HIDDEN: &str = "A moderator hid this comment, so it can no longer be edited.";
pub const DELETE_PASSWORD: &str = "That is not your password. Type it to delete your account.";
pub const DELETE_CONFIRM: &str = "Tick the box to confirm that you want your account deleted.";
pub const MOD_CHANGED: &str = "This post changed or was reported again since you opened the queue. Nothing was done; look at it again.";
pub const MOD_ACTION_UNKNOWN: &str = "Choose one of the listed actions.";
pub const MOD_REASON_REQUIRED: &str = "Give a reason: the author is told it.";
pub const MOD_REASON_TOO_LONG: &str = "Keep the reason under 1,000 characters.";
pub const MOD_DAYS: &str = "Give a number of days from 1 to 365.";
pub const MOD_CANNOT_RESTRICT_STAFF: &str = "Staff, experts and moderators cannot be silenced or suspended here; an admin changes their roles.";
pub const MOD_BODY_REQUIRED: &str = "The edited text cannot be empty.";
pub const POLICY_TERM_CONTROL: &str =
    "A term contains a control character. Type each term on its own line as plain text.";
pub const POLICY_TERM_TOO_LONG: &str = "Keep each term under 100 characters.";
pub const POLICY_TOO_MANY_TERMS: &str = "Keep the list to 500 terms.";
pub const POLICY_NEGATIVITY: &str =
    "Give a number from 0.05 (flag almost anything) to 1 (flag only the most negative).";
pub const POLICY_MAX_LINKS: &str = "Give a number of links from 1 to 50.";
pub const POLICY_NEW_MEMBER_POSTS: &str = "Give a number of posts from 0 (hold none) to 20.";

// Images
pub const IMAGE_EMPTY: &str = "Choose an image file to upload.";
pub const IMAGE_TOO_LARGE: &str = "That image is larger than 8 MB. Please upload a smaller one.";
pub const IMAGE_NOT_AN_IMAGE: &str =
    "That file is not an image we accept. Please upload a JPEG, PNG, WebP or GIF.";
pub const IMAGE_UNREADABLE: &str =
    "That image could not be read: it may be damaged or incomplete. Please try another.";
pub const IMAGE_TOO_MANY_PIXELS: &str =
    "That image has too many pixels (at most 12,000 on a side and 48 megapixels).";
pub const AVATAR_TOO_MANY_PIXELS: &str =
    "That picture has too many pixels for a profile picture (at most 12 megapixels).";

// Admin
pub const ROLE_UNKNOWN: &str = "Choose one of the listed roles.";
pub const ROLE_ACTION_UNKNOWN: &str = "Choose whether to grant or revoke the role.";
pub const ROLE_REASON_TOO_LONG: &str = "Keep the reason under 500 characters.";
pub const ROLE_OWN_ADMIN: &str =
    "You cannot remove your own admin role. Ask another admin to do it.";
pub const MEMBER_NOT_FOUND: &str = "There is no such member.";

// Notices after an action (shown once, at the top of the next page).
pub const NOTICE_SIGNED_IN: &str = "You are signed in.";
pub const NOTICE_SIGNED_OUT: &str = "You have signed out.";
pub const NOTICE_ROLES_CHANGED: &str = "The member's roles were changed.";
pub const NOTICE_ROLES_UNCHANGED: &str = "Nothing changed: the member's roles were already so.";
pub const NOTICE_ARTICLE_SAVED: &str = "The article was saved.";
pub const NOTICE_COMMENT_POSTED: &str = "Your comment is posted.";
pub const NOTICE_COMMENT_UPDATED: &str = "Your comment was updated.";
pub const NOTICE_QUESTION_POSTED: &str =
    "Your question is posted. Our experts in this area have been told.";
pub const NOTICE_ANSWER_POSTED: &str = "Your answer is posted.";
pub const NOTICE_SAVED: &str = "Saved.";
pub const NOTICE_IDEA_POSTED: &str = "Thank you! Your idea is posted.";
pub const NOTICE_ACCOUNT_DELETED: &str =
    "Your account is deleted. What you wrote for others stays, under \"a former member\".";
pub const NOTICE_REPORTED: &str = "Thank you. The moderators will look at this post.";
pub const NOTICE_MOD_DONE: &str = "Done. The action is in the audit log.";
pub const NOTICE_POLICY_SAVED: &str = "The moderation policy was saved.";
pub const NOTICE_IDEA_AWAITING: &str = "Thank you! Your idea waits for a moderator's review; only you and the moderators see it until then.";

// Error pages
pub const ERROR_BAD_REQUEST: &str =
    "The request could not be understood. Please go back and try again.";
pub const ERROR_CSRF: &str = "This form has expired or did not come from this site. \
     Please go back, reload the page and try again.";
pub const ERROR_FORBIDDEN: &str = "You do not have permission to see this page.";
pub const ERROR_NOT_FOUND: &str =
    "We could not find that page. It may have moved, or the address may be mistyped.";
pub const ERROR_TOO_LARGE: &str =
    "What you sent is larger than this site accepts. Please send something smaller.";
pub const ERROR_TOO_MANY: &str = "Too many requests. Please wait a moment and try again.";
pub const ERROR_INTERNAL: &str =
    "Something went wrong on our side. It has been logged; please try again shortly.";
pub const ERROR_UNAVAILABLE: &str =
    "The community is unavailable for a moment. Please try again shortly.";

/// The heading of an error page for a status code.
pub fn error_title(status: u16) -> &'static str {
    match status {
        400 => "Bad request",
        403 => "Not allowed",
        404 => "Page not found",
        405 => "Not allowed here",
        413 => "Too large",
        422 => "Please check what you sent",
        429 => "Slow down",
        503 => "Unavailable",
        _ => "Something went wrong",
    }
}
