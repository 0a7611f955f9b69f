//! The rules for an article as the editor submits it.

use crate::i18n::Key;
use chrono::NaiveDateTime;

use crate::domain::slugify;
use crate::messages;

pub const TITLE_MAX: usize = 150;
pub const EXCERPT_MAX: usize = 300;
pub const BODY_MAX: usize = 100_000;
pub const TAGS_MAX: usize = 5;
pub const TAG_MAX: usize = 30;
pub const ALT_MAX: usize = 200;

/// When an article becomes visible.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Publish {
    /// Not yet: only staff and moderators see it.
    Draft,
    /// As soon as it is saved.
    Now,
    /// At a later moment (UTC).
    At(NaiveDateTime),
}

pub fn parse_title(input: &str) -> Result<String, Key> {
    let title = input.trim();
    if title.is_empty() {
        Err(messages::ARTICLE_TITLE_REQUIRED)
    } else if title.chars().count() > TITLE_MAX {
        Err(messages::ARTICLE_TITLE_TOO_LONG)
    } else {
        Ok(title.to_owned())
    }
}

pub fn parse_body(input: &str) -> Result<String, Key> {
    if input.trim().is_empty() {
        Err(messages::ARTICLE_BODY_REQUIRED)
    } else if input.chars().count() > BODY_MAX {
        Err(messages::ARTICLE_BODY_TOO_LONG)
    } else {
        Ok(input.replace("\r\n", "\n"))
    }
}

pub fn parse_excerpt(input: &str) -> Result<String, Key> {
    let excerpt = input.trim();
    if excerpt.chars().count() > EXCERPT_MAX {
        Err(messages::ARTICLE_EXCERPT_TOO_LONG)
    } else {
        Ok(excerpt.to_owned())
    }
}

pub fn parse_alt(input: &str) -> Result<String, Key> {
    let alt = input.trim();
    if alt.chars().count() > ALT_MAX {
        Err(messages::ARTICLE_ALT_TOO_LONG)
    } else {
        Ok(alt.to_owned())
    }
}

/// Comma-separated tags, each made a lower-case slug; duplicates dropped.
pub fn parse_tags(input: &str) -> Result<Vec<String>, Key> {
    let mut tags: Vec<String> = Vec::new();
    for raw in input.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if raw.chars().count() > TAG_MAX {
            return Err(messages::ARTICLE_TAG_TOO_LONG);
        }
        let tag = slugify(raw);
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    if tags.len() > TAGS_MAX {
        return Err(messages::ARTICLE_TOO_MANY_TAGS);
    }
    Ok(tags)
}

/// The publishing choice: `draft`, `now` or `schedule` with a time (`YYYY-MM-DDTHH:MM`,
/// seconds optional, UTC) that must lie in the future.
pub fn parse_publish(choice: &str, at: &str, now: NaiveDateTime) -> Result<Publish, Key> {
    match choice {
        "" | "draft" => Ok(Publish::Draft),
        "now" => Ok(Publish::Now),
        "schedule" => {
            let at = at.trim();
            let time = NaiveDateTime::parse_from_str(at, "%Y-%m-%dT%H:%M:%S")
                .or_else(|_| NaiveDateTime::parse_from_str(at, "%Y-%m-%dT%H:%M"))
                .map_err(|_| messages::ARTICLE_SCHEDULE_INVALID)?;
            if time <= now {
                Err(messages::ARTICLE_SCHEDULE_PAST)
            } else {
                Ok(Publish::At(time))
            }
        }
        _ => Err(messages::ARTICLE_SCHEDULE_INVALID),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn noon() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 22)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap()
    }

    #[test]
    fn titles_and_bodies_are_required() {
        assert!(parse_title("  ").is_err());
        assert!(parse_title(&"x".repeat(151)).is_err());
        assert_eq!(parse_title(" Linen ").unwrap(), "Linen");
        assert!(parse_body("\n \n").is_err());
        assert_eq!(parse_body("a\r\nb").unwrap(), "a\nb");
    }

    #[test]
    fn tags_are_slugged_deduplicated_and_limited() {
        assert_eq!(
            parse_tags("Shirts & Fit, shirts-fit, Care").unwrap(),
            vec!["shirts-fit", "care"]
        );
        assert!(parse_tags("a,b,c,d,e,f").is_err());
        assert!(parse_tags(&"x".repeat(31)).is_err());
        assert!(parse_tags("").unwrap().is_empty());
    }

    #[test]
    fn scheduling_needs_a_future_time() {
        assert_eq!(parse_publish("draft", "", noon()), Ok(Publish::Draft));
        assert_eq!(parse_publish("now", "", noon()), Ok(Publish::Now));
        assert!(matches!(
            parse_publish("schedule", "2026-11-22T12:30", noon()),
            Ok(Publish::At(_))
        ));
        assert!(parse_publish("schedule", "2026-11-22T11:00", noon()).is_err());
        assert!(parse_publish("schedule", "tomorrow", noon()).is_err());
        assert!(parse_publish("sometime", "", noon()).is_err());
    }
}
