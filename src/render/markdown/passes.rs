//! The passes between parsing and HTML: bare addresses become links, a line holding only
//! a video link becomes a click-to-load placeholder, and headings, footnotes and foreign
//! images are reworked (anchors, numbered notes, images from elsewhere shown as links),
//! collecting the plain text on the way.

use std::collections::HashSet;
use std::fmt::Write;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Tag, TagEnd};

use crate::domain::slugify;
use crate::i18n::Lang;

/// Turns bare `http(s)://` addresses in text into links (outside links and code).
pub(super) fn autolink(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    let mut in_link = 0usize;
    let mut in_code = 0usize;
    for event in events {
        match &event {
            Event::Start(Tag::Link { .. }) | Event::Start(Tag::Image { .. }) => in_link += 1,
            Event::End(TagEnd::Link) | Event::End(TagEnd::Image) => in_link -= 1,
            Event::Start(Tag::CodeBlock(_)) => in_code += 1,
            Event::End(TagEnd::CodeBlock) => in_code -= 1,
            _ => {}
        }
        match event {
            Event::Text(text) if in_link == 0 && in_code == 0 && text.contains("://") => {
                split_urls(&text, &mut out);
            }
            other => out.push(other),
        }
    }
    out
}

fn split_urls(text: &str, out: &mut Vec<Event<'_>>) {
    let mut rest = text;
    while let Some(start) = ["https://", "http://"]
        .iter()
        .filter_map(|scheme| rest.find(scheme))
        .min()
    {
        let tail = &rest[start..];
        let mut end = tail
            .find(|c: char| c.is_whitespace() || c == '<' || c == '>' || c == '"')
            .unwrap_or(tail.len());
        // Trailing punctuation belongs to the sentence, not the address.
        while end > 0 && tail[..end].ends_with(['.', ',', ';', ':', '!', '?', ')', '\'']) {
            end -= 1;
        }
        let url = &tail[..end];
        if url.len() <= "https://".len() {
            out.push(Event::Text(CowStr::from(
                rest[..start + end.max(1)].to_owned(),
            )));
            rest = &rest[start + end.max(1)..];
            continue;
        }
        if start > 0 {
            out.push(Event::Text(CowStr::from(rest[..start].to_owned())));
        }
        out.push(Event::Start(Tag::Link {
            link_type: LinkType::Autolink,
            dest_url: CowStr::from(url.to_owned()),
            title: CowStr::from(""),
            id: CowStr::from(""),
        }));
        out.push(Event::Text(CowStr::from(url.to_owned())));
        out.push(Event::End(TagEnd::Link));
        rest = &tail[end..];
    }
    if !rest.is_empty() {
        out.push(Event::Text(CowStr::from(rest.to_owned())));
    }
}

