//! The dashboard's words: its figures, tables and the period form's errors.

pub const TITLE: &str = "Community dashboard";

pub const PERIOD_WEEK: &str = "This week";
pub const PERIOD_FOUR_WEEKS: &str = "Last 4 weeks";
pub const PERIOD_YEAR: &str = "Last 12 months";
pub const PERIOD_CUSTOM: &str = "Custom";

pub const FROM_INVALID: &str = "Enter the first day as a date, like 2026-01-31.";
pub const TO_INVALID: &str = "Enter the last day as a date, today or before.";
pub const ORDER_INVALID: &str = "The last day comes before the first.";
pub const TOO_LONG: &str = "Choose at most ten years.";

pub const SECTION_MEMBERS: &str = "Members";
pub const SECTION_QUESTIONS: &str = "Ask the Experts";
pub const SECTION_IDEAS: &str = "Ideas";
pub const SECTION_BLOG: &str = "Blog";
pub const SECTION_MODERATION: &str = "Moderation";

pub const NEW_MEMBERS: &str = "New members";
pub const ACTIVE_MEMBERS: &str = "Active members (posted or voted)";
pub const QUESTIONS: &str = "Questions asked";
pub const ANSWERED: &str = "Answered";
pub const EXPERT_ANSWERED: &str = "Answered by an expert";
pub const FIRST_ANSWER_MEDIAN: &str = "Time to first answer, median";
pub const FIRST_ANSWER_P90: &str = "Time to first answer, 90th percentile";
pub const FIRST_EXPERT_MEDIAN: &str = "Time to first expert answer, median";
pub const FIRST_EXPERT_P90: &str = "Time to first expert answer, 90th percentile";
pub const IDEAS: &str = "Ideas received";
pub const FIRST_STATUS_MEDIAN: &str = "Time to a first status, median";
pub const ARTICLES: &str = "Articles published";
pub const COMMENTS: &str = "Comments on articles";
pub const HELD: &str = "Posts held by the checks";
pub const FLAGGED: &str = "Posts flagged by the checks";
pub const REPORTS: &str = "Reports by members";
pub const ACTION_MEDIAN: &str = "Time to a moderator's action, median";
pub const FALSE_FLAGS: &str = "False flags (approved without change)";

pub const COLUMN_FIGURE: &str = "Figure";
pub const COLUMN_PERIOD: &str = "This period";
pub const COLUMN_PREVIOUS: &str = "Previous period";
pub const COLUMN_CHANGE: &str = "Change";
pub const COLUMN_FROM: &str = "From";
pub const COLUMN_TO: &str = "To";
pub const COLUMN_ACTIVE: &str = "Active members";
pub const COLUMN_QUESTIONS: &str = "Questions";
pub const COLUMN_ANSWERS: &str = "Answers";
pub const COLUMN_IDEAS: &str = "Ideas";
pub const COLUMN_ARTICLES: &str = "Articles";
pub const COLUMN_COMMENTS: &str = "Comments";
pub const COLUMN_VOTES: &str = "Votes";
pub const COLUMN_REPLIES: &str = "Other replies";
pub const COLUMN_AREA: &str = "Area";
pub const COLUMN_UNANSWERED: &str = "Unanswered";
pub const COLUMN_OLDEST: &str = "Oldest question";
pub const COLUMN_ASKED: &str = "Asked";
pub const COLUMN_STATUS: &str = "Status";
pub const COLUMN_RULE: &str = "Rule";
pub const COLUMN_HELD: &str = "Held";
pub const COLUMN_FLAGGED: &str = "Flagged";

/// What a share or a time shows when there is nothing to measure.
pub const NONE: &str = "–";
