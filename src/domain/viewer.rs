//! The signed-in member as a request knows them: who they are, what their roles allow,
//! and any restriction in force. Plain values, so that services and pages can take a
//! viewer without knowing how sessions work.

use chrono::NaiveDateTime;

use super::{Role, RoleSet};

/// A signed-in member, as far as a request needs to know.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub id: i64,
    pub username: String,
    pub roles: RoleSet,
    /// Unread notifications, for the header.
    pub unread: i64,
    /// Posts waiting in the moderation queue, for a moderator's header (0 for others).
    pub waiting: i64,
    /// A moderator trusts this member: their posts skip pre-moderation.
    pub trusted: bool,
    /// A silence or suspension in force.
    pub restriction: Option<Restriction>,
    /// The member has not yet confirmed their e-mail address.
    pub unconfirmed: bool,
    /// Unconfirmed, and the policy keeps unconfirmed members from posting and voting.
    pub must_confirm: bool,
    /// The interface language the member chose, if any.
    pub lang: Option<crate::i18n::Lang>,
}

impl Viewer {
    /// Whether the member may act as `role` (admins may act as anyone).
    pub fn can(&self, role: Role) -> bool {
        self.roles.allows(role)
    }
}

/// What a moderator restricted a member to, until when and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restriction {
    /// Silenced members may not post or comment; suspended ones may only read.
    pub suspended: bool,
    pub until: NaiveDateTime,
    pub reason: String,
}
