//! The moderation policy an admin sets at `/admin/policy`: which posts wait for review
//! (per kind, per group of authors, per area), the confidential terms, and the thresholds
//! for the negativity flag, the link limit and the new-member hold. Stored as named
//! settings; a missing setting takes the default below.

use crate::i18n::Key;
use crate::messages::moderation as wording;
use chrono::NaiveDateTime;

use super::checks::Thresholds;
use crate::db::DbConnection;
use crate::db::models::settings;
use crate::domain::ContentKind;
use crate::domain::{Role, RoleSet};
use crate::messages;

/// Who wrote a post, as the policy sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// Customers.
    Members,
    /// Staff, experts, moderators and admins.
    Staff,
}

impl Group {
    pub const ALL: [Group; 2] = [Group::Members, Group::Staff];

    pub fn of(roles: RoleSet) -> Group {
        if Role::ALL.into_iter().any(|role| roles.has(role)) {
            Group::Staff
        } else {
            Group::Members
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Group::Members => "members",
            Group::Staff => "staff",
        }
    }

    pub fn label(self) -> crate::i18n::Key {
        match self {
            Group::Members => wording::GROUP_MEMBERS,
            Group::Staff => wording::GROUP_STAFF,
        }
    }
}

pub const MAX_TERMS: usize = 500;
pub const MAX_TERM_CHARS: usize = 100;
pub const MAX_NEW_MEMBER_POSTS: i64 = 20;

#[derive(Debug, Clone)]
pub struct Policy {
    /// The kinds of post that wait for review, per group of authors.
    pub premoderated: Vec<(ContentKind, Group)>,
    /// Areas where every customer post waits for review.
    pub premoderated_areas: Vec<i64>,
    pub thresholds: Thresholds,
    /// A customer's first this-many posts wait for review (0: none).
    pub new_member_posts: i64,
    /// Members may post and vote before confirming their e-mail address.
    pub unconfirmed_may_post: bool,
}

impl Policy {
    /// The built-in policy: customers' ideas wait (when `ideas_premoderated`), and a new
    /// customer's first post.
    pub fn defaults(ideas_premoderated: bool) -> Self {
        Self {
            premoderated: if ideas_premoderated {
                vec![(ContentKind::Idea, Group::Members)]
            } else {
                Vec::new()
            },
            premoderated_areas: Vec::new(),
            thresholds: Thresholds::default(),
            new_member_posts: 1,
            unconfirmed_may_post: false,
        }
    }

    pub fn premoderates(&self, kind: ContentKind, group: Group, area: Option<i64>) -> bool {
        self.premoderated.contains(&(kind, group))
            || (group == Group::Members
                && area.is_some_and(|a| self.premoderated_areas.contains(&a)))
    }

    /// The policy in the database, over `defaults`.
    pub fn load(conn: &mut DbConnection, defaults: Policy) -> diesel::QueryResult<Policy> {
        let mut policy = defaults;
        for (name, value) in settings::all(conn)? {
            policy.apply(&name, &value);
        }
        Ok(policy)
    }

    fn apply(&mut self, name: &str, value: &str) {
        match name {
            "premoderation" => {
                self.premoderated = value
                    .split(',')
                    .filter_map(|pair| {
                        let (kind, group) = pair.split_once(':')?;
                        let group = Group::ALL.into_iter().find(|g| g.key() == group)?;
                        Some((ContentKind::parse(kind)?, group))
                    })
                    .collect();
            }
            "premoderated_areas" => {
                self.premoderated_areas =
                    value.split(',').filter_map(|id| id.parse().ok()).collect();
            }
            "confidential_terms" => {
                self.thresholds.confidential_terms = value.lines().map(str::to_owned).collect();
            }
            "negativity_threshold" => {
                if let Ok(v) = value.parse() {
                    self.thresholds.negativity = v;
                }
            }
            "max_links" => {
                if let Ok(v) = value.parse() {
                    self.thresholds.max_links = v;
                }
            }
            "new_member_posts" => {
                if let Ok(v) = value.parse() {
                    self.new_member_posts = v;
                }
            }
            settings::UNCONFIRMED_MAY_POST => self.unconfirmed_may_post = value == "1",
            _ => {}
        }
    }

