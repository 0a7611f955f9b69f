//! Account operations shared by the web handlers and the command line: creating an
//! account, starting a session, and changing roles with its audit-log entry. Addresses
//! and passwords, with the links mailed for them, are in the submodules.

pub mod address;
pub mod api_tokens;
pub mod identities;
pub mod links;
pub mod password;

use chrono::Duration;

use crate::clock::now;

use crate::auth::token;
use crate::db::models::account_tokens::{self, Purpose};
use crate::db::models::audit::{self, NewAuditEntry};
use crate::db::models::media;
use crate::db::models::sessions;
use crate::db::models::users::{self, CreateUserError};
use crate::db::{DbConnection, write_transaction};
use crate::domain::{AuditSubject, DisplayName, Email, Role, RoleSet, Username};
use crate::error::AppError;
use crate::messages::{self, notifications};

/// Who performed an action, for the audit log.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    pub id: Option<i64>,
    pub name: &'a str,
}

impl Actor<'static> {
    /// An operator at the server's command line.
    pub const COMMAND_LINE: Actor<'static> = Actor {
        id: None,
        name: "(command line)",
    };
}

/// Creates an account with an already hashed password and an address that whoever creates
/// it vouches for (an operator at the command line, the demo): counted as confirmed.
pub fn create(
    conn: &mut DbConnection,
    username: &Username,
    email: &Email,
    password_hash: &str,
    roles: RoleSet,
) -> Result<i64, CreateUserError> {
    let now = now();
    let id = users::create(conn, username, email, password_hash, roles, now, Some(now))?;
    joined(conn, id, username, now)?;
    Ok(id)
}

/// What follows a new account, whichever way it was made: the "member joined" webhook.
pub fn joined(
    conn: &mut DbConnection,
    id: i64,
    username: &Username,
    now: chrono::NaiveDateTime,
) -> diesel::QueryResult<()> {
    crate::webhooks::events::member_joined(conn, id, username.as_str(), now).map(|_| ())
}

/// Starts a session for `user_id` lasting `days` on `device` (a browser family, see
/// [`crate::domain::device`]), and returns its token. A reset link waiting for this member
/// stops working: they remembered their password.
pub fn start_session(
    conn: &mut DbConnection,
    user_id: i64,
    device: &str,
    days: i64,
) -> Result<String, AppError> {
    start_session_via(conn, user_id, device, days, "")
}

/// [`start_session`] for a member who signed in with `provider` (`""`: a password).
pub fn start_session_via(
    conn: &mut DbConnection,
    user_id: i64,
    device: &str,
    days: i64,
    provider: &str,
) -> Result<String, AppError> {
    let token = token::random_token();
    let now = now();
    account_tokens::forget(conn, user_id, Purpose::Reset)?;
    sessions::create(
        conn,
        &token::hash_token(&token),
        user_id,
        device,
        provider,
        now,
        now + Duration::days(days),
    )?;
    // Housekeeping on a path that already writes, so no timer is needed.
    sessions::delete_expired(conn, now)?;
    Ok(token)
}

/// Where a member goes after signing in towards `to`: the first time they are headed for
/// the front page, to the page that asks for their interests (once; they may skip it).
pub fn first_stop(conn: &mut DbConnection, user_id: i64, to: &str) -> Result<String, AppError> {
    if to == "/" && crate::db::models::personal::offer_interests(conn, user_id)? {
        return Ok("/account/interests?first=yes".to_owned());
    }
    Ok(to.to_owned())
}

/// What a role change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleChange {
    Changed,
    AlreadySo,
}

/// Grants or revokes `role` for `user_id`, writing the audit entry in the same transaction.
/// Asking for what is already so changes nothing and logs nothing.
pub fn change_role(
    conn: &mut DbConnection,
    actor: Actor<'_>,
    user_id: i64,
    role: Role,
    grant: bool,
    reason: &str,
) -> Result<RoleChange, AppError> {
    if !grant && role == Role::Admin && actor.id == Some(user_id) {
        return Err(AppError::BadRequest(messages::ROLE_OWN_ADMIN));
    }
    write_transaction(conn, |conn| {
        change_role_within(conn, actor, user_id, role, grant, reason)
    })
}

/// [`change_role`] in the caller's transaction.
pub fn change_role_within(
    conn: &mut DbConnection,
    actor: Actor<'_>,
    user_id: i64,
    role: Role,
    grant: bool,
    reason: &str,
) -> Result<RoleChange, AppError> {
    let user = users::find(conn, user_id)?.ok_or(AppError::NotFound)?;
    if user.roles().has(role) == grant {
        return Ok(RoleChange::AlreadySo);
    }
    if grant {
        users::add_roles(conn, user_id, role.into())?;
    } else {
        users::remove_roles(conn, user_id, role.into())?;
    }
    let subject = notifications::audit_member(&user.username, user.id);
    let action = if grant { "role.grant" } else { "role.revoke" };
    let role_said = crate::i18n::Text::new("account-role").with("role", role.name());
    log_action(conn, actor, action, &subject, role_said, reason)?;
    Ok(RoleChange::Changed)
}

/// Appends an action to the audit log: who did what to which subject, and why.
pub fn log_action(
    conn: &mut DbConnection,
    actor: Actor<'_>,
    action: &str,
    subject: impl Into<AuditSubject>,
    details: impl Into<crate::i18n::Text>,
    reason: &str,
) -> Result<(), AppError> {
    let subject = subject.into();
    let details = details.into().stored();
    audit::append(
        conn,
        &NewAuditEntry {
            actor_id: actor.id,
            actor_name: actor.name,
            action,
            subject: &subject.name,
            details: &details,
            reason: reason.trim(),
            created_at: now(),
            link: &subject.link,
        },
    )?;
    Ok(())
}

/// What a member sets on their profile form: checked values, and the picture's change.
pub struct ProfileForm<'a> {
    pub display_name: &'a DisplayName,
    pub bio: &'a str,
    /// A new picture, if one was uploaded.
    pub avatar: Option<i64>,
    /// Take the old picture away.
    pub remove: bool,
    /// Keep the list of their posts off their public profile.
    pub hide_activity: bool,
}

/// Saves member `id`'s profile. A replaced or removed picture is deleted unless something
/// else shows it.
pub fn save_profile(
    conn: &mut DbConnection,
    id: i64,
    form: &ProfileForm<'_>,
) -> Result<(), AppError> {
    let (avatar, remove) = (form.avatar, form.remove);
    write_transaction(conn, |conn| {
        let current = users::find(conn, id)?.ok_or(AppError::NotFound)?;
        let avatar_id = match (avatar, remove) {
            (Some(new), _) => Some(new),
            (None, true) => None,
            (None, false) => current.avatar_id,
        };
        let update = users::ProfileUpdate {
            display_name: form.display_name.as_str(),
            bio: form.bio,
            avatar_id,
            hide_activity: form.hide_activity,
        };
        users::update_profile(conn, id, &update)?;
        if let Some(old) = current.avatar_id.filter(|old| Some(*old) != avatar_id) {
            media::remove_if_unused(conn, old)?;
        }
        Ok(())
    })
}
