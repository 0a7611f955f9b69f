//! E-mail addresses: confirming a new member's address, moving an account to a new one,
//! and undoing a move.
//!
//! Sign-up answers "we sent you a link" whether or not the address already has an account;
//! only the mailbox's owner learns which (a confirmation link, or "you already have an
//! account"). That is why sign-up does not sign in: the page must look the same in both
//! cases. An address change takes effect only when the new address is confirmed, so an
//! account never holds an address nobody proved; the old address is then told, with a link
//! that puts it back and signs every device out.

use crate::clock::now;
use crate::db::DbConnection;
use crate::db::models::account_tokens::Purpose;
use crate::db::models::users::{self, CreateUserError};
use crate::db::models::{account_tokens, sessions};
use crate::domain::{Email, RoleSet, Username};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::mail::Outgoing;
use crate::messages::mail as letters;

use super::links::{self, LinkProblem};

/// Creates an unconfirmed account and mails its confirmation link; when a confirmed account
/// has the address already, the account is made all the same (it can never be confirmed)
/// and the address's owner is told instead. Either way the same things exist afterwards,
/// so nothing a visitor can try (the page, a profile, signing in, the name) tells whether
/// the address has an account. `Err` only for a taken username (usernames are public).
pub fn sign_up(
    conn: &mut DbConnection,
    username: &Username,
    email: &Email,
    password_hash: &str,
) -> Result<Result<Vec<Outgoing>, CreateUserError>, AppError> {
    if users::find_by_username(conn, username.as_str())?.is_some() {
        return Ok(Err(CreateUserError::UsernameTaken));
    }
    let now = now();
    let id = match users::create(
        conn,
        username,
        email,
        password_hash,
        RoleSet::NONE,
        now,
        None,
    ) {
        Ok(id) => id,
        Err(CreateUserError::Db(e)) => return Err(e.into()),
        Err(taken) => return Ok(Err(taken)),
    };
    super::joined(conn, id, username, now)?;
    if let Some(owner) = users::find_by_email(conn, email)? {
        let lang = crate::brand::language_for(conn, &owner.language)?;
        return Ok(Ok(already_a_member(lang, &owner, email)));
    }
    let path = links::issue(conn, id, Purpose::Confirm, email.as_str(), now)?;
    Ok(Ok(vec![Outgoing {
        user_id: id,
        to: email.as_str().to_owned(),
        letter: letters::confirm_new_account(
            crate::brand::language_for(conn, "")?,
            username.as_str(),
            &path,
        ),
    }]))
}

fn already_a_member(lang: Lang, owner: &users::User, typed: &Email) -> Vec<Outgoing> {
    // A deleted account's address is nobody's: nothing to tell.
    if Username::is_deleted(&owner.username) {
        return Vec::new();
    }
    vec![Outgoing {
        user_id: owner.id,
        to: typed.as_str().to_owned(),
        letter: letters::already_a_member(lang, &owner.username),
    }]
}

/// Mails a new confirmation link to an unconfirmed member (the old one stops working).
pub fn resend_confirmation(
    conn: &mut DbConnection,
    user_id: i64,
) -> Result<Vec<Outgoing>, AppError> {
    let user = users::find(conn, user_id)?.ok_or(AppError::NotFound)?;
    if user.email_confirmed_at.is_some() {
        return Ok(Vec::new());
    }
    let path = links::issue(conn, user.id, Purpose::Confirm, &user.email, now())?;
    let lang = crate::brand::language_for(conn, &user.language)?;
    Ok(vec![Outgoing {
        user_id,
        to: user.email,
        letter: letters::confirm_new_account(lang, &user.username, &path),
    }])
}

