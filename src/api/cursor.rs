//! Page cursors: where the next page of a list starts, as an opaque string the client
//! sends back. A cursor names its list and the position (a time and an id, or a page
//! number for search results) and carries an HMAC under the site's link key, so a cursor
//! that was altered, or taken from another list, is refused with a problem document
//! instead of being read.
//!
//! Lists are read by position ("older than this time and id"), not by offset, so a page
//! costs the same at the millionth post as at the first and a post written meanwhile does
//! not shift the next page.

use chrono::{DateTime, NaiveDateTime};

use crate::auth::signed;

/// A position in a list ordered newest first: the last item's time and id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct After {
    pub at: NaiveDateTime,
    pub id: i64,
}

impl After {
    /// As the list queries take it.
    pub fn pair(self) -> (NaiveDateTime, i64) {
        (self.at, self.id)
    }
}

/// The cursor of the page after `after` in list `list`.
pub fn encode(key: &[u8], list: &str, after: After) -> String {
    let position = format!("{}.{}", after.at.and_utc().timestamp_micros(), after.id);
    let tag = signed::tag(key, &format!("cursor:{list}:{position}"));
    format!("{position}.{tag}")
}

/// The position a cursor of list `list` names, or `None` when it is not one of ours.
pub fn decode(key: &[u8], list: &str, cursor: &str) -> Option<After> {
    let mut parts = cursor.splitn(3, '.');
    let (micros, id, tag) = (parts.next()?, parts.next()?, parts.next()?);
    let position = format!("{micros}.{id}");
    if !signed::is_tag(key, &format!("cursor:{list}:{position}"), tag) {
        return None;
    }
    Some(After {
        at: DateTime::from_timestamp_micros(micros.parse().ok()?)?.naive_utc(),
        id: id.parse().ok()?,
    })
}

/// The cursor of page `page` of a search (search results are ranked, not dated).
pub fn encode_page(key: &[u8], list: &str, page: i64) -> String {
    let tag = signed::tag(key, &format!("cursor:{list}:page{page}"));
    format!("{page}.{tag}")
}

/// The page a search cursor names.
pub fn decode_page(key: &[u8], list: &str, cursor: &str) -> Option<i64> {
    let (page, tag) = cursor.split_once('.')?;
    signed::is_tag(key, &format!("cursor:{list}:page{page}"), tag)
        .then(|| page.parse().ok())
        .flatten()
        .filter(|p| *p >= 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_reads_back_and_refuses_changes_and_other_lists() {
        let key = b"a key of the site";
        let at = DateTime::from_timestamp_micros(1_764_000_000_123_456)
            .map(|d| d.naive_utc())
            .unwrap_or_default();
        let after = After { at, id: 42 };
        let cursor = encode(key, "questions", after);
        assert_eq!(decode(key, "questions", &cursor), Some(after));
        assert_eq!(decode(key, "ideas", &cursor), None);
        assert_eq!(decode(b"another key", "questions", &cursor), None);
        let forged = cursor.replacen(".42.", ".41.", 1);
        assert_ne!(forged, cursor);
        assert_eq!(decode(key, "questions", &forged), None);
        assert_eq!(decode(key, "questions", "garbage"), None);
        let page = encode_page(key, "search", 3);
        assert_eq!(decode_page(key, "search", &page), Some(3));
        assert_eq!(
            decode_page(key, "search", &page.replacen('3', "4", 1)),
            None
        );
    }
}
