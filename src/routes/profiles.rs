//! `GET /u/{username}`: a member's public profile — display name, picture, bio, areas of
//! expertise with the date each began, member since, answers accepted and ideas adopted,
//! and one page of the posts the reader may open (the same visibility rules as the posts'
//! own pages). Never the e-mail address. A member who hides their activity shows their
//! name, picture and bio only. The name is matched without regard to case and answered
//! from its canonical spelling (301); deleted accounts have no profile (404).

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;
use serde::Deserialize;

use crate::auth::Session;
use crate::clock::now;
use crate::db::models::profiles::{self, ActivityRow, ActivityTotals, ProfileMember};
use crate::domain::MediaRef;
use crate::domain::{AuthorSeen, Role, RoleSet, Username};
use crate::error::AppError;
use crate::messages::profiles as messages;
use crate::render::{Author, Page, Pager, ok};
use crate::state::AppState;

const PER_PAGE: i64 = 20;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/u/{username}", web::get().to(profile));
}

#[derive(Deserialize)]
pub struct ProfileQuery {
    page: Option<i64>,
}

/// What the profile lists, unless the member hides it.
struct Activity {
    expertise: Vec<(String, String, NaiveDateTime)>,
    accepted: i64,
    adopted: i64,
    rows: Vec<ActivityRow>,
    totals: ActivityTotals,
}

#[derive(Template)]
#[template(path = "profiles/profile.html")]
struct ProfilePage {
    page: Page,
    member: ProfileMember,
    author: Author,
    /// The display name, or the username when there is none.
    name: String,
    activity: Option<Activity>,
    pager: Pager,
    pager_base: String,
}

impl ProfilePage {
    /// The member's picture, shown large at the head of the page.
    fn picture(&self) -> Option<&MediaRef> {
        self.member.avatar.as_ref()
    }
}

pub async fn profile(
    state: web::Data<AppState>,
    session: Session,
    req: HttpRequest,
    username: web::Path<String>,
    query: web::Query<ProfileQuery>,
) -> Result<HttpResponse, AppError> {
    let asked = username.into_inner();
    if Username::is_deleted(&asked) {
        return Err(AppError::NotFound);
    }
    let lookup = asked.clone();
    let member = state
        .db
        .run(move |conn| profiles::member(conn, &lookup)?.ok_or(AppError::NotFound))
        .await?;
    if Username::is_deleted(&member.username) {
        return Err(AppError::NotFound);
    }
    if member.username != asked {
        let query = req.query_string();
        let mut location = crate::paths::profile(&member.username);
        if !query.is_empty() {
            location = format!("{location}?{query}");
        }
        return Ok(HttpResponse::MovedPermanently()
            .insert_header((header::LOCATION, location))
            .finish());
    }

    let mut pager = Pager::new(query.page, PER_PAGE);
    let activity = if member.hide_activity {
        None
    } else {
        let seen = AuthorSeen::by(member.id, session.viewer());
        let (id, expert) = (
            member.id,
            RoleSet::from_bits(member.roles).has(Role::Expert),
        );
        let (offset, limit) = (pager.offset(), pager.per_page);
        let activity = state
            .db
            .run(move |conn| {
                let expertise = if expert {
                    profiles::expertise(conn, id)?
                } else {
                    Vec::new()
                };
                let (accepted, adopted) = profiles::counts(conn, id)?;
                let (rows, totals) = profiles::activity(conn, id, &seen, now(), offset, limit)?;
                Ok(Activity {
                    expertise,
                    accepted,
                    adopted,
                    rows,
                    totals,
                })
            })
            .await?;
        pager.total = activity.totals.all();
        Some(activity)
    };

    let name = if member.display_name.is_empty() {
        member.username.clone()
    } else {
        member.display_name.clone()
    };
    let description = if member.bio.is_empty() {
        messages::description(&name)
    } else {
        member.bio.chars().take(160).collect()
    };
    let author = Author::new(member.username.clone(), member.avatar.clone());
    let page = Page::new(&session, name.clone()).describe(description);
    ok(&ProfilePage {
        pager_base: format!("{}?", crate::paths::profile(&member.username)),
        page,
        member,
        author,
        name,
        activity,
        pager,
    })
}
