//! Links that act without a session. An HMAC under a site secret names exactly what the
//! link may do, so one member's link cannot be turned into another's or into another act.
//!
//! Used for "stop these e-mails" in notification mail: mail providers follow it with a
//! POST of their own (RFC 8058 one-click unsubscribe), without the member's cookie or a
//! form's CSRF token, so the signature is the proof that the request comes from the mail
//! the member received. The API's page cursors are signed the same way, so a cursor that
//! was altered is refused rather than read.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::token::hex;

type HmacSha256 = Hmac<Sha256>;

#[allow(
    clippy::expect_used,
    reason = "HMAC-SHA256 accepts a key of any length"
)]
fn mac_of(key: &[u8], message: &str) -> HmacSha256 {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(message.as_bytes());
    mac
}

/// The tag of `message` under `key`, hex-encoded. Each use names itself at the start of
/// the message (`unsubscribe:…`, `cursor:…`), so a tag made for one never passes for another.
pub fn tag(key: &[u8], message: &str) -> String {
    hex(&mac_of(key, message).finalize().into_bytes())
}

/// Whether `tag` is the tag of `message`, compared in constant time.
pub fn is_tag(key: &[u8], message: &str, tag: &str) -> bool {
    let bytes: Option<Vec<u8>> = (tag.len() == 64)
        .then(|| {
            (0..tag.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(tag.get(i..i + 2)?, 16).ok())
                .collect()
        })
        .flatten();
    bytes.is_some_and(|bytes| mac_of(key, message).verify_slice(&bytes).is_ok())
}

/// The tag of the link that stops mail of `kind` to member `user_id`.
pub fn unsubscribe_tag(key: &[u8], user_id: i64, kind: &str) -> String {
    tag(key, &format!("unsubscribe:{user_id}:{kind}"))
}

/// Whether `tag` is that tag.
pub fn is_unsubscribe_tag(key: &[u8], user_id: i64, kind: &str, tag: &str) -> bool {
    is_tag(key, &format!("unsubscribe:{user_id}:{kind}"), tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_names_one_member_and_one_kind() {
        let key = b"a site secret";
        let tag = unsubscribe_tag(key, 7, "answer");
        assert!(is_unsubscribe_tag(key, 7, "answer", &tag));
        assert!(!is_unsubscribe_tag(key, 8, "answer", &tag));
        assert!(!is_unsubscribe_tag(key, 7, "followed", &tag));
        assert!(!is_unsubscribe_tag(b"another secret", 7, "answer", &tag));
        assert!(!is_unsubscribe_tag(key, 7, "answer", &tag[..62]));
        assert!(!is_unsubscribe_tag(key, 7, "answer", "zz"));
    }
}
