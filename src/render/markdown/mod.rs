//! Markdown → sanitised HTML, done once when content is written and stored beside the
//! source; pages never render Markdown on read.
//!
//! CommonMark with tables, strikethrough, footnotes and autolinks (bare `https://…` too).
//! Headings get anchors. A paragraph holding only a YouTube or Vimeo link becomes a
//! click-to-load placeholder: a plain link, so nothing is fetched from that host until the
//! reader follows it. Images must be our own uploads (`/media/…`); any other image becomes
//! a link. Whatever the Markdown contains, ammonia has the last word.

mod passes;

use std::collections::HashSet;
use std::sync::OnceLock;

use ammonia::Builder;
use pulldown_cmark::{Event, Options, Parser, Tag};

use super::SafeHtml;
use passes::{PlainText, autolink, rework, videos};

/// Whose words these are: members' links are marked as user content for search engines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trust {
    Member,
    Staff,
}

impl Trust {
    /// The trust a member's roles earn: staff write as the shop.
    pub fn of(viewer: &crate::domain::Viewer) -> Trust {
        if viewer.can(crate::domain::Role::Staff) {
            Trust::Staff
        } else {
            Trust::Member
        }
    }
}

/// Renders on the blocking thread pool, away from the request threads.
pub async fn render_off_thread(
    source: String,
    trust: Trust,
) -> Result<Rendered, crate::error::AppError> {
    Ok(actix_web::web::block(move || render(&source, trust)).await?)
}

/// The result of rendering.
pub struct Rendered {
    pub html: SafeHtml,
    /// The text without markup, for excerpts and reading time.
    pub text: String,
}

impl Rendered {
    /// Minutes to read at 230 words a minute, at least one.
    pub fn reading_minutes(&self) -> i32 {
        let words = self.text.split_whitespace().count();
        i32::try_from(words.div_ceil(230).max(1)).unwrap_or(i32::MAX)
    }
}

/// Renders `source` and sanitises the result.
pub fn render(source: &str, trust: Trust) -> Rendered {
    let events = autolink(parse(source));
    // Parlour's own words in a post (a video's placeholder) are in the post's language.
    let lang = || crate::i18n::detect::language_of(source).unwrap_or(crate::i18n::Lang::EnGb);
    let events = videos(events, lang);
    let (events, text) = rework(events);
    let mut raw = String::with_capacity(source.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut raw, events.into_iter());
    let html = sanitiser(trust).clean(&raw).to_string();
    Rendered {
        html: SafeHtml(html),
        text,
    }
}

/// What a reader sees of a Markdown text: the words without markup, and every link the
/// rendered page will hold. The moderation checks read this, not the source: `**steam**`
/// is the word "steam", and `[Ask the Experts](/experts)` is three words and one link.
pub struct Reading {
    pub text: String,
    /// Link targets, including images from other hosts (shown as links).
    pub links: Vec<String>,
}

/// Reads `source` as [`render`] does, without making HTML.
pub fn reading(source: &str) -> Reading {
    let mut text = PlainText::default();
    let mut links = Vec::new();
    for event in autolink(parse(source)) {
        text.feed(&event);
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.into_string()),
            Event::Start(Tag::Image { dest_url, .. }) if !dest_url.starts_with("/media/") => {
                links.push(dest_url.into_string());
            }
            _ => {}
        }
    }
    Reading {
        text: text.finish(),
        links,
    }
}

/// CommonMark with tables, strikethrough and footnotes. Raw HTML in the source is shown as
/// text, never interpreted (the HTML events made later, for videos, headings and footnotes,
/// are this renderer's own).
fn parse(source: &str) -> Vec<Event<'_>> {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_FOOTNOTES);
    Parser::new_ext(source, options)
        .map(|event| match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            other => other,
        })
        .collect()
}

fn sanitiser(trust: Trust) -> &'static Builder<'static> {
    static MEMBER: OnceLock<Builder<'static>> = OnceLock::new();
    static STAFF: OnceLock<Builder<'static>> = OnceLock::new();
    let (cell, rel) = match trust {
        Trust::Member => (&MEMBER, "nofollow ugc noopener"),
        Trust::Staff => (&STAFF, "noopener"),
    };
    cell.get_or_init(|| {
        let mut builder = Builder::default();
        builder
            .link_rel(Some(rel))
            .url_schemes(HashSet::from(["http", "https", "mailto"]))
            .add_tag_attributes("h2", ["id"])
            .add_tag_attributes("h3", ["id"])
            .add_tag_attributes("h4", ["id"])
            .add_tag_attributes("div", ["id"])
            .add_tag_attributes("sup", ["id"])
            .add_tag_attributes("img", ["width", "height", "loading"])
            .add_allowed_classes("div", ["footnote"])
            .add_allowed_classes("p", ["video-placeholder"])
            .add_allowed_classes("a", ["heading-anchor"])
            .attribute_filter(|element, attribute, value| match (element, attribute) {
                (_, "id") if is_our_id(value) => Some(value.into()),
                (_, "id") => None,
                ("img", "src") if value.starts_with("/media/") => Some(value.into()),
                ("img", "src") => None,
                _ => Some(value.into()),
            });
        builder
    })
}

