//! E-mail addresses: a deliberately loose check (one `@`, a dotted domain, no spaces).
//! The only real proof of an address is a message that arrives.

use crate::i18n::Key;
use crate::messages;

/// The domain of deleted accounts' placeholder addresses. `.invalid` is reserved for
/// exactly this (RFC 2606) and can never receive mail, so nobody signs up with it.
pub const DELETED_DOMAIN: &str = "deleted.invalid";

/// An address that looks deliverable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub const MAX: usize = 254;

    pub fn parse(input: &str) -> Result<Self, Key> {
        let address = input.trim();
        if address.is_empty() {
            return Err(messages::EMAIL_REQUIRED);
        }
        let valid = address.len() <= Self::MAX
            && !address.chars().any(|c| c.is_whitespace() || c.is_control())
            && match address.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && !domain.contains('@')
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                        && !domain.contains("..")
                        && !domain.to_ascii_lowercase().ends_with(".invalid")
                }
                None => false,
            };
        if valid {
            Ok(Self(address.to_owned()))
        } else {
            Err(messages::EMAIL_INVALID)
        }
    }

    /// The placeholder address of deleted account `name`.
    pub fn of_deleted(name: &str) -> String {
        format!("{name}@{DELETED_DOMAIN}")
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form that uniqueness is checked on.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn addresses_that_can_never_receive_mail_are_refused() {
        assert!(Email::parse("former-member-9@deleted.invalid").is_err());
        assert!(Email::parse("tom@Example.INVALID").is_err());
        assert_eq!(
            Email::of_deleted("former-member-9"),
            "former-member-9@deleted.invalid"
        );
    }

    use super::Email;

    #[test]
    fn accepts_ordinary_addresses() {
        assert_eq!(
            Email::parse(" Tom@Example.co.uk ").unwrap().key(),
            "tom@example.co.uk"
        );
    }

    #[test]
    fn refuses_malformed_addresses() {
        for bad in [
            "",
            "tom",
            "tom@",
            "@example.com",
            "tom@example",
            "to m@example.com",
            "a@b@c.com",
            "tom@.com",
            "tom@example..com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }
}
