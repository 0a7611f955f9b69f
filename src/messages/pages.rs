//! Pages' own words: the titles and meta descriptions handlers give the pages they render.

use crate::i18n::Key;

pub const TITLE_EDIT_COMMENT: Key = Key("title-edit-comment");
pub const TITLE_MOD_EDIT: Key = Key("title-mod-edit");
pub const DESCRIPTION_HOME: Key = Key("description-home");
pub const DESCRIPTION_BLOG: Key = Key("description-blog");
pub const DESCRIPTION_SIGNUP: Key = Key("description-signup");
pub const DESCRIPTION_EXPERTS: Key = Key("description-experts");
pub const DESCRIPTION_TEAM: Key = Key("description-team");
pub const DESCRIPTION_IDEAS: Key = Key("description-ideas");
pub const TITLE_ADMIN: Key = Key("title-admin");
pub const TITLE_AREAS_OF_EXPERTISE: Key = Key("title-areas-of-expertise");
pub const TITLE_ASK_A_QUESTION: Key = Key("title-ask-a-question");
pub const TITLE_ASK_THE_EXPERTS: Key = Key("title-ask-the-experts");
pub const TITLE_AUDIT_LOG: Key = Key("title-audit-log");
pub const TITLE_CREATE_AN_ACCOUNT: Key = Key("title-create-an-account");
pub const TITLE_IDEAS: Key = Key("title-ideas");
pub const TITLE_IDEAS_WAITING_FOR_REVIEW: Key = Key("title-ideas-waiting-for-review");
pub const TITLE_MEMBERS_AND_ROLES: Key = Key("title-members-and-roles");
pub const TITLE_MODERATION_POLICY: Key = Key("title-moderation-policy");
pub const TITLE_MODERATION_QUEUE: Key = Key("title-moderation-queue");
pub const TITLE_NOTIFICATIONS: Key = Key("title-notifications");
pub const TITLE_OUR_EXPERTS: Key = Key("title-our-experts");
pub const TITLE_PARLOUR: Key = Key("title-parlour");
pub const TITLE_REPORT_A_POST: Key = Key("title-report-a-post");
pub const TITLE_SHARE_AN_IDEA: Key = Key("title-share-an-idea");
pub const TITLE_SIGN_IN: Key = Key("title-sign-in");
pub const TITLE_WAITING_FOR_A_MODERATOR: Key = Key("title-waiting-for-a-moderator");
pub const TITLE_WRITE_AN_ARTICLE: Key = Key("title-write-an-article");
pub const TITLE_YOUR_ACCOUNT: Key = Key("title-your-account");
pub const TITLE_YOUR_QUEUE: Key = Key("title-your-queue");

/// "Edit: {title}", the editor's heading for an article.
pub fn title_edit_article(title: &str) -> String {
    format!("Edit: {title}")
}

/// The revisions page's heading.
pub fn title_revisions(title: &str) -> String {
    format!("Revisions: {title}")
}

/// The blog's heading when filtered by a tag.
pub fn title_tagged(tag: &str) -> String {
    format!("Articles tagged {tag}")
}

/// The blog's heading when filtered by an author.
pub fn title_by_author(author: &str) -> String {
    format!("Articles by {author}")
}

/// Which feed a title names; the site's name (the brand's) goes in front.
#[derive(Debug, Clone, Copy)]
pub enum FeedTitle<'a> {
    Site,
    Blog,
    /// An author's articles.
    Author(&'a str),
    Experts,
    /// An area's questions.
    Area(&'a str),
    Ideas,
}

impl FeedTitle<'_> {
    /// The title in `lang`, for the community called `site`.
    pub fn of(&self, lang: crate::i18n::Lang, site: &str) -> String {
        match self {
            FeedTitle::Site => site.to_owned(),
            FeedTitle::Blog => lang.t1("feed-blog", "site", site),
            FeedTitle::Author(author) => lang.t2("feed-author", "site", site, "author", *author),
            FeedTitle::Experts => lang.t1("feed-experts", "site", site),
            FeedTitle::Area(area) => lang.t2("feed-area", "site", site, "area", *area),
            FeedTitle::Ideas => lang.t1("feed-ideas", "site", site),
        }
    }
}
