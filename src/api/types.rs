//! What the API reads and writes, as JSON. The OpenAPI description is generated from
//! these types ([`super::openapi`]), so the document and the responses are one thing.
//! Request bodies refuse fields they do not know, so a misspelt field is an error rather
//! than silently ignored.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// An area of expertise, in short.
#[derive(Serialize, ToSchema)]
pub struct AreaRef {
    pub slug: String,
    pub name: String,
}

/// An area of expertise.
#[derive(Serialize, ToSchema)]
pub struct Area {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    /// Its questions on the site.
    pub url: String,
}

#[derive(Serialize, ToSchema)]
pub struct AreaList {
    pub items: Vec<Area>,
}

/// A question as a list shows it.
#[derive(Serialize, ToSchema)]
pub struct QuestionSummary {
    pub id: i64,
    /// The question's page on the site.
    pub url: String,
    pub title: String,
    pub area: AreaRef,
    /// The asker's username.
    pub asker: String,
    pub answer_count: i32,
    pub expert_answer_count: i32,
    pub vote_count: i32,
    pub accepted_answer_id: Option<i64>,
    pub created_at: NaiveDateTime,
    pub last_activity_at: NaiveDateTime,
}

/// A question with its answers and their comments.
#[derive(Serialize, ToSchema)]
pub struct Question {
    #[serde(flatten)]
    pub summary: QuestionSummary,
    /// What the asker wrote, in Markdown.
    pub body_markdown: String,
    /// The same, as the site shows it (sanitised HTML).
    pub body_html: String,
    /// Oldest first.
    pub answers: Vec<Answer>,
}

#[derive(Serialize, ToSchema)]
pub struct Answer {
    pub id: i64,
    pub url: String,
    pub author: String,
    /// Written by an expert in the question's area.
    pub by_expert: bool,
    pub accepted: bool,
    pub score: i32,
    pub body_markdown: String,
    pub body_html: String,
    pub created_at: NaiveDateTime,
    pub edited_at: Option<NaiveDateTime>,
    pub comments: Vec<Comment>,
}

#[derive(Serialize, ToSchema)]
pub struct Comment {
    pub id: i64,
    pub author: String,
    pub body_markdown: String,
    pub body_html: String,
    pub created_at: NaiveDateTime,
    pub edited_at: Option<NaiveDateTime>,
}

/// An article as a list shows it.
#[derive(Serialize, ToSchema)]
pub struct ArticleSummary {
    pub id: i64,
    pub url: String,
    pub slug: String,
    pub title: String,
    pub excerpt: String,
    pub author: String,
    pub tags: Vec<String>,
    pub reading_minutes: i32,
    pub published_at: NaiveDateTime,
}

/// An article with its comments.
#[derive(Serialize, ToSchema)]
pub struct Article {
    #[serde(flatten)]
    pub summary: ArticleSummary,
    pub body_markdown: String,
    pub body_html: String,
    pub updated_at: NaiveDateTime,
    pub comments: Vec<Comment>,
}

/// An idea as the board shows it.
#[derive(Serialize, ToSchema)]
pub struct IdeaSummary {
    pub id: i64,
    pub url: String,
    pub title: String,
    /// `new`, `under-review`, `planned`, `in-progress`, `done` or `declined`.
    pub status: String,
    pub author: String,
    pub area: Option<AreaRef>,
    pub vote_count: i32,
    pub created_at: NaiveDateTime,
}

/// An idea with its status history and comments.
#[derive(Serialize, ToSchema)]
pub struct Idea {
    #[serde(flatten)]
    pub summary: IdeaSummary,
    pub body_markdown: String,
    pub body_html: String,
    /// Oldest first.
    pub status_history: Vec<StatusChange>,
    pub comments: Vec<Comment>,
}

#[derive(Serialize, ToSchema)]
pub struct StatusChange {
    pub from: String,
    pub to: String,
    /// The moderator's public note.
    pub note: String,
    pub at: NaiveDateTime,
}

/// A member's public profile.
#[derive(Serialize, ToSchema)]
pub struct Member {
    pub username: String,
    pub display_name: String,
    pub bio: String,
    /// `staff`, `expert`, `moderator`, `admin`: those the profile shows.
    pub roles: Vec<String>,
    pub member_since: NaiveDateTime,
    pub url: String,
}

/// Who the token belongs to, and what it may do.
#[derive(Serialize, ToSchema)]
pub struct Me {
    pub id: i64,
    pub username: String,
    pub roles: Vec<String>,
    pub scopes: Vec<String>,
}

/// One search result.
#[derive(Serialize, ToSchema)]
pub struct SearchHit {
    /// `article`, `question`, `answer` or `idea`.
    pub kind: String,
    pub id: i64,
    pub title: String,
    pub url: String,
    pub created_at: NaiveDateTime,
}

macro_rules! page_of {
    ($name:ident, $item:ty) => {
        /// One page of a list, newest first. `next_cursor`, when present, is passed as
        /// `cursor` to get the next page.
        #[derive(Serialize, ToSchema)]
        pub struct $name {
            pub items: Vec<$item>,
            pub next_cursor: Option<String>,
        }
    };
}

page_of!(QuestionPage, QuestionSummary);
page_of!(ArticlePage, ArticleSummary);
page_of!(IdeaPage, IdeaSummary);
page_of!(SearchPage, SearchHit);

/// A list's paging parameters.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Paging {
    /// The `next_cursor` of the page before.
    pub cursor: Option<String>,
    /// Items per page, 1 to 100 (20 when not given).
    pub limit: Option<i64>,
}

/// A search's parameters.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// What to look for.
    pub q: String,
    /// Only this kind: `article`, `question`, `answer` or `idea`.
    pub kind: Option<String>,
    pub cursor: Option<String>,
}

/// A new question.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewQuestion {
    pub title: String,
    /// Markdown.
    pub body: String,
    /// The area's slug (see `/areas`).
    pub area: String,
}

/// An answer or a comment.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewText {
    /// Markdown.
    pub body: String,
}

/// A new idea.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewIdea {
    pub title: String,
    /// Markdown.
    pub body: String,
    /// An area's slug, if the idea belongs to one.
    pub area: Option<String>,
}

/// A vote, or its withdrawal.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewVote {
    /// `true` to vote, `false` to withdraw the vote.
    pub up: bool,
}

/// A moderator's new status for an idea.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewStatus {
    /// `under-review`, `planned`, `in-progress`, `done` or `declined`.
    pub status: String,
    /// A public note, shown with the status.
    #[serde(default)]
    pub note: String,
}

/// What became of a post sent through the API.
#[derive(Serialize, ToSchema)]
pub struct Posted {
    pub id: i64,
    /// Where it is (or will be, once approved).
    pub url: String,
    /// `published`, or `held` for a moderator.
    pub state: String,
    /// Why it was held, in words for a person.
    pub held_because: Vec<String>,
}

/// The votes after a vote.
#[derive(Serialize, ToSchema)]
pub struct Voted {
    pub vote_count: i32,
    pub voted: bool,
}

/// A moderator's action, done.
#[derive(Serialize, ToSchema)]
pub struct Done {
    pub id: i64,
    /// The post's visibility, or the idea's status, after the action.
    pub state: String,
}
