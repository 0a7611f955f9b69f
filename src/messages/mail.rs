//! What each e-mail says. Every message is a [`Letter`], laid out by the mail templates; the
//! words come from the catalogue (`mail.ftl`) in the recipient's language, never the
//! sender's.

use crate::i18n::{Key, Lang};

/// What a message says: laid out by `templates/mail/letter.txt` and `letter.html`.
#[derive(Debug, Clone, Default)]
pub struct Letter {
    /// The recipient's language, which the whole letter is in.
    pub lang: Lang,
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

/// An account letter: `name`'s subject, paragraphs, button and closing paragraph from
/// the catalogue (`mail-{name}-subject`, `-body`, `-action`, `-after`), with `username`.
fn account_letter(lang: Lang, name: &str, username: &str, action_path: &str, why: &str) -> Letter {
    let part = |part: &str| lang.t1(&format!("mail-{name}-{part}"), "username", username);
    let after = part("after");
    Letter {
        lang,
        subject: part("subject"),
        paragraphs: vec![part("body")],
        action: Some((part("action"), action_path.to_owned())),
        after: if after.is_empty() {
            Vec::new()
        } else {
            vec![after]
        },
        why: lang.t(why),
        unsubscribe: None,
        items: Vec::new(),
    }
}

const WHY_ACCOUNT: &str = "mail-why-account";
const WHY_ADDRESS: &str = "mail-why-address";

/// A notification of kind `kind` that the member chose to get by e-mail.
pub fn notification(lang: Lang, text: &str, path: &str, kind: &str) -> Letter {
    Letter {
        lang,
        subject: text.to_owned(),
        paragraphs: vec![text.to_owned()],
        action: Some((lang.t("mail-read-it"), path.to_owned())),
        why: lang.t("mail-why-notification"),
        unsubscribe: Some(kind.to_owned()),
        ..Letter::default()
    }
}

/// The digest (`daily`, or weekly): what is new in the member's chosen areas and tags and
/// on the questions they follow, as (title, path, why it is there).
pub fn digest(lang: Lang, daily: bool, items: Vec<(String, String, String)>) -> Letter {
    let when = if daily { "daily" } else { "weekly" };
    Letter {
        lang,
        subject: lang.t1("mail-digest-subject", "when", when),
        paragraphs: vec![lang.t1("mail-digest-body", "when", when)],
        items,
        action: Some((
            lang.t("mail-digest-action"),
            "/account/interests".to_owned(),
        )),
        why: lang.t("mail-why-digest"),
        unsubscribe: Some(DIGEST_KIND.to_owned()),
        ..Letter::default()
    }
}

/// The unsubscribe link's kind for digests (in the signed link: never translated).
pub const DIGEST_KIND: &str = "digest";
/// How the unsubscribe page names digests.
pub const DIGEST_LABEL: Key = Key("mail-digest-label");

/// The link that sets a new password.
pub fn password_reset(lang: Lang, username: &str, path: &str) -> Letter {
    account_letter(lang, "reset", username, path, WHY_ACCOUNT)
}

/// Told after the password changed.
pub fn password_changed(lang: Lang, username: &str) -> Letter {
    account_letter(
        lang,
        "password-changed",
        username,
        "/password/forgot",
        WHY_ACCOUNT,
    )
}

/// The link that confirms a new member's address.
pub fn confirm_new_account(lang: Lang, username: &str, path: &str) -> Letter {
    account_letter(lang, "confirm-account", username, path, WHY_ADDRESS)
}

/// Sent instead of a confirmation when a sign-up used an address that has an account.
pub fn already_a_member(lang: Lang, username: &str) -> Letter {
    account_letter(lang, "already-a-member", username, "/login", WHY_ADDRESS)
}

/// The link that confirms a member's new address.
pub fn confirm_new_address(lang: Lang, username: &str, path: &str) -> Letter {
    account_letter(lang, "confirm-address", username, path, WHY_ADDRESS)
}

/// Sent to a new address that another account already uses.
pub fn address_in_use(lang: Lang) -> Letter {
    account_letter(lang, "address-in-use", "", "/login", WHY_ADDRESS)
}

/// Sent to the old address after a change, with the way back.
pub fn address_changed(lang: Lang, username: &str, new_address: &str, path: &str) -> Letter {
    let mut letter = account_letter(lang, "address-changed", username, path, WHY_ACCOUNT);
    letter.paragraphs = vec![lang.t2(
        "mail-address-changed-body",
        "username",
        username,
        "address",
        new_address,
    )];
    letter
}

/// The page a "stop these e-mails" link opens.
pub const TITLE_UNSUBSCRIBE: Key = Key("mail-title-unsubscribe");
/// The page after stopping them.
pub const UNSUBSCRIBED: Key = Key("mail-unsubscribed");
