//! What the search page says.

pub const TITLE: &str = "Search";
pub const DESCRIPTION: &str = "Search articles, questions, answers, ideas and comments.";
pub const QUERY_TOO_LONG: &str = "Please keep your search under 200 characters.";
pub const DATE_INVALID: &str = "Use a date like 2026-12-01.";
pub const KIND_QUESTION: &str = "Question";
pub const KIND_ANSWER: &str = "Answer";
pub const KIND_ARTICLE: &str = "Article";
pub const KIND_IDEA: &str = "Idea";
pub const KIND_COMMENT: &str = "Comment";

/// The page's title for a search.
pub fn title_for(query: &str) -> String {
    let short: String = query.trim().chars().take(60).collect();
    format!("Search: {short}")
}
