//! The context every template gets: who is looking, the page's title and description,
//! its canonical address and link-preview tags, the CSRF token for its forms, and the
//! notice a redirect asked for.

use std::sync::Arc;

use super::{assets, format};
use crate::auth::Session;
use crate::domain::Viewer;
use crate::domain::brand::Brand;
use crate::messages::{FeedTitle, Notice};

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
    /// Search engines should not index the page (search results).
    pub noindex: bool,
    /// The Atom feed that follows the page, offered to feed readers.
    pub feed: Option<FeedLink>,
    /// The retailer's brand: name, words, logo, footer.
    pub brand: Arc<Brand>,
    /// The brand stylesheet's content-hashed address.
    pub brand_css: Arc<str>,
}

/// A page's own Atom feed.
pub struct FeedLink {
    pub title: String,
    pub path: String,
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
        let (brand, brand_css) = session.brand();
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
            noindex: false,
            feed: None,
            brand,
            brand_css,
        }
    }

    /// The signed-in member's id, or 0 for a visitor (no account has id 0), for templates
    /// that compare it with an author.
    pub fn viewer_id(&self) -> i64 {
        self.viewer.as_ref().map_or(0, |v| v.id)
    }

    /// Whether a member is signed in and may act as `role` (pages point moderators to the
    /// queue, admins to the setting they need).
    pub fn viewer_can(&self, role: crate::domain::Role) -> bool {
        self.viewer.as_ref().is_some_and(|v| v.can(role))
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
                noindex: false,
                feed: None,
                brand: Arc::new(Brand::default()),
                brand_css: crate::brand::css_url(&Brand::default()).into(),
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

    /// Offers the Atom feed at `path`, called `title`, that follows the page.
    pub fn with_feed(mut self, title: FeedTitle<'_>, path: impl Into<String>) -> Self {
        self.feed = Some(FeedLink {
            title: title.of(&self.brand.name),
            path: path.into(),
        });
        self
    }

    /// Asks search engines not to index the page.
    pub fn noindex(mut self) -> Self {
        self.noindex = true;
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
            &self.brand.description
        } else {
            &self.description
        }
    }

    /// The stylesheet's cache-busting address.
    pub fn css_url(&self) -> &'static str {
        assets::url("css/parlour.css")
    }

    /// The icon: the retailer's, or Parlour's own.
    pub fn icon_url(&self) -> &str {
        self.brand
            .icon
            .as_deref()
            .unwrap_or_else(|| assets::url("img/icon.svg"))
    }

    /// The icon's type, for the `<link rel="icon">`.
    pub fn icon_type(&self) -> &'static str {
        match self.brand.icon.as_deref() {
            Some(path) if path.ends_with(".png") => "image/png",
            Some(_) => "image/jpeg",
            None => "image/svg+xml",
        }
    }
}
