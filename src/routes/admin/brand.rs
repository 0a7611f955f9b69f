//! `GET/POST /admin/brand`: the retailer's name, words, colours, logo, icon and footer.
//! Colours are checked for contrast before anything is saved (see
//! [`crate::domain::brand`]); the logo and icon go through the image pipeline, which
//! refuses SVG and strips every piece of metadata.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;
use diesel::QueryResult;

use crate::auth::{CsrfMultipart, Session};
use crate::clock::now;
use crate::db::models::audit::{self, NewAuditEntry};
use crate::db::{DbConnection, write_transaction};
use crate::domain::MediaRef;
use crate::domain::brand::{self, Brand, BrandError};
use crate::domain::{Role, Viewer};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::messages::{Notice, brand as words};
use crate::render::{FieldErrors, Page, html, see_other};
use crate::routes::uploads::{self, Picture};
use crate::state::AppState;

/// The logo: shown at 40 px high in the header, so a modest upload is plenty.
pub const LOGO: Picture = Picture {
    file: "logo",
    carried: "logo_hash",
    max_pixels: 4_000_000,
};

/// The icon browsers show in tabs and on home screens.
pub const ICON: Picture = Picture {
    file: "icon",
    carried: "icon_hash",
    max_pixels: 4_000_000,
};

/// The form as typed.
#[derive(Default, Clone)]
pub struct BrandValues {
    pub name: String,
    pub description: String,
    pub header: String,
    pub link: String,
    pub accent: String,
    pub dark_link: String,
    pub dark_accent: String,
    pub footer: String,
    pub privacy_url: String,
    pub terms_url: String,
    pub shop_url: String,
    /// The default language's code (`en`, `fr`).
    pub language: String,
}

impl BrandValues {
    /// A field's typed value by its name (for the template's loops).
    pub fn field(&self, field: &str) -> &str {
        match field {
            "header" => &self.header,
            "link" => &self.link,
            "accent" => &self.accent,
            "dark_link" => &self.dark_link,
            "dark_accent" => &self.dark_accent,
            "privacy_url" => &self.privacy_url,
            "terms_url" => &self.terms_url,
            "shop_url" => &self.shop_url,
            _ => "",
        }
    }

    fn of(brand: &Brand) -> Self {
        Self {
            name: brand.name.clone(),
            description: brand.description.clone(),
            header: brand.header.hex(),
            link: brand.link.hex(),
            accent: brand.accent.hex(),
            dark_link: brand.dark_link.map(|c| c.hex()).unwrap_or_default(),
            dark_accent: brand.dark_accent.map(|c| c.hex()).unwrap_or_default(),
            footer: brand.footer.clone(),
            privacy_url: brand.privacy_url.clone(),
            terms_url: brand.terms_url.clone(),
            shop_url: brand.shop_url.clone(),
            language: brand.language.code().to_owned(),
        }
    }
}

#[derive(Template)]
#[template(path = "admin/brand.html")]
struct BrandPage {
    page: Page,
    values: BrandValues,
    errors: FieldErrors,
    /// The logo and icon the form carries (saved, or uploaded in this try).
    logo: Option<String>,
    icon: Option<String>,
    logo_hash: String,
    icon_hash: String,
}

pub async fn brand_page(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Admin)?;
    let saved = state.db.run(|conn| Ok(crate::brand::saved(conn)?)).await?;
    let page = Page::new(&session, words::TITLE).in_section("admin");
    html(
        FieldErrors::new().status(),
        &BrandPage {
            page,
            values: BrandValues::of(&saved),
            errors: FieldErrors::new(),
            logo: saved.logo.clone(),
            icon: saved.icon.clone(),
            logo_hash: hash_of(saved.logo.as_deref()),
            icon_hash: hash_of(saved.icon.as_deref()),
        },
    )
}

/// The content hash in a `/media/{hash}.{ext}` path.
fn hash_of(path: Option<&str>) -> String {
    path.and_then(|p| p.strip_prefix("/media/"))
        .and_then(|f| f.split('.').next())
        .unwrap_or("")
        .to_owned()
}

/// The value of a field's check, or its message in `errors`.
fn checked<T>(
    errors: &mut FieldErrors,
    field: &'static str,
    result: Result<T, BrandError>,
) -> Option<T> {
    result.map_err(|e| errors.add(field, message(e))).ok()
}

/// The message for a field's mistake.
pub(super) fn message(error: BrandError) -> crate::i18n::Text {
    match error {
        BrandError::NameMissing => words::NAME_MISSING.into(),
        BrandError::TooLong(max) => words::too_long(max),
        BrandError::NotAColour => words::NOT_A_COLOUR.into(),
        BrandError::Contrast(ratio) => words::contrast(ratio),
        BrandError::NotAnAddress => words::NOT_AN_ADDRESS.into(),
    }
}

