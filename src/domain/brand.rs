//! The retailer's brand: the site's name and words, its colours, its logo and icon and
//! the footer's links, checked before they are saved.
//!
//! Colours are accessible by construction: each is checked against what it is drawn on
//! with WCAG 2's contrast ratio, and one under 4.5:1 (the AA level for text) is refused
//! with the ratio it has. The header's text colour is not chosen by hand: it is white or
//! ink, whichever reads better on the header colour.

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
    pub footer: String,
    pub privacy_url: String,
    pub terms_url: String,
    pub shop_url: String,
    /// The logo and icon, by the stored image's path (`/media/…`), if uploaded.
    pub logo: Option<String>,
    pub icon: Option<String>,
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
            footer: String::new(),
            privacy_url: String::new(),
            terms_url: String::new(),
            shop_url: String::new(),
            logo: None,
            icon: None,
        }
    }
}

impl Brand {
    /// The stylesheet of the brand's custom properties, served from the site.
    pub fn css(&self) -> String {
        format!(
            ":root {{ --brand: {}; --brand-ink: {}; --link: {}; --accent: {}; }}\n",
            self.header.hex(),
            self.header_text.hex(),
            self.link.hex(),
            self.accent.hex()
        )
    }

    /// The footer's links that are set: (label, address).
    pub fn footer_links(&self) -> Vec<(&'static str, &str)> {
        [
            ("Privacy policy", self.privacy_url.as_str()),
            ("Terms of use", self.terms_url.as_str()),
            ("Shop", self.shop_url.as_str()),
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

/// A colour for text on the page: readable on both the page and the cards.
pub fn text_colour(text: &str) -> Result<Rgb, BrandError> {
    let colour = Rgb::parse(text).ok_or(BrandError::NotAColour)?;
    let ratio = colour.contrast(&PAPER).min(colour.contrast(&CARD));
    if ratio >= MIN_CONTRAST {
        Ok(colour)
    } else {
        Err(BrandError::Contrast(ratio))
    }
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
        assert!(brand.css().contains("--brand: #1f3a5f;"));
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
