//! The languages Parlour speaks and how a request's language is chosen.

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// British English: the source language.
    #[default]
    EnGb,
    Fr,
}

/// Where a request's language came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangSource {
    /// `?lang=` in the address: the page's links keep it.
    Url,
    /// The member's choice on their account page.
    Member,
    /// The browser's `Accept-Language`.
    Header,
    /// The site's default.
    Default,
}

/// A request's language and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chosen {
    pub lang: Lang,
    pub source: LangSource,
}

impl Chosen {
    /// The language for a request: the address's `lang`, else the member's choice, else
    /// the browser's preference, else the site's default. Unknown or malformed values are
    /// passed over quietly.
    pub fn resolve(
        query: Option<&str>,
        member: Option<Lang>,
        accept_language: Option<&str>,
        default: Lang,
    ) -> Self {
        if let Some(lang) = query.and_then(Lang::parse) {
            return Self {
                lang,
                source: LangSource::Url,
            };
        }
        if let Some(lang) = member {
            return Self {
                lang,
                source: LangSource::Member,
            };
        }
        if let Some(lang) = accept_language.and_then(Lang::from_accept_language) {
            return Self {
                lang,
                source: LangSource::Header,
            };
        }
        Self {
            lang: default,
            source: LangSource::Default,
        }
    }
}

impl Lang {
    /// Every language, the source first.
    pub const ALL: [Lang; 2] = [Lang::EnGb, Lang::Fr];

    /// The BCP 47 tag, for `<html lang>` and `Content-Language`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::EnGb => "en-GB",
            Lang::Fr => "fr",
        }
    }

    /// The short code used in addresses (`?lang=fr`) and stored with an account.
    pub fn code(self) -> &'static str {
        match self {
            Lang::EnGb => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language's name in itself, for the switch ("Français").
    /// The direction the language is written in, for `<html dir>`: both are left to
    /// right; a right-to-left language says `rtl` here.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::EnGb | Lang::Fr => "ltr",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Lang::EnGb => "English",
            Lang::Fr => "Français",
        }
    }

    /// A language from a code or tag (`fr`, `fr-FR`, `en-GB`, `EN`); `None` for anything
    /// else, including malformed text.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.is_empty() || text.len() > 35 {
            return None;
        }
        let primary = text.split(['-', '_']).next()?;
        if !primary.chars().all(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        let rest_ok = text.split(['-', '_']).skip(1).all(|part| {
            !part.is_empty() && part.len() <= 8 && part.chars().all(|c| c.is_ascii_alphanumeric())
        });
        if !rest_ok {
            return None;
        }
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::EnGb),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// The first language Parlour speaks among an `Accept-Language` header's, by their
    /// weights (`fr-CH, fr;q=0.9, en;q=0.8`). A range weighted 0 is refused; `*` and
    /// unknown or malformed ranges are passed over.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut ranges: Vec<(u16, usize, Lang)> = header
            .split(',')
            .take(32)
            .enumerate()
            .filter_map(|(i, part)| {
                let mut pieces = part.split(';');
                let lang = Lang::parse(pieces.next()?)?;
                let mut weight = 1000;
                for param in pieces {
                    let (name, value) = param.split_once('=')?;
                    if name.trim().eq_ignore_ascii_case("q") {
                        weight = parse_weight(value.trim())?;
                    }
                }
                (weight > 0).then_some((weight, i, lang))
            })
            .collect();
        ranges.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        ranges.first().map(|r| r.2)
    }
}

/// A quality value (`0`, `0.8`, `1.000`) in thousandths.
fn parse_weight(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let thousandths: u16 = format!("{fraction:0<3}").parse().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_tags_are_read_loosely_and_anything_else_is_refused() {
        assert_eq!(Lang::parse("fr"), Some(Lang::Fr));
        assert_eq!(Lang::parse("FR-ca"), Some(Lang::Fr));
        assert_eq!(Lang::parse("en_GB"), Some(Lang::EnGb));
        assert_eq!(Lang::parse("en-US"), Some(Lang::EnGb));
        for bad in [
            "",
            "de",
            "f",
            "fr-",
            "fr--x",
            "<script>",
            "fr-toolongpart",
            "français",
        ] {
            assert_eq!(Lang::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn accept_language_follows_the_weights() {
        assert_eq!(
            Lang::from_accept_language("fr-CH, fr;q=0.9, en;q=0.8"),
            Some(Lang::Fr)
        );
        assert_eq!(
            Lang::from_accept_language("de-DE, en;q=0.5, fr;q=0.7"),
            Some(Lang::Fr)
        );
        assert_eq!(Lang::from_accept_language("en;q=0.9, fr"), Some(Lang::Fr));
        assert_eq!(Lang::from_accept_language("fr;q=0, en"), Some(Lang::EnGb));
        assert_eq!(Lang::from_accept_language("de, it, *"), None);
        assert_eq!(Lang::from_accept_language("fr;q=abc"), None);
        assert_eq!(
            Lang::from_accept_language("fr;q=1.5, en;q=0.1"),
            Some(Lang::EnGb)
        );
        assert_eq!(Lang::from_accept_language(";;;,,,=="), None);
    }

    #[test]
    fn the_address_beats_the_member_beats_the_header_beats_the_default() {
        let r = |q, m, h| Chosen::resolve(q, m, h, Lang::EnGb);
        assert_eq!(
            r(Some("fr"), Some(Lang::EnGb), Some("en")).source,
            LangSource::Url
        );
        assert_eq!(r(Some("xx"), Some(Lang::Fr), Some("en")).lang, Lang::Fr);
        assert_eq!(r(None, None, Some("fr-FR")).lang, Lang::Fr);
        assert_eq!(
            r(None, None, Some("de")),
            Chosen {
                lang: Lang::EnGb,
                source: LangSource::Default
            }
        );
        assert_eq!(Chosen::resolve(None, None, None, Lang::Fr).lang, Lang::Fr);
    }
}
