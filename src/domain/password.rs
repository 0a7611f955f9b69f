//! The password policy for new passwords: at least 10 characters, at most 200 (argon2
//! hashes any length, but a megabyte "password" is an attack), and not easy to guess.
//! "Easy to guess" is judged by zxcvbn, whose dictionaries include the most common
//! passwords, keyboard walks and names, with the member's own username and e-mail added.

use crate::i18n::Key;
use crate::messages;

/// A password that may be set on an account. Never logged, never shown.
pub struct NewPassword(String);

impl NewPassword {
    pub const MIN: usize = 10;
    pub const MAX: usize = 200;

    pub fn parse(input: &str, user_inputs: &[&str]) -> Result<Self, Key> {
        let length = input.chars().count();
        if length == 0 {
            return Err(messages::PASSWORD_REQUIRED);
        }
        if length < Self::MIN {
            return Err(messages::PASSWORD_TOO_SHORT);
        }
        if length > Self::MAX {
            return Err(messages::PASSWORD_TOO_LONG);
        }
        // Score 0–4; below 3 falls to a determined offline attack on a common list.
        if zxcvbn::zxcvbn(input, user_inputs).score() < zxcvbn::Score::Three {
            return Err(messages::PASSWORD_COMMON);
        }
        Ok(Self(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::NewPassword;

    #[test]
    fn refuses_short_passwords() {
        assert!(NewPassword::parse("Xq7!vR2#p", &[]).is_err());
    }

    #[test]
    fn refuses_common_passwords_of_any_length() {
        for common in [
            "password123",
            "1234567890",
            "qwertyuiop",
            "iloveyou123",
            "passwordpassword",
        ] {
            assert!(
                NewPassword::parse(common, &[]).is_err(),
                "{common} was accepted"
            );
        }
    }

    #[test]
    fn refuses_the_members_own_name() {
        assert!(NewPassword::parse("harrison1987", &["harrison1987"]).is_err());
    }

    #[test]
    fn accepts_a_long_unusual_passphrase() {
        assert!(NewPassword::parse("tweed-lantern-orchard-42", &[]).is_ok());
    }
}
