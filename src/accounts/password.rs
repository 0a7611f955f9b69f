//! Passwords: the "forgot your password?" link, and changing it while signed in. Either
//! way every other session ends, the member is told by e-mail, and any reset link still
//! waiting stops working.

use crate::clock::now;
use crate::db::DbConnection;
use crate::db::models::account_tokens::Purpose;
use crate::db::models::{account_tokens, sessions, throttle, users};
use crate::domain::{Email, Username};
use crate::error::AppError;
use crate::mail::Outgoing;
use crate::messages::mail as letters;

use super::links::{self, LinkProblem};

/// Mails a reset link if `email` belongs to an account; the caller answers the same
/// either way, so the form does not tell who has an account.
pub fn request_reset(conn: &mut DbConnection, email: &Email) -> Result<Vec<Outgoing>, AppError> {
    let Some(user) = users::find_by_email(conn, email)? else {
        return Ok(Vec::new());
    };
    if Username::is_deleted(&user.username) {
        return Ok(Vec::new());
    }
    let path = links::issue(conn, user.id, Purpose::Reset, &user.email, now())?;
    Ok(vec![Outgoing {
        user_id: user.id,
        to: user.email,
        letter: letters::password_reset(
            crate::brand::language_for(conn, &user.language)?,
            &user.username,
            &path,
        ),
    }])
}

/// What setting a password through a link did.
pub struct Reset {
    pub user_id: i64,
    /// The new session of the browser that followed the link.
    pub session: String,
    pub mail: Vec<Outgoing>,
}

/// Sets the password `password_hash` through the reset link `secret`: the link is used up,
/// every session ends, and this browser is signed in with a new one. (Only confirmed
/// addresses find an account, so the link always went to a proved address.)
pub fn reset(
    conn: &mut DbConnection,
    secret: &str,
    password_hash: &str,
    viewer: Option<i64>,
    device: &str,
    session_days: i64,
) -> Result<Result<Reset, LinkProblem>, AppError> {
    let now = now();
    let link = match links::take(conn, secret, Purpose::Reset, viewer, now)? {
        Ok(link) => link,
        Err(problem) => return Ok(Err(problem)),
    };
    let user = users::find(conn, link.user_id)?.ok_or(AppError::NotFound)?;
    // The mail went to the address the account had then; after a change it is not proof.
    if !user.email.eq_ignore_ascii_case(&link.email) {
        return Ok(Err(LinkProblem::Unknown));
    }
    users::set_password(conn, user.id, password_hash)?;
    sessions::delete_all_but(conn, user.id, None)?;
    // Links waiting for an address change go too: someone who knew the old password
    // may have asked for one.
    account_tokens::forget(conn, user.id, Purpose::Reset)?;
    account_tokens::forget(conn, user.id, Purpose::Confirm)?;
    throttle::clear(conn, &format!("account:{}", user.id))?;
    let session = super::start_session(conn, user.id, device, session_days)?;
    Ok(Ok(Reset {
        user_id: user.id,
        session,
        mail: vec![Outgoing {
            user_id: user.id,
            to: user.email,
            letter: letters::password_changed(
                crate::brand::language_for(conn, &user.language)?,
                &user.username,
            ),
        }],
    }))
}

/// Changes the signed-in member's password (the caller checked the current one): every
/// session but `keep` ends.
pub fn change(
    conn: &mut DbConnection,
    user_id: i64,
    password_hash: &str,
    keep: &str,
) -> Result<Vec<Outgoing>, AppError> {
    let user = users::find(conn, user_id)?.ok_or(AppError::NotFound)?;
    users::set_password(conn, user_id, password_hash)?;
    sessions::delete_all_but(conn, user_id, Some(keep))?;
    account_tokens::forget(conn, user_id, Purpose::Reset)?;
    account_tokens::forget(conn, user_id, Purpose::Confirm)?;
    Ok(vec![Outgoing {
        user_id,
        to: user.email,
        letter: letters::password_changed(
            crate::brand::language_for(conn, &user.language)?,
            &user.username,
        ),
    }])
}
