//! Everything that turns data into a response: the page context every template gets,
//! the one helper that renders a page, redirects with a notice, form errors and the
//! compiled-in static files.

pub mod assets;
pub mod author;
pub mod csv;
pub mod format;
mod forms;
pub mod images;
pub mod markdown;
mod page;
pub mod problem;

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header;
use askama::Template;

pub use crate::messages::Notice;
pub use author::Author;
pub use forms::FieldErrors;
pub use page::{AccountId, Page, Words};

use crate::error::AppError;

/// HTML sanitised by [`markdown::render`] when it was written: the only thing a template
/// may print unescaped. Built only by the renderer, or from a column the renderer filled.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SafeHtml(pub(crate) String);

impl SafeHtml {
    /// Wraps HTML read back from a `*_html` column, which only the renderer writes.
    pub fn from_stored(html: String) -> Self {
        Self(html)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl std::fmt::Display for SafeHtml {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl askama::filters::HtmlSafe for SafeHtml {}

/// HTML made once and printed on many pages: a part of a thread that every reader in one
/// language sees alike, kept with the thread (see `page_cache::shared`). Cloning it shares
/// the text; printing it copies the text once, with no escaping to redo.
#[derive(Clone, Debug, Default)]
pub struct Fragment(std::sync::Arc<str>);

impl Fragment {
    /// `template`, rendered (it escapes what it prints, as every template does).
    pub fn of(template: &impl Template) -> Result<Self, askama::Error> {
        Ok(Self(template.render()?.into()))
    }

    /// HTML the renderer sanitised when it was written.
    pub fn stored(html: &str) -> Self {
        Self(html.into())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::fmt::Display for Fragment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl askama::filters::HtmlSafe for Fragment {}

/// Renders `template` as an HTML response with `status`.
pub fn html<T: Template>(status: StatusCode, template: &T) -> Result<HttpResponse, AppError> {
    html_sized(status, template, T::SIZE_HINT)
}

/// Renders `template` as [`html`] does, into room for `bytes` made at once (a long page
/// that knows its size is not copied each time its text outgrows its room).
pub fn html_sized<T: Template>(
    status: StatusCode,
    template: &T,
    bytes: usize,
) -> Result<HttpResponse, AppError> {
    let mut body = String::with_capacity(bytes);
    template.render_into(&mut body)?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(body))
}

/// Renders `template` with 200 OK.
pub fn ok<T: Template>(template: &T) -> Result<HttpResponse, AppError> {
    html(StatusCode::OK, template)
}

/// 303 See Other to `path`, the answer to every successful form POST.
pub fn see_other(path: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, path.to_owned()))
        .finish()
}

/// 303 See Other to `path`, showing `notice` on the page it leads to. A `#fragment` in
/// `path` stays at the end, where browsers look for it.
pub fn see_other_with(path: &str, notice: Notice) -> HttpResponse {
    let (path, fragment) = path.split_once('#').map_or((path, ""), |(p, f)| (p, f));
    let separator = if path.contains('?') { '&' } else { '?' };
    let hash = if fragment.is_empty() { "" } else { "#" };
    see_other(&format!(
        "{path}{separator}notice={}{hash}{fragment}",
        notice.key()
    ))
}

/// `next` if it is a path on this site, else `/`: never redirect to another host.
pub fn local_path(next: Option<&str>) -> String {
    match next {
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && !p.contains('\\')
                // Browsers drop tabs and newlines from URLs: "/\t/x" would become "//x".
                && !p.chars().any(|c| c.is_control() || c.is_whitespace()) =>
        {
            p.to_owned()
        }
        _ => "/".to_owned(),
    }
}

/// Pagination for list pages: `?page=N`, 1-based.
#[derive(Debug, Clone, Copy)]
pub struct Pager {
    pub page: i64,
    pub per_page: i64,
    pub total: i64,
    /// The list was counted only so far (see [`crate::domain::paging`]): it goes on past
    /// the last page the pager names.
    pub more: bool,
    /// The row this page starts after (from the "Next" link that led here).
    pub after: Option<i64>,
    /// The row the next page starts after, for lists that page by row (see
    /// [`crate::domain::paging`]); `None`: the "Next" link names the page only.
    pub next_after: Option<i64>,
}

impl Pager {
    pub fn new(page: Option<i64>, per_page: i64) -> Self {
        Self {
            page: page.unwrap_or(1).max(1),
            per_page,
            total: 0,
            more: false,
            after: None,
            next_after: None,
        }
    }

    /// This page starts after row `after` (the "Next" link's), when given.
    pub fn starting_after(mut self, after: Option<i64>) -> Self {
        self.after = after;
        self
    }

    /// The next page starts after `last`, this page's last row.
    pub fn lead_on_from(&mut self, last: Option<i64>) {
        self.next_after = last;
    }

    pub fn offset(&self) -> i64 {
        (self.page - 1).saturating_mul(self.per_page)
    }

    /// The rows this page shows.
    pub fn window(&self) -> crate::domain::paging::Window {
        crate::domain::paging::Window {
            offset: self.offset(),
            limit: self.per_page,
            after: self.after,
        }
    }

    /// Takes a list's total, counted as far as [`Self::window`] asked.
    pub fn set_total(&mut self, total: crate::domain::paging::Total) {
        self.total = total.rows;
        self.more = total.more;
    }

    pub fn pages(&self) -> i64 {
        ((self.total + self.per_page - 1) / self.per_page).max(1)
    }

    pub fn has_previous(&self) -> bool {
        self.page > 1
    }

    pub fn has_next(&self) -> bool {
        self.page < self.pages() || self.more
    }
}

#[cfg(test)]
mod tests {
    use super::{Pager, local_path};

    #[test]
    fn local_path_refuses_other_hosts() {
        assert_eq!(local_path(Some("/admin")), "/admin");
        assert_eq!(local_path(Some("//evil.example")), "/");
        assert_eq!(local_path(Some("https://evil.example")), "/");
        assert_eq!(local_path(Some("/\\evil.example")), "/");
        assert_eq!(local_path(Some("/\t/evil.example")), "/");
        assert_eq!(local_path(Some("/\n/evil.example")), "/");
        assert_eq!(local_path(None), "/");
    }

    #[test]
    fn pager_counts_pages() {
        let mut pager = Pager::new(Some(2), 10);
        pager.total = 25;
        assert_eq!(pager.offset(), 10);
        assert_eq!(pager.pages(), 3);
        assert!(pager.has_previous() && pager.has_next());
        assert_eq!(Pager::new(Some(-4), 10).page, 1);
    }
}
