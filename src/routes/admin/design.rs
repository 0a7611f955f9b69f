//! `GET /design`: the design system on one page, for admins: the colours (with the brand's
//! own), the type scale, and every component as the pages use it, built from the same
//! classes and partials, so that a retailer checking their brand, or a developer adding a
//! page, sees each piece in both colour schemes (their device's) and at every width. It
//! only shows: nothing on it changes anything.

use actix_web::HttpResponse;
use askama::Template;

use crate::auth::Session;
use crate::domain::idea::IdeaStatus;
use crate::domain::{Role, RoleSet};
use crate::error::AppError;
use crate::i18n::Key;
use crate::render::{Author, FieldErrors, Page, Pager, ok};

/// The colour tokens shown as swatches: (custom property, what it is for).
const SWATCHES: &[(&str, Key)] = &[
    ("brand", Key("admin-design-swatch-brand")),
    ("link", Key("admin-design-swatch-link")),
    ("accent", Key("admin-design-swatch-accent")),
    ("ink", Key("admin-design-swatch-ink")),
    ("muted", Key("admin-design-swatch-muted")),
    ("paper", Key("admin-design-swatch-paper")),
    ("card", Key("admin-design-swatch-card")),
    ("line", Key("admin-design-swatch-line")),
    ("ok-bg", Key("admin-design-swatch-ok")),
    ("warn-bg", Key("admin-design-swatch-warn")),
    ("info-bg", Key("admin-design-swatch-info")),
    ("error-bg", Key("admin-design-swatch-error")),
    ("plum-bg", Key("admin-design-swatch-plum")),
    ("teal-bg", Key("admin-design-swatch-teal")),
    ("quiet-bg", Key("admin-design-swatch-quiet")),
];

#[derive(Template)]
#[template(path = "admin/design.html")]
struct DesignPage {
    page: Page,
    swatches: &'static [(&'static str, Key)],
    authors: Vec<Author>,
    statuses: Vec<IdeaStatus>,
    errors: FieldErrors,
    pager: Pager,
    base: &'static str,
}

pub async fn design(session: Session) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Admin)?;
    let authors = vec![
        Author::new("eleanor", None).with_roles(RoleSet::of(&[Role::Expert])),
        Author::new("amara", None).with_roles(RoleSet::of(&[Role::Staff])),
        Author::new("priya", None).with_roles(RoleSet::of(&[Role::Moderator])),
        Author::new("tom", None),
    ];
    let mut errors = FieldErrors::new();
    errors.add("sample-title", Key("admin-design-sample-error"));
    ok(&DesignPage {
        page: Page::new(&session, Key("admin-design-heading"))
            .in_section("admin")
            .noindex(),
        swatches: SWATCHES,
        authors,
        statuses: IdeaStatus::ALL.to_vec(),
        errors,
        pager: {
            let mut pager = Pager::new(Some(2), 20);
            pager.total = 100;
            pager
        },
        base: "/design?",
    })
}
