//! Pages' own words: the titles and meta descriptions handlers give the pages they render.

pub const TITLE_EDIT_COMMENT: &str = "Edit your comment";
pub const TITLE_MOD_EDIT: &str = "Edit before approving";
pub const DESCRIPTION_HOME: &str =
    "Advice from our staff, answers from our experts, and a say in what we do next.";
pub const DESCRIPTION_BLOG: &str = "Advice on fit, fabrics, care and what to wear, from our staff.";
pub const DESCRIPTION_SIGNUP: &str =
    "Join the community to ask our experts, comment and share your ideas.";
pub const DESCRIPTION_EXPERTS: &str =
    "Questions about fit, fabric, care and style, answered by our own experts.";
pub const DESCRIPTION_TEAM: &str = "The staff who answer your questions, and what they know best.";
pub const DESCRIPTION_IDEAS: &str =
    "Your ideas for the shop, voted on by the community and answered by our team.";
pub const TITLE_ADMIN: &str = "Admin";
pub const TITLE_AREAS_OF_EXPERTISE: &str = "Areas of expertise";
pub const TITLE_ASK_A_QUESTION: &str = "Ask a question";
pub const TITLE_ASK_THE_EXPERTS: &str = "Ask the Experts";
pub const TITLE_AUDIT_LOG: &str = "Audit log";
pub const TITLE_CREATE_AN_ACCOUNT: &str = "Create an account";
pub const TITLE_IDEAS: &str = "Ideas";
pub const TITLE_IDEAS_WAITING_FOR_REVIEW: &str = "Ideas waiting for review";
pub const TITLE_MEMBERS_AND_ROLES: &str = "Members and roles";
pub const TITLE_MODERATION_POLICY: &str = "Moderation policy";
pub const TITLE_MODERATION_QUEUE: &str = "Moderation queue";
pub const TITLE_NOTIFICATIONS: &str = "Notifications";
pub const TITLE_OUR_EXPERTS: &str = "Our experts";
pub const TITLE_PARLOUR: &str = "Parlour";
pub const TITLE_REPORT_A_POST: &str = "Report a post";
pub const TITLE_SHARE_AN_IDEA: &str = "Share an idea";
pub const TITLE_SIGN_IN: &str = "Sign in";
pub const TITLE_WAITING_FOR_A_MODERATOR: &str = "Waiting for a moderator";
pub const TITLE_WRITE_AN_ARTICLE: &str = "Write an article";
pub const TITLE_YOUR_ACCOUNT: &str = "Your account";
pub const TITLE_YOUR_QUEUE: &str = "Your queue";

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
    /// The title, for the community called `site`.
    pub fn of(&self, site: &str) -> String {
        match self {
            FeedTitle::Site => site.to_owned(),
            FeedTitle::Blog => format!("{site} blog"),
            FeedTitle::Author(author) => format!("{site} blog: articles by {author}"),
            FeedTitle::Experts => format!("{site}: Ask the Experts"),
            FeedTitle::Area(area) => format!("{site}: Ask the Experts about {area}"),
            FeedTitle::Ideas => format!("{site}: ideas"),
        }
    }
}
