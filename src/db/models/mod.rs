//! Rows, insert forms and the queries on them, one file per table. Query functions take
//! a connection, so that a caller can compose several of them in one transaction.

pub mod account_tokens;
pub mod answers;
pub mod api_lists;
pub mod api_tokens;
pub mod areas;
pub mod article_lists;
pub mod articles;
pub mod audit;
pub mod bulk;
pub mod dashboard;
pub mod flags;
pub mod for_you;
pub mod idea_lists;
pub mod idea_members;
pub mod ideas;
pub mod identities;
pub mod media;
pub mod member_data;
pub mod notifications;
pub mod personal;
pub mod post_access;
pub mod post_removal;
pub mod post_state;
pub mod posts;
pub mod profiles;
pub mod question_lists;
pub mod questions;
pub mod rate_events;
pub mod replies;
pub mod search;
pub mod search_facts;
pub mod search_find;
pub mod search_similar;
pub mod secrets;
pub mod sessions;
pub mod settings;
pub mod site_version;
pub mod sitemap;
pub mod throttle;
pub mod users;
pub mod webhooks;

/// `rows` in the order of `ids`: rows read by `id IN (…)` come back in the database's
/// order, and a page found by ids (an index walk, a search engine's ranking) keeps its own.
pub fn in_order<T>(ids: &[i64], mut rows: Vec<T>, id: impl Fn(&T) -> i64) -> Vec<T> {
    rows.sort_by_key(|row| ids.iter().position(|i| *i == id(row)));
    rows
}

/// Escapes `%`, `_` and `\` so that user text can be used in a `LIKE` pattern with
/// `ESCAPE '\'`.
pub fn like_prefix(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len() + 1);
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

/// Whether `error` is a unique-constraint violation that names `column`.
pub fn is_unique_violation_on(error: &diesel::result::Error, column: &str) -> bool {
    use diesel::result::{DatabaseErrorKind, Error};
    match error {
        Error::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
            info.message().contains(column)
                || info.constraint_name().is_some_and(|c| c.contains(column))
                || info.details().is_some_and(|d| d.contains(column))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::like_prefix;

    #[test]
    fn like_prefix_escapes_wildcards() {
        assert_eq!(like_prefix("a_b%c\\"), "a\\_b\\%c\\\\%");
        assert_eq!(like_prefix("tom"), "tom%");
    }

    #[test]
    fn rows_come_back_in_the_order_of_their_ids() {
        let rows = vec![(3, "c"), (1, "a"), (2, "b")];
        let ordered = super::in_order(&[2, 3, 1], rows, |r| r.0);
        assert_eq!(ordered, vec![(2, "b"), (3, "c"), (1, "a")]);
    }
}
