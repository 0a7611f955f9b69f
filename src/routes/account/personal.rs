//! `GET /account/personal`: everything Parlour uses to personalise for this member, in
//! plain words, each with the way to change it — the same things the data export holds
//! (interests, "not for me" marks, follows, the digest, expert areas, e-mail choices).

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::Session;
use crate::db::models::personal::{self, Marked};
use crate::db::models::{areas, users};
use crate::db::schema::{question_follows, questions};
use crate::domain::personal::{Digest, Interest};
use crate::error::AppError;
use crate::messages::personal as texts;
use crate::render::{Page, ok};
use crate::state::AppState;
use diesel::prelude::*;

#[derive(Template)]
#[template(path = "account/personal.html")]
struct PersonalPage {
    page: Page,
    areas: Vec<String>,
    tags: Vec<String>,
    digest: &'static str,
    marks: Vec<Marked>,
    /// Questions followed: title and path.
    follows: Vec<(String, String)>,
    /// Areas they answer in as an expert.
    expert_areas: Vec<String>,
}

pub async fn personal_page(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    let id = session.require_viewer()?.id;
    let (areas, tags, digest, marks, follows, expert_areas) = state
        .db
        .run(move |conn| {
            let user = users::find(conn, id)?.ok_or(AppError::NotFound)?;
            let all_areas = areas::all(conn)?;
            let area_name = |area: i64| {
                all_areas
                    .iter()
                    .find(|a| a.id == area)
                    .map(|a| a.name.clone())
            };
            let mut chosen_areas = Vec::new();
            let mut tags = Vec::new();
            for interest in personal::interests(conn, id)? {
                match interest {
                    Interest::Area(area) => chosen_areas.extend(area_name(area)),
                    Interest::Tag(tag) => tags.push(tag),
                }
            }
            let follows = question_follows::table
                .inner_join(questions::table)
                .filter(question_follows::user_id.eq(id))
                .order(question_follows::created_at.desc())
                .select((questions::id, questions::slug, questions::title))
                .load::<(i64, String, String)>(conn)?
                .into_iter()
                .map(|(qid, slug, title)| (title, crate::paths::question(qid, &slug)))
                .collect();
            let expert_areas = areas::of_expert(conn, id)?
                .into_iter()
                .filter_map(area_name)
                .collect();
            Ok((
                chosen_areas,
                tags,
                Digest::parse(&user.digest).unwrap_or(Digest::Never).key(),
                personal::marked_with_names(conn, id)?,
                follows,
                expert_areas,
            ))
        })
        .await?;
    ok(&PersonalPage {
        page: Page::new(&session, texts::TITLE_PERSONAL),
        areas,
        tags,
        digest,
        marks,
        follows,
        expert_areas,
    })
}
