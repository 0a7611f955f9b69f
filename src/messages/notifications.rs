//! The sentences of notifications (in the app and in e-mail subjects) and of the audit
//! log's subjects. Each takes the names it mentions; user-written titles are quoted as
//! they are. `what` is how a post's kind is named in a sentence ("question", "answer").

use crate::i18n::{Key, Lang, Text};

/// The kinds of notification, as a member's e-mail choices name them.
pub const CHOICE_ANSWER_TO_MY_QUESTION: Key = Key("notifications-choice-answer-to-my-question");
pub const CHOICE_ANSWER_ACCEPTED: Key = Key("notifications-choice-answer-accepted");
pub const CHOICE_FOLLOWED_QUESTION_ANSWERED: Key =
    Key("notifications-choice-followed-question-answered");
pub const CHOICE_QUESTION_IN_MY_AREA: Key = Key("notifications-choice-question-in-my-area");
pub const CHOICE_INVITED_TO_ANSWER: Key = Key("notifications-choice-invited-to-answer");
pub const CHOICE_ACCEPT_REMINDER: Key = Key("notifications-choice-accept-reminder");
pub const CHOICE_IDEA_STATUS_CHANGED: Key = Key("notifications-choice-idea-status-changed");
pub const CHOICE_MODERATION_DECISION: Key = Key("notifications-choice-moderation-decision");

/// To the experts of an area.
pub fn question_in_area(area: &str, title: &str) -> Text {
    Text::new("notify-question-in-area")
        .with("area", area)
        .with("title", title)
}

/// To the asker.
pub fn answered_your_question(author: &str, title: &str) -> Text {
    Text::new("notify-answered-your-question")
        .with("author", author)
        .with("title", title)
}

/// To a question's followers.
pub fn followed_question_answered(title: &str) -> Text {
    Text::new("notify-followed-question-answered").with("title", title)
}

/// To the asker and the answer's author.
pub fn answer_accepted(title: &str) -> Text {
    Text::new("notify-answer-accepted").with("title", title)
}

/// To an invited expert.
pub fn invited_to_answer(by: &str, title: &str) -> Text {
    Text::new("notify-invited-to-answer")
        .with("by", by)
        .with("title", title)
}

/// To an asker who has answers but accepted none.
pub fn accept_reminder(title: &str) -> Text {
    Text::new("notify-accept-reminder").with("title", title)
}

/// To an idea's author, voters and followers when a moderator approves it.
pub fn idea_on_board(title: &str) -> Text {
    Text::new("notify-idea-on-board").with("title", title)
}

/// To an idea's author, voters and followers when its status changes (`status` is the
/// status's key: `planned`, `done`…).
pub fn idea_status(title: &str, status: &str) -> Text {
    Text::new("notify-idea-status")
        .with("title", title)
        .with("status", status)
}

/// To a merged idea's author, voters and followers.
pub fn idea_merged(source: &str, target: &str) -> Text {
    Text::new("notify-idea-merged")
        .with("source", source)
        .with("target", target)
}

/// The public note on a merged idea when the moderator gave none (kept with the idea's
/// history, so it is written once, in the site's language).
pub fn idea_merged_note(lang: Lang, target_id: i64, target: &str) -> String {
    lang.t2(
        "notify-idea-merged-note",
        "id",
        target_id.to_string(),
        "target",
        target,
    )
}

/// To the author of a post a moderator approved (`what`: the post's kind key).
pub fn post_approved(what: &str) -> Text {
    Text::new("notify-post-approved").with("kind", what)
}

/// To the author of a post a moderator rejected.
pub fn post_rejected(what: &str, reason: &str) -> Text {
    Text::new("notify-post-rejected")
        .with("kind", what)
        .with("reason", reason)
        .with("given", if reason.is_empty() { "no" } else { "yes" })
}

/// To the author of a post a moderator hid.
pub fn post_hidden(what: &str, reason: &str) -> Text {
    Text::new("notify-post-hidden")
        .with("kind", what)
        .with("reason", reason)
        .with("given", if reason.is_empty() { "no" } else { "yes" })
}

/// To a member a moderator silenced or suspended over a post.
pub fn member_restricted(what: &str, suspended: bool, days: i64, reason: &str) -> Text {
    Text::new("notify-member-restricted")
        .with("kind", what)
        .with("how", if suspended { "suspended" } else { "silenced" })
        .count("days", days as f64)
        .with("reason", reason)
        .with("given", if reason.is_empty() { "no" } else { "yes" })
}

/// To the author, when a moderator adds the reason for an earlier action.
pub fn moderation_reason(what: &str, reason: &str) -> Text {
    Text::new("notify-moderation-reason")
        .with("kind", what)
        .with("reason", reason)
        .with("given", if reason.is_empty() { "no" } else { "yes" })
}

/// How the audit log names a post (`kind` and `under` are kind keys; `title` is the
/// post's title, or its question's for an answer).
pub fn audit_post(kind: &str, id: i64, author: &str, title: &str, under: &str) -> Text {
    Text::new("audit-post")
        .with("kind", kind)
        .with("id", id.to_string())
        .with("author", author)
        .with("title", title)
        .with("under", under)
}

/// How the audit log names a member.
pub fn audit_member(username: &str, id: i64) -> Text {
    Text::new("audit-member")
        .with("username", username)
        .with("id", id.to_string())
}

/// How the audit log names an idea.
pub fn audit_idea(title: &str, id: i64) -> Text {
    Text::new("audit-idea")
        .with("title", title)
        .with("id", id.to_string())
}

/// How the audit log names an article.
pub fn audit_article(title: &str, id: i64) -> Text {
    Text::new("audit-article")
        .with("title", title)
        .with("id", id.to_string())
}

/// What a moderator's edit did, in the audit log.
pub const AUDIT_EDITED_THEN_APPROVED: Key = Key("notifications-audit-edited-then-approved");

/// How the queue heads a post: its title, or what an answer or comment belongs to.
pub fn post_heading(kind: &str, title: &str, under: &str) -> Text {
    Text::new("post-heading")
        .with("kind", kind)
        .with("title", title)
        .with("under", under)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_end_the_sentence_or_a_full_stop_does() {
        let en = |t: Text| t.say(Lang::EnGb);
        assert_eq!(
            en(post_hidden("answer", "")),
            "A moderator hid your answer."
        );
        assert_eq!(
            en(post_rejected("idea", "off topic")),
            "A moderator rejected your idea: off topic"
        );
        assert_eq!(
            post_rejected("idea", "hors sujet").say(Lang::Fr),
            "Un modérateur a refusé votre idée\u{a0}: hors sujet"
        );
        assert_eq!(
            en(post_heading("answer", "Which iron?", "")),
            "Answer to “Which iron?”"
        );
    }
}
