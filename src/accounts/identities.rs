//! What happens to someone a sign-in provider vouched for: the member linked to their
//! account there is signed in; a signed-in member linking a provider gets the link; anyone
//! else is kept as an arrival until they choose a new member or prove an existing account
//! with its password (never linked by a matching address alone). With a provider that
//! manages roles, the member's roles follow the directory's groups at every sign-in,
//! logged as "(directory)".

use crate::accounts::{self, Actor, RoleChange};
use crate::clock::now;
use crate::db::DbConnection;
use crate::db::models::identities::{self, Arrival, Trip};
use crate::db::models::member_data;
use crate::db::models::users::{self, CreateUserError};
use crate::domain::{Email, RoleSet, Username};
use crate::error::AppError;
use crate::mail::Outgoing;
use crate::messages::sign_in as texts;
use crate::sign_in::{ProviderConfig, SignInConfig, Vouched};

/// The password hash of a member who has none (they sign in with a provider): it is no
/// PHC string, so no password ever matches it. A password reset sets a real one.
pub const NO_PASSWORD: &str = "!provider";

/// Who acts when the directory changes roles.
const DIRECTORY: Actor<'static> = Actor {
    id: None,
    name: "(directory)",
};

/// What a provider's return led to.
#[derive(Debug)]
pub enum Return {
    /// Member `user_id` may be signed in.
    Member(i64),
    /// The signed-in member now has this provider linked.
    Linked,
    /// Kept as an arrival: they choose a new member or an existing account.
    Arrived,
    /// Not allowed, with the reason to show.
    Refused(crate::i18n::Key),
}

/// Decides what `vouched` (just back from `provider` on `trip`) leads to, in the caller's
/// transaction.
pub fn on_return(
    conn: &mut DbConnection,
    config: &SignInConfig,
    provider: &ProviderConfig,
    trip: &Trip,
    vouched: &Vouched,
) -> Result<Return, AppError> {
    let now = now();
    let linked = identities::member_of(conn, &provider.key, &vouched.subject, now)?;
    if let Some(member) = trip.link_to {
        return match linked {
            Some(owner) if owner != member => Ok(Return::Refused(texts::LINKED_TO_ANOTHER)),
            Some(_) => Ok(Return::Linked),
            None => {
                identities::link(conn, &provider.key, &vouched.subject, member, now)?;
                follow_directory(conn, provider, member, &vouched.groups)?;
                Ok(Return::Linked)
            }
        };
    }
    let Some(member) = linked else {
        identities::save_arrival(
            conn,
            &Arrival {
                session_hash: trip.session_hash.clone(),
                provider: provider.key.clone(),
                subject: vouched.subject.clone(),
                username: vouched.preferred_username.clone(),
                email: vouched.email.clone(),
                email_verified: vouched.email_verified,
                groups: serde_json::to_string(&vouched.groups).unwrap_or_default(),
                next: trip.next.clone(),
                created_at: now,
            },
        )?;
        return Ok(Return::Arrived);
    };
    if member_data::is_erased(conn, member)? {
        return Ok(Return::Refused(texts::ACCOUNT_GONE));
    }
    follow_directory(conn, provider, member, &vouched.groups)?;
    if !provider.members.staff() && !config.staff_passwords && staff(conn, member)? {
        // Staff who must use the directory cannot get round it with a customer account.
        return Ok(Return::Refused(texts::STAFF_USE_DIRECTORY));
    }
    Ok(Return::Member(member))
}

fn staff(conn: &mut DbConnection, user_id: i64) -> Result<bool, AppError> {
    let user = users::find(conn, user_id)?.ok_or(AppError::NotFound)?;
    Ok(!user.roles().roles().is_empty())
}

/// Sets member `user_id`'s roles that `provider` manages from the directory's `groups`.
fn follow_directory(
    conn: &mut DbConnection,
    provider: &ProviderConfig,
    user_id: i64,
    groups: &[String],
) -> Result<(), AppError> {
    if !provider.manages_roles() {
        return Ok(());
    }
    let (given, managed) = provider.roles_from(groups);
    for role in managed.roles() {
        let change = accounts::change_role_within(
            conn,
            DIRECTORY,
            user_id,
            role,
            given.has(role),
            &provider.name,
        )?;
        if change == RoleChange::Changed {
            tracing::info!(user_id, role = role.name(), "role set by the directory");
        }
    }
    Ok(())
}

