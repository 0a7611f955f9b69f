//! What every handler shares: the database, the settings and the site's secret keys.
//! Built once at start-up, outside the per-worker closure.

use crate::config::Settings;
use crate::db::Db;
use crate::mail::Mailer;

/// Secrets loaded from the database at start-up.
pub struct Keys {
    /// Signs CSRF tokens.
    pub csrf: Vec<u8>,
}

/// The application's shared state.
pub struct AppState {
    pub db: Db,
    pub settings: Settings,
    pub keys: Keys,
    pub mailer: Mailer,
}

impl AppState {
    /// Sends e-mails produced by a committed change.
    pub fn mail(&self, messages: Vec<crate::mail::Outgoing>) {
        self.mailer.dispatch(messages, &self.settings.public_url);
    }
}
