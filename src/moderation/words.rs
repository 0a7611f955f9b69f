//! The words of a post as the language checks compare them with their lists: split at
//! white space and punctuation, folded (lower case, no accents, leetspeak read as
//! letters), with numbers and codes told apart from words, and the ordinary list
//! (`words/ordinary.txt`: places, names, food, idioms that a list matches but a reader
//! does not) applied.

use std::sync::LazyLock;

/// One word of the text: as written, and folded (lower case, no accents, leetspeak read as
/// letters) for comparing with the lists.
pub(super) struct Token<'a> {
    pub(super) raw: &'a str,
    pub(super) folded: String,
}

/// Characters that belong to a word: letters, digits, and the symbols people write for
/// letters ("sh!t", "f*ck", "put@in").
fn in_word(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '*' | '@' | '$' | '!' | '|')
}

/// The words of `text`, split at white space and punctuation ("Middlesex's", "f-u-c-k").
pub(super) fn tokens(text: &str) -> Vec<Token<'_>> {
    text.split(|c: char| !in_word(c))
        .map(|piece| piece.trim_matches(|c: char| !c.is_alphanumeric() && c != '*'))
        .filter(|piece| !piece.is_empty())
        .map(|raw| Token {
            raw,
            folded: fold(raw),
        })
        .collect()
}

/// Lower case without accents, with leetspeak digits and symbols read as letters.
fn fold(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' | '@' | '4' => 'a',
            'é' | 'è' | 'ê' | 'ë' | '3' => 'e',
            'î' | 'ï' | '1' | '!' | '|' => 'i',
            'ô' | 'ö' | '0' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            '$' | '5' => 's',
            other => other,
        })
        .collect()
}

/// Whether a token is a number or a code rather than a word (see the module notes).
pub(super) fn is_code(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let digits = word.chars().filter(char::is_ascii_digit).count();
    letters == 0 || (digits > 0 && (digits >= letters || digits > 2 || word.chars().count() > 12))
}

/// A list of words and phrases, each folded and split into words.
pub(super) fn phrases(list: &str) -> Vec<Vec<String>> {
    list.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| tokens(line).into_iter().map(|t| t.folded).collect())
        .collect()
}

static ORDINARY: LazyLock<Vec<Vec<String>>> =
    LazyLock::new(|| phrases(include_str!("words/ordinary.txt")));

/// `text` without the words and phrases of the ordinary list, for the other language
/// checks: "Dick Whittington" is a pantomime, not an insult to score as negative.
pub fn without_ordinary(text: &str) -> String {
    let tokens = tokens(text);
    let ordinary = ordinary_spans(&tokens);
    let mut kept = String::with_capacity(text.len());
    let mut from = 0;
    for (token, _) in tokens.iter().zip(&ordinary).filter(|(_, skip)| **skip) {
        // Every token is a slice of `text`: its offset is its distance from the start.
        let start = token.raw.as_ptr() as usize - text.as_ptr() as usize;
        kept.push_str(&text[from..start]);
        from = start + token.raw.len();
    }
    kept.push_str(&text[from..]);
    kept
}

/// Which tokens belong to an ordinary word or phrase, and so are never judged.
pub(super) fn ordinary_spans(tokens: &[Token]) -> Vec<bool> {
    let mut ordinary = vec![false; tokens.len()];
    for phrase in ORDINARY.iter() {
        for start in 0..tokens.len() {
            if matches_at(tokens, start, phrase, |word, entry| word == entry) {
                ordinary[start..start + phrase.len()].fill(true);
            }
        }
    }
    ordinary
}

/// Whether `phrase` starts at token `start`, each word compared with `same`.
pub(super) fn matches_at(
    tokens: &[Token],
    start: usize,
    phrase: &[String],
    same: impl Fn(&str, &str) -> bool,
) -> bool {
    !phrase.is_empty()
        && start + phrase.len() <= tokens.len()
        && phrase
            .iter()
            .zip(&tokens[start..])
            .all(|(entry, token)| same(&token.folded, entry))
}

/// The language a post reads as, by its small words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reads {
    French,
    English,
    /// As many of each (a short "Putain !" has neither).
    Either,
}

/// Whether `text` reads as French (`Some(true)`), as English (`Some(false)`), or says
/// neither (as many small words of each).
pub fn reads(text: &str) -> Option<bool> {
    match language(&tokens(text)) {
        Reads::French => Some(true),
        Reads::English => Some(false),
        Reads::Either => None,
    }
}

/// Which language `tokens` read as.
pub(super) fn language(tokens: &[Token]) -> Reads {
    match crate::i18n::detect::language_of_words(tokens.iter().map(|t| t.folded.as_str())) {
        Some(crate::i18n::Lang::Fr) => Reads::French,
        Some(crate::i18n::Lang::EnGb) => Reads::English,
        None => Reads::Either,
    }
}
