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
use crate::render::{Author, FieldErrors, Page, Pager, ok};

/// The colour tokens shown as swatches: (custom property, what it is for).
const SWATCHES: &[(&str, &str)] = &[
    ("brand", "Header and buttons (the brand)"),
    ("link", "Links (the brand)"),
    ("accent", "Highlights (the brand)"),
    ("ink", "Text"),
    ("muted", "Secondary text"),
    ("paper", "Page"),
    ("card", "Cards and fields"),
    ("line", "Rules and borders"),
    ("ok-bg", "Done, accepted"),
    ("warn-bg", "Waiting, held"),
    ("info-bg", "The shop speaking"),
    ("error-bg", "Mistakes"),
    ("plum-bg", "Planned"),
    ("teal-bg", "In progress"),
    ("quiet-bg", "Closed"),
];

#[derive(Template)]
#[template(path = "admin/design.html")]
struct DesignPage {
    page: Page,
    swatches: &'static [(&'static str, &'static str)],
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
    errors.add("sample-title", "Give your question a title.");
    ok(&DesignPage {
        page: Page::new(&session, "Design system")
            .in_section("admin")
            .noindex(),
        swatches: SWATCHES,
        authors,
        statuses: IdeaStatus::ALL.to_vec(),
        errors,
        pager: Pager {
            page: 2,
            per_page: 20,
            total: 100,
        },
        base: "/design?",
    })
}