pub async fn save_brand(
    state: web::Data<AppState>,
    form: CsrfMultipart,
) -> Result<HttpResponse, AppError> {
    let admin = form.session.require_role(Role::Admin)?.clone();
    let typed = BrandValues {
        name: form.text("name").to_owned(),
        description: form.text("description").to_owned(),
        header: form.text("header").to_owned(),
        link: form.text("link").to_owned(),
        accent: form.text("accent").to_owned(),
        dark_link: form.text("dark_link").to_owned(),
        dark_accent: form.text("dark_accent").to_owned(),
        footer: form.text("footer").to_owned(),
        privacy_url: form.text("privacy_url").to_owned(),
        terms_url: form.text("terms_url").to_owned(),
        shop_url: form.text("shop_url").to_owned(),
        language: form.text("language").to_owned(),
    };
    let mut errors = FieldErrors::new();
    let name = checked(&mut errors, "name", brand::name(&typed.name));
    let description = checked(
        &mut errors,
        "description",
        brand::words(&typed.description, brand::DESCRIPTION_MAX),
    );
    let header = checked(
        &mut errors,
        "header",
        brand::Rgb::parse(&typed.header)
            .ok_or(BrandError::NotAColour)
            .and_then(|h| Ok((h, brand::header_text(h)?))),
    );
    let link = checked(&mut errors, "link", brand::text_colour(&typed.link));
    let accent = checked(&mut errors, "accent", brand::text_colour(&typed.accent));
    let dark_link = checked(
        &mut errors,
        "dark_link",
        brand::dark_text_colour(&typed.dark_link),
    );
    let dark_accent = checked(
        &mut errors,
        "dark_accent",
        brand::dark_text_colour(&typed.dark_accent),
    );
    let footer = checked(
        &mut errors,
        "footer",
        brand::words(&typed.footer, brand::FOOTER_MAX),
    );
    let privacy = checked(
        &mut errors,
        "privacy_url",
        brand::link_address(&typed.privacy_url),
    );
    let terms = checked(
        &mut errors,
        "terms_url",
        brand::link_address(&typed.terms_url),
    );
    let shop = checked(
        &mut errors,
        "shop_url",
        brand::link_address(&typed.shop_url),
    );
    // A form without the field (an older page still open) keeps the language as it is.
    let language = if typed.language.is_empty() {
        Some(state.brand().await?.0.language)
    } else {
        Lang::parse(&typed.language)
    };
    if language.is_none() {
        errors.add("language", crate::messages::LANGUAGE_UNKNOWN);
    }
    let now = now();
    let logo = uploads::picture(&state, &form, &LOGO, admin.id, now, &mut errors).await?;
    let icon = uploads::picture(&state, &form, &ICON, admin.id, now, &mut errors).await?;
    let (logo, icon) = (
        chosen(logo, form.text("remove_logo") == "yes"),
        chosen(icon, form.text("remove_icon") == "yes"),
    );
    let complete = (|| {
        let (header, header_text) = header?;
        Some(Brand {
            name: name?,
            description: description?,
            header,
            header_text,
            link: link?,
            accent: accent?,
            dark_link: dark_link?,
            dark_accent: dark_accent?,
            footer: footer?,
            privacy_url: privacy?,
            terms_url: terms?,
            shop_url: shop?,
            logo: logo.clone(),
            icon: icon.clone(),
            language: language?,
        })
    })();
    let Some(brand) = complete.filter(|_| errors.is_empty()) else {
        let page = Page::new(&form.session, words::TITLE).in_section("admin");
        return html(
            errors.status(),
            &BrandPage {
                page,
                values: typed,
                logo_hash: hash_of(logo.as_deref()),
                icon_hash: hash_of(icon.as_deref()),
                logo,
                icon,
                errors,
            },
        );
    };
    let cache = state.brand.clone();
    state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| record(conn, &brand, &admin, now))?;
            // This process shows the change from the next request on.
            Ok(cache.refresh(conn)?)
        })
        .await?;
    Ok(see_other(&format!(
        "/admin/brand?notice={}",
        Notice::Saved.key()
    )))
}

/// Saves `brand` and writes the change to the audit log. Run it in a transaction, then
/// refresh the process's brand cache after the commit.
pub(super) fn record(
    conn: &mut DbConnection,
    brand: &Brand,
    admin: &Viewer,
    now: NaiveDateTime,
) -> QueryResult<()> {
    crate::brand::save(conn, brand, now)?;
    audit::append(
        conn,
        &NewAuditEntry {
            actor_id: Some(admin.id),
            actor_name: &admin.username,
            action: "brand.change",
            subject: &brand.name,
            details: &brand.css(),
            reason: "",
            created_at: now,
            link: "/admin/brand",
        },
    )
}

/// The picture's path, unless the admin asked to remove it.
fn chosen(picture: Option<MediaRef>, remove: bool) -> Option<String> {
    picture.filter(|_| !remove).map(|p| p.url())
}
