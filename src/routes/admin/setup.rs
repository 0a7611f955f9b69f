//! `GET|POST /admin/setup`: the first start. A new admin (made with `parlour admin create`)
//! lands here after signing in while the community has no areas, and in one form names
//! the community, creates its first areas and chooses what waits for review. Everything
//! is saved in one transaction and logged like the full forms it abbreviates
//! (`/admin/brand`, `/admin/areas`, `/admin/policy`), which refine it later.
//!
//! The page stays open after the first start: sent again, it renames the community, adds
//! the areas not there yet (an area typed twice, or existing already, is not made twice,
//! and of two concurrent copies of the form one does the work and the other counts as
//! done) and sets the review choice.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::{CsrfForm, Session};
use crate::clock::now;
use crate::db::models::areas::{self, Area};
use crate::db::write_idempotent;
use crate::domain::brand;
use crate::domain::{Role, slugify};
use crate::error::AppError;
use crate::messages::{Notice, setup as words};
use crate::moderation::current_policy;
use crate::moderation::review::Review;
use crate::render::{FieldErrors, Page, html, see_other};
use crate::state::AppState;

/// Areas one setup may create; more are added in `/admin/areas`.
const MAX_AREAS: usize = 30;

#[derive(Template)]
#[template(path = "admin/setup.html")]
struct SetupPage {
    page: Page,
    name: String,
    areas: String,
    review: Review,
    existing: Vec<Area>,
    errors: FieldErrors,
}

impl SetupPage {
    fn choices(&self) -> [Review; 3] {
        Review::ALL
    }

    /// The areas there already, by name: "Shirts, Shoes".
    fn existing_names(&self) -> String {
        let names: Vec<&str> = self.existing.iter().map(|a| a.name.as_str()).collect();
        names.join(", ")
    }
}

pub async fn setup_page(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Admin)?;
    let ideas_premoderated = state.settings.idea_premoderation;
    let (saved, existing, policy) = state
        .db
        .run(move |conn| {
            Ok((
                crate::brand::saved(conn)?,
                areas::all(conn)?,
                current_policy(conn, ideas_premoderated)?,
            ))
        })
        .await?;
    html(
        StatusCode::OK,
        &SetupPage {
            page: Page::new(&session, words::TITLE).in_section("admin"),
            name: saved.name,
            areas: String::new(),
            review: Review::of(&policy),
            existing,
            errors: FieldErrors::new(),
        },
    )
}

#[derive(Deserialize)]
pub struct SetupForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    areas: String,
    #[serde(default)]
    review: String,
}

/// The area names typed, one per line: trimmed, blank lines and repeats (by address)
/// dropped, each of 2 to 60 characters.
fn area_names(typed: &str) -> Result<Vec<String>, crate::i18n::Text> {
    let mut names: Vec<String> = Vec::new();
    for line in typed.lines() {
        let name = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            continue;
        }
        if !(2..=60).contains(&name.chars().count()) {
            return Err(words::area_name(&name));
        }
        if !names.iter().any(|n| slugify(n) == slugify(&name)) {
            names.push(name);
        }
    }
    if names.len() > MAX_AREAS {
        return Err(words::TOO_MANY_AREAS.into());
    }
    Ok(names)
}

pub async fn save_setup(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<SetupForm>,
) -> Result<HttpResponse, AppError> {
    let admin = session.require_role(Role::Admin)?.clone();
    let ideas_premoderated = state.settings.idea_premoderation;
    let existing = state.db.run(|conn| Ok(areas::all(conn)?)).await?;
    let mut errors = FieldErrors::new();
    let name = brand::name(&form.name)
        .map_err(|e| errors.add("name", super::brand::message(e)))
        .ok();
    let names = match area_names(&form.areas) {
        Ok(names) if names.is_empty() && existing.is_empty() => {
            errors.add("areas", words::NO_AREAS);
            None
        }
        Ok(names) => Some(names),
        Err(message) => {
            errors.add("areas", message);
            None
        }
    };
    // An unknown choice (only a tampered form sends one) keeps the policy as it is.
    let review = Review::parse(&form.review);
    let (Some(name), Some(names)) = (name, names) else {
        let policy = state
            .db
            .run(move |conn| Ok(current_policy(conn, ideas_premoderated)?))
            .await?;
        return html(
            errors.status(),
            &SetupPage {
                page: Page::new(&session, words::TITLE).in_section("admin"),
                name: form.name,
                areas: form.areas,
                review: review.unwrap_or_else(|| Review::of(&policy)),
                existing,
                errors,
            },
        );
    };
    let cache = state.brand.clone();
    state
        .db
        .run(move |conn| {
            write_idempotent(conn, |conn| {
                let mut named = crate::brand::saved(conn)?;
                if named.name != name {
                    named.name = name;
                    super::brand::record(conn, &named, &admin, now())?;
                }
                let there: Vec<String> = areas::all(conn)?.iter().map(|a| a.slug.clone()).collect();
                for area in names.iter().filter(|n| !there.contains(&slugify(n))) {
                    if super::areas::add(conn, &admin, area, "")?.is_none() {
                        // A concurrent copy of this request (a double click) created it
                        // since the check: everything here is rolled back as done.
                        return Err(made_meanwhile());
                    }
                }
                if let Some(review) = review {
                    let policy = current_policy(conn, ideas_premoderated)?;
                    let after = review.applied_to(&policy);
                    super::policy::record(conn, &after, &admin, ideas_premoderated)?;
                }
                Ok::<_, AppError>(())
            })?;
            Ok(cache.refresh(conn)?)
        })
        .await?;
    Ok(see_other(&format!(
        "/admin/areas?notice={}",
        Notice::SetupDone.key()
    )))
}

/// The refusal a unique key gives when another request made the same row first.
fn made_meanwhile() -> AppError {
    use diesel::result::{DatabaseErrorKind, Error};
    AppError::from(Error::DatabaseError(
        DatabaseErrorKind::UniqueViolation,
        Box::new("area created by a concurrent request".to_owned()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_names_are_cleaned_and_checked() {
        assert_eq!(
            area_names("  Shirts   and fit \n\nShoes\nshoes\n").unwrap(),
            vec!["Shirts and fit", "Shoes"]
        );
        let refused = area_names("Shoes\nX").unwrap_err();
        assert!(refused.say(crate::i18n::Lang::EnGb).contains("“X”"));
        assert!(area_names(&"a\n".repeat(2)).is_err());
        let many: String = (0..31).map(|i| format!("Area {i}\n")).collect();
        assert_eq!(area_names(&many).unwrap_err(), words::TOO_MANY_AREAS.into());
    }
}
