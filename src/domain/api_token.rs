//! Personal access tokens for the JSON API: what a token may do (its scopes), how long it
//! lives, and what its name may be. A scope never exceeds the member's roles: `moderate`
//! is offered to moderators only, and a token whose member loses the role loses the scope
//! with it (the scopes in force are worked out on every request, not when the token is
//! made).

use super::{Role, RoleSet};

/// What a token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Read what the member can read.
    Read,
    /// Ask, answer, comment and post ideas.
    Post,
    /// Vote on answers and ideas.
    Vote,
    /// Approve held posts and change ideas' statuses (moderators only).
    Moderate,
}

impl Scope {
    pub const ALL: [Scope; 4] = [Scope::Read, Scope::Post, Scope::Vote, Scope::Moderate];

    pub fn key(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Post => "post",
            Scope::Vote => "vote",
            Scope::Moderate => "moderate",
        }
    }

    pub fn parse(key: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Whether a member with `roles` may hold this scope.
    pub fn allowed_for(self, roles: RoleSet) -> bool {
        match self {
            Scope::Moderate => roles.allows(Role::Moderator),
            Scope::Read | Scope::Post | Scope::Vote => true,
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of scopes, stored as their keys separated by spaces ("read post").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Scopes(u8);

impl Scopes {
    pub fn of(list: &[Scope]) -> Self {
        Scopes(list.iter().fold(0, |bits, s| bits | s.bit()))
    }

    /// The scopes named in `stored`; unknown words are ignored.
    pub fn parse(stored: &str) -> Self {
        let list: Vec<Scope> = stored.split_whitespace().filter_map(Scope::parse).collect();
        Scopes::of(&list)
    }

    pub fn has(self, scope: Scope) -> bool {
        self.0 & scope.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The scopes a member with `roles` may use of these, now.
    pub fn within(self, roles: RoleSet) -> Self {
        let list: Vec<Scope> = self.list().filter(|s| s.allowed_for(roles)).collect();
        Scopes::of(&list)
    }

    pub fn list(self) -> impl Iterator<Item = Scope> {
        Scope::ALL.into_iter().filter(move |s| self.has(*s))
    }

    /// As stored: "read post vote".
    pub fn stored(self) -> String {
        self.list().map(Scope::key).collect::<Vec<_>>().join(" ")
    }
}

/// How long a new token may live, in days: a token that never expires is a leak waiting.
pub const EXPIRY_CHOICES: [i64; 4] = [7, 30, 90, 365];

/// The prefix of every token, so that secret scanners and people recognise one.
pub const TOKEN_PREFIX: &str = "parlour_pat_";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_round_trip_and_never_exceed_the_roles() {
        let all = Scopes::of(&Scope::ALL);
        assert_eq!(Scopes::parse(&all.stored()), all);
        assert_eq!(all.stored(), "read post vote moderate");
        assert_eq!(
            Scopes::parse("read nonsense vote"),
            Scopes::of(&[Scope::Read, Scope::Vote])
        );
        let member = all.within(RoleSet::NONE);
        assert!(member.has(Scope::Post) && !member.has(Scope::Moderate));
        let moderator = all.within(RoleSet::of(&[Role::Moderator]));
        assert!(moderator.has(Scope::Moderate));
        assert!(Scopes::parse("").is_empty());
    }
}