/// Ids this renderer makes: heading anchors and footnotes. Others could clobber the page's.
fn is_our_id(id: &str) -> bool {
    ["h-", "fn-", "fnref-"].iter().any(|p| id.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(source: &str) -> String {
        render(source, Trust::Member).html.0
    }

    #[test]
    fn renders_commonmark_tables_and_strikethrough() {
        let out = html("**bold** ~~old~~\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(out.contains("<strong>bold</strong>"));
        assert!(out.contains("<del>old</del>"));
        assert!(out.contains("<table>") && out.contains("<td>1</td>"));
    }

    #[test]
    fn links_bare_addresses_and_marks_member_links() {
        let out = html("See https://example.com/fit. Thanks");
        assert!(
            out.contains("<a href=\"https://example.com/fit\" rel=\"nofollow ugc noopener\">"),
            "{out}"
        );
        assert!(out.contains("</a>. Thanks"));
        let staff = render("<https://example.com>", Trust::Staff).html.0;
        assert!(staff.contains("rel=\"noopener\""));
    }

    #[test]
    fn headings_get_anchors() {
        let out = html("# Care\n\n## Care\n");
        assert!(
            out.contains("<h2 id=\"h-care\">Care <a class=\"heading-anchor\" href=\"#h-care\""),
            "{out}"
        );
        assert!(out.contains("id=\"h-care-2\""));
    }

    #[test]
    fn footnotes_link_both_ways() {
        let out = html("Linen creases.[^1]\n\n[^1]: It is a feature.\n");
        assert!(out.contains("href=\"#fn-1\""), "{out}");
        assert!(out.contains("id=\"fn-1\""), "{out}");
    }

    #[test]
    fn video_links_become_placeholders_that_load_nothing() {
        let out = html("https://www.youtube.com/watch?v=dQw4w9WgXcQ\n");
        assert!(out.contains("class=\"video-placeholder\""), "{out}");
        assert!(out.contains("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"));
        assert!(!out.contains("<iframe") && !out.contains("<img"));
        assert!(html("https://vimeo.com/76979871").contains("player.vimeo.com/video/76979871"));
        assert!(!html("Watch https://youtu.be/abc later").contains("video-placeholder"));
        assert!(out.contains("Play the video on YouTube"), "{out}");
        let french = html("Nous avons filmé la semaine :\n\nhttps://youtu.be/abc\n");
        assert!(french.contains("Lire la vidéo sur YouTube"), "{french}");
    }

    #[test]
    fn scripts_handlers_and_javascript_links_never_survive() {
        let payloads = [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "![x](javascript:alert(1))",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "[x](JaVaScRiPt:alert(1))",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
        ];
        for payload in payloads {
            let out = html(payload).to_lowercase();
            // Text may mention anything (it is escaped); what matters is every real tag.
            for tag in out
                .split('<')
                .skip(1)
                .map(|t| t.split('>').next().unwrap_or(""))
            {
                for bad in ["script", "iframe", "svg", "javascript:", "style=", " on"] {
                    assert!(!tag.contains(bad), "{payload:?} left <{tag}>");
                }
            }
        }
    }

    #[test]
    fn html_in_headings_is_shown_as_text() {
        let out = html("# <a href=\"/x\">x</a> <img src=\"/media/a.png\">");
        assert!(!out.contains("<a href=\"/x\""), "{out}");
        assert!(!out.contains("<img"), "{out}");
        assert!(out.contains("&lt;a href"), "{out}");
    }

    #[test]
    fn foreign_images_become_links_and_own_images_stay() {
        let out = html("![pixel](https://tracker.example/p.gif)");
        assert!(!out.contains("<img"), "{out}");
        assert!(out.contains("href=\"https://tracker.example/p.gif\""));
        assert!(
            html("![shirt](/media/abc.jpg)").contains("<img src=\"/media/abc.jpg\" alt=\"shirt\"")
        );
    }

    #[test]
    fn reading_is_the_text_without_markup_and_every_link() {
        let read = reading(
            "# Care\n\n**steam** it, see [Ask the Experts](/experts) and https://a.example.\n\
             ![x](https://b.example/p.gif) ![ours](/media/a.jpg) r.osei [at] example",
        );
        assert_eq!(
            read.text,
            "Care steam it, see Ask the Experts and https://a.example. x ours r.osei [at] example"
        );
        assert_eq!(
            read.links,
            ["/experts", "https://a.example", "https://b.example/p.gif"]
        );
    }

    #[test]
    fn reading_time_counts_words() {
        let long = "word ".repeat(460);
        assert_eq!(render(&long, Trust::Staff).reading_minutes(), 2);
        assert_eq!(render("short", Trust::Staff).reading_minutes(), 1);
    }
}
