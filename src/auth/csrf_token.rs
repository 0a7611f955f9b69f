//! CSRF tokens themselves: an HMAC of the session token under a site secret, masked with
//! fresh random bytes on every response (BREACH). Apart from the extractors in
//! [`super::csrf`], so that sessions can mint tokens without depending on them.
//!
//! The HMAC is cut to its first 128 bits, as the visitor token's is, and the pad and the
//! masked tag are written in URL-safe Base64: 43 characters instead of 128 hexadecimal
//! digits. A page repeats the token in every form — a question with 50 answers about 100
//! times — so its length is a good part of what a signed-in page weighs.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::token::{self, hex};

type HmacSha256 = Hmac<Sha256>;

#[allow(
    clippy::expect_used,
    reason = "HMAC-SHA256 accepts a key of any length"
)]
fn keyed(key: &[u8], purpose: &[u8], data: &str) -> HmacSha256 {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(purpose);
    mac.update(data.as_bytes());
    mac
}

fn mac(key: &[u8], session_token: &str) -> HmacSha256 {
    keyed(key, b"csrf:", session_token)
}

/// Hex characters of a visitor token's random half.
const VISITOR_RANDOM: usize = token::TOKEN_HEX_LEN / 2;

/// A visitor's session token: 128 random bits and their HMAC, so that the server uses only
/// visitor tokens it issued itself — a well-formed token planted in a browser is replaced,
/// and with it the CSRF tokens its planter could have fetched. (A signed-in member's token
/// is checked against the sessions table instead.)
pub fn visitor_token(key: &[u8]) -> String {
    let random = hex(&token::random_bytes::<16>());
    let tag = keyed(key, b"visitor:", &random).finalize().into_bytes();
    format!("{random}{}", hex(&tag[..16]))
}

/// Whether `candidate` is a visitor token this site issued, compared in constant time.
pub fn is_visitor_token(key: &[u8], candidate: &str) -> bool {
    if !token::is_well_formed(candidate) {
        return false;
    }
    let (random, tag) = candidate.split_at(VISITOR_RANDOM);
    decode_hex(tag).is_some_and(|tag| {
        keyed(key, b"visitor:", random)
            .verify_truncated_left(&tag)
            .is_ok()
    })
}

/// Bytes of the HMAC a CSRF token carries, and of the random pad that masks them.
const CSRF_TAG: usize = 16;

/// A CSRF token for a session token: a random pad, then the HMAC's first half XOR the pad,
/// in URL-safe Base64 without padding (letters, digits, `-` and `_` alone).
pub fn token_for(key: &[u8], session_token: &str) -> String {
    let tag = mac(key, session_token).finalize().into_bytes();
    let pad = token::random_bytes::<CSRF_TAG>();
    let mut masked = pad.to_vec();
    masked.extend(tag.iter().zip(pad.iter()).map(|(t, p)| t ^ p));
    URL_SAFE_NO_PAD.encode(masked)
}

/// Whether `candidate` is a CSRF token for `session_token`, compared in constant time.
pub fn verify(key: &[u8], session_token: &str, candidate: &str) -> bool {
    let Ok(bytes) = URL_SAFE_NO_PAD.decode(candidate) else {
        return false;
    };
    if bytes.len() != 2 * CSRF_TAG {
        return false;
    }
    let (pad, masked) = bytes.split_at(CSRF_TAG);
    let tag: Vec<u8> = masked.iter().zip(pad).map(|(m, p)| m ^ p).collect();
    mac(key, session_token).verify_truncated_left(&tag).is_ok()
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_visitor_tokens_issued_with_the_key_are_accepted() {
        let issued = visitor_token(b"key");
        assert!(is_visitor_token(b"key", &issued));
        assert!(!is_visitor_token(b"other", &issued));
        assert!(!is_visitor_token(b"key", &super::token::random_token()));
        let mut tampered = issued.clone().into_bytes();
        tampered[0] = if tampered[0] == b'a' { b'b' } else { b'a' };
        assert!(!is_visitor_token(
            b"key",
            &String::from_utf8(tampered).unwrap()
        ));
    }

    #[test]
    fn a_token_verifies_only_for_its_session_and_key() {
        let token = token_for(b"key", "session-a");
        assert_ne!(
            token,
            token_for(b"key", "session-a"),
            "masked afresh each time"
        );
        assert!(verify(b"key", "session-a", &token));
        assert!(verify(b"key", "session-a", &token_for(b"key", "session-a")));
        assert!(!verify(b"key", "session-b", &token));
        assert!(!verify(b"other", "session-a", &token));
        assert!(!verify(b"key", "session-a", "not hex"));
        assert!(!verify(b"key", "session-a", ""));
        assert_eq!(token.len(), 43);
        assert!(
            token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "nothing a page would have to escape: {token}"
        );
        let mut tampered = token.into_bytes();
        tampered[30] = if tampered[30] == b'A' { b'B' } else { b'A' };
        assert!(!verify(
            b"key",
            "session-a",
            &String::from_utf8(tampered).unwrap()
        ));
    }
}
