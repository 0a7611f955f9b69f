//! The dashboard's words: its figures, tables and the period form's errors. Their English
//! and French are in `admin.ftl` (the first day's error in `messages.ftl`).

use crate::i18n::Key;

pub const TITLE: Key = Key("admin-dashboard-title");

pub const PERIOD_WEEK: Key = Key("admin-dashboard-period-week");
pub const PERIOD_FOUR_WEEKS: Key = Key("admin-dashboard-period-four-weeks");
pub const PERIOD_YEAR: Key = Key("admin-dashboard-period-year");
pub const PERIOD_CUSTOM: Key = Key("admin-dashboard-period-custom");

pub const FROM_INVALID: Key = Key("dashboard-from-invalid");
pub const TO_INVALID: Key = Key("admin-dashboard-to-invalid");
pub const ORDER_INVALID: Key = Key("admin-dashboard-order-invalid");
pub const TOO_LONG: Key = Key("admin-dashboard-too-long");

pub const SECTION_MEMBERS: Key = Key("admin-dashboard-section-members");
pub const SECTION_QUESTIONS: Key = Key("admin-dashboard-section-questions");
pub const SECTION_IDEAS: Key = Key("admin-dashboard-section-ideas");
pub const SECTION_BLOG: Key = Key("admin-dashboard-section-blog");
pub const SECTION_MODERATION: Key = Key("admin-dashboard-section-moderation");

pub const NEW_MEMBERS: Key = Key("admin-dashboard-new-members");
pub const ACTIVE_MEMBERS: Key = Key("admin-dashboard-active-members");
pub const QUESTIONS: Key = Key("admin-dashboard-questions");
pub const ANSWERED: Key = Key("admin-dashboard-answered");
pub const EXPERT_ANSWERED: Key = Key("admin-dashboard-expert-answered");
pub const FIRST_ANSWER_MEDIAN: Key = Key("admin-dashboard-first-answer-median");
pub const FIRST_ANSWER_P90: Key = Key("admin-dashboard-first-answer-p90");
pub const FIRST_EXPERT_MEDIAN: Key = Key("admin-dashboard-first-expert-median");
pub const FIRST_EXPERT_P90: Key = Key("admin-dashboard-first-expert-p90");
pub const IDEAS: Key = Key("admin-dashboard-ideas");
pub const FIRST_STATUS_MEDIAN: Key = Key("admin-dashboard-first-status-median");
pub const ARTICLES: Key = Key("admin-dashboard-articles");
pub const COMMENTS: Key = Key("admin-dashboard-comments");
pub const HELD: Key = Key("admin-dashboard-held");
pub const FLAGGED: Key = Key("admin-dashboard-flagged");
pub const REPORTS: Key = Key("admin-dashboard-reports");
pub const ACTION_MEDIAN: Key = Key("admin-dashboard-action-median");
pub const FALSE_FLAGS: Key = Key("admin-dashboard-false-flags");

pub const COLUMN_FIGURE: Key = Key("admin-dashboard-column-figure");
pub const COLUMN_PERIOD: Key = Key("admin-dashboard-column-period");
pub const COLUMN_PREVIOUS: Key = Key("admin-dashboard-column-previous");
pub const COLUMN_CHANGE: Key = Key("admin-dashboard-column-change");
pub const COLUMN_FROM: Key = Key("admin-dashboard-column-from");
pub const COLUMN_TO: Key = Key("admin-dashboard-column-to");
pub const COLUMN_ACTIVE: Key = Key("admin-dashboard-column-active");
pub const COLUMN_QUESTIONS: Key = Key("admin-dashboard-column-questions");
pub const COLUMN_ANSWERS: Key = Key("admin-dashboard-column-answers");
pub const COLUMN_IDEAS: Key = Key("admin-dashboard-column-ideas");
pub const COLUMN_ARTICLES: Key = Key("admin-dashboard-column-articles");
pub const COLUMN_COMMENTS: Key = Key("admin-dashboard-column-comments");
pub const COLUMN_VOTES: Key = Key("admin-dashboard-column-votes");
pub const COLUMN_REPLIES: Key = Key("admin-dashboard-column-replies");
pub const COLUMN_AREA: Key = Key("admin-dashboard-column-area");
pub const COLUMN_UNANSWERED: Key = Key("admin-dashboard-column-unanswered");
pub const COLUMN_OLDEST: Key = Key("admin-dashboard-column-oldest");
pub const COLUMN_ASKED: Key = Key("admin-dashboard-column-asked");
pub const COLUMN_STATUS: Key = Key("admin-dashboard-column-status");
pub const COLUMN_RULE: Key = Key("admin-dashboard-column-rule");
pub const COLUMN_HELD: Key = Key("admin-dashboard-column-held");
pub const COLUMN_FLAGGED: Key = Key("admin-dashboard-column-flagged");

/// What a share or a time shows when there is nothing to measure (punctuation, the same
/// in every language).
pub const NONE: &str = "–";
