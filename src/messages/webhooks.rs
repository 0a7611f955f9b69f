//! The webhook pages' words and refusals.

use crate::i18n::Key;

pub const TITLE: Key = Key("webhooks-title");
pub const URL_INVALID: Key = Key("webhooks-url-invalid");
pub const URL_PRIVATE: Key = Key("webhooks-url-private");
pub const URL_UNRESOLVED: Key = Key("webhooks-url-unresolved");
pub const EVENTS_MISSING: Key = Key("webhooks-events-missing");
pub const DESCRIPTION_LONG: Key = Key("webhooks-description-long");
