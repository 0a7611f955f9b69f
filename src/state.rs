//! What every handler shares: the database, the settings and the site's secret keys.
//! Built once at start-up, outside the per-worker closure.

use crate::config::Settings;
use crate::db::Db;

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
}