/// What a new member chose on the welcome page.
pub struct NewMember<'a> {
    pub username: &'a Username,
    /// The address they typed, when the provider vouched for none.
    pub typed_email: Option<&'a Email>,
}

/// Makes `arrival` a new member (with the provider's address when it vouched for it, else
/// the typed one, to be confirmed by mail) and links them. Returns the member and the
/// mail to send. In the caller's transaction.
pub fn become_member(
    conn: &mut DbConnection,
    provider: &ProviderConfig,
    arrival: &Arrival,
    chosen: &NewMember<'_>,
) -> Result<Result<(i64, Vec<Outgoing>), CreateUserError>, AppError> {
    let now = now();
    let (id, mail) = match (verified_email(arrival), chosen.typed_email) {
        (Some(email), _) => match users::create(
            conn,
            chosen.username,
            &email,
            NO_PASSWORD,
            RoleSet::NONE,
            now,
            Some(now),
        ) {
            Ok(id) => {
                accounts::joined(conn, id, chosen.username, now)?;
                (id, Vec::new())
            }
            Err(CreateUserError::Db(e)) => return Err(e.into()),
            Err(other) => return Ok(Err(other)),
        },
        (None, Some(email)) => {
            match accounts::address::sign_up(conn, chosen.username, email, NO_PASSWORD)? {
                Ok(mail) => {
                    let id = users::find_by_username(conn, chosen.username.as_str())?
                        .ok_or(AppError::NotFound)?
                        .id;
                    (id, mail)
                }
                Err(e) => return Ok(Err(e)),
            }
        }
        (None, None) => return Err(AppError::BadRequest(texts::EMAIL_NEEDED)),
    };
    finish_arrival(conn, provider, arrival, id)?;
    Ok(Ok((id, mail)))
}

/// Links `arrival` to existing member `user_id`, whose password was given.
pub fn link_arrival(
    conn: &mut DbConnection,
    provider: &ProviderConfig,
    arrival: &Arrival,
    user_id: i64,
) -> Result<(), AppError> {
    finish_arrival(conn, provider, arrival, user_id)
}

fn finish_arrival(
    conn: &mut DbConnection,
    provider: &ProviderConfig,
    arrival: &Arrival,
    user_id: i64,
) -> Result<(), AppError> {
    if !identities::link(conn, &provider.key, &arrival.subject, user_id, now())? {
        return Err(AppError::BadRequest(texts::LINKED_TO_ANOTHER));
    }
    let groups: Vec<String> = serde_json::from_str(&arrival.groups).unwrap_or_default();
    follow_directory(conn, provider, user_id, &groups)?;
    identities::forget_arrival(conn, &arrival.session_hash)?;
    Ok(())
}

/// The provider's address for `arrival`, when it said the address is verified.
pub fn verified_email(arrival: &Arrival) -> Option<Email> {
    if arrival.email_verified {
        Email::parse(&arrival.email).ok()
    } else {
        None
    }
}

/// A username to propose from the provider's `preferred_username` (or the address's local
/// part): the characters a username allows, and a number added while it is taken.
pub fn proposed_username(conn: &mut DbConnection, arrival: &Arrival) -> Result<String, AppError> {
    let source = if arrival.username.is_empty() {
        arrival.email.split('@').next().unwrap_or_default()
    } else {
        arrival.username.as_str()
    };
    let base: String = source
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
        .take(24)
        .collect();
    let Ok(first) = Username::parse(&base) else {
        return Ok(String::new());
    };
    if users::find_by_username(conn, first.as_str())?.is_none() {
        return Ok(first.as_str().to_owned());
    }
    for n in 2..100 {
        let candidate = format!("{base}{n}");
        if let Ok(name) = Username::parse(&candidate)
            && users::find_by_username(conn, name.as_str())?.is_none()
        {
            return Ok(candidate);
        }
    }
    Ok(String::new())
}
