//! Finding confidential data in a staff post before anyone else reads it: payment card
//! numbers (Luhn-valid, so that order numbers and prices do not trip it), e-mail
//! addresses, phone numbers, and the admin's list of confidential terms. Each hit names
//! the exact text, so the author knows what to take out.

use crate::messages::moderation as wording;
use std::sync::LazyLock;

use regex::Regex;

/// One piece of text that looks confidential.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leak {
    pub kind: LeakKind,
    /// The text as written (card numbers are shown with only their last four digits).
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeakKind {
    Card,
    Email,
    Phone,
    Term,
}

impl LeakKind {
    pub fn label(self) -> crate::i18n::Key {
        match self {
            LeakKind::Card => wording::LEAK_CARD,
            LeakKind::Email => wording::LEAK_EMAIL,
            LeakKind::Phone => wording::LEAK_PHONE,
            LeakKind::Term => wording::LEAK_TERM,
        }
    }
}

/// Runs of 13 or more digits, optionally grouped by single spaces or hyphens. A run may
/// hold more than the card ("qty 2 4111 1111 1111 1111 exp 12 27"): every stretch of
/// whole groups is tried.
static CARD: LazyLock<Regex> = LazyLock::new(|| pattern(r"\b\d(?:[ -]?\d){12,}\b"));
static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"));
/// "@" spelt out, in English and French.
const AT_WORDS: &str = "(?:at|arobase|arrobase)";
/// "." spelt out, in English and French.
const DOT_WORDS: &str = "(?:dot|point)";

/// An address spelt out to slip past filters: "r.osei [at] example [dot] com",
/// "desk (at) example.com", "sales at example dot co dot uk", and the French words for them,
/// "ventes arobase exemple point fr". A bracketed "at" is enough; a bare "at" needs a
/// spelt-out "dot" too, so "we met at shop.example.com" stays ordinary.
static EMAIL_SPELT: LazyLock<Regex> = LazyLock::new(|| {
    let at = AT_WORDS;
    let dot_word = format!(r"(?:\s*[\[({{<]\s*{DOT_WORDS}\s*[\])}}>]\s*|\s+{DOT_WORDS}\s+)");
    let dot = format!(r"(?:{dot_word}|\.)");
    pattern(&format!(
        r"(?i)\b[a-z0-9._%+-]+(?:\s*[\[({{<]\s*{at}\s*[\])}}>]\s*[a-z0-9-]+(?:{dot}[a-z0-9-]+)*{dot}|\s+{at}\s+[a-z0-9-]+(?:{dot}[a-z0-9-]+)*{dot_word})[a-z]{{2,}}\b"
    ))
});
/// A phone number as people write them: an international `+` prefix or a leading 0 or an
/// area code in brackets, then groups of digits split by spaces, dots or hyphens.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?:\+\d{1,3}[ .-]?(?:\(\d{1,5}\)[ .-]?)?|\(0?\d{2,5}\)[ .-]?|\b0)\d{1,5}(?:[ .-]?\d{2,5}){1,4}\b",
    )
});
/// North American numbers: 555-010-4477, 212 555 0199.
static PHONE_NANP: LazyLock<Regex> = LazyLock::new(|| pattern(r"\b\d{3}[ .-]\d{3}[ .-]\d{4}\b"));

/// A pattern written in this file.
#[allow(
    clippy::expect_used,
    reason = "the patterns are constants of this file, compiled by its unit tests"
)]
fn pattern(source: &str) -> Regex {
    Regex::new(source).expect("a valid pattern")
}

/// Every leak in `text`, in the order found. `terms` are matched as whole words, ignoring
/// case and runs of white space.
pub fn find(text: &str, terms: &[String]) -> Vec<Leak> {
    let mut found = Vec::new();
    // Long digit runs are cards or order numbers, never phone numbers.
    let mut card_spans = Vec::new();
    for m in CARD.find_iter(text) {
        card_spans.push(m.range());
        if let Some(digits) = card_in(m.as_str()) {
            let last: String = digits[digits.len() - 4..]
                .iter()
                .map(|d| char::from_digit(*d, 10).unwrap_or('0'))
                .collect();
            found.push(Leak {
                kind: LeakKind::Card,
                text: wording::card_ending(&last),
            });
        }
    }
    for m in EMAIL.find_iter(text).chain(EMAIL_SPELT.find_iter(text)) {
        found.push(Leak {
            kind: LeakKind::Email,
            text: m.as_str().to_owned(),
        });
    }
    for m in PHONE.find_iter(text).chain(PHONE_NANP.find_iter(text)) {
        let digits = m.as_str().chars().filter(char::is_ascii_digit).count();
        let inside_card = card_spans
            .iter()
            .any(|span| span.start <= m.start() && m.end() <= span.end);
        let inside_email = EMAIL
            .find_iter(text)
            .any(|e| e.start() <= m.start() && m.end() <= e.end());
        let repeated = found
            .iter()
            .any(|l| l.kind == LeakKind::Phone && m.as_str().contains(&l.text));
        if (10..=15).contains(&digits) && !inside_card && !inside_email && !repeated {
            found.push(Leak {
                kind: LeakKind::Phone,
                text: m.as_str().trim().to_owned(),
            });
        }
    }
    let haystack = normalise(text);
    for term in terms {
        let needle = normalise(term);
        if !needle.is_empty() && contains_word(&haystack, &needle) {
            found.push(Leak {
                kind: LeakKind::Term,
                text: term.clone(),
            });
        }
    }
    found
}

