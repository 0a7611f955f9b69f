//! French words found by their stems, on SQLite as on PostgreSQL.
//!
//! PostgreSQL stems each document with its language's text search configuration
//! (`french` or `english`, by the document's `language` column) and asks both of a query.
//! SQLite's FTS5 has only an English stemmer (Porter), so a French document also carries
//! its words' French stems (Snowball, from `rust-stemmers`) in a `stems` column, and each
//! word of a query is asked either as typed or as its French stem in that column: "chemises
//! repassées" finds "chemise repassée".
//!
//! A document is French when its words read as French (more French small words than
//! English ones, as moderation judges it); when they do not say, its author's language
//! decides.

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::LazyLock;

static FRENCH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::French));

/// The language to index `text` in (`fr` or `en`), `author` being the author's chosen
/// language code when the words do not decide.
pub fn language_of(text: &str, author: &str) -> &'static str {
    match crate::moderation::reads(text) {
        Some(true) => "fr",
        Some(false) => "en",
        None if author == "fr" => "fr",
        None => "en",
    }
}

/// A word's French stem, lower-cased ("chemises" → "chemis").
pub fn stem(word: &str) -> String {
    FRENCH.stem(&word.to_lowercase()).into_owned()
}

/// The French stems of every word of `text`, space-separated.
pub fn stems(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(stem)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_a_word_share_a_stem() {
        assert_eq!(stem("chemises"), stem("chemise"));
        assert_eq!(stem("repassées"), stem("repassée"));
        assert_eq!(stem("Coutures"), stem("couture"));
        assert_eq!(
            stems("Une chemise, repassée !"),
            format!("une {} {}", stem("chemise"), stem("repassée"))
        );
    }

    #[test]
    fn the_words_decide_the_language_and_the_author_breaks_a_tie() {
        assert_eq!(
            language_of(
                "Comment repasser une chemise en lin sans la froisser ?",
                "en"
            ),
            "fr"
        );
        assert_eq!(
            language_of("How do I iron a linen shirt without creasing it?", "fr"),
            "en"
        );
        assert_eq!(language_of("Oxford 42", "fr"), "fr");
        assert_eq!(language_of("Oxford 42", ""), "en");
    }
}
