//! The automatic checks run on every post and edit. Each is a pure function of the text
//! and the policy, so the labelled example set in `tests/data` measures exactly what runs
//! in production. A check produces [`Finding`]s: a rule, a reason a moderator can read,
//! and whether the post is held until a moderator approves it.
//!
//! - crude or abusive language: `rustrict`, a maintained detector that sees through
//!   spacing, leetspeak and look-alike letters; flagged, held when severe;
//! - strong negativity: the VADER lexicon's compound score; flagged so that someone
//!   answers in the thread, never held;
//! - spam: many links; held (first posts of new members are held by `screen`, which knows
//!   the author's history);
//! - leaks in staff posts: see [`super::leaks`]; held.

use crate::messages::moderation as wording;
use std::sync::LazyLock;

use rustrict::{Censor, Type};
use vader_sentimental::SentimentIntensityAnalyzer;

use super::leaks;

/// Why something is in the moderation queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    Crude,
    Negative,
    Spam,
    Leak,
    Report,
    /// The policy says this kind of post waits for review.
    Premoderation,
}

impl Rule {
    pub const ALL: [Rule; 6] = [
        Rule::Crude,
        Rule::Negative,
        Rule::Spam,
        Rule::Leak,
        Rule::Report,
        Rule::Premoderation,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Rule::Crude => "crude",
            Rule::Negative => "negative",
            Rule::Spam => "spam",
            Rule::Leak => "leak",
            Rule::Report => "report",
            Rule::Premoderation => "premoderation",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Rule::Crude => wording::RULE_CRUDE,
            Rule::Negative => wording::RULE_NEGATIVE,
            Rule::Spam => wording::RULE_SPAM,
            Rule::Leak => wording::RULE_LEAK,
            Rule::Report => wording::RULE_REPORT,
            Rule::Premoderation => wording::RULE_PREMODERATION,
        }
    }

    pub fn parse(key: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// One reason to look at a post.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: Rule,
    /// What tripped the rule, in words a moderator (or, for leaks, the author) can act on.
    pub detail: String,
    /// Whether the post waits for a moderator before anyone else sees it.
    pub hold: bool,
}

/// The thresholds and lists the checks use (set by admins in the policy settings).
#[derive(Debug, Clone)]
pub struct Thresholds {
    /// Flag when VADER's compound score is at or below minus this (0.05 to 1).
    pub negativity: f64,
    /// Hold a post with more links than this.
    pub max_links: usize,
    pub confidential_terms: Vec<String>,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            negativity: 0.5,
            max_links: 3,
            confidential_terms: Vec::new(),
        }
    }
}

static SENTIMENT: LazyLock<SentimentIntensityAnalyzer<'static>> =
    LazyLock::new(SentimentIntensityAnalyzer::new);

/// Runs every text check on `text`. `staff_post` turns on the leak checks (articles,
/// expert answers, staff comments).
pub fn check(text: &str, staff_post: bool, thresholds: &Thresholds) -> Vec<Finding> {
    let mut findings = Vec::new();
    findings.extend(crude(text));
    findings.extend(negative(text, thresholds.negativity));
    // The link limit is about untrusted members: staff and experts link to the shop and
    // to each other's advice (the leak guard below still reads every word of theirs).
    if !staff_post {
        findings.extend(links(text, thresholds.max_links));
    }
    if staff_post {
        let found = leaks::find(text, &thresholds.confidential_terms);
        if !found.is_empty() {
            let detail = found
                .iter()
                .map(|leak| wording::leak_found(leak.kind.label(), &leak.text))
                .collect::<Vec<_>>()
                .join("; ");
            findings.push(Finding {
                rule: Rule::Leak,
                detail,
                hold: true,
            });
        }
    }
    findings
}

/// What counts as crude: rustrict's "inappropriate" (profane, offensive or sexual at any
/// level, or severely mean), plus insults (mean, moderate or worse).
fn crude_types() -> Type {
    Type::INAPPROPRIATE | (Type::MEAN & Type::MODERATE_OR_HIGHER)
}

/// Crude or abusive language; held when severe.
///
/// `rustrict` is made for chat, where it reads across spaces to catch "a s s"; on longer
/// posts that also reads "wash at" as a swear word and digits as letters ("4000 1234…").
/// So the text is judged word by word: runs of single letters are joined first (so spaced
/// out words are still caught), and numbers, prices and codes are left out.
pub fn crude(text: &str) -> Option<Finding> {
    let mut worst = Type::NONE;
    let mut words = Vec::new();
    for word in words_for_crude(text) {
        let (censored, found) = Censor::from_str(&word).censor_and_analyze();
        if found.is(crude_types()) {
            worst |= found;
            if words.len() < 5 {
                words.push(censored);
            }
        }
    }
    if words.is_empty() {
        return None;
    }
    let severe = worst.is(Type::SEVERE & (Type::PROFANE | Type::OFFENSIVE | Type::SEXUAL));
    Some(Finding {
        rule: Rule::Crude,
        detail: wording::crude_words(&words.join(", "), severe),
        hold: severe,
    })
}

