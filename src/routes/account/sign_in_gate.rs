//! The throttle in front of every password check at sign-in (the sign-in form, and linking
//! an account after a provider's sign-in): failures are counted per typed account name
//! and per client address in the database, so every app process shares the counts.

use chrono::Duration;

use actix_web::{HttpRequest, web};

use crate::auth::{password, token};
use crate::clock::now;
use crate::config::LoginLimits;
use crate::db::DbConnection;
use crate::db::models::{throttle, users};
use crate::db::write_transaction;
use crate::error::AppError;
use crate::state::AppState;

/// What the throttle said before the password was checked.
enum Gate {
    Closed {
        minutes: i64,
    },
    Open {
        user: Option<Box<users::User>>,
        /// The keys to clear when the password is right.
        cleared: [String; 2],
        attempt: Vec<i64>,
        /// The account is under a spread-out guessing attack: answer slowly.
        slow: bool,
    },
}

/// Counts a sign-in attempt on the account typed as `login` from `address` (before it is
/// judged, so that guesses sent in parallel cannot all pass the check before any of them
/// is counted) and says whether the throttle lets it be judged.
fn gate(
    conn: &mut DbConnection,
    login: &str,
    address: &str,
    limits: LoginLimits,
) -> Result<Gate, AppError> {
    let now = now();
    let address_key = format!("address:{address}");
    let window = Duration::minutes(limits.window_minutes);
    throttle::purge(conn, now - Duration::days(1))?;
    let user = users::find_by_login(conn, login)?;
    // An existing account is one bucket whichever name it was typed by; a typed name that
    // is no account is stored hashed, so its length costs nothing.
    let account_key = match &user {
        Some(user) => format!("account:{}", user.id),
        None => format!("login:{}", token::hash_token(login)),
    };
    // Paused per account *and* address: guesses from elsewhere cannot lock the owner out.
    let pair_key = format!("{account_key}|{address}");
    let attempt = throttle::record(conn, &[&account_key, &pair_key, &address_key], now)?;
    for (key, limit) in [
        (&pair_key, limits.per_account),
        (&address_key, limits.per_address),
    ] {
        if throttle::failures_since(conn, key, now - window)? > limit {
            let oldest = throttle::oldest_failure_since(conn, key, now - window)?;
            let reopens = oldest.map_or(now, |t| t + window);
            let minutes = (reopens - now).num_minutes() + 1;
            return Ok(Gate::Closed { minutes });
        }
    }
    let slow = throttle::failures_since(conn, &account_key, now - window)? > limits.slow_after;
    Ok(Gate::Open {
        user: user.map(Box::new),
        cleared: [account_key, pair_key],
        attempt,
        slow,
    })
}

/// How long an attempt on an account under attack waits before it is judged.
const SLOW_DOWN: std::time::Duration = std::time::Duration::from_secs(2);

/// How a password check ended.
pub(super) enum Checked {
    /// Paused for this many minutes: the password was not checked.
    Throttled(i64),
    /// No such account, or not its password (the two take as long).
    Wrong,
    /// The account, whose failures are forgotten.
    Right(Box<users::User>),
}

/// Checks `password` for the account typed as `login`, behind the throttle.
pub(super) async fn check_password(
    state: &AppState,
    req: &HttpRequest,
    login: &str,
    password: &str,
) -> Result<Checked, AppError> {
    let limits = state.settings.login_limits;
    let login = login.trim().to_lowercase();
    let address = super::client_address(req, state);
    let gate = state
        .db
        .run(move |conn| gate(conn, &login, &address, limits))
        .await?;
    let (user, cleared, attempt) = match gate {
        Gate::Closed { minutes } => return Ok(Checked::Throttled(minutes)),
        Gate::Open {
            user,
            cleared,
            attempt,
            slow,
        } => {
            if slow {
                tokio::time::sleep(SLOW_DOWN).await;
            }
            (user, cleared, attempt)
        }
    };
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let typed = password.to_owned();
    let matches = web::block(move || password::verify(stored.as_deref(), &typed)).await?;
    // A failure stays counted.
    let Some(user) = user.filter(|_| matches) else {
        return Ok(Checked::Wrong);
    };
    state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                throttle::forget(conn, &attempt)?;
                for key in &cleared {
                    throttle::clear(conn, key)?;
                }
                Ok(())
            })
        })
        .await?;
    Ok(Checked::Right(user))
}
