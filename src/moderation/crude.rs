//! Crude or abusive language, in English and French, judged on the words a reader sees.
//!
//! - English: `rustrict`, a maintained detector that sees through leetspeak and look-alike
//!   letters. It is made for chat, where it reads across spaces to catch "a s s"; on longer
//!   posts that also reads "wash at" as a swear word and digits as letters. So the text is
//!   judged word by word: runs of single letters are joined first (spaced-out words are
//!   still caught), and numbers and codes are left out: a token mixing letters with more
//!   than two digits, or longer than twelve characters, is a reference, a SKU or a hash
//!   (`ack-014cc9b2…`), not a word.
//! - French: the LDNOOBW list (`words/fr.txt`, kept as published), matched as whole words
//!   with their plural and verb endings ("foutre" → "foutez", "foutu"), accents optional.
//!   It applies when a post reads as French (as many French as English small words), so
//!   the English "bite" and "con" of "pros and cons" stay ordinary. In French text,
//!   rustrict counts only words it censors whole: its English word parts are found inside
//!   many French words ("efficacité", "assommer", "dégoûté").
//! - `words/ordinary.txt`: place names, names, food and idioms that a list matches but a
//!   reader does not (Middlesex, Cockfosters, shiitake, Dick Whittington, "a hell of a
//!   good fit"); `words/fr-severe.txt`: the French entries whose posts are held.

use std::sync::LazyLock;

use rustrict::{Censor, Type};

pub use super::words::without_ordinary;
use super::words::{Reads, Token, is_code, language, matches_at, ordinary_spans, phrases, tokens};

static FRENCH: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| phrases(include_str!("words/fr.txt")));
static FRENCH_SEVERE: LazyLock<Vec<Vec<String>>> =
    LazyLock::new(|| phrases(include_str!("words/fr-severe.txt")));

/// The crude words of a text, censored for showing (at most five), and whether any is
/// severe (the post is then held).
#[derive(Debug)]
pub struct Found {
    pub words: Vec<String>,
    pub severe: bool,
}

/// Crude or abusive language in `text` (the text a reader sees).
pub fn find(text: &str) -> Option<Found> {
    let tokens = tokens(text);
    let ordinary = ordinary_spans(&tokens);
    let mut found = Vec::new();
    let mut severe = false;
    // The French list reads French posts, and short ones that could be either.
    let in_french = language(&tokens) != Reads::English;
    if in_french {
        for (word, is_severe) in french(&tokens, &ordinary) {
            severe |= is_severe;
            found.push(word);
        }
    }
    for word in words_for_rustrict(&tokens, &ordinary) {
        let (censored, analysis) = Censor::from_str(&word).censor_and_analyze();
        // In French text rustrict's English parts of words mislead ("efficacité",
        // "assommer"): only a whole word it censors counts there ("fuck", "connard").
        let whole = censored.chars().skip(1).all(|c| c == '*');
        if analysis.is(crude_types()) && (whole || !in_french) {
            severe |= analysis.is(Type::SEVERE & (Type::PROFANE | Type::OFFENSIVE | Type::SEXUAL));
            found.push(censored);
        }
    }
    if found.is_empty() {
        return None;
    }
    // Both languages' checks may find the same word ("enculé").
    let mut seen = std::collections::HashSet::new();
    found.retain(|word| seen.insert(word.clone()));
    found.truncate(5);
    Some(Found {
        words: found,
        severe,
    })
}

/// What counts as crude: rustrict's "inappropriate" (profane, offensive or sexual at any
/// level, or severely mean), plus insults (mean, moderate or worse).
fn crude_types() -> Type {
    Type::INAPPROPRIATE | (Type::MEAN & Type::MODERATE_OR_HIGHER)
}

/// Endings of French verbs and adjectives after their stem ("fout-ez", "encul-és").
const FRENCH_ENDINGS: &[&str] = &[
    "e", "es", "ent", "ez", "ons", "er", "re", "ir", "ee", "ees", "es", "ais", "ait", "aient",
    "ant", "u", "ue", "us", "ues", "i", "is", "it",
];

/// Whether `word` is the French `entry`, in the plural or another form of the same verb.
fn french_form(word: &str, entry: &str) -> bool {
    if word == entry || word.strip_suffix(['s', 'x']) == Some(entry) {
        return true;
    }
    let stem = ["er", "re", "ir", "ee", "e"]
        .iter()
        .find_map(|ending| entry.strip_suffix(ending))
        .filter(|stem| stem.chars().count() >= 4);
    stem.and_then(|stem| word.strip_prefix(stem))
        .is_some_and(|ending| FRENCH_ENDINGS.contains(&ending))
}