    /// The policy as named settings, in the order they are shown and logged.
    pub fn to_settings(&self) -> Vec<(&'static str, String)> {
        vec![
            (
                "premoderation",
                self.premoderated
                    .iter()
                    .map(|(kind, group)| format!("{}:{}", kind.key(), group.key()))
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            (
                "premoderated_areas",
                self.premoderated_areas
                    .iter()
                    .map(i64::to_string)
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            (
                "confidential_terms",
                self.thresholds.confidential_terms.join("\n"),
            ),
            (
                "negativity_threshold",
                format!("{:.2}", self.thresholds.negativity),
            ),
            ("max_links", self.thresholds.max_links.to_string()),
            ("new_member_posts", self.new_member_posts.to_string()),
            (
                settings::UNCONFIRMED_MAY_POST,
                if self.unconfirmed_may_post { "1" } else { "0" }.to_owned(),
            ),
        ]
    }

    /// Saves every setting that changed; returns (name, old, new) for each, for the log.
    pub fn save(
        &self,
        conn: &mut DbConnection,
        before: &Policy,
        now: NaiveDateTime,
    ) -> diesel::QueryResult<Vec<(&'static str, String, String)>> {
        let old = before.to_settings();
        let mut changed = Vec::new();
        for ((name, new), (_, was)) in self.to_settings().into_iter().zip(old) {
            if new != was {
                settings::set(conn, name, &new, now)?;
                changed.push((name, was, new));
            }
        }
        Ok(changed)
    }
}

/// The confidential terms as typed, one per line: trimmed, blank lines dropped, repeats
/// (ignoring case) dropped. Any script, punctuation or emoji is fine (terms are matched
/// literally); control characters and over-long terms are refused.
pub fn parse_terms(input: &str) -> Result<Vec<String>, Key> {
    let mut terms: Vec<String> = Vec::new();
    for line in input.lines() {
        let term = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if term.is_empty() {
            continue;
        }
        if term.chars().any(char::is_control) {
            return Err(messages::POLICY_TERM_CONTROL);
        }
        if term.chars().count() > MAX_TERM_CHARS {
            return Err(messages::POLICY_TERM_TOO_LONG);
        }
        if !terms
            .iter()
            .any(|t| t.to_lowercase() == term.to_lowercase())
        {
            terms.push(term);
        }
    }
    if terms.len() > MAX_TERMS {
        return Err(messages::POLICY_TOO_MANY_TERMS);
    }
    Ok(terms)
}

/// A negativity threshold, with a decimal point or (as French writes it) a comma.
pub fn parse_negativity(input: &str) -> Result<f64, Key> {
    match input.trim().replace(',', ".").parse::<f64>() {
        Ok(v) if (0.05..=1.0).contains(&v) => Ok(v),
        _ => Err(messages::POLICY_NEGATIVITY),
    }
}

pub fn parse_max_links(input: &str) -> Result<usize, Key> {
    match input.trim().parse::<usize>() {
        Ok(v) if (1..=50).contains(&v) => Ok(v),
        _ => Err(messages::POLICY_MAX_LINKS),
    }
}

pub fn parse_new_member_posts(input: &str) -> Result<i64, Key> {
    match input.trim().parse::<i64>() {
        Ok(v) if (0..=MAX_NEW_MEMBER_POSTS).contains(&v) => Ok(v),
        _ => Err(messages::POLICY_NEW_MEMBER_POSTS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_cleaned_and_odd_characters_kept() {
        let terms =
            parse_terms("  Project   Kestrel \n\nproject kestrel\nC++\n鷹計画 🦅\n").unwrap();
        assert_eq!(terms, vec!["Project Kestrel", "C++", "鷹計画 🦅"]);
        assert!(parse_terms("bad\u{7}term").is_err());
        assert!(parse_terms(&"x".repeat(101)).is_err());
    }

    #[test]
    fn a_threshold_takes_a_point_or_a_comma() {
        assert_eq!(parse_negativity(" 0.25 "), Ok(0.25));
        assert_eq!(parse_negativity("0,25"), Ok(0.25));
        assert!(parse_negativity("0,01").is_err());
        assert!(parse_negativity("1,5").is_err());
        assert!(parse_negativity("un demi").is_err());
    }

    #[test]
    fn settings_round_trip() {
        let mut policy = Policy::defaults(true);
        policy
            .premoderated
            .push((ContentKind::Answer, Group::Staff));
        policy.premoderated_areas = vec![3, 5];
        policy.thresholds.confidential_terms = vec!["Bluebird".into(), "HX-200".into()];
        policy.thresholds.negativity = 0.75;
        let mut loaded = Policy::defaults(false);
        for (name, value) in policy.to_settings() {
            loaded.apply(name, &value);
        }
        assert_eq!(loaded.to_settings(), policy.to_settings());
        assert!(loaded.premoderates(ContentKind::Question, Group::Members, Some(5)));
        assert!(!loaded.premoderates(ContentKind::Question, Group::Staff, Some(5)));
        assert!(loaded.premoderates(ContentKind::Answer, Group::Staff, None));
    }
}
