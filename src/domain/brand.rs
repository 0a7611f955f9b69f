//! The retailer's brand: the site's name and words, its colours, its logo and icon and
//! the footer's links, checked before they are saved.
//!
//! Colours are accessible by construction: each is checked against what it is drawn on
//! with WCAG 2's contrast ratio, and one under 4.5:1 (the AA level for text) is refused
//! with the ratio it has. The header's text colour is not chosen by hand: it is white or
//! ink, whichever reads better on the header colour.
//!
//! Pages follow the device's light or dark scheme, so links and highlights have a second
//! colour for the dark page, checked the same way against the dark page and cards. When
//! a retailer has not chosen one, it is made from the light colour by mixing in white
//! until it reads ([`for_dark`]): the brand keeps its hue in both schemes.

/// The most characters a site name may have: it must fit a phone's header.
pub const NAME_MAX: usize = 40;
pub const DESCRIPTION_MAX: usize = 200;
pub const FOOTER_MAX: usize = 400;
pub const URL_MAX: usize = 300;
/// The contrast text needs (WCAG 2, level AA, normal text).
pub const MIN_CONTRAST: f64 = 4.5;

/// The colours text is drawn on: the page and the cards.
pub const PAPER: Rgb = Rgb(0xfb, 0xf8, 0xf3);
pub const CARD: Rgb = Rgb(0xff, 0xff, 0xff);
/// The colours links are drawn on in the dark scheme: the page, the cards and the tinted
/// notices and marks (waiting, the shop speaking, done). `static/css/parlour.css` sets the
/// same in its dark block (a test compares them).
pub const DARK_PAPER: Rgb = Rgb(0x14, 0x15, 0x17);
pub const DARK_CARD: Rgb = Rgb(0x1e, 0x1f, 0x22);
pub const DARK_WARN: Rgb = Rgb(0x3a, 0x2d, 0x0d);
pub const DARK_INFO: Rgb = Rgb(0x1b, 0x2a, 0x3e);
pub const DARK_OK: Rgb = Rgb(0x17, 0x30, 0x1f);
/// What text may be drawn on, in each scheme.
pub const LIGHT_GROUNDS: [Rgb; 2] = [PAPER, CARD];
pub const DARK_GROUNDS: [Rgb; 5] = [DARK_PAPER, DARK_CARD, DARK_WARN, DARK_INFO, DARK_OK];
/// Text colours the header may use.
pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
pub const INK: Rgb = Rgb(0x1d, 0x1d, 0x1f);

