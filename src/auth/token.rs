//! Random tokens and their hashes.

use sha2::{Digest, Sha256};

/// Length of a session token in hex characters (256 random bits).
pub const TOKEN_HEX_LEN: usize = 64;

/// A fresh random token, hex-encoded.
pub fn random_token() -> String {
    hex(&random_bytes::<32>())
}

/// Random bytes from the operating system.
#[allow(
    clippy::expect_used,
    reason = "without the operating system's random source no token can be made safely: stopping is right"
)]
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system has no random number source");
    bytes
}

/// Whether `token` has the shape of one of our tokens.
pub fn is_well_formed(token: &str) -> bool {
    token.len() == TOKEN_HEX_LEN && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The hash stored in place of a token.
pub fn hash_token(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Lower-case hex encoding.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(DIGITS[usize::from(byte >> 4)] as char);
        out.push(DIGITS[usize::from(byte & 0x0f)] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_well_formed() {
        let (a, b) = (random_token(), random_token());
        assert_ne!(a, b);
        assert!(is_well_formed(&a));
        assert!(!is_well_formed("zz"));
        assert!(!is_well_formed(&"g".repeat(TOKEN_HEX_LEN)));
    }

    #[test]
    fn hash_is_hex_sha256() {
        assert_eq!(
            hash_token("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
