//! Roles and what they allow. Every account is a member; the other roles combine and are
//! stored as bits in one column, so that a request learns its roles with the session
//! lookup it already makes. An admin can do everything the other roles can.

use std::fmt;

/// A role beyond plain membership.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Expert,
    Staff,
    Moderator,
    Admin,
}

impl Role {
    /// Every role, in the order they are listed to people.
    pub const ALL: [Role; 4] = [Role::Expert, Role::Staff, Role::Moderator, Role::Admin];

    const fn bit(self) -> i32 {
        match self {
            Role::Expert => 1,
            Role::Staff => 2,
            Role::Moderator => 4,
            Role::Admin => 8,
        }
    }

    /// The stable name used in forms and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Role::Expert => "expert",
            Role::Staff => "staff",
            Role::Moderator => "moderator",
            Role::Admin => "admin",
        }
    }

    pub fn parse(input: &str) -> Option<Role> {
        Role::ALL
            .into_iter()
            .find(|role| role.name().eq_ignore_ascii_case(input.trim()))
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A set of roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RoleSet(i32);

impl RoleSet {
    pub const NONE: RoleSet = RoleSet(0);

    pub fn from_bits(bits: i32) -> Self {
        Self(bits)
    }

    pub fn bits(self) -> i32 {
        self.0
    }

    /// The set holding each of `roles`.
    pub fn of(roles: &[Role]) -> Self {
        roles.iter().fold(Self::NONE, |set, role| set.with(*role))
    }

    pub fn with(self, role: Role) -> Self {
        Self(self.0 | role.bit())
    }

    /// Whether the role was granted explicitly.
    pub fn has(self, role: Role) -> bool {
        self.0 & role.bit() != 0
    }

    /// Whether these roles allow what `role` allows (admins may do everything).
    pub fn allows(self, role: Role) -> bool {
        self.has(role) || self.has(Role::Admin)
    }

    /// The roles held, in display order.
    pub fn roles(self) -> Vec<Role> {
        Role::ALL.into_iter().filter(|r| self.has(*r)).collect()
    }
}

impl From<Role> for RoleSet {
    fn from(role: Role) -> Self {
        RoleSet::NONE.with(role)
    }
}

#[cfg(test)]
mod tests {
    use super::{Role, RoleSet};

    #[test]
    fn roles_combine() {
        let roles = RoleSet::NONE.with(Role::Staff).with(Role::Expert);
        assert!(roles.has(Role::Staff) && roles.has(Role::Expert));
        assert!(!roles.has(Role::Moderator));
        assert_eq!(roles.roles(), vec![Role::Expert, Role::Staff]);
    }

    #[test]
    fn admin_allows_everything_but_holds_only_admin() {
        let admin = RoleSet::from(Role::Admin);
        assert!(Role::ALL.iter().all(|r| admin.allows(*r)));
        assert!(!admin.has(Role::Moderator));
    }

    #[test]
    fn names_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.name()), Some(role));
        }
        assert_eq!(Role::parse("Moderator"), Some(Role::Moderator));
        assert_eq!(Role::parse("member"), None);
    }
}