/// The words of `text` worth judging: letters-first tokens, with runs of single letters
/// ("a s s") joined into one word.
fn words_for_crude(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut spaced = String::new();
    for token in text.split_whitespace() {
        let letters = token.chars().filter(|c| c.is_alphabetic()).count();
        let digits = token.chars().filter(char::is_ascii_digit).count();
        if letters == 1 && token.chars().count() <= 2 {
            spaced.push_str(token);
            continue;
        }
        if spaced.chars().count() > 2 {
            words.push(std::mem::take(&mut spaced));
        }
        spaced.clear();
        // Numbers, prices, times and codes: no letters, or mostly digits.
        if letters == 0 || digits >= letters {
            continue;
        }
        words.push(token.to_owned());
    }
    if spaced.chars().count() > 2 {
        words.push(spaced);
    }
    words
}

/// The VADER compound score, from -1 (most negative) to 1.
pub fn sentiment(text: &str) -> f64 {
    SENTIMENT.polarity_scores(text).compound
}

/// Strong negativity: flagged so someone responds, never held.
pub fn negative(text: &str, threshold: f64) -> Option<Finding> {
    let score = sentiment(text);
    (score <= -threshold).then(|| Finding {
        rule: Rule::Negative,
        detail: wording::sentiment(score, threshold),
        hold: false,
    })
}

/// The number of links in a Markdown text.
pub fn link_count(text: &str) -> usize {
    let lower = text.to_lowercase();
    // "//host/…" with no scheme is a link too: browsers take the page's scheme.
    let protocol_relative = lower
        .match_indices("//")
        .filter(|(at, _)| {
            let before = lower[..*at].chars().next_back();
            let after = lower[at + 2..].chars().next();
            before.is_none_or(|c| c.is_whitespace() || "(<\"'[=".contains(c))
                && after.is_some_and(|c| c.is_ascii_alphanumeric())
        })
        .count();
    lower.matches("http://").count() + lower.matches("https://").count() + protocol_relative + {
        // "www." not already part of a counted URL.
        lower
            .match_indices("www.")
            .filter(|(at, _)| !lower[..*at].ends_with("//"))
            .count()
    }
}

/// Many links: held as likely spam.
pub fn links(text: &str, max_links: usize) -> Option<Finding> {
    let count = link_count(text);
    (count > max_links).then(|| Finding {
        rule: Rule::Spam,
        detail: wording::links(count, max_links),
        hold: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_without_a_scheme_count() {
        assert_eq!(
            link_count("[a](//a.example) <//b.example> //c.example/x"),
            3
        );
        assert_eq!(link_count("https://a.example//path and a/b//c"), 1);
        assert_eq!(link_count("https://www.a.example //www.b.example"), 2);
    }

    #[test]
    fn crude_language_is_flagged_and_severe_language_held() {
        let mild = crude("Oh crap, the parcel is late again").map(|f| f.hold);
        let severe = crude("You are a fucking bastard").expect("flagged");
        assert!(severe.hold, "{severe:?}");
        assert!(severe.detail.contains('*'), "{}", severe.detail);
        assert_ne!(mild, Some(true), "mild language is not held");
        assert!(crude("Scunthorpe shop has the best button-down shirts").is_none());
    }

    #[test]
    fn negativity_is_flagged_but_never_held() {
        let angry = negative(
            "This is the worst service ever. Terrible, useless and rude. I hate it.",
            0.6,
        )
        .expect("flagged");
        assert!(!angry.hold);
        assert!(negative("A bit disappointed the blue was sold out.", 0.5).is_none());
        assert!(negative("Lovely shirt, thank you!", 0.5).is_none());
    }

    #[test]
    fn many_links_are_held_and_a_few_are_not() {
        let text = "see https://a.example and http://b.example and www.c.example";
        assert_eq!(link_count(text), 3);
        assert!(links(text, 3).is_none());
        assert!(links(&format!("{text} https://d.example"), 3).unwrap().hold);
    }

    #[test]
    fn leaks_are_only_checked_in_staff_posts() {
        let text = "Refunded to 4111 1111 1111 1111";
        let thresholds = Thresholds::default();
        assert!(check(text, false, &thresholds).is_empty());
        let findings = check(text, true, &thresholds);
        assert_eq!(findings.len(), 1);
        assert!(findings[0].hold && findings[0].detail.contains("ending 1111"));
    }
}
