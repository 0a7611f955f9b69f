//! How negative a post reads, from -1 (most negative) to 1: VADER's compound score.
//!
//! - English: `vader-sentimental`, the Rust port of VADER.
//! - French: VADER's scoring with the French lexicon of vaderSentiment-fr
//!   (`words/fr-sentiment.txt`, kept as published), for posts with more French small
//!   words than English ones (an undecided post keeps English VADER, the better tested). The rules kept are VADER's main ones: a
//!   negation in the three words before ("pas", "jamais", "rien"…) turns a word's valence
//!   round and weakens it, an intensifier just before ("très", "vraiment") strengthens it,
//!   and the sum is normalised the way VADER does.

use std::collections::HashMap;
use std::sync::LazyLock;

use vader_sentimental::SentimentIntensityAnalyzer;

use super::words::{Reads, language, tokens};

static ENGLISH: LazyLock<SentimentIntensityAnalyzer<'static>> =
    LazyLock::new(SentimentIntensityAnalyzer::new);

/// The French lexicon, keyed by folded word.
static FRENCH: LazyLock<HashMap<String, f64>> = LazyLock::new(|| {
    include_str!("words/fr-sentiment.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.rsplit_once("->"))
        // Words and phrases ("en colère"); the emoticons of the list would read as letters.
        .filter(|(entry, _)| {
            entry.chars().count() > 1
                && entry
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '-'))
        })
        .filter_map(|(entry, score)| Some((key(entry), score.trim().parse().ok()?)))
        .collect()
});

/// How the lexicon's entries and the post's words are compared: folded words, one space
/// apart.
fn key(entry: &str) -> String {
    tokens(entry)
        .into_iter()
        .map(|t| t.folded)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words that turn the valence of the words after them round.
const NEGATIONS: &[&str] = &[
    "pas", "jamais", "rien", "aucun", "aucune", "ni", "sans", "personne",
];
/// Words that make the next one stronger.
const BOOSTERS: &[&str] = &[
    "tres",
    "vraiment",
    "trop",
    "tellement",
    "totalement",
    "completement",
    "extremement",
    "si",
];

/// VADER's constants: how a negation scales a word, how much a booster adds, and the
/// normalisation of the sum.
const NEGATION_SCALE: f64 = -0.74;
const BOOST: f64 = 0.293;
const ALPHA: f64 = 15.0;

/// The compound score of `text`, in the language it reads as.
pub fn score(text: &str) -> f64 {
    let words = tokens(text);
    // Mixed or undecided posts keep English VADER, the better-tested of the two.
    if language(&words) != Reads::French {
        return ENGLISH.polarity_scores(text).compound;
    }
    let folded: Vec<&str> = words.iter().map(|t| t.folded.as_str()).collect();
    let mut sum = 0.0;
    let mut i = 0;
    while i < folded.len() {
        // A two-word phrase of the lexicon counts once, before its words alone.
        let pair = folded
            .get(i + 1)
            .map(|next| format!("{} {next}", folded[i]));
        let (found, width) = match pair.as_deref().and_then(|p| FRENCH.get(p)) {
            Some(valence) => (Some(*valence), 2),
            None => (FRENCH.get(folded[i]).copied(), 1),
        };
        let start = i;
        i += width;
        let Some(mut valence) = found else {
            continue;
        };
        let i = start;
        if i > 0 && BOOSTERS.contains(&folded[i - 1]) {
            valence += BOOST * valence.signum();
        }
        if folded[i.saturating_sub(3)..i]
            .iter()
            .any(|w| NEGATIONS.contains(w))
        {
            valence *= NEGATION_SCALE;
        }
        sum += valence;
    }
    sum / (sum * sum + ALPHA).sqrt()
}

#[cfg(test)]
mod tests {
    use super::score;

    #[test]
    fn french_posts_are_scored_with_the_french_lexicon() {
        let angry = score("C'est une honte, une arnaque totale, le service est lamentable.");
        assert!(angry <= -0.5, "{angry}");
        let pleased = score("Merci, la veste est parfaite et je suis ravie.");
        assert!(pleased > 0.3, "{pleased}");
        let negated = score("Le service n'est pas nul, et je ne suis pas déçu.");
        assert!(negated > -0.1, "negation turns the words round: {negated}");
    }

    #[test]
    fn english_posts_keep_vader() {
        assert!(score("This is the worst service ever. Terrible, useless and rude.") < -0.5);
        assert!(score("Lovely shirt, thank you!") > 0.3);
    }
}
