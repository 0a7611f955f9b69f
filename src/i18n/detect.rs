//! Which of Parlour's languages a text is written in, by its small words ("le", "et",
//! "vous" against "the", "and", "you"). Moderation reads a post with the checks of its
//! language, search stems it by its language, and the few words Parlour writes into a
//! post when it is rendered (a video's placeholder) are in the post's language.
//!
//! Small words are a blunt instrument: a text with as many of each (or none) says
//! nothing, and the caller decides (the author's language, or English).

use super::Lang;

/// Small words that say a text is French, lower case without accents.
const FRENCH_WORDS: &[&str] = &[
    "le", "la", "les", "des", "du", "un", "une", "et", "est", "je", "tu", "il", "elle", "nous",
    "vous", "ce", "cette", "pour", "pas", "que", "qui", "dans", "sur", "avec", "mais", "tres",
    "mon", "ma", "mes", "votre", "vos", "au", "aux", "de", "ne", "sont",
];

/// Small words that say a text is English, lower case.
const ENGLISH_WORDS: &[&str] = &[
    "the", "and", "is", "are", "was", "you", "it", "this", "that", "for", "not", "with", "but",
    "very", "of", "to", "in", "on", "my", "your", "have", "be", "at", "from",
];

/// The language `words` (already lower case, accents removed) read as, if they say.
pub fn language_of_words<'a>(words: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
    let (mut french, mut english) = (0usize, 0usize);
    for word in words {
        french += usize::from(FRENCH_WORDS.contains(&word));
        english += usize::from(ENGLISH_WORDS.contains(&word));
    }
    match french.cmp(&english) {
        std::cmp::Ordering::Greater => Some(Lang::Fr),
        std::cmp::Ordering::Less => Some(Lang::EnGb),
        std::cmp::Ordering::Equal => None,
    }
}

/// The language plain `text` reads as, if it says.
pub fn language_of(text: &str) -> Option<Lang> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('è', "e"))
        .collect();
    language_of_words(words.iter().map(String::as_str))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_words_name_the_language_and_a_tie_says_nothing() {
        assert_eq!(
            language_of("Je cherche une chemise pour le bureau."),
            Some(Lang::Fr)
        );
        assert_eq!(language_of("C'est très joli"), Some(Lang::Fr));
        assert_eq!(
            language_of("I want a shirt for the office."),
            Some(Lang::EnGb)
        );
        assert_eq!(language_of("Oxford, 42"), None);
    }
}
