//! What an audit log entry is about: how the log names it, and its page when it has one,
//! so that the log reads as sentences with a link to the post.

/// The subject of an audit entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditSubject {
    pub name: String,
    /// The subject's page ("" when it has none: a member, a setting).
    pub link: String,
}

impl AuditSubject {
    /// A subject with a page: a post, an idea, an article.
    pub fn linked(name: impl Into<crate::i18n::Text>, link: impl Into<String>) -> Self {
        Self {
            // Kept as the sentence's key and values, said in each reader's language.
            name: name.into().stored(),
            link: link.into(),
        }
    }
}

impl From<crate::i18n::Text> for AuditSubject {
    fn from(name: crate::i18n::Text) -> Self {
        Self::linked(name, "")
    }
}

impl From<&crate::i18n::Text> for AuditSubject {
    fn from(name: &crate::i18n::Text) -> Self {
        Self::linked(name.clone(), "")
    }
}

impl From<&str> for AuditSubject {
    fn from(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            link: String::new(),
        }
    }
}

impl From<&String> for AuditSubject {
    fn from(name: &String) -> Self {
        Self::from(name.as_str())
    }
}

impl From<String> for AuditSubject {
    fn from(name: String) -> Self {
        Self {
            name,
            link: String::new(),
        }
    }
}

impl From<&AuditSubject> for AuditSubject {
    fn from(subject: &AuditSubject) -> Self {
        subject.clone()
    }
}
