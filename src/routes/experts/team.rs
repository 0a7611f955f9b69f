//! `GET /experts/team`: the experts, with photo, short bio, areas and answers given.

use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::Session;
use crate::db::models::areas::{self, TeamMember};
use crate::error::AppError;
use crate::messages;
use crate::render::{Page, ok};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "experts/team.html")]
struct TeamPage {
    page: Page,
    members: Vec<(TeamMember, Vec<String>)>,
}

pub async fn team(state: web::Data<AppState>, session: Session) -> Result<HttpResponse, AppError> {
    let (team, assignments) = state
        .db
        .run(|conn| Ok((areas::team(conn)?, areas::assignments(conn)?)))
        .await?;
    let mut areas_of: HashMap<i64, Vec<String>> = HashMap::new();
    for (user, _, name) in assignments {
        areas_of.entry(user).or_default().push(name);
    }
    let members = team
        .into_iter()
        .map(|m| {
            let areas = areas_of.remove(&m.id).unwrap_or_default();
            (m, areas)
        })
        .collect();
    let page = Page::new(&session, messages::TITLE_OUR_EXPERTS)
        .in_section("experts")
        .describe(messages::DESCRIPTION_TEAM);
    ok(&TeamPage { page, members })
}