/// A colour, as `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#1f3a5f` or `1F3A5F`; three-digit forms (`#fff`) too.
    pub fn parse(text: &str) -> Option<Self> {
        let hex = text.trim().trim_start_matches('#');
        let digits: Vec<u8> = hex
            .chars()
            .map(|c| c.to_digit(16).map(|d| d as u8))
            .collect::<Option<_>>()?;
        match digits.as_slice() {
            [r, g, b] => Some(Self(r * 17, g * 17, b * 17)),
            [r1, r2, g1, g2, b1, b2] => Some(Self(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
            _ => None,
        }
    }

    /// `#rrggbb`, lower case.
    pub fn hex(&self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2).
    fn luminance(&self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// The contrast ratio of two colours, from 1 to 21.
    pub fn contrast(&self, other: &Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    /// The lowest contrast this colour has on any of `grounds`.
    pub fn contrast_on(&self, grounds: &[Rgb]) -> f64 {
        grounds
            .iter()
            .map(|g| self.contrast(g))
            .fold(f64::INFINITY, f64::min)
    }

    /// Hue (0 to 360), saturation and lightness (0 to 1).
    fn hsl(&self) -> (f64, f64, f64) {
        let [r, g, b] = [self.0, self.1, self.2].map(|c| f64::from(c) / 255.0);
        let (max, min) = (r.max(g).max(b), r.min(g).min(b));
        let lightness = (max + min) / 2.0;
        let delta = max - min;
        if delta == 0.0 {
            return (0.0, 0.0, lightness);
        }
        let saturation = delta / (1.0 - (2.0 * lightness - 1.0).abs());
        let sector = if max == r {
            ((g - b) / delta).rem_euclid(6.0)
        } else if max == g {
            (b - r) / delta + 2.0
        } else {
            (r - g) / delta + 4.0
        };
        (sector * 60.0, saturation, lightness)
    }

    /// The colour of a hue, saturation and lightness.
    fn from_hsl(hue: f64, saturation: f64, lightness: f64) -> Self {
        let chroma = (1.0 - (2.0 * lightness - 1.0).abs()) * saturation;
        let x = chroma * (1.0 - ((hue / 60.0).rem_euclid(2.0) - 1.0).abs());
        let (r, g, b) = match (hue / 60.0) as u32 {
            0 => (chroma, x, 0.0),
            1 => (x, chroma, 0.0),
            2 => (0.0, chroma, x),
            3 => (0.0, x, chroma),
            4 => (x, 0.0, chroma),
            _ => (chroma, 0.0, x),
        };
        let m = lightness - chroma / 2.0;
        let channel = |c: f64| ((c + m) * 255.0).round().clamp(0.0, 255.0) as u8;
        Self(channel(r), channel(g), channel(b))
    }
}

/// The brand as saved and shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Brand {
    pub name: String,
    pub description: String,
    /// The header's background (also buttons).
    pub header: Rgb,
    /// The header's text: white or ink, whichever reads on `header`.
    pub header_text: Rgb,
    /// Links on the page.
    pub link: Rgb,
    /// Highlights: a link under the pointer, the current place.
    pub accent: Rgb,
    /// The same two on the dark page (the device's dark scheme), if the retailer chose
    /// them; otherwise they are made from the light ones ([`Brand::dark_link`]).
    pub dark_link: Option<Rgb>,
    pub dark_accent: Option<Rgb>,
    pub footer: String,
    pub privacy_url: String,
    pub terms_url: String,
    pub shop_url: String,
    /// The logo and icon, by the stored image's path (`/media/…`), if uploaded.
    pub logo: Option<String>,
    pub icon: Option<String>,
    /// The interface's language for a visitor whose browser asks for none Parlour speaks,
    /// and for e-mail to members who chose none.
    pub language: crate::i18n::Lang,
}

impl Default for Brand {
    fn default() -> Self {
        Self {
            name: "Parlour".to_owned(),
            description:
                "Advice from our staff, answers from our experts and your ideas for the shop."
                    .to_owned(),
            header: Rgb(0x1f, 0x3a, 0x5f),
            header_text: WHITE,
            link: Rgb(0x1f, 0x3a, 0x5f),
            accent: Rgb(0x8a, 0x4b, 0x14),
            dark_link: None,
            dark_accent: None,
            footer: String::new(),
            privacy_url: String::new(),
            terms_url: String::new(),
            shop_url: String::new(),
            logo: None,
            icon: None,
            language: crate::i18n::Lang::EnGb,
        }
    }
}

impl Brand {
    /// The stylesheet of the brand's custom properties, served from the site: the light
    /// scheme's, then the dark scheme's links and highlights.
    pub fn css(&self) -> String {
        format!(
            ":root {{ --brand: {}; --brand-ink: {}; --link: {}; --accent: {}; }}\n\
             @media (prefers-color-scheme: dark) {{ :root {{ --link: {}; --accent: {}; }} }}\n",
            self.header.hex(),
            self.header_text.hex(),
            self.link.hex(),
            self.accent.hex(),
            self.dark_link().hex(),
            self.dark_accent().hex()
        )
    }

    /// Links on the dark page: the chosen colour, or one made from the light link.
    pub fn dark_link(&self) -> Rgb {
        self.dark_link.unwrap_or_else(|| for_dark(self.link))
    }

    /// Highlights on the dark page: the chosen colour, or one made from the light accent.
    pub fn dark_accent(&self) -> Rgb {
        self.dark_accent.unwrap_or_else(|| for_dark(self.accent))
    }

    /// The footer's links that are set: (the catalogue key of the label, address).
    pub fn footer_links(&self) -> Vec<(&'static str, &str)> {
        [
            ("footer-link-privacy", self.privacy_url.as_str()),
            ("footer-link-terms", self.terms_url.as_str()),
            ("footer-link-shop", self.shop_url.as_str()),
        ]
        .into_iter()
        .filter(|(_, url)| !url.is_empty())
        .collect()
    }
}

/// What is wrong with a field of the brand form.
#[derive(Debug, Clone, PartialEq)]
pub enum BrandError {
    NameMissing,
    TooLong(usize),
    NotAColour,
    /// The colour's best contrast, under [`MIN_CONTRAST`].
    Contrast(f64),
    NotAnAddress,
}

/// The header's text colour for `header`, or the best contrast it could get.
pub fn header_text(header: Rgb) -> Result<Rgb, BrandError> {
    let (white, ink) = (header.contrast(&WHITE), header.contrast(&INK));
    let (best, ratio) = if white >= ink {
        (WHITE, white)
    } else {
        (INK, ink)
    };
    if ratio >= MIN_CONTRAST {
        Ok(best)
    } else {
        Err(BrandError::Contrast(ratio))
    }
}

/// A colour for text on the light page: readable on both the page and the cards.
pub fn text_colour(text: &str) -> Result<Rgb, BrandError> {
    readable(text, &LIGHT_GROUNDS)
}

/// A colour for text on the dark page, readable on both its page and its cards; empty
/// for one made from the light colour.
pub fn dark_text_colour(text: &str) -> Result<Option<Rgb>, BrandError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    readable(text, &DARK_GROUNDS).map(Some)
}

fn readable(text: &str, grounds: &[Rgb]) -> Result<Rgb, BrandError> {
    let colour = Rgb::parse(text).ok_or(BrandError::NotAColour)?;
    let ratio = colour.contrast_on(grounds);
    if ratio >= MIN_CONTRAST {
        Ok(colour)
    } else {
        Err(BrandError::Contrast(ratio))
    }
}

/// The contrast [`for_dark`] aims for: comfortably above the minimum, as light text on a
/// dark page looks thinner than dark text on a light one.
const DARK_TARGET: f64 = 5.0;

/// The dark scheme's version of a light-scheme text colour: the colour itself if it
/// already reads on the dark page, else the same hue and saturation made lighter, a
/// fiftieth at a time, until it reads comfortably (white, at the end, always does).
pub fn for_dark(colour: Rgb) -> Rgb {
    if colour.contrast_on(&DARK_GROUNDS) >= MIN_CONTRAST {
        return colour;
    }
    let (hue, saturation, lightness) = colour.hsl();
    (0..=50)
        .map(|step| lightness + (1.0 - lightness) * f64::from(step) / 50.0)
        .map(|l| Rgb::from_hsl(hue, saturation, l))
        .find(|c| c.contrast_on(&DARK_GROUNDS) >= DARK_TARGET)
        .unwrap_or(WHITE)
}

/// A footer link: empty, a path on this site, or an `http(s)` address.
pub fn link_address(text: &str) -> Result<String, BrandError> {
    let text = text.trim();
    if text.chars().count() > URL_MAX {
        return Err(BrandError::TooLong(URL_MAX));
    }
    let ok = text.is_empty()
        || (text.starts_with('/') && !text.starts_with("//"))
        || ((text.starts_with("https://") || text.starts_with("http://")) && text.len() > 8);
    if ok && !text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        Ok(text.to_owned())
    } else {
        Err(BrandError::NotAnAddress)
    }
}

