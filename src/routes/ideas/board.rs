//! `GET /ideas`: approved ideas, sorted by votes, newest or trending, filtered by status
//! and area. Members also see their own ideas that wait for review; moderators see how
//! many wait.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::Session;
use crate::db::models::areas::{self, Area};
use crate::db::models::idea_lists::{self, BoardFilter, BoardSort};
use crate::db::models::ideas::Idea;
use crate::domain::Role;
use crate::domain::idea::IdeaStatus;
use crate::error::AppError;
use crate::messages;
use crate::render::{Page, Pager, ok};
use crate::state::AppState;

const PER_PAGE: i64 = 20;

#[derive(Template)]
#[template(path = "ideas/board.html")]
struct BoardPage {
    page: Page,
    rows: Vec<(Idea, String)>,
    mine_waiting: Vec<Idea>,
    waiting_for_review: usize,
    is_moderator: bool,
    sort: &'static str,
    status: String,
    areas: Vec<Area>,
    area: String,
    pager: Pager,
    pager_base: String,
}

impl BoardPage {
    fn statuses(&self) -> [IdeaStatus; 7] {
        IdeaStatus::ALL
    }
}

/// The label of a stored status key.
pub fn label(key: &str) -> &'static str {
    IdeaStatus::parse(key).map_or("New", IdeaStatus::label)
}

#[derive(Deserialize)]
pub struct BoardQuery {
    sort: Option<String>,
    status: Option<String>,
    area: Option<String>,
    page: Option<i64>,
}

pub async fn board(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<BoardQuery>,
) -> Result<HttpResponse, AppError> {
    let (sort, sort_key) = match query.sort.as_deref() {
        Some("new") => (BoardSort::New, "new"),
        Some("trending") => (BoardSort::Trending, "trending"),
        _ => (BoardSort::Top, ""),
    };
    let status = query
        .status
        .as_deref()
        .and_then(IdeaStatus::parse)
        .map(|s| s.key().to_owned());
    let mut pager = Pager::new(query.page, PER_PAGE);
    let window = pager.window();
    let viewer = session.viewer().cloned();
    let is_moderator = viewer.as_ref().is_some_and(|v| v.can(Role::Moderator));
    let area_slug = query.area.clone().unwrap_or_default();
    let mut filter = BoardFilter {
        status: status.clone(),
        area_id: None,
        viewer: viewer.as_ref().map(|v| v.id),
        skip_total: false,
    };
    let (rows, total, mine_waiting, waiting_for_review, areas) = state
        .db
        .run(move |conn| {
            let areas = areas::all(conn)?;
            filter.area_id = areas.iter().find(|a| a.slug == area_slug).map(|a| a.id);
            let (rows, total) = idea_lists::board(conn, &filter, sort, window)?;
            let mine = match filter.viewer {
                Some(id) => idea_lists::awaiting_review(conn, Some(id))?,
                None => Vec::new(),
            };
            let waiting = if is_moderator {
                idea_lists::awaiting_review(conn, None)?.len()
            } else {
                0
            };
            Ok((rows, total, mine, waiting, areas))
        })
        .await?;
    pager.set_total(total);
    let status = status.unwrap_or_default();
    let area = query
        .area
        .as_deref()
        .filter(|slug| areas.iter().any(|a| a.slug == *slug))
        .unwrap_or_default()
        .to_owned();
    let page = Page::new(&session, messages::TITLE_IDEAS)
        .in_section("ideas")
        .describe(messages::DESCRIPTION_IDEAS)
        .with_feed(messages::FeedTitle::Ideas, "/ideas/feed.atom");
    ok(&BoardPage {
        page,
        rows,
        mine_waiting,
        waiting_for_review,
        is_moderator,
        sort: sort_key,
        pager_base: format!("/ideas?sort={sort_key}&status={status}&area={area}&"),
        status,
        areas,
        area,
        pager,
    })
}
