//! `GET|POST /account/interests`: the areas and article topics a member chooses, and how
//! often they want a digest. Offered once after joining (`?first=yes`, with "skip"), and
//! always from the account page. Areas or topics that no longer exist are left out of what
//! is saved; nothing else is lost.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::{CsrfForm, Session};
use crate::clock::now;
use crate::db::models::areas::{self, Area};
use crate::db::models::{article_lists, personal, users};
use crate::db::write_transaction;
use crate::domain::personal::{Digest, Interest};
use crate::error::AppError;
use crate::messages::personal as texts;
use crate::render::{FieldErrors, Notice, Page, html, local_path, see_other_with};
use crate::state::AppState;

/// How many of the most-used tags the page offers.
const TAGS: i64 = 40;

#[derive(Template)]
#[template(path = "account/interests.html")]
struct InterestsPage {
    page: Page,
    first: bool,
    next: String,
    areas: Vec<Area>,
    tags: Vec<String>,
    chosen: Vec<Interest>,
    digest: String,
    errors: FieldErrors,
}

impl InterestsPage {
    fn area_chosen(&self, id: &i64) -> bool {
        self.chosen.contains(&Interest::Area(*id))
    }

    fn tag_chosen(&self, tag: &str) -> bool {
        self.chosen.contains(&Interest::Tag(tag.to_owned()))
    }

    fn digests(&self) -> [Digest; 3] {
        Digest::ALL
    }
}

#[derive(Deserialize)]
pub struct InterestsQuery {
    #[serde(default)]
    first: String,
    next: Option<String>,
}

/// What the page offers: every area and the most-used tags.
async fn choices(state: &AppState) -> Result<(Vec<Area>, Vec<String>), AppError> {
    let now = now();
    state
        .db
        .run(move |conn| {
            Ok((
                areas::all(conn)?,
                article_lists::tags_in_use(conn, now, TAGS)?,
            ))
        })
        .await
}

pub async fn interests_page(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<InterestsQuery>,
) -> Result<HttpResponse, AppError> {
    let id = session.require_viewer()?.id;
    let (areas, tags) = choices(&state).await?;
    let (chosen, digest) = state
        .db
        .run(move |conn| {
            personal::offer_interests(conn, id)?;
            let user = users::find(conn, id)?.ok_or(AppError::NotFound)?;
            Ok((personal::interests(conn, id)?, user.digest))
        })
        .await?;
    html(
        StatusCode::OK,
        &InterestsPage {
            page: Page::new(&session, texts::TITLE_INTERESTS),
            first: query.first == "yes",
            next: local_path(query.next.as_deref()),
            areas,
            tags,
            chosen,
            digest,
            errors: FieldErrors::new(),
        },
    )
}

pub async fn save_interests(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let id = session.require_viewer()?.id;
    let (areas, tags) = choices(&state).await?;
    let value = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    // Only what the page could offer is kept: an area or topic removed meanwhile is
    // dropped, the rest saved.
    let chosen: Vec<Interest> = form
        .iter()
        .filter_map(|(name, value)| match name.as_str() {
            "area" => value
                .parse::<i64>()
                .ok()
                .filter(|id| areas.iter().any(|a| a.id == *id))
                .map(Interest::Area),
            "tag" => tags
                .iter()
                .find(|t| *t == value)
                .map(|t| Interest::Tag(t.clone())),
            _ => None,
        })
        .fold(Vec::new(), |mut all, interest| {
            if !all.contains(&interest) {
                all.push(interest);
            }
            all
        });
    let first = value("first") == "yes";
    let next = local_path(Some(&value("next")));
    let Some(digest) = Digest::parse(&value("digest")) else {
        let mut errors = FieldErrors::new();
        errors.add("digest", texts::DIGEST_UNKNOWN);
        let page = InterestsPage {
            page: Page::new(&session, texts::TITLE_INTERESTS),
            first,
            next,
            areas,
            tags,
            chosen,
            digest: String::new(),
            errors,
        };
        return html(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let now = now();
    state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                personal::set_interests(conn, id, &chosen, now)?;
                personal::set_digest(conn, id, digest)?;
                Ok(())
            })
        })
        .await?;
    let to = if first {
        next
    } else {
        "/account/interests".to_owned()
    };
    Ok(see_other_with(&to, Notice::InterestsSaved))
}
