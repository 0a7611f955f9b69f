//! What each e-mail says. Every message is a [`Letter`], laid out by the mail templates; the
//! words live here so that a translation catalogue can replace them with the rest.

/// What a message says: laid out by `templates/mail/letter.txt` and `letter.html`.
#[derive(Debug, Clone, Default)]
pub struct Letter {
    pub subject: String,
    pub paragraphs: Vec<String>,
    /// The button: its label and the path on this site it leads to.
    pub action: Option<(String, String)>,
    /// Paragraphs after the button.
    pub after: Vec<String>,
    /// Why the recipient gets this message.
    pub why: String,
    /// For notification mail: the kind of notification, which the signed "stop these
    /// e-mails" link names.
    pub unsubscribe: Option<String>,
    /// A list of links (a digest's): title, path on this site, and why it is there.
    pub items: Vec<(String, String, String)>,
}

const WHY_ACCOUNT: &str =
    "You get this e-mail because it is about your account. We never send it to anyone else.";
const WHY_ADDRESS: &str =
    "You get this e-mail because someone typed this address into our community.";

/// A notification of kind `kind` that the member chose to get by e-mail.
pub fn notification(text: &str, path: &str, kind: &str) -> Letter {
    Letter {
        subject: text.to_owned(),
        paragraphs: vec![text.to_owned()],
        action: Some(("Read it".to_owned(), path.to_owned())),
        why: "You get this e-mail because you chose this kind of notification.".to_owned(),
        unsubscribe: Some(kind.to_owned()),
        ..Letter::default()
    }
}

/// The digest (`daily`, or weekly): what is new in the member's chosen areas and tags and
/// on the questions they follow, as (title, path, why it is there).
pub fn digest(daily: bool, items: Vec<(String, String, String)>) -> Letter {
    let when = if daily { "today" } else { "this week" };
    Letter {
        subject: format!("For you {when}"),
        paragraphs: vec![format!(
            "What is new {when} in the areas and topics you chose, and on the questions you \
             follow."
        )],
        items,
        action: Some((
            "Change what you get".to_owned(),
            "/account/interests".to_owned(),
        )),
        why: "You get this e-mail because you asked for a digest. It is chosen only from \
              what you told us: your interests, what you follow, and what you marked \
              \u{201c}not for me\u{201d}."
            .to_owned(),
        unsubscribe: Some(DIGEST_KIND.to_owned()),
        ..Letter::default()
    }
}

/// The unsubscribe link's kind for digests, and how the page names them.
pub const DIGEST_KIND: &str = "digest";
pub const DIGEST_LABEL: &str = "the digest of what is new for you";

/// The link that sets a new password.
pub fn password_reset(username: &str, path: &str) -> Letter {
    Letter {
        subject: "Choose a new password".to_owned(),
        paragraphs: vec![format!(
            "Someone asked to choose a new password for the account {username}. If it was you, \
             follow the link below within an hour. It works once."
        )],
        action: Some(("Choose a new password".to_owned(), path.to_owned())),
        after: vec![
            "If it was not you, ignore this e-mail: your password stays as it is.".to_owned(),
        ],
        why: WHY_ACCOUNT.to_owned(),
        unsubscribe: None,
        items: Vec::new(),
    }
}

/// Told after the password changed.
pub fn password_changed(username: &str) -> Letter {
    Letter {
        subject: "Your password was changed".to_owned(),
        paragraphs: vec![format!(
            "The password of your account {username} was just changed, and every other device \
             was signed out."
        )],
        action: Some((
            "If it was not you, choose a new password".to_owned(),
            "/password/forgot".to_owned(),
        )),
        after: Vec::new(),
        why: WHY_ACCOUNT.to_owned(),
        unsubscribe: None,
        items: Vec::new(),
    }
}

/// The link that confirms a new member's address.
pub fn confirm_new_account(username: &str, path: &str) -> Letter {
    Letter {
        subject: "Confirm your e-mail address".to_owned(),
        paragraphs: vec![format!(
            "Welcome! To finish making your account {username}, confirm that this address is \
             yours. The link works for a week."
        )],
        action: Some(("Confirm my address".to_owned(), path.to_owned())),
        after: vec!["If you did not sign up, ignore this e-mail and nothing happens.".to_owned()],
        why: WHY_ADDRESS.to_owned(),
        unsubscribe: None,
        items: Vec::new(),
    }
}

/// Sent instead of a confirmation when a sign-up used an address that has an account.
pub fn already_a_member(username: &str) -> Letter {
    Letter {
        subject: "You already have an account".to_owned(),
        paragraphs: vec![format!(
            "Someone tried to make a new account with this address, but it already belongs to \
             the account {username}. If it was you, sign in instead."
        )],
        action: Some(("Sign in".to_owned(), "/login".to_owned())),
        after: vec![
            "Forgotten your password? Choose a new one from the sign-in page. If it was not \
             you, ignore this e-mail: nothing has changed."
                .to_owned(),
        ],
        why: WHY_ADDRESS.to_owned(),
        unsubscribe: None,
        items: Vec::new(),
    }
}

/// The link that confirms a member's new address.
pub fn confirm_new_address(username: &str, path: &str) -> Letter {
    Letter {
        subject: "Confirm your new e-mail address".to_owned(),
        paragraphs: vec![format!(
            "The account {username} asked to use this address from now on. Confirm that it is \
             yours and the change is made. The link works for a week."
        )],
        action: Some(("Confirm my new address".to_owned(), path.to_owned())),
        after: vec!["If you did not ask for this, ignore this e-mail.".to_owned()],
        why: WHY_ADDRESS.to_owned(),
        unsubscribe: None,
        items: Vec::new(),
    }
}

/// Sent to a new address that another account already uses.
pub fn address_in_use() -> Letter {
    Letter {
        subject: "This address already has an account".to_owned(),
        paragraphs: vec![
            "Someone asked to move their account to this address, but another account already \
             uses it, so nothing was changed."
                .to_owned(),
        ],
        action: Some(("Sign in".to_owned(), "/login".to_owned())),
        after: vec!["If it was not you, ignore this e-mail.".to_owned()],
        why: WHY_ADDRESS.to_owned(),
        unsubscribe: None,
        items: Vec::new(),
    }
}

/// Sent to the old address after a change, with the way back.
pub fn address_changed(username: &str, new_address: &str, path: &str) -> Letter {
    Letter {
        subject: "Your e-mail address was changed".to_owned(),
        paragraphs: vec![format!(
            "The account {username} now uses {new_address} instead of this address."
        )],
        action: Some(("It was not me: undo the change".to_owned(), path.to_owned())),
        after: vec![
            "Undoing puts this address back, signs out every device, and lets you choose a new \
             password. The link works for a week."
                .to_owned(),
        ],
        why: WHY_ACCOUNT.to_owned(),
        unsubscribe: None,
        items: Vec::new(),
    }
}

/// The page a "stop these e-mails" link opens.
pub const TITLE_UNSUBSCRIBE: &str = "Stop these e-mails";
/// The page after stopping them.
pub const UNSUBSCRIBED: &str = "Done: we will not e-mail you about this any more. It still \
     appears in your notifications on the site.";
