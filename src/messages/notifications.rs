//! The sentences of notifications (in the app and in e-mail subjects) and of the audit
//! log's subjects. Each takes the names it mentions; user-written titles are quoted as
//! they are. `what` is how a post's kind is named in a sentence ("question", "answer").

/// The kinds of notification, as a member's e-mail choices name them.
pub const CHOICE_ANSWER_TO_MY_QUESTION: &str = "Someone answers my question";
pub const CHOICE_ANSWER_ACCEPTED: &str = "An answer on my question, or my answer, is accepted";
pub const CHOICE_FOLLOWED_QUESTION_ANSWERED: &str = "A question I follow gets a new answer";
pub const CHOICE_QUESTION_IN_MY_AREA: &str = "A question arrives in my areas (experts)";
pub const CHOICE_INVITED_TO_ANSWER: &str = "Another expert invites me to answer (experts)";
pub const CHOICE_ACCEPT_REMINDER: &str = "A reminder to accept an answer that helped";
pub const CHOICE_IDEA_STATUS_CHANGED: &str = "An idea I posted or voted for gets a new status";
pub const CHOICE_MODERATION_DECISION: &str = "A moderator approves, rejects or hides my post";

/// To the experts of an area.
pub fn question_in_area(area: &str, title: &str) -> String {
    format!("New question in {area}: {title}")
}

/// To the asker.
pub fn answered_your_question(author: &str, title: &str) -> String {
    format!("{author} answered your question: {title}")
}

/// To a question's followers.
pub fn followed_question_answered(title: &str) -> String {
    format!("New answer on a question you follow: {title}")
}

/// To the asker and the answer's author.
pub fn answer_accepted(title: &str) -> String {
    format!("An answer was accepted on: {title}")
}

/// To an invited expert.
pub fn invited_to_answer(by: &str, title: &str) -> String {
    format!("{by} invites you to answer: {title}")
}

/// To an asker who has answers but accepted none.
pub fn accept_reminder(title: &str) -> String {
    format!("Did an answer help? Accept it on: {title}")
}

/// To an idea's author, voters and followers when a moderator approves it.
pub fn idea_on_board(title: &str) -> String {
    format!("Your idea is on the board: {title}")
}

/// To an idea's author, voters and followers when its status changes.
pub fn idea_status(title: &str, status: &str) -> String {
    format!("“{title}” is now {}", status.to_lowercase())
}

/// To a merged idea's author, voters and followers.
pub fn idea_merged(source: &str, target: &str) -> String {
    format!("“{source}” was merged into “{target}”; votes moved with it")
}

/// The public note on a merged idea when the moderator gave none.
pub fn idea_merged_note(target_id: i64, target: &str) -> String {
    format!("Merged into #{target_id}: {target}")
}

/// To the author of a post a moderator approved.
pub fn post_approved(what: &str) -> String {
    format!("A moderator approved your {}: it is public now.", what)
}

/// To the author of a post a moderator rejected.
pub fn post_rejected(what: &str, reason: &str) -> String {
    with_reason(format!("A moderator rejected your {}", what), reason)
}

/// To the author of a post a moderator hid.
pub fn post_hidden(what: &str, reason: &str) -> String {
    with_reason(format!("A moderator hid your {}", what), reason)
}

/// To a member a moderator silenced or suspended over a post.
pub fn member_restricted(what: &str, suspended: bool, days: i64, reason: &str) -> String {
    let how = if suspended { "suspended" } else { "silenced" };
    with_reason(
        format!(
            "A moderator hid your {} and {how} your account for {days} days",
            what
        ),
        reason,
    )
}

/// To the author, when a moderator adds the reason for an earlier action.
pub fn moderation_reason(what: &str, reason: &str) -> String {
    format!("The moderators' reason about your {}: {reason}", what)
}

fn with_reason(text: String, reason: &str) -> String {
    if reason.is_empty() {
        format!("{text}.")
    } else {
        format!("{text}: {reason}")
    }
}

/// How the audit log names a post.
pub fn audit_post(what: &str, id: i64, author: &str, heading: &str) -> String {
    format!("{what} #{id} by {author}: {heading}")
}

/// How the audit log names a member.
pub fn audit_member(username: &str, id: i64) -> String {
    format!("member {username} (#{id})")
}

/// How the audit log names an idea.
pub fn audit_idea(title: &str, id: i64) -> String {
    format!("idea {title} (#{id})")
}

/// How the audit log names an article.
pub fn audit_article(title: &str, id: i64) -> String {
    format!("article {title} (#{id})")
}

/// What a moderator's edit did, in the audit log.
pub const AUDIT_EDITED_THEN_APPROVED: &str = "edited, then approved";

/// How the queue and the audit log head an answer.
pub fn answer_heading(question_title: &str) -> String {
    format!("Answer to “{question_title}”")
}

/// How the queue and the audit log head a comment, by what it hangs under.
pub fn comment_heading(under: Option<&str>) -> &'static str {
    match under {
        Some("answer") => "Comment on an answer",
        Some("idea") => "Comment on an idea",
        _ => "Comment on an article",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_end_the_sentence_or_a_full_stop_does() {
        assert_eq!(post_hidden("answer", ""), "A moderator hid your answer.");
        assert_eq!(
            post_rejected("idea", "off topic"),
            "A moderator rejected your idea: off topic"
        );
        assert_eq!(answer_heading("Which iron?"), "Answer to “Which iron?”");
    }
}