/// The privacy-friendly address of a video on an allowed host, with the host's name.
pub fn video_embed(url: &str) -> Option<(String, &'static str)> {
    let url = url.trim();
    let after_scheme = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let (host, path) = after_scheme.split_once('/')?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    let is_id = |id: &str| {
        !id.is_empty()
            && id.len() <= 32
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    match host {
        "youtube.com" | "m.youtube.com" => {
            let query = path.strip_prefix("watch?")?;
            let id = query.split('&').find_map(|pair| pair.strip_prefix("v="))?;
            is_id(id).then(|| {
                (
                    format!("https://www.youtube-nocookie.com/embed/{id}"),
                    "YouTube",
                )
            })
        }
        "youtu.be" => {
            let id = path.split(['?', '#']).next()?;
            is_id(id).then(|| {
                (
                    format!("https://www.youtube-nocookie.com/embed/{id}"),
                    "YouTube",
                )
            })
        }
        "vimeo.com" => {
            let id = path.split(['?', '#', '/']).next()?;
            (is_id(id) && id.chars().all(|c| c.is_ascii_digit()))
                .then(|| (format!("https://player.vimeo.com/video/{id}"), "Vimeo"))
        }
        _ => None,
    }
}

/// Replaces a paragraph that is just one video link with a click-to-load placeholder,
/// worded in `lang` (the post's own language: the placeholder is part of the post).
pub(super) fn videos(events: Vec<Event<'_>>, lang: impl Fn() -> Lang) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    let mut i = 0;
    while i < events.len() {
        if let (
            Some(Event::Start(Tag::Paragraph)),
            Some(Event::Start(Tag::Link { dest_url, .. })),
        ) = (events.get(i), events.get(i + 1))
        {
            // Find the link's end, then require the paragraph to end right after it.
            let mut j = i + 2;
            while j < events.len() && !matches!(events[j], Event::End(TagEnd::Link)) {
                j += 1;
            }
            if matches!(events.get(j + 1), Some(Event::End(TagEnd::Paragraph)))
                && let Some((embed, host)) = video_embed(dest_url)
            {
                let lang = lang();
                let mut html = String::new();
                let _ = write!(
                    html,
                    "<p class=\"video-placeholder\"><a href=\"{}\">{}</a> {}</p>",
                    escape_attr(&embed),
                    escape_attr(&lang.t1("post-video-play", "host", host)),
                    escape_attr(&lang.t1("post-video-note", "host", host)),
                );
                out.push(Event::Html(CowStr::from(html)));
                i = j + 2;
                continue;
            }
        }
        out.push(events[i].clone());
        i += 1;
    }
    out
}

/// Heading anchors, footnotes with our own ids, foreign images as links; collects the text.
pub(super) fn rework(events: Vec<Event<'_>>) -> (Vec<Event<'_>>, String) {
    let mut out = Vec::with_capacity(events.len());
    let mut text = PlainText::default();
    let mut used = HashSet::new();
    let mut heading: Option<(HeadingLevel, Vec<Event>)> = None;
    let mut footnotes: Vec<String> = Vec::new();
    let mut foreign_image = 0usize;
    for event in events {
        text.feed(&event);
        if let Some((level, buffer)) = heading.as_mut() {
            if let Event::End(TagEnd::Heading(_)) = event {
                let level = *level;
                let title: String = buffer
                    .iter()
                    .filter_map(|e| match e {
                        Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
                let id = unique_id(&format!("h-{}", slugify(&title)), &mut used);
                let tag = heading_tag(level);
                out.push(Event::Html(CowStr::from(format!("<{tag} id=\"{id}\">"))));
                out.append(buffer);
                out.push(Event::Html(CowStr::from(format!(
                    " <a class=\"heading-anchor\" href=\"#{id}\">#</a></{tag}>\n"
                ))));
                heading = None;
            } else {
                buffer.push(event);
            }
            continue;
        }
        match event {
            // h1 is the page's own title: content headings start at h2.
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some((level, Vec::new()));
            }
            Event::FootnoteReference(label) => {
                let number = match footnotes.iter().position(|l| *l == *label) {
                    Some(n) => n + 1,
                    None => {
                        footnotes.push(label.to_string());
                        footnotes.len()
                    }
                };
                let slug = slugify(&label);
                out.push(Event::Html(CowStr::from(format!(
                    "<sup id=\"fnref-{slug}\"><a href=\"#fn-{slug}\">{number}</a></sup>"
                ))));
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                let slug = slugify(&label);
                out.push(Event::Html(CowStr::from(format!(
                    "<div class=\"footnote\" id=\"fn-{slug}\">"
                ))));
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                out.push(Event::Html(CowStr::from("</div>\n")));
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) if !dest_url.starts_with("/media/") => {
                foreign_image += 1;
                out.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::End(TagEnd::Image) if foreign_image > 0 => {
                foreign_image -= 1;
                out.push(Event::End(TagEnd::Link));
            }
            other => out.push(other),
        }
    }
    (out, text.finish())
}

/// The words a reader sees, collected from the events: text and code as written (a word
/// split across events stays whole), a space at every break and block end.
#[derive(Default)]
pub(super) struct PlainText(String);

impl PlainText {
    pub(super) fn feed(&mut self, event: &Event<'_>) {
        match event {
            Event::Text(t) | Event::Code(t) => self.0.push_str(t),
            Event::SoftBreak | Event::HardBreak | Event::Rule => self.0.push(' '),
            Event::End(end) if !is_inline(*end) => self.0.push(' '),
            _ => {}
        }
    }

    /// The text with every run of white space made one space.
    pub(super) fn finish(self) -> String {
        self.0.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

fn is_inline(end: TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

fn heading_tag(level: HeadingLevel) -> &'static str {
    match level {
        HeadingLevel::H1 | HeadingLevel::H2 => "h2",
        HeadingLevel::H3 => "h3",
        _ => "h4",
    }
}

fn unique_id(base: &str, used: &mut HashSet<String>) -> String {
    let mut id = base.to_owned();
    let mut n = 2;
    while !used.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

fn escape_attr(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
