//! The one clock: every timestamp Parlour stores or compares comes from [`now`], so that
//! "now" means the same thing (UTC, no zone, as stored) in every layer.

use chrono::{NaiveDateTime, Utc};

/// The current time, as stored (UTC, no zone).
pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}