/// The French list's words and phrases in `tokens`, censored, with whether each is severe.
fn french(tokens: &[Token], ordinary: &[bool]) -> Vec<(String, bool)> {
    let mut found = Vec::new();
    for start in 0..tokens.len() {
        if ordinary[start] {
            continue;
        }
        // The longest entry starting here ("fils de pute" rather than "pute" alone).
        let entry = FRENCH
            .iter()
            .filter(|entry| {
                if entry.len() == 1 {
                    !is_code(tokens[start].raw) && french_form(&tokens[start].folded, &entry[0])
                } else {
                    matches_at(tokens, start, entry, |word, e| word == e)
                }
            })
            .max_by_key(|entry| entry.len());
        if let Some(entry) = entry {
            let severe = FRENCH_SEVERE.iter().any(|s| s == entry);
            let words: Vec<&str> = tokens[start..start + entry.len()]
                .iter()
                .map(|t| t.raw)
                .collect();
            found.push((censor(&words.join(" ")), severe));
        }
    }
    found
}

/// A word shown to moderators without spelling it out: its first letter, then stars.
fn censor(word: &str) -> String {
    word.chars()
        .enumerate()
        .map(|(i, c)| if i == 0 || c == ' ' { c } else { '*' })
        .collect()
}

/// The words to give rustrict one at a time: tokens that are not ordinary and not codes,
/// with runs of single letters ("a s s") joined into one word.
fn words_for_rustrict(tokens: &[Token], ordinary: &[bool]) -> Vec<String> {
    let mut words = Vec::new();
    let mut spaced = String::new();
    for (token, &skip) in tokens.iter().zip(ordinary) {
        if token.raw.chars().count() == 1 && !skip {
            spaced.push_str(token.raw);
            continue;
        }
        if spaced.chars().count() > 2 {
            words.push(std::mem::take(&mut spaced));
        }
        spaced.clear();
        if !skip && !is_code(token.raw) {
            words.push(token.raw.to_owned());
        }
    }
    if spaced.chars().count() > 2 {
        words.push(spaced);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flagged(text: &str) -> bool {
        find(text).is_some()
    }

    #[test]
    fn english_crude_language_is_flagged_and_severe_language_held() {
        let severe = find("You are a fucking bastard").expect("flagged");
        assert!(severe.severe, "{severe:?}");
        assert!(severe.words.iter().all(|w| w.contains('*')), "{severe:?}");
        let mild = find("Oh crap, the parcel is late again").expect("flagged");
        assert!(!mild.severe, "{mild:?}");
        assert!(flagged("what a load of s h i t"));
    }

    #[test]
    fn places_names_food_and_idioms_are_ordinary() {
        for text in [
            "Scunthorpe shop has the best button-down shirts",
            "Delivered to our Middlesex office, and to Cockfosters the next day",
            "A shiitake risotto before Dick Whittington at the theatre",
            "It is a hell of a good fit across the shoulders",
            "Le prix a baissé pour le mariage de ma sœur, et les manches couvrent les bras",
        ] {
            assert!(!flagged(text), "{text}: {:?}", find(text));
        }
        assert_eq!(
            without_ordinary("We saw Dick Whittington, then Moby Dick!"),
            "We saw  , then  !"
        );
    }

    #[test]
    fn codes_are_not_words() {
        assert!(!flagged(
            "Your reference is ack-014cc9b2c6b64422aff3f56a91feccc3, SKU 88120-44 in 42R"
        ));
        assert!(flagged("this is sh1t"));
    }

    #[test]
    fn french_crude_language_is_flagged_in_all_its_forms() {
        assert!(flagged("Putain, le colis est encore en retard"));
        assert!(flagged("pauvre con"));
        assert!(flagged("Vous vous foutez de nous avec ces délais"));
        let severe = find("Espèce d'enculé, rendez-moi mon argent").expect("flagged");
        assert!(severe.severe && severe.words == ["e*****"], "{severe:?}");
        assert!(!flagged(
            "Merci pour le conseil, je vais contacter le magasin"
        ));
        assert!(!flagged("I had a bite to eat, weighing the pros and cons"));
    }
}