/// The digits of a card number in a run of digit groups: the first stretch of whole
/// groups with 13–19 digits that passes Luhn (an ungrouped run is one group).
fn card_in(run: &str) -> Option<Vec<u32>> {
    let groups: Vec<Vec<u32>> = run
        .split([' ', '-'])
        .map(|g| g.chars().filter_map(|c| c.to_digit(10)).collect())
        .collect();
    for start in 0..groups.len() {
        let mut digits = Vec::new();
        for group in &groups[start..] {
            digits.extend_from_slice(group);
            if digits.len() > 19 {
                break;
            }
            if digits.len() >= 13 && luhn(&digits) {
                return Some(digits);
            }
        }
    }
    None
}

/// The Luhn checksum that every payment card number passes.
pub fn luhn(digits: &[u32]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                *d
            }
        })
        .sum();
    sum % 10 == 0
}

/// Lower case, with every run of white space as one space.
fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether `needle` occurs in `haystack` with no letter or digit right before or after it
/// (where the needle itself starts or ends with one), so "bluebird" does not match
/// "bluebirds" but "c++" matches in "c++ code". Chinese, Japanese and Thai are written
/// without spaces between words, so their letters never count as a word going on.
fn contains_word(haystack: &str, needle: &str) -> bool {
    let word_char = |c: char| (c.is_alphanumeric() || c == '_') && !unspaced_script(c);
    let starts_word = needle.chars().next().is_some_and(word_char);
    let ends_word = needle.chars().last().is_some_and(word_char);
    haystack.match_indices(needle).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + needle.len()..].chars().next();
        let joined_before = starts_word && before.is_some_and(word_char);
        let joined_after = ends_word && after.is_some_and(word_char);
        !joined_before && !joined_after
    })
}

/// Letters of scripts written without spaces between words: Han, kana, Thai.
fn unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0E7F | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<LeakKind> {
        find(text, &["Project Kestrel".to_owned(), "HX-200".to_owned()])
            .into_iter()
            .map(|l| l.kind)
            .collect()
    }

    #[test]
    fn luhn_valid_cards_trip_in_any_grouping() {
        for card in [
            "4111 1111 1111 1111",
            "5555-5555-5555-4444",
            "378282246310005",
            "card 4012888888881881 refunded",
            "4111 1111 1111 1111 123",
            "4111 1111 1111 1111 12 27",
            "qty 2 4111 1111 1111 1111",
        ] {
            assert_eq!(kinds(card), vec![LeakKind::Card], "{card}");
        }
        let leak = &find("4111 1111 1111 1111", &[])[0];
        assert_eq!(leak.text, "•••• 1111", "never repeats the number");
    }

    #[test]
    fn prices_order_numbers_and_luhn_failures_do_not_trip() {
        for text in [
            "4000 1234 5678 9011 is my order number",
            "Order #100234567 arrived",
            "It was £1,249.99 in the sale, 3 for £60",
            "SKU 88120-44, size 42R, 15.5 collar",
            "Open 9:30-17:30 on 22/11/2026",
            "order ref ORD-2026-55512",
        ] {
            assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
        }
    }

    #[test]
    fn spelt_out_addresses_trip_and_ordinary_words_do_not() {
        for text in [
            "r.osei [at] example [dot] com",
            "write to tailoring.desk (at) example (dot) com today",
            "desk (AT) example.co.uk",
            "sales at example dot co dot uk",
            "j.smith {at} example.com",
            "ecrivez a r.osei arobase exemple point fr",
            "service.client (arobase) boutique (point) fr",
            "m.dupont [arrobase] exemple.fr",
        ] {
            assert_eq!(kinds(text), vec![LeakKind::Email], "{text}");
        }
        for text in [
            "we met at shop.example.com",
            "look at the cotton dot pattern",
            "arrive at ten (at the latest) dot the i's",
            "le point fort de ce tissu, c'est la tenue",
            "rendez-vous au magasin, point final",
        ] {
            assert!(kinds(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn emails_and_phone_numbers_trip() {
        assert_eq!(kinds("write to j.smith@example.com"), vec![LeakKind::Email]);
        for phone in [
            "+44 20 7946 0958",
            "020 7946 0958",
            "07700 900123",
            "+1 (555) 010-4477",
            "0161-496-0000",
            "555-010-4477",
            "212 555 0199",
        ] {
            assert_eq!(
                kinds(&format!("call {phone} now")),
                vec![LeakKind::Phone],
                "{phone}"
            );
        }
    }

    #[test]
    fn terms_match_whole_words_in_any_case() {
        assert_eq!(kinds("part of PROJECT  kestrel"), vec![LeakKind::Term]);
        assert_eq!(kinds("the hx-200 range"), vec![LeakKind::Term]);
        assert!(kinds("the hx-2000 range").is_empty());
        let odd = ["C++".to_owned(), "Ünïcode Käse".to_owned()];
        assert_eq!(find("we use c++ here", &odd).len(), 1);
        assert_eq!(find("ÜNÏCODE KÄSE!", &odd).len(), 1);
        assert!(find("abc++", &odd).is_empty());
        let japanese = ["鷹計画".to_owned()];
        assert_eq!(find("これは鷹計画の一部です", &japanese).len(), 1);
    }
}