/// Starts moving member `user_id` to `new` (the caller checked the password): a
/// confirmation link goes to the new address, or, when another account uses it, a note
/// saying so goes there instead.
pub fn request_change(
    conn: &mut DbConnection,
    user_id: i64,
    new: &Email,
) -> Result<Vec<Outgoing>, AppError> {
    let user = users::find(conn, user_id)?.ok_or(AppError::NotFound)?;
    let lang = crate::brand::language_for(conn, &user.language)?;
    if users::find_by_email(conn, new)?.is_some_and(|other| other.id != user_id) {
        return Ok(vec![Outgoing {
            user_id,
            to: new.as_str().to_owned(),
            letter: letters::address_in_use(lang),
        }]);
    }
    let path = links::issue(conn, user_id, Purpose::Confirm, new.as_str(), now())?;
    Ok(vec![Outgoing {
        user_id,
        to: new.as_str().to_owned(),
        letter: letters::confirm_new_address(lang, &user.username, &path),
    }])
}

/// What following a confirmation link did.
pub struct Confirmed {
    pub user_id: i64,
    /// The address changed (rather than a new account's being confirmed).
    pub moved: bool,
    pub mail: Vec<Outgoing>,
}

/// Follows a confirmation link: confirms a new account's address, or moves the account to
/// the confirmed new address and tells the old one how to undo it.
pub fn confirm(
    conn: &mut DbConnection,
    secret: &str,
    viewer: Option<i64>,
) -> Result<Result<Confirmed, LinkProblem>, AppError> {
    let now = now();
    let link = match links::take(conn, secret, Purpose::Confirm, viewer, now)? {
        Ok(link) => link,
        Err(problem) => return Ok(Err(problem)),
    };
    let user = users::find(conn, link.user_id)?.ok_or(AppError::NotFound)?;
    let new = Email::parse(&link.email).map_err(|_| AppError::NotFound)?;
    // The address becomes the account's now: unless a confirmed account has it.
    if users::find_by_email(conn, &new)?.is_some_and(|other| other.id != user.id)
        || !users::set_confirmed_email(conn, user.id, &new, now)?
    {
        return Ok(Err(LinkProblem::AddressTaken));
    }
    if user.email.eq_ignore_ascii_case(&link.email) {
        return Ok(Ok(Confirmed {
            user_id: user.id,
            moved: false,
            mail: Vec::new(),
        }));
    }
    // Any link still waiting is for the old address, or from before the move.
    account_tokens::forget(conn, user.id, Purpose::Confirm)?;
    // A reset link mailed to the old address is no proof of anything now.
    account_tokens::forget(conn, user.id, Purpose::Reset)?;
    // Only an address that was proved gets the way back: an unconfirmed one may have been
    // a typing mistake, and whoever owns that mailbox must not be able to take the account.
    if user.email_confirmed_at.is_none() {
        return Ok(Ok(Confirmed {
            user_id: user.id,
            moved: true,
            mail: Vec::new(),
        }));
    }
    let undo = links::issue(conn, user.id, Purpose::UndoAddress, &user.email, now)?;
    Ok(Ok(Confirmed {
        user_id: user.id,
        moved: true,
        mail: vec![Outgoing {
            user_id: user.id,
            to: user.email.clone(),
            letter: letters::address_changed(
                crate::brand::language_for(conn, &user.language)?,
                &user.username,
                new.as_str(),
                &undo,
            ),
        }],
    }))
}

/// Follows an undo link from the old address: puts it back, ends every session and every
/// pending link, so that whoever made the change is out. Returns the address restored.
pub fn undo_change(
    conn: &mut DbConnection,
    secret: &str,
) -> Result<Result<String, LinkProblem>, AppError> {
    let now = now();
    let link = match links::take(conn, secret, Purpose::UndoAddress, None, now)? {
        Ok(link) => link,
        Err(problem) => return Ok(Err(problem)),
    };
    let old = Email::parse(&link.email).map_err(|_| AppError::NotFound)?;
    if users::find_by_email(conn, &old)?.is_some_and(|other| other.id != link.user_id)
        || !users::set_confirmed_email(conn, link.user_id, &old, now)?
    {
        return Ok(Err(LinkProblem::AddressTaken));
    }
    sessions::delete_all_but(conn, link.user_id, None)?;
    for purpose in [Purpose::Reset, Purpose::Confirm, Purpose::UndoAddress] {
        account_tokens::forget(conn, link.user_id, purpose)?;
    }
    Ok(Ok(old.as_str().to_owned()))
}
