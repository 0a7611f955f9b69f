//! Notifications: who hears about what. Every notice is stored for the in-app list (with
//! the unread count in the header); members choose per kind whether they also get e-mail.
//! By default only answers to your own questions are e-mailed, so that nobody reports
//! the community's mail as spam.

use crate::i18n::Text;
use chrono::NaiveDateTime;

use crate::db::DbConnection;
use crate::db::models::notifications;
use crate::mail::Outgoing;
use crate::messages::notifications as texts;

/// What a notification is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    AnswerToMyQuestion,
    AnswerAccepted,
    FollowedQuestionAnswered,
    QuestionInMyArea,
    InvitedToAnswer,
    AcceptReminder,
    IdeaStatusChanged,
    ModerationDecision,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::AnswerToMyQuestion,
        Kind::AnswerAccepted,
        Kind::FollowedQuestionAnswered,
        Kind::QuestionInMyArea,
        Kind::InvitedToAnswer,
        Kind::AcceptReminder,
        Kind::IdeaStatusChanged,
        Kind::ModerationDecision,
    ];

    /// The stable key stored in the database and used in forms.
    pub fn key(self) -> &'static str {
        match self {
            Kind::AnswerToMyQuestion => "answer",
            Kind::AnswerAccepted => "accepted",
            Kind::FollowedQuestionAnswered => "followed",
            Kind::QuestionInMyArea => "area-question",
            Kind::InvitedToAnswer => "invited",
            Kind::AcceptReminder => "reminder",
            Kind::IdeaStatusChanged => "idea-status",
            Kind::ModerationDecision => "moderation",
        }
    }

    /// How the kind is named in the member's settings.
    pub fn label(self) -> crate::i18n::Key {
        match self {
            Kind::AnswerToMyQuestion => texts::CHOICE_ANSWER_TO_MY_QUESTION,
            Kind::AnswerAccepted => texts::CHOICE_ANSWER_ACCEPTED,
            Kind::FollowedQuestionAnswered => texts::CHOICE_FOLLOWED_QUESTION_ANSWERED,
            Kind::QuestionInMyArea => texts::CHOICE_QUESTION_IN_MY_AREA,
            Kind::InvitedToAnswer => texts::CHOICE_INVITED_TO_ANSWER,
            Kind::AcceptReminder => texts::CHOICE_ACCEPT_REMINDER,
            Kind::IdeaStatusChanged => texts::CHOICE_IDEA_STATUS_CHANGED,
            Kind::ModerationDecision => texts::CHOICE_MODERATION_DECISION,
        }
    }

    /// Whether the kind is e-mailed when the member has not chosen.
    pub fn emails_by_default(self) -> bool {
        self == Kind::AnswerToMyQuestion
    }

    pub fn parse(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// Notifies `users` (without duplicates) of `text`, linking to `url`, and returns the
/// e-mails to send once the transaction has committed (see [`crate::mail::Mailer`]). Two
/// queries for up to a thousand people: one insert, one read of their choices.
pub fn send(
    conn: &mut DbConnection,
    users: &[i64],
    kind: Kind,
    text: &Text,
    url: &str,
    now: NaiveDateTime,
) -> diesel::QueryResult<Vec<Outgoing>> {
    let mut unique: Vec<i64> = users.to_vec();
    unique.sort_unstable();
    unique.dedup();
    if unique.is_empty() {
        return Ok(Vec::new());
    }
    // Kept as the sentence's key and values: each member reads it in their language.
    notifications::add(conn, &unique, kind.key(), &text.stored(), url, now)?;
    let recipients = notifications::email_recipients(conn, &unique, kind.key())?;
    let mut outgoing = Vec::new();
    for (user_id, to, choice, language) in recipients {
        if !choice.unwrap_or(kind.emails_by_default()) {
            continue;
        }
        let lang = crate::brand::language_for(conn, &language)?;
        outgoing.push(Outgoing {
            user_id,
            to,
            letter: crate::messages::mail::notification(lang, &text.say(lang), url, kind.key()),
        });
    }
    Ok(outgoing)
}

#[cfg(test)]
mod tests {
    use super::Kind;

    #[test]
    fn only_answers_to_my_questions_are_emailed_by_default() {
        let emailed: Vec<Kind> = Kind::ALL
            .into_iter()
            .filter(|k| k.emails_by_default())
            .collect();
        assert_eq!(emailed, vec![Kind::AnswerToMyQuestion]);
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.key()), Some(kind));
        }
    }
}
