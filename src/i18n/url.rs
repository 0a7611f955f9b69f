//! Keeping a language chosen in the address: when a visitor picked a language with the
//! footer's switch (`?lang=fr`), every link and form on the page they get carries it on,
//! so the next page is in the same language without a second cookie, and every language
//! of a page has its own address for caches.

/// Paths that never carry the language: files, whose bytes are the same in every language.
const UNTOUCHED: &[&str] = &["/static/", "/media/", "/brand/"];

/// `html` with `lang=<code>` added to the address of every link (`href`) and form
/// (`action`) that points to this site by path. Links elsewhere, files and fragments are
/// left alone; a link that already names a language keeps its own.
pub fn carry_lang(html: &str, code: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 50);
    let mut rest = html;
    while let Some(at) = next_attribute(rest) {
        let (before, after) = rest.split_at(at.value_start);
        out.push_str(before);
        let end = after.find('"').unwrap_or(after.len());
        let (value, tail) = after.split_at(end);
        out.push_str(&with_lang(value, code));
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// A redirect's `Location` with `lang` added (plain `&` between parameters).
pub fn with_lang_in_header(location: &str, code: &str) -> String {
    add_lang(location, code, "&")
}

/// A path with `lang` added, in `html`'s escaping (`&amp;` between parameters). The
/// value may separate its parameters with `&amp;` or `&#38;` (askama's escaping).
pub fn with_lang(value: &str, code: &str) -> String {
    add_lang(value, code, "&amp;")
}

fn add_lang(value: &str, code: &str, and: &str) -> String {
    if !value.starts_with('/')
        || value.starts_with("//")
        || UNTOUCHED.iter().any(|p| value.starts_with(p))
    {
        return value.to_owned();
    }
    // A fragment starts at a `#` that is not part of a character reference (`&#38;`).
    let fragment_at = value
        .match_indices('#')
        .map(|(i, _)| i)
        .find(|&i| !value[..i].ends_with('&'));
    let (address, fragment) = value.split_at(fragment_at.unwrap_or(value.len()));
    let has_lang = address.split_once('?').is_some_and(|(_, q)| {
        q.replace("&#38;", "&")
            .replace("&amp;", "&")
            .split('&')
            .any(|p| p.starts_with("lang="))
    });
    if has_lang {
        return value.to_owned();
    }
    let joiner = if address.contains('?') { and } else { "?" };
    format!("{address}{joiner}lang={code}{fragment}")
}

struct Attribute {
    value_start: usize,
}

/// Where the next `href="` or `action="` value starts.
fn next_attribute(html: &str) -> Option<Attribute> {
    let href = html.find(" href=\"").map(|i| i + 7);
    let action = html.find(" action=\"").map(|i| i + 9);
    let value_start = match (href, action) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    Some(Attribute { value_start })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_links_and_forms_carry_the_language_and_nothing_else_does() {
        let html = concat!(
            r#"<a href="/experts">x</a><a href="/ideas?sort=top&amp;page=2#list">y</a>"#,
            r#"<form action="/search" method="get"></form><a href="https://shop.example/">z</a>"#,
            r##"<link href="/static/css/parlour.css"><img src="/media/a.jpg"><a href="#main">m</a>"##,
            r#"<a href="//evil.example/">e</a><a href="/?lang=en">English</a>"#,
            r#"<a href="/report?kind=answer&#38;id=5">r</a><a href="/r?id=5&#38;lang=en">e</a>"#,
        );
        assert_eq!(
            carry_lang(html, "fr"),
            concat!(
                r#"<a href="/experts?lang=fr">x</a><a href="/ideas?sort=top&amp;page=2&amp;lang=fr#list">y</a>"#,
                r#"<form action="/search?lang=fr" method="get"></form><a href="https://shop.example/">z</a>"#,
                r##"<link href="/static/css/parlour.css"><img src="/media/a.jpg"><a href="#main">m</a>"##,
                r#"<a href="//evil.example/">e</a><a href="/?lang=en">English</a>"#,
                r#"<a href="/report?kind=answer&#38;id=5&amp;lang=fr">r</a><a href="/r?id=5&#38;lang=en">e</a>"#,
            )
        );
    }
}
