//! The brand in use: saved as settings rows, held in memory by every app process, and
//! served as a small stylesheet of custom properties at a content-hashed address.
//!
//! Why a cache with a version: every page shows the brand, and reading a dozen settings
//! per request would cost more than the page. Each save writes a new `brand.version`; a
//! process compares its copy's version with the database's at most once a second (one
//! primary-key read), so a change shows at once in the process that saved it and within a
//! second in every other.

use crate::i18n::Lang;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use diesel::QueryResult;

use crate::auth::token::{hex, random_token};
use crate::db::DbConnection;
use crate::db::models::settings;
use crate::domain::brand::{self, Brand, Rgb};

/// How long a process trusts its copy before asking the database for the version.
const RECHECK: Duration = Duration::from_secs(1);

const VERSION: &str = "brand.version";
const NAME: &str = "brand.name";
const DESCRIPTION: &str = "brand.description";
const HEADER: &str = "brand.header";
const LINK: &str = "brand.link";
const ACCENT: &str = "brand.accent";
const DARK_LINK: &str = "brand.dark_link";
const DARK_ACCENT: &str = "brand.dark_accent";
const FOOTER: &str = "brand.footer";
const PRIVACY: &str = "brand.privacy";
const TERMS: &str = "brand.terms";
const SHOP: &str = "brand.shop";
const LOGO: &str = "brand.logo";
const ICON: &str = "brand.icon";
const LANGUAGE: &str = "brand.language";

/// The brand a process shows, with what it needs to notice a change.
pub struct BrandCache {
    held: RwLock<Held>,
}

struct Held {
    brand: Arc<Brand>,
    version: String,
    checked: Instant,
    /// The stylesheet's address, with a hash of its content.
    css_url: Arc<str>,
}

impl Held {
    fn new(brand: Brand, version: String) -> Self {
        let css_url = css_url(&brand).into();
        Self {
            brand: Arc::new(brand),
            version,
            checked: Instant::now(),
            css_url,
        }
    }
}

/// The address of `brand`'s stylesheet, with a hash of its content.
pub fn css_url(brand: &Brand) -> String {
    use sha2::{Digest, Sha256};
    format!(
        "/brand.css?v={}",
        hex(&Sha256::digest(brand.css().as_bytes())[..8])
    )
}

impl BrandCache {
    /// The brand saved in the database (the default if none was).
    pub fn load(conn: &mut DbConnection) -> QueryResult<Self> {
        let (brand, version) = read(conn)?;
        Ok(Self {
            held: RwLock::new(Held::new(brand, version)),
        })
    }

    /// The brand and its stylesheet's address, as this process holds them.
    pub fn current(&self) -> (Arc<Brand>, Arc<str>) {
        match self.held.read() {
            Ok(held) => (held.brand.clone(), held.css_url.clone()),
            Err(poisoned) => {
                let held = poisoned.into_inner();
                (held.brand.clone(), held.css_url.clone())
            }
        }
    }

    /// Whether an admin ever saved a brand (until then, e-mail keeps the name the operator
    /// configured in its sender address).
    pub fn is_saved(&self) -> bool {
        self.held.read().is_ok_and(|held| !held.version.is_empty())
    }

    /// Whether the copy is old enough to compare with the database.
    pub fn due(&self) -> bool {
        self.held
            .read()
            .map_or(true, |held| held.checked.elapsed() >= RECHECK)
    }

    /// Compares the copy with the database and reloads it if another process saved.
    pub fn refresh(&self, conn: &mut DbConnection) -> QueryResult<()> {
        let version = settings::get(conn, VERSION)?.unwrap_or_default();
        let same = self.held.read().is_ok_and(|held| held.version == version);
        if same {
            if let Ok(mut held) = self.held.write() {
                held.checked = Instant::now();
            }
            return Ok(());
        }
        let (brand, version) = read(conn)?;
        if let Ok(mut held) = self.held.write() {
            *held = Held::new(brand, version);
        }
        Ok(())
    }
}

/// The language to write to a member in (e-mail, notifications): the one they chose
/// (`chosen`, as stored with their account), else the site's default.
pub fn language_for(conn: &mut DbConnection, chosen: &str) -> QueryResult<Lang> {
    if let Some(lang) = Lang::parse(chosen) {
        return Ok(lang);
    }
    Ok(settings::get(conn, LANGUAGE)?
        .and_then(|v| Lang::parse(&v))
        .unwrap_or_default())
}

/// The saved brand and its version.
fn read(conn: &mut DbConnection) -> QueryResult<(Brand, String)> {
    let rows = settings::all(conn)?;
    let get = |name: &str| rows.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
    let default = Brand::default();
    let colour =
        |name: &str, fallback: Rgb| get(name).and_then(|v| Rgb::parse(&v)).unwrap_or(fallback);
    let header = colour(HEADER, default.header);
    let brand = Brand {
        name: get(NAME).unwrap_or(default.name),
        description: get(DESCRIPTION).unwrap_or(default.description),
        header,
        header_text: brand::header_text(header).unwrap_or(default.header_text),
        link: colour(LINK, default.link),
        accent: colour(ACCENT, default.accent),
        // Empty, or absent in a brand saved before they could be chosen: made from the
        // light colours.
        dark_link: get(DARK_LINK).and_then(|v| Rgb::parse(&v)),
        dark_accent: get(DARK_ACCENT).and_then(|v| Rgb::parse(&v)),
        footer: get(FOOTER).unwrap_or_default(),
        privacy_url: get(PRIVACY).unwrap_or_default(),
        terms_url: get(TERMS).unwrap_or_default(),
        shop_url: get(SHOP).unwrap_or_default(),
        logo: get(LOGO).filter(|v| !v.is_empty()),
        icon: get(ICON).filter(|v| !v.is_empty()),
        language: get(LANGUAGE)
            .and_then(|v| Lang::parse(&v))
            .unwrap_or_default(),
    };
    Ok((brand, get(VERSION).unwrap_or_default()))
}

/// Saves `brand` with a new version. Run it in a transaction.
pub fn save(conn: &mut DbConnection, brand: &Brand, now: NaiveDateTime) -> QueryResult<()> {
    let rows = [
        (NAME, brand.name.clone()),
        (DESCRIPTION, brand.description.clone()),
        (HEADER, brand.header.hex()),
        (LINK, brand.link.hex()),
        (ACCENT, brand.accent.hex()),
        (
            DARK_LINK,
            brand.dark_link.map(|c| c.hex()).unwrap_or_default(),
        ),
        (
            DARK_ACCENT,
            brand.dark_accent.map(|c| c.hex()).unwrap_or_default(),
        ),
        (FOOTER, brand.footer.clone()),
        (PRIVACY, brand.privacy_url.clone()),
        (TERMS, brand.terms_url.clone()),
        (SHOP, brand.shop_url.clone()),
        (LOGO, brand.logo.clone().unwrap_or_default()),
        (ICON, brand.icon.clone().unwrap_or_default()),
        (LANGUAGE, brand.language.code().to_owned()),
        (VERSION, random_token()),
    ];
    for (name, value) in rows {
        settings::set(conn, name, &value, now)?;
    }
    Ok(())
}

/// The brand as saved, read afresh (for the brand form).
pub fn saved(conn: &mut DbConnection) -> QueryResult<Brand> {
    Ok(read(conn)?.0)
}
