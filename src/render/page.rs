//! The context every template gets: who is looking, the page's title and description,
//! its canonical address and link-preview tags, the CSRF token for its forms, and the
//! notice a redirect asked for.

use std::sync::Arc;

use super::{assets, format};
use crate::auth::Session;
use crate::domain::Viewer;
use crate::domain::brand::Brand;
use crate::i18n::{Arg, Key, Lang, LangSource, Text};
use crate::messages::FeedTitle;

/// The part of every page that the base layout needs.
pub struct Page {
    pub title: String,
    pub description: String,
    /// The page's own path, without query: its canonical address.
    pub path: String,
    pub viewer: Option<Viewer>,
    /// The CSRF token for the page's forms, handed out when a form prints it.
    pub csrf_token: crate::auth::session::FormToken,
    /// The notice a redirect asked for, in the page's language.
    pub notice: Option<String>,
    /// The page's language.
    pub lang: Lang,
    /// The language was chosen in the address (`?lang=`): links and forms carry it on.
    pub lang_in_url: bool,
    /// The address's query, without its `lang` and `notice` (for the language switch).
    query: String,
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

/// A catalogue key or a sentence, however many references deep a template holds it.
pub trait Said {
    fn said(&self) -> Text;
}

impl Said for Key {
    fn said(&self) -> Text {
        Text::from(*self)
    }
}

impl Said for Text {
    fn said(&self) -> Text {
        self.clone()
    }
}

impl<T: Said + ?Sized> Said for &T {
    fn said(&self) -> Text {
        (**self).said()
    }
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

/// The page's language alone, for the parts of a page that every reader in that language
/// sees alike: a template made with it cannot print anything of the reader's (their name,
/// their token, what they may do), because it has nothing of theirs to print.
#[derive(Clone, Copy)]
pub struct Words {
    pub lang: Lang,
}

impl Words {
    /// The catalogue's sentence `key`.
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// The sentence `key` with one value.
    pub fn t1(&self, key: &str, name: &str, value: impl Arg) -> String {
        self.lang.t1(key, name, value)
    }

    /// "2 December 2026", "2 décembre 2026"
    pub fn date(&self, time: impl format::Time) -> String {
        format::date(self.lang, time)
    }

    /// "2 Dec 2026, 14:05 UTC", "2 déc. 2026 à 14:05 UTC"
    pub fn date_time(&self, time: impl format::Time) -> String {
        format::date_time(self.lang, time)
    }
}

impl Page {
    /// The page's language alone (see [`Words`]).
    pub fn words(&self) -> Words {
        Words { lang: self.lang }
    }

    /// A page titled `title` (a catalogue sentence, or a post's own title), for the person
    /// behind `session`, in their language.
    pub fn new(session: &Session, title: impl Into<Text>) -> Self {
        let (path, query) = session
            .path()
            .split_once('?')
            .unwrap_or((session.path(), ""));
        let query = query
            .split('&')
            .filter(|p| !p.is_empty() && !p.starts_with("lang=") && !p.starts_with("notice="))
            .collect::<Vec<_>>()
            .join("&");
        let path = path.to_owned();
        let (brand, brand_css) = session.brand();
        let chosen = session.lang();
        let lang = chosen.lang;
        Self {
            title: title.into().say(lang),
            description: String::new(),
            path,
            viewer: session.viewer().cloned(),
            csrf_token: crate::auth::session::FormToken::of(Some(session)),
            notice: session.notice().map(|n| n.message().say(lang)),
            lang,
            lang_in_url: chosen.source == LangSource::Url,
            query,
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
        Some(format::restriction(self.lang, restriction))
    }

    /// Whether a member is signed in and is not `author` (for "Report" links).
    pub fn signed_in_as_other_than(&self, author: impl AccountId) -> bool {
        self.viewer
            .as_ref()
            .is_some_and(|v| v.id != author.account_id())
    }

    /// An error page's context; the session is there when the handler got that far.
    pub fn for_error(session: Option<&Session>, title: Key, lang: Lang) -> Self {
        match session {
            Some(session) => Self {
                notice: None,
                ..Self::new(session, title)
            },
            None => Self {
                title: title.say(lang),
                description: String::new(),
                path: String::new(),
                viewer: None,
                csrf_token: crate::auth::session::FormToken::of(None),
                notice: None,
                lang,
                lang_in_url: false,
                query: String::new(),
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
    pub fn describe(mut self, description: impl Into<Text>) -> Self {
        self.description = description.into().say(self.lang);
        self
    }

    /// The catalogue's sentence `key` in the page's language.
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// The sentence `key` with one value.
    pub fn t1(&self, key: &str, name: &str, value: impl Arg) -> String {
        self.lang.t1(key, name, value)
    }

    /// The sentence `key` with two values.
    pub fn t2(&self, key: &str, n1: &str, v1: impl Arg, n2: &str, v2: impl Arg) -> String {
        self.lang.t2(key, n1, v1, n2, v2)
    }

    /// The sentence `key` with three values.
    #[allow(clippy::too_many_arguments)]
    pub fn t3(
        &self,
        key: &str,
        n1: &str,
        v1: impl Arg,
        n2: &str,
        v2: impl Arg,
        n3: &str,
        v3: impl Arg,
    ) -> String {
        self.lang.t3(key, n1, v1, n2, v2, n3, v3)
    }

    /// A sentence named by a key the code chose (a status's label).
    pub fn say(&self, key: impl Said) -> String {
        key.said().say(self.lang)
    }

    /// A sentence decided by the handler (a field's error), in the page's language.
    pub fn text(&self, text: impl Said) -> String {
        text.said().say(self.lang)
    }

    /// "5 minutes ago", "il y a 3 heures" for the past week, else the date.
    pub fn ago(&self, time: impl format::Time) -> String {
        format::ago(self.lang, time, crate::clock::now())
    }

    /// "2 December 2026", "2 décembre 2026"
    pub fn date(&self, time: impl format::Time) -> String {
        self.words().date(time)
    }

    /// "2 Dec 2026, 14:05 UTC", "2 déc. 2026 à 14:05 UTC"
    pub fn date_time(&self, time: impl format::Time) -> String {
        self.words().date_time(time)
    }

    /// A number with the language's separators ("1,234", "1 234").
    pub fn number(&self, n: impl Arg) -> String {
        self.lang.t1("number", "n", n)
    }

    /// The address of this page in `lang`, for the footer's switch (its query kept).
    pub fn in_lang(&self, lang: &Lang) -> String {
        let address = if self.query.is_empty() {
            self.path.clone()
        } else {
            format!("{}?{}", self.path, self.query)
        };
        crate::i18n::with_lang_in_header(&address, lang.code())
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
            title: title.of(self.lang, &self.brand.name),
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
