//! Moderation's words: the names of the checks and of the leaks they find, the details a
//! held post's author is shown, the groups of the policy and the moderators' actions.

use crate::i18n::{Key, Lang, Text};

/// The checks, as the queue and the held page name them.
pub const RULE_CRUDE: Key = Key("moderation-rule-crude");
pub const RULE_NEGATIVE: Key = Key("moderation-rule-negative");
pub const RULE_SPAM: Key = Key("moderation-rule-spam");
pub const RULE_FIRST_POST: Key = Key("moderation-rule-first-post");
pub const RULE_LEAK: Key = Key("moderation-rule-leak");
pub const RULE_REPORT: Key = Key("moderation-rule-report");
pub const RULE_PREMODERATION: Key = Key("moderation-rule-premoderation");

/// What a leak is, in a sentence.
pub const LEAK_CARD: Key = Key("moderation-leak-card");
pub const LEAK_EMAIL: Key = Key("moderation-leak-email");
pub const LEAK_PHONE: Key = Key("moderation-leak-phone");
pub const LEAK_TERM: Key = Key("moderation-leak-term");

/// The policy's groups of authors.
pub const GROUP_MEMBERS: Key = Key("moderation-group-members");
pub const GROUP_STAFF: Key = Key("moderation-group-staff");
pub const REVIEW_FIRST_POSTS: Key = Key("moderation-review-first-posts");
pub const REVIEW_EVERYTHING: Key = Key("moderation-review-everything");
pub const REVIEW_NOTHING: Key = Key("moderation-review-nothing");

/// What a one-click action did, in the queue's confirmation.
pub const DID_APPROVE: Key = Key("moderation-did-approve");
pub const DID_TRUST: Key = Key("moderation-did-trust");
pub const DID_REJECT: Key = Key("moderation-did-reject");
pub const DID_HIDE: Key = Key("moderation-did-hide");
pub const DID_SILENCE: Key = Key("moderation-did-silence");
pub const DID_SUSPEND: Key = Key("moderation-did-suspend");

/// A held post's reason: the new-member hold.
pub const NEW_MEMBER_HOLD: Key = Key("moderation-new-member-hold");

/// A held post's reason: pre-moderation of its kind ("questions wait…"), by the kind's
/// key (`question`, `answer`, `comment`, `idea`, `article`).
pub fn premoderated(kind: &str) -> Text {
    Text::new("moderation-premoderated").with("kind", kind)
}

/// A leak found, with the text that tripped it.
pub fn leak_found(what: Key, text: &str) -> Text {
    Text::new("moderation-leak-found")
        .with("what", what.0)
        .with("text", text)
}

/// A card number, shown by its last four digits only.
pub fn card_ending(last: &str) -> String {
    format!("•••• {last}")
}

/// The crude words found (already censored).
pub fn crude_words(words: &str, severe: bool) -> Text {
    let key = if severe {
        "moderation-crude-severe"
    } else {
        "moderation-crude"
    };
    Text::new(key).with("words", words)
}

/// A strongly negative post's score.
pub fn sentiment(score: f64, threshold: f64) -> Text {
    Text::new("moderation-sentiment")
        .count("score", (score * 100.0).round() / 100.0)
        .count("threshold", (threshold * 100.0).round() / 100.0)
}

/// A post with many links.
pub fn links(count: usize, max: usize) -> Text {
    Text::new("moderation-links")
        .count("count", count as f64)
        .count("max", max as f64)
}

/// The review page's median time to a first response, before there is one.
pub const NO_RESPONSE_YET: Key = Key("moderation-no-response-yet");

/// An audit entry as a sentence: the words before and after its subject, after the name of
/// who acted ("priya" "approved" "comment #12 by tom: …"). Unknown actions read as their
/// key.
pub fn audit_sentence(lang: &Lang, action: &str) -> (String, String) {
    // Fluent's variant names take no dots: "mod.approve" is asked as "mod-approve".
    let action = action.replace('.', "-");
    (
        lang.t1("audit-verb", "action", action.as_str()),
        lang.t1("audit-after", "action", action.as_str()),
    )
}
