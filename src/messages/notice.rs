//! Notices: the one-line confirmation shown after an action ("You are signed in."). The
//! redirect names the notice by key in the query string, so nothing is stored and no
//! second cookie is needed; unknown keys are ignored, so no one can inject text.

/// A confirmation shown on the page a redirect leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    SignedIn,
    SignedOut,
    RolesChanged,
    RolesUnchanged,
    ArticleSaved,
    CommentPosted,
    CommentUpdated,
    QuestionPosted,
    AnswerPosted,
    Saved,
    IdeaPosted,
    IdeaAwaiting,
    Reported,
    ModDone,
    PolicySaved,
    AccountDeleted,
    /// The account was deleted with its posts.
    AccountDeletedWithPosts,
    /// An admin tried to remove their own admin role: refused, with the way to do it.
    OwnAdminKept,
    PasswordChanged,
    AddressConfirmed,
    AddressChanged,
    AddressRestored,
    DeviceSignedOut,
    OthersSignedOut,
    ConfirmationSent,
    ProviderLinked,
    ProviderUnlinked,
    TokenRevoked,
    MemberSignedOut,
    NotForMe,
    NotForMeUndone,
    InterestsSaved,
    DigestHourSaved,
    SetupDone,
}

impl Notice {
    const ALL: [Notice; 34] = [
        Notice::SetupDone,
        Notice::NotForMe,
        Notice::NotForMeUndone,
        Notice::InterestsSaved,
        Notice::DigestHourSaved,
        Notice::ProviderLinked,
        Notice::ProviderUnlinked,
        Notice::TokenRevoked,
        Notice::MemberSignedOut,
        Notice::PasswordChanged,
        Notice::AddressConfirmed,
        Notice::AddressChanged,
        Notice::AddressRestored,
        Notice::DeviceSignedOut,
        Notice::OthersSignedOut,
        Notice::ConfirmationSent,
        Notice::AccountDeleted,
        Notice::AccountDeletedWithPosts,
        Notice::OwnAdminKept,
        Notice::Reported,
        Notice::ModDone,
        Notice::PolicySaved,
        Notice::IdeaPosted,
        Notice::IdeaAwaiting,
        Notice::QuestionPosted,
        Notice::AnswerPosted,
        Notice::Saved,
        Notice::SignedIn,
        Notice::SignedOut,
        Notice::RolesChanged,
        Notice::RolesUnchanged,
        Notice::ArticleSaved,
        Notice::CommentPosted,
        Notice::CommentUpdated,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Notice::SignedIn => "signed-in",
            Notice::SignedOut => "signed-out",
            Notice::RolesChanged => "roles-changed",
            Notice::RolesUnchanged => "roles-unchanged",
            Notice::ArticleSaved => "article-saved",
            Notice::CommentPosted => "comment-posted",
            Notice::CommentUpdated => "comment-updated",
            Notice::QuestionPosted => "question-posted",
            Notice::AnswerPosted => "answer-posted",
            Notice::Saved => "saved",
            Notice::IdeaPosted => "idea-posted",
            Notice::IdeaAwaiting => "idea-awaiting",
            Notice::Reported => "reported",
            Notice::ModDone => "mod-done",
            Notice::PolicySaved => "policy-saved",
            Notice::AccountDeleted => "account-deleted",
            Notice::AccountDeletedWithPosts => "account-deleted-with-posts",
            Notice::OwnAdminKept => "own-admin-kept",
            Notice::PasswordChanged => "password-changed",
            Notice::AddressConfirmed => "address-confirmed",
            Notice::AddressChanged => "address-changed",
            Notice::AddressRestored => "address-restored",
            Notice::DeviceSignedOut => "device-signed-out",
            Notice::OthersSignedOut => "others-signed-out",
            Notice::ConfirmationSent => "confirmation-sent",
            Notice::ProviderLinked => "provider-linked",
            Notice::ProviderUnlinked => "provider-unlinked",
            Notice::TokenRevoked => "token-revoked",
            Notice::MemberSignedOut => "member-signed-out",
            Notice::NotForMe => "not-for-me",
            Notice::NotForMeUndone => "not-for-me-undone",
            Notice::InterestsSaved => "interests-saved",
            Notice::DigestHourSaved => "digest-hour-saved",
            Notice::SetupDone => "setup-done",
        }
    }

    pub fn message(self) -> crate::i18n::Key {
        match self {
            Notice::SignedIn => super::NOTICE_SIGNED_IN,
            Notice::SignedOut => super::NOTICE_SIGNED_OUT,
            Notice::RolesChanged => super::NOTICE_ROLES_CHANGED,
            Notice::RolesUnchanged => super::NOTICE_ROLES_UNCHANGED,
            Notice::ArticleSaved => super::NOTICE_ARTICLE_SAVED,
            Notice::CommentPosted => super::NOTICE_COMMENT_POSTED,
            Notice::CommentUpdated => super::NOTICE_COMMENT_UPDATED,
            Notice::QuestionPosted => super::NOTICE_QUESTION_POSTED,
            Notice::AnswerPosted => super::NOTICE_ANSWER_POSTED,
            Notice::Saved => super::NOTICE_SAVED,
            Notice::IdeaPosted => super::NOTICE_IDEA_POSTED,
            Notice::IdeaAwaiting => super::NOTICE_IDEA_AWAITING,
            Notice::Reported => super::NOTICE_REPORTED,
            Notice::ModDone => super::NOTICE_MOD_DONE,
            Notice::PolicySaved => super::NOTICE_POLICY_SAVED,
            Notice::AccountDeleted => super::NOTICE_ACCOUNT_DELETED,
            Notice::AccountDeletedWithPosts => super::deletion::NOTICE_DELETED_WITH_POSTS,
            Notice::OwnAdminKept => super::ROLE_OWN_ADMIN,
            Notice::PasswordChanged => super::account::NOTICE_PASSWORD_CHANGED,
            Notice::AddressConfirmed => super::account::NOTICE_ADDRESS_CONFIRMED,
            Notice::AddressChanged => super::account::NOTICE_ADDRESS_CHANGED,
            Notice::AddressRestored => super::account::NOTICE_ADDRESS_RESTORED,
            Notice::DeviceSignedOut => super::account::NOTICE_DEVICE_SIGNED_OUT,
            Notice::OthersSignedOut => super::account::NOTICE_OTHERS_SIGNED_OUT,
            Notice::ConfirmationSent => super::account::NOTICE_CONFIRMATION_SENT,
            Notice::ProviderLinked => super::sign_in::NOTICE_LINKED,
            Notice::ProviderUnlinked => super::sign_in::UNLINKED,
            Notice::TokenRevoked => super::account::NOTICE_TOKEN_REVOKED,
            Notice::MemberSignedOut => super::sign_in::NOTICE_MEMBER_SIGNED_OUT,
            Notice::NotForMe => super::personal::NOTICE_NOT_FOR_ME,
            Notice::NotForMeUndone => super::personal::NOTICE_UNDONE,
            Notice::InterestsSaved => super::personal::NOTICE_INTERESTS_SAVED,
            Notice::DigestHourSaved => super::personal::NOTICE_DIGEST_HOUR_SAVED,
            Notice::SetupDone => super::setup::NOTICE_DONE,
        }
    }

    pub fn parse(key: &str) -> Option<Notice> {
        Notice::ALL.into_iter().find(|n| n.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::Notice;

    #[test]
    fn keys_round_trip_and_unknown_keys_are_ignored() {
        for notice in Notice::ALL {
            assert_eq!(Notice::parse(notice.key()), Some(notice));
        }
        assert_eq!(Notice::parse("<script>"), None);
    }
}
