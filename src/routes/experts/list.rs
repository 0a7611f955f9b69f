//! `GET /experts`: questions, filtered by area and status, sorted by newest, activity or
//! votes. Each row shows its status at a glance and its answer count. The page offers the
//! questions' Atom feed, or its area's when one is chosen.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::Session;
use crate::db::models::areas::{self, Area};
use crate::db::models::question_lists::{self, QuestionListRow, Sort, Status};
use crate::error::{AppError, encode_query_value};
use crate::messages;
use crate::paths;
use crate::render::{Page, Pager, ok};
use crate::state::AppState;

const PER_PAGE: i64 = 20;

#[derive(Template)]
#[template(path = "experts/list.html")]
struct ExpertsPage {
    page: Page,
    rows: Vec<QuestionListRow>,
    areas: Vec<Area>,
    area: String,
    status: &'static str,
    sort: &'static str,
    pager: Pager,
    pager_base: String,
}

#[derive(Deserialize)]
pub struct ListQuery {
    area: Option<String>,
    status: Option<String>,
    sort: Option<String>,
    page: Option<i64>,
    after: Option<i64>,
}

/// The status filters: key, label.
pub const STATUSES: [(&str, &str); 5] = [
    ("", "All questions"),
    ("unanswered", "Unanswered"),
    ("no-expert", "No expert answer yet"),
    ("expert", "Answered by an expert"),
    ("accepted", "Accepted answer"),
];

/// The sorts: key, label.
pub const SORTS: [(&str, &str); 3] = [
    ("", "Newest"),
    ("active", "Most active"),
    ("votes", "Most votes"),
];

fn status_of(key: &str) -> (Status, &'static str) {
    match key {
        "unanswered" => (Status::Unanswered, "unanswered"),
        "no-expert" => (Status::NoExpertAnswer, "no-expert"),
        "expert" => (Status::ExpertAnswered, "expert"),
        "accepted" => (Status::Accepted, "accepted"),
        _ => (Status::All, ""),
    }
}

fn sort_of(key: &str) -> (Sort, &'static str) {
    match key {
        "active" => (Sort::Active, "active"),
        "votes" => (Sort::Votes, "votes"),
        _ => (Sort::Newest, ""),
    }
}

pub async fn experts(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let (status, status_key) = status_of(query.status.as_deref().unwrap_or(""));
    let (sort, sort_key) = sort_of(query.sort.as_deref().unwrap_or(""));
    let area_slug = query.area.clone().unwrap_or_default();
    let mut pager = Pager::new(query.page, PER_PAGE).starting_after(query.after);
    let window = pager.window();
    let wanted = area_slug.clone();
    let viewer = session.viewer().map(|v| v.id);
    let (areas, rows, total) = state
        .db
        .run(move |conn| {
            let areas = areas::all(conn)?;
            let area_id = areas.iter().find(|a| a.slug == wanted).map(|a| a.id);
            if !wanted.is_empty() && area_id.is_none() {
                return Err(AppError::NotFound);
            }
            let (rows, total) = question_lists::list(conn, area_id, viewer, status, sort, window)?;
            Ok((areas, rows, total))
        })
        .await?;
    pager.set_total(total);
    pager.lead_on_from(rows.last().map(|row| row.id));
    let pager_base = format!(
        "/experts?area={}&status={status_key}&sort={sort_key}&",
        encode_query_value(&area_slug)
    );
    let (feed_title, feed) = match areas.iter().find(|a| a.slug == area_slug) {
        Some(area) => (
            messages::FeedTitle::Area(&area.name),
            paths::area_feed(&area.slug),
        ),
        None => (
            messages::FeedTitle::Experts,
            "/experts/feed.atom".to_owned(),
        ),
    };
    let page = Page::new(&session, messages::TITLE_ASK_THE_EXPERTS)
        .in_section("experts")
        .describe(messages::DESCRIPTION_EXPERTS)
        .with_feed(feed_title, feed);
    ok(&ExpertsPage {
        page,
        rows,
        areas,
        area: area_slug,
        status: status_key,
        sort: sort_key,
        pager,
        pager_base,
    })
}

impl ExpertsPage {
    fn statuses(&self) -> [(&'static str, &'static str); 5] {
        STATUSES
    }

    fn sorts(&self) -> [(&'static str, &'static str); 3] {
        SORTS
    }
}
