//! Moderation's words: the names of the checks and of the leaks they find, the details a
//! held post's author is shown, the groups of the policy and the moderators' actions.

/// The checks, as the queue and the held page name them.
pub const RULE_CRUDE: &str = "Crude or abusive language";
pub const RULE_NEGATIVE: &str = "Strongly negative";
pub const RULE_SPAM: &str = "Possible spam";
pub const RULE_FIRST_POST: &str = "A moderator reads a new member's first post";
pub const RULE_LEAK: &str = "Confidential data";
pub const RULE_REPORT: &str = "Reported by a member";
pub const RULE_PREMODERATION: &str = "Waits for review";

/// What a leak is, in a sentence.
pub const LEAK_CARD: &str = "card number";
pub const LEAK_EMAIL: &str = "e-mail address";
pub const LEAK_PHONE: &str = "phone number";
pub const LEAK_TERM: &str = "confidential term";

/// The policy's groups of authors.
pub const GROUP_MEMBERS: &str = "Customers";
pub const GROUP_STAFF: &str = "Staff and experts";
pub const REVIEW_FIRST_POSTS: &str =
    "A new customer's first post and customers' ideas wait for review; the rest appears at once";
pub const REVIEW_EVERYTHING: &str = "Every customer post waits for review before anyone sees it";
pub const REVIEW_NOTHING: &str =
    "Posts appear at once; moderators act on reports and automatic flags afterwards";

/// What a one-click action did, in the queue's confirmation.
pub const DID_APPROVE: &str = "approved";
pub const DID_TRUST: &str = "approved and trusted";
pub const DID_REJECT: &str = "rejected";
pub const DID_HIDE: &str = "hid";
pub const DID_SILENCE: &str = "hid and silenced";
pub const DID_SUSPEND: &str = "hid and suspended";

/// A held post's reason: the new-member hold.
pub const NEW_MEMBER_HOLD: &str = "nothing is wrong with it: every new member's first posts are read by a person before they appear";

/// A held post's reason: pre-moderation of its kind ("questions wait…").
pub fn premoderated(what: &str) -> String {
    format!("{what}s wait for a moderator's review")
}

/// A leak found, with the text that tripped it.
pub fn leak_found(what: &str, text: &str) -> String {
    format!("{what}: “{text}”")
}

/// A card number, shown by its last four digits only.
pub fn card_ending(last: &str) -> String {
    format!("a card number ending {last}")
}

/// The crude words found (already censored).
pub fn crude_words(words: &str, severe: bool) -> String {
    if severe {
        format!("severe: words such as {words}")
    } else {
        format!("words such as {words}")
    }
}

/// A strongly negative post's score.
pub fn sentiment(score: f64, threshold: f64) -> String {
    format!("sentiment score {score:.2} (flagged at -{threshold:.2} or below)")
}

/// A post with many links.
pub fn links(count: usize, max: usize) -> String {
    format!("{count} links (more than {max})")
}

/// The review page's median time to a first response, before there is one.
pub const NO_RESPONSE_YET: &str = "no responses yet";

/// An audit entry as a sentence: the words before and after its subject, after the name of
/// who acted ("priya" "approved" "comment #12 by tom: …"). Unknown actions read as their
/// key.
pub fn audit_sentence(action: &str) -> (&str, &'static str) {
    match action {
        "mod.approve" | "idea.approve" => ("approved", ""),
        "mod.edit" => ("edited, then approved,", ""),
        "mod.reject" => ("rejected", ""),
        "mod.hide" => ("hid", ""),
        "mod.reason" => ("gave the reason for acting on", ""),
        "member.trust" => ("trusted", ""),
        "member.silence" => ("silenced", ""),
        "member.suspend" => ("suspended", ""),
        "member.delete" => ("deleted their account,", ""),
        "idea.status" => ("changed the status of", ""),
        "idea.note" => ("added a public note to", ""),
        "idea.merge" => ("merged", "as a duplicate"),
        "article.edit" => ("edited", ""),
        "role.grant" => ("gave a role to", ""),
        "role.revoke" => ("took a role from", ""),
        "area.create" => ("created the area", ""),
        "area.assign" => ("made", "an expert in an area"),
        "area.unassign" => ("took", "off an area's experts"),
        "setting.change" => ("changed the setting", ""),
        "brand.change" => ("changed the brand to", ""),
        other => (other, ""),
    }
}
