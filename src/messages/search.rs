//! What the search page says.

use crate::i18n::{Key, Text};

pub const TITLE: Key = Key("search-title");
pub const DESCRIPTION: Key = Key("search-description");
pub const QUERY_TOO_LONG: Key = Key("search-query-too-long");
pub const DATE_INVALID: Key = Key("search-date-invalid");
pub const KIND_QUESTION: Key = Key("search-kind-question");
pub const KIND_ANSWER: Key = Key("search-kind-answer");
pub const KIND_ARTICLE: Key = Key("search-kind-article");
pub const KIND_IDEA: Key = Key("search-kind-idea");
pub const KIND_COMMENT: Key = Key("search-kind-comment");

/// The page's title for a search.
pub fn title_for(query: &str) -> Text {
    let short: String = query.trim().chars().take(60).collect();
    Text::new("search-title-for").with("query", short)
}