/// Plain text of at most `max` characters, trimmed.
pub fn words(text: &str, max: usize) -> Result<String, BrandError> {
    let text = text.trim();
    if text.chars().count() > max {
        Err(BrandError::TooLong(max))
    } else {
        Ok(text.to_owned())
    }
}

/// The site's name: present, and short enough for a header.
pub fn name(text: &str) -> Result<String, BrandError> {
    let name = words(text, NAME_MAX)?;
    if name.is_empty() {
        Err(BrandError::NameMissing)
    } else {
        Ok(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_follows_wcag() {
        assert!((WHITE.contrast(&Rgb(0, 0, 0)) - 21.0).abs() < 0.01);
        assert!((WHITE.contrast(&WHITE) - 1.0).abs() < 0.01);
        // #767676 on white is the well-known 4.54:1.
        let grey = Rgb::parse("#767676").unwrap();
        assert!((grey.contrast(&WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn colours_are_parsed_in_both_forms() {
        assert_eq!(Rgb::parse("#fff"), Some(WHITE));
        assert_eq!(Rgb::parse("1F3A5F"), Some(Rgb(0x1f, 0x3a, 0x5f)));
        assert_eq!(Rgb::parse("#12345"), None);
        assert_eq!(Rgb::parse("red"), None);
        assert_eq!(Rgb(0x1f, 0x3a, 0x5f).hex(), "#1f3a5f");
    }

    #[test]
    fn unreadable_colours_are_refused_with_their_ratio() {
        assert_eq!(text_colour("#1f3a5f").unwrap(), Rgb(0x1f, 0x3a, 0x5f));
        match text_colour("#ffcc00") {
            Err(BrandError::Contrast(ratio)) => assert!(ratio < 2.0, "{ratio}"),
            other => panic!("{other:?}"),
        }
        assert_eq!(text_colour("blue"), Err(BrandError::NotAColour));
        // A dark header gets white text, a light one ink, a mid grey neither.
        assert_eq!(header_text(Rgb(0x1f, 0x3a, 0x5f)), Ok(WHITE));
        assert_eq!(header_text(Rgb(0xf4, 0xe9, 0xd8)), Ok(INK));
        assert!(matches!(
            header_text(Rgb(0x80, 0x80, 0x80)),
            Err(BrandError::Contrast(_))
        ));
    }

    #[test]
    fn the_default_brand_passes_its_own_checks() {
        let brand = Brand::default();
        assert_eq!(header_text(brand.header), Ok(brand.header_text));
        assert!(text_colour(&brand.link.hex()).is_ok());
        assert!(text_colour(&brand.accent.hex()).is_ok());
        assert!(dark_text_colour(&brand.dark_link().hex()).is_ok());
        assert!(dark_text_colour(&brand.dark_accent().hex()).is_ok());
        let css = brand.css();
        assert!(css.contains("--brand: #1f3a5f;"), "{css}");
        let dark = &css[css
            .find("prefers-color-scheme: dark")
            .expect("a dark block")..];
        assert!(
            dark.contains(&format!("--link: {};", brand.dark_link().hex())),
            "{css}"
        );
        // A chosen dark colour is used as it is.
        let chosen = Brand {
            dark_link: Some(Rgb(0x9c, 0xbb, 0xe6)),
            ..Brand::default()
        };
        let css = chosen.css();
        let dark = &css[css
            .find("prefers-color-scheme: dark")
            .expect("a dark block")..];
        assert!(dark.contains("--link: #9cbbe6;"), "{css}");
    }

    #[test]
    fn the_dark_grounds_are_the_stylesheets() {
        let css = include_str!("../../static/css/parlour.css");
        let dark = &css[css.find("@media (prefers-color-scheme: dark)").unwrap()..];
        let value = |name: &str| {
            let start = dark.find(&format!("--{name}: ")).unwrap() + name.len() + 4;
            Rgb::parse(&dark[start..start + 7]).unwrap()
        };
        assert_eq!(value("paper"), DARK_PAPER);
        assert_eq!(value("card"), DARK_CARD);
        assert_eq!(value("warn-bg"), DARK_WARN);
        assert_eq!(value("info-bg"), DARK_INFO);
        assert_eq!(value("ok-bg"), DARK_OK);
    }

    #[test]
    fn dark_colours_are_made_readable_and_checked() {
        // The default navy link is unreadable on the dark page; its dark version keeps the
        // hue (blue stays the largest channel) and reads.
        let navy = Rgb(0x1f, 0x3a, 0x5f);
        assert!(navy.contrast_on(&DARK_GROUNDS) < MIN_CONTRAST);
        let light = for_dark(navy);
        assert!(
            light.contrast_on(&DARK_GROUNDS) >= MIN_CONTRAST,
            "{light:?}"
        );
        assert!(light.2 > light.0 && light.2 > light.1, "{light:?}");
        assert_ne!(light, WHITE);
        // A colour that already reads on the dark page is kept as it is.
        let gold = Rgb(0xe3, 0xa8, 0x72);
        assert_eq!(for_dark(gold), gold);
        // Hue, saturation and lightness go there and back.
        for colour in [
            navy,
            gold,
            Rgb(0x0b, 0x5d, 0x3b),
            Rgb(0x80, 0x80, 0x80),
            WHITE,
        ] {
            let (h, s, l) = colour.hsl();
            assert_eq!(Rgb::from_hsl(h, s, l), colour);
        }
        // The form's check refuses a dark-page colour that does not read, with its ratio.
        match dark_text_colour("#1f3a5f") {
            Err(BrandError::Contrast(ratio)) => assert!(ratio < 2.0, "{ratio}"),
            other => panic!("{other:?}"),
        }
        assert_eq!(dark_text_colour("#9cbbe6"), Ok(Some(Rgb(0x9c, 0xbb, 0xe6))));
        assert_eq!(dark_text_colour(" "), Ok(None));
    }

    #[test]
    fn footer_links_are_addresses() {
        assert_eq!(
            link_address(" https://shop.example/privacy "),
            Ok("https://shop.example/privacy".to_owned())
        );
        assert_eq!(link_address("/about"), Ok("/about".to_owned()));
        assert_eq!(link_address(""), Ok(String::new()));
        assert_eq!(
            link_address("javascript:alert(1)"),
            Err(BrandError::NotAnAddress)
        );
        assert_eq!(
            link_address("//evil.example"),
            Err(BrandError::NotAnAddress)
        );
        assert_eq!(link_address("https://a b"), Err(BrandError::NotAnAddress));
    }
}
