//! The automatic checks run on every post and edit. Each is a pure function of the text
//! and the policy, so the labelled example set in `tests/data` measures exactly what runs
//! in production. A check produces [`Finding`]s: a rule, a reason a moderator can read,
//! and whether the post is held until a moderator approves it.
//!
//! They read what a reader sees (the rendered text and its links, see
//! [`markdown::reading`]), never the Markdown source: `**steam**` is the word "steam".
//!
//! - crude or abusive language, English and French: see [`super::crude`]; flagged, held
//!   when severe;
//! - strong negativity: VADER's compound score, English or French (see
//!   [`super::sentiment`]); flagged so that someone answers in the thread, never held;
//! - spam: many links (every link the page will hold, plus "www." addresses written as
//!   text); held, for members only: staff and experts link to the shop and to each
//!   other's advice (first posts of new members are held by `screen`, which knows the
//!   author's history);
//! - leaks in staff posts: see [`super::leaks`]; held.

use crate::messages::moderation as wording;

use super::{crude, leaks, sentiment};
use crate::render::markdown::{self, Reading};

/// Why something is in the moderation queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    Crude,
    Negative,
    Spam,
    /// A new member's first posts wait for a moderator (a person reads them; nothing is
    /// suspected).
    FirstPost,
    Leak,
    Report,
    /// The policy says this kind of post waits for review.
    Premoderation,
}

impl Rule {
    pub const ALL: [Rule; 7] = [
        Rule::Crude,
        Rule::Negative,
        Rule::Spam,
        Rule::FirstPost,
        Rule::Leak,
        Rule::Report,
        Rule::Premoderation,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Rule::Crude => "crude",
            Rule::Negative => "negative",
            Rule::Spam => "spam",
            Rule::FirstPost => "first_post",
            Rule::Leak => "leak",
            Rule::Report => "report",
            Rule::Premoderation => "premoderation",
        }
    }

    pub fn label(self) -> crate::i18n::Key {
        match self {
            Rule::Crude => wording::RULE_CRUDE,
            Rule::Negative => wording::RULE_NEGATIVE,
            Rule::Spam => wording::RULE_SPAM,
            Rule::FirstPost => wording::RULE_FIRST_POST,
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
    pub detail: crate::i18n::Text,
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

/// Runs every text check on `source` (Markdown). `staff_post` turns on the leak checks
/// (articles, expert answers, staff comments) and turns off the link limit.
pub fn check(source: &str, staff_post: bool, thresholds: &Thresholds) -> Vec<Finding> {
    let reading = markdown::reading(source);
    let text = reading.text.as_str();
    let mut findings = Vec::new();
    findings.extend(crude::find(text).map(|found| Finding {
        rule: Rule::Crude,
        detail: wording::crude_words(&found.words.join(", "), found.severe),
        hold: found.severe,
    }));
    findings.extend(negative(
        &crude::without_ordinary(text),
        thresholds.negativity,
    ));
    if !staff_post {
        findings.extend(links(&reading, thresholds.max_links));
    }
    if staff_post {
        // A link's target is read too: `[write to us](mailto:…)` shows no address.
        let everything = format!("{text}\n{}", reading.links.join("\n"));
        let found = leaks::find(&everything, &thresholds.confidential_terms);
        if !found.is_empty() {
            // Every leak, each named by its kind.
            let mut leaks = found
                .iter()
                .map(|leak| wording::leak_found(leak.kind.label(), &leak.text));
            let first = leaks.next().unwrap_or_else(|| wording::RULE_LEAK.into());
            let detail = leaks.fold(first, |list, next| {
                crate::i18n::Text::new("moderation-and")
                    .with_text("first", list)
                    .with_text("next", next)
            });
            findings.push(Finding {
                rule: Rule::Leak,
                detail,
                hold: true,
            });
        }
    }
    findings
}

/// Strong negativity: flagged so someone responds, never held.
pub fn negative(text: &str, threshold: f64) -> Option<Finding> {
    let score = sentiment::score(text);
    (score <= -threshold).then(|| Finding {
        rule: Rule::Negative,
        detail: wording::sentiment(score, threshold),
        hold: false,
    })
}

/// The number of links a reader will see: every link of the rendered page, and every
/// "www." address written as plain text (not clickable, but there to be copied).
pub fn link_count(reading: &Reading) -> usize {
    let written = reading
        .text
        .to_lowercase()
        .split_whitespace()
        .filter(|word| {
            word.trim_start_matches(['(', '<', '"', '\''])
                .starts_with("www.")
        })
        .count();
    reading.links.len() + written
}

/// Many links: held as likely spam.
pub fn links(reading: &Reading, max_links: usize) -> Option<Finding> {
    let count = link_count(reading);
    (count > max_links).then(|| Finding {
        rule: Rule::Spam,
        detail: wording::links(count, max_links),
        hold: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links_in(source: &str) -> usize {
        link_count(&markdown::reading(source))
    }

    #[test]
    fn every_link_of_the_page_counts_and_nothing_else() {
        assert_eq!(
            links_in("[a](//a.example) [b](/experts) https://c.example"),
            3
        );
        assert_eq!(links_in("see www.a.example and https://www.b.example"), 2);
        assert_eq!(links_in("a/b//c and **once** in `//code`"), 0);
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
    fn many_links_are_held_from_members_only() {
        let text = "see https://a.example and http://b.example and www.c.example";
        let thresholds = Thresholds::default();
        assert!(check(text, false, &thresholds).is_empty());
        let more = format!("{text} [d](//d.example)");
        let findings = check(&more, false, &thresholds);
        assert!(
            findings.iter().any(|f| f.rule == Rule::Spam && f.hold),
            "{findings:?}"
        );
        assert!(check(&more, true, &thresholds).is_empty(), "staff may link");
    }

    #[test]
    fn leaks_are_only_checked_in_staff_posts() {
        let text = "Refunded to 4111 1111 1111 1111";
        let thresholds = Thresholds::default();
        assert!(check(text, false, &thresholds).is_empty());
        let findings = check(text, true, &thresholds);
        assert_eq!(findings.len(), 1);
        assert!(
            findings[0].hold
                && findings[0]
                    .detail
                    .say(crate::i18n::Lang::EnGb)
                    .contains("1111")
        );
    }
}
