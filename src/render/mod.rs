//! Everything that turns data into a response: the page context every template gets,
//! the one helper that renders a page, redirects with a notice, form errors and the
//! compiled-in static files.

pub mod assets;
pub mod format;
mod forms;
pub mod images;
pub mod markdown;

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header;
use askama::Template;

pub use crate::messages::Notice;
pub use forms::FieldErrors;

use crate::auth::Session;
use crate::domain::Viewer;
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

/// The part of every page that the base layout needs.
pub struct Page {
    pub title: String,
    pub description: String,
    /// The page's own path, without query: its canonical address.
    pub path: String,
    pub viewer: Option<Viewer>,
    pub csrf_token: String,
    pub notice: Option<&'static str>,
    /// The site's public address, for absolute links (canonical, OpenGraph).
    pub public_url: String,
    /// `website`, or `article` on an article.
    pub og_type: &'static str,
    /// An absolute image address for link previews.
    pub og_image: Option<String>,
    section: &'static str,
}

/// An account id however a template holds it (by value or behind references).
pub trait AccountId {
    fn account_id(&self) -> i64;
}

impl AccountId for i64 {
    fn account_id(&self) -> i64 {
        *self
    }
}

impl<T: AccountId + ?Sized> AccountId for &T {
    fn account_id(&self) -> i64 {
        (**self).account_id()
    }
}

impl Page {
    /// A page titled `title`, for the person behind `session`.
    pub fn new(session: &Session, title: impl Into<String>) -> Self {
        let path = session.path();
        let path = path.split_once('?').map_or(path, |(p, _)| p).to_owned();
        Self {
            title: title.into(),
            description: String::new(),
            path,
            viewer: session.viewer().cloned(),
            csrf_token: session.csrf_token().to_owned(),
            notice: session.notice().map(Notice::message),
            public_url: session.public_url().to_owned(),
            og_type: "website",
            og_image: None,
            section: "",
        }
    }

    /// The signed-in member's id, or 0 for a visitor (no account has id 0), for templates
    /// that compare it with an author.
    pub fn viewer_id(&self) -> i64 {
        self.viewer.as_ref().map_or(0, |v| v.id)
    }

    /// What a restricted member is told on every page, if they are restricted.
    pub fn restriction(&self) -> Option<String> {
        let restriction = self.viewer.as_ref()?.restriction.as_ref()?;
        Some(format::restriction(restriction))
    }

    /// Whether a member is signed in and is not `author` (for "Report" links).
    pub fn signed_in_as_other_than(&self, author: impl AccountId) -> bool {
        self.viewer
            .as_ref()
            .is_some_and(|v| v.id != author.account_id())
    }

    /// An error page's context; the session is there when the handler got that far.
    pub fn for_error(session: Option<&Session>, title: &str) -> Self {
        match session {
            Some(session) => Self {
                notice: None,
                ..Self::new(session, title)
            },
            None => Self {
                title: title.to_owned(),
                description: String::new(),
                path: String::new(),
                viewer: None,
                csrf_token: String::new(),
                notice: None,
                public_url: String::new(),
                og_type: "website",
                og_image: None,
                section: "",
            },
        }
    }

    /// Sets the meta description.
    pub fn describe(mut self, description: impl Into<String>) -> Self {
        self.description = description.into();
        self
    }

    /// The page's absolute canonical address.
    pub fn canonical_url(&self) -> String {
        format!("{}{}", self.public_url, self.path)
    }

    /// Marks the page as an article with a preview image, for link previews.
    pub fn as_article(mut self, image: Option<&str>) -> Self {
        self.og_type = "article";
        self.og_image = image.map(|path| format!("{}{path}", self.public_url));
        self
    }

    /// Marks which header link is the current section.
    pub fn in_section(mut self, section: &'static str) -> Self {
        self.section = section;
        self
    }

    /// Whether the page belongs to `section` (for `aria-current` in the header).
    pub fn is_section(&self, section: &str) -> bool {
        self.section == section
    }

    /// The description, or a general one for pages without their own.
    pub fn meta_description(&self) -> &str {
        if self.description.is_empty() {
            "Parlour: advice from our staff, answers from our experts and your ideas for the shop."
        } else {
            &self.description
        }
    }

    /// The stylesheet's cache-busting address.
    pub fn css_url(&self) -> &'static str {
        assets::url("css/parlour.css")
    }

    /// The icon's cache-busting address.
    pub fn icon_url(&self) -> &'static str {
        assets::url("img/icon.svg")
    }
}

/// Renders `template` as an HTML response with `status`.
pub fn html<T: Template>(status: StatusCode, template: &T) -> Result<HttpResponse, AppError> {
    let body = template.render()?;
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
}

impl Pager {
    pub fn new(page: Option<i64>, per_page: i64) -> Self {
        Self {
            page: page.unwrap_or(1).max(1),
            per_page,
            total: 0,
        }
    }

    pub fn offset(&self) -> i64 {
        (self.page - 1).saturating_mul(self.per_page)
    }

    pub fn pages(&self) -> i64 {
        ((self.total + self.per_page - 1) / self.per_page).max(1)
    }

    pub fn has_previous(&self) -> bool {
        self.page > 1
    }

    pub fn has_next(&self) -> bool {
        self.page < self.pages()
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
