//! Which rows a page of a long list shows, and how far the list is counted for its page
//! links.
//!
//! An exact total costs as much as reading every row the list could show: with 50,000
//! ideas or 100,000 answered questions the count was most of a page's time. A reader pages
//! through a few pages, not hundreds, so a list counts no further than [`COUNTED_PAGES`]
//! pages and its pager says "page 3 of 50+" when there is more, as large communities'
//! lists do. A page past those is not counted at all: it asks for one row more than it
//! shows, which tells whether a next page follows. (The API pages by cursor.)
//!
//! Skipping rows costs as much as reading them, even in an index: page 2,000 of the
//! questions skips 40,000. A list whose pages a reader (or a crawler) follows that deep
//! also takes `after`, the last row of the page before, from its "Next" link, and starts
//! right after that row's place in its order: every page then costs what the first does.

/// How many pages of a list are counted at most.
pub const COUNTED_PAGES: i64 = 50;

/// The rows of one page: skip `offset`, show `limit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub offset: i64,
    pub limit: i64,
    /// The last row of the page before, when the reader came by its "Next" link: a list
    /// that can starts after that row instead of skipping `offset` rows.
    pub after: Option<i64>,
}

/// How many rows a list has, as far as it was counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Total {
    pub rows: i64,
    /// The count stopped at its limit: the list goes on.
    pub more: bool,
}

impl Window {
    /// Rows the page asks for: one more than it shows tells whether the list goes on.
    pub fn fetch(&self) -> i64 {
        self.limit.saturating_add(1)
    }

    /// The most rows to count ([`COUNTED_PAGES`] pages, and one more to tell whether the
    /// list goes on), or `None` on a page past them: its own rows tell all there is to
    /// say, and counting the rows before it would cost as much as skipping them.
    pub fn count_limit(&self) -> Option<i64> {
        let counted = self.limit.saturating_mul(COUNTED_PAGES);
        (self.offset < counted).then(|| counted.saturating_add(1))
    }

    /// Trims `page` (fetched with [`Self::fetch`]) to the rows shown, and gives the total
    /// from `counted` rows found with [`Self::count_limit`] (`None`: not counted).
    pub fn settle<T>(&self, page: &mut Vec<T>, counted: Option<usize>) -> Total {
        let shown = usize::try_from(self.limit).unwrap_or(0);
        let goes_on = page.len() > shown;
        page.truncate(shown);
        let as_i64 = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        match (counted, self.count_limit()) {
            (Some(counted), Some(limit)) if as_i64(counted) >= limit => Total {
                rows: limit - 1,
                more: true,
            },
            (Some(counted), _) => Total {
                rows: as_i64(counted),
                more: false,
            },
            (None, _) => Total {
                rows: self.offset.saturating_add(as_i64(page.len())),
                more: goes_on,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{COUNTED_PAGES, Total, Window};

    fn window(page: i64) -> Window {
        Window {
            offset: (page - 1) * 20,
            limit: 20,
            after: None,
        }
    }

    #[test]
    fn a_short_list_is_counted_exactly() {
        let mut page = vec![0; 15];
        let total = window(2).settle(&mut page, Some(35));
        assert_eq!(
            total,
            Total {
                rows: 35,
                more: false
            }
        );
        assert_eq!(page.len(), 15);
    }

    #[test]
    fn a_long_list_stops_counting_and_says_so() {
        let window = window(3);
        assert_eq!(window.fetch(), 21);
        let limit = window.count_limit().unwrap();
        assert_eq!(limit, 20 * COUNTED_PAGES + 1);
        let mut page = vec![0; 21];
        let total = window.settle(&mut page, Some(limit as usize));
        assert_eq!(
            total,
            Total {
                rows: 20 * COUNTED_PAGES,
                more: true
            }
        );
        assert_eq!(page.len(), 20, "the extra row is not shown");
        assert!(!window.settle(&mut page, Some(limit as usize - 1)).more);
    }

    #[test]
    fn a_page_past_the_counted_ones_is_not_counted_and_knows_what_follows() {
        let window = window(COUNTED_PAGES + 150);
        assert_eq!(window.count_limit(), None);
        let mut page = vec![0; 21];
        let total = window.settle(&mut page, None);
        assert_eq!(total.rows, window.offset + 20);
        assert!(total.more, "a row beyond this page was found");
        let mut last = vec![0; 7];
        let total = window.settle(&mut last, None);
        assert_eq!(total.rows, window.offset + 7);
        assert!(!total.more);
    }
}
