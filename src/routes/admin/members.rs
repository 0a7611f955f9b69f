//! `GET /admin/members` lists members with their roles; `POST /admin/members/{id}/roles`
//! grants or revokes one role, with an optional reason, and logs it; `POST
//! /admin/members/{id}/sessions/end` signs a member out everywhere, logged too.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::accounts::{self, Actor, RoleChange};
use crate::auth::{CsrfForm, Session};
use crate::db::models::sessions;
use crate::db::models::users::{self, User};
use crate::domain::Role;
use crate::error::{AppError, encode_query_value};
use crate::messages;
use crate::render::{Notice, Page, Pager, ok, see_other_with};
use crate::state::AppState;

const PER_PAGE: i64 = 50;
const REASON_MAX: usize = 500;

#[derive(Template)]
#[template(path = "admin/members.html")]
struct MembersPage {
    page: Page,
    query: String,
    rows: Vec<User>,
    pager: Pager,
    pager_base: String,
    roles: [Role; 4],
}

#[derive(Deserialize)]
pub struct MembersQuery {
    q: Option<String>,
    page: Option<i64>,
}

pub async fn members(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<MembersQuery>,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Admin)?;
    let search = query.q.as_deref().map(str::trim).unwrap_or("").to_owned();
    let mut pager = Pager::new(query.page, PER_PAGE);
    let (offset, prefix) = (pager.offset(), search.clone());
    let (rows, total) = state
        .db
        .run(move |conn| {
            let prefix = Some(prefix.as_str()).filter(|p| !p.is_empty());
            Ok(users::list(conn, prefix, offset, PER_PAGE)?)
        })
        .await?;
    pager.total = total;
    let page = Page::new(&session, messages::TITLE_MEMBERS_AND_ROLES).in_section("admin");
    ok(&MembersPage {
        page,
        pager_base: format!("/admin/members?q={}&", encode_query_value(&search)),
        query: search,
        rows,
        pager,
        roles: Role::ALL,
    })
}

#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    q: String,
}

pub async fn change_role(
    state: web::Data<AppState>,
    path: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<RoleForm>,
) -> Result<HttpResponse, AppError> {
    let admin = session.require_role(Role::Admin)?.clone();
    let role = Role::parse(&form.role).ok_or(AppError::BadRequest(messages::ROLE_UNKNOWN))?;
    let grant = match form.action.as_str() {
        "grant" => true,
        "revoke" => false,
        _ => return Err(AppError::BadRequest(messages::ROLE_ACTION_UNKNOWN)),
    };
    if form.reason.chars().count() > REASON_MAX {
        return Err(AppError::BadRequest(messages::ROLE_REASON_TOO_LONG));
    }
    let user_id = path.into_inner();
    let back = match form.q.trim() {
        "" => "/admin/members".to_owned(),
        q => format!("/admin/members?q={}", encode_query_value(q)),
    };
    if !grant && role == Role::Admin && user_id == admin.id {
        // Refused (the service refuses it too), on the page the admin came from.
        return Ok(see_other_with(&back, Notice::OwnAdminKept));
    }
    let reason = form.reason;
    let change = state
        .db
        .run(move |conn| {
            let actor = Actor {
                id: Some(admin.id),
                name: &admin.username,
            };
            accounts::change_role(conn, actor, user_id, role, grant, &reason)
        })
        .await?;
    let notice = match change {
        RoleChange::Changed => Notice::RolesChanged,
        RoleChange::AlreadySo => Notice::RolesUnchanged,
    };
    Ok(see_other_with(&back, notice))
}

#[derive(Deserialize)]
pub struct EndSessionsForm {
    #[serde(default)]
    q: String,
}

/// `POST /admin/members/{id}/sessions/end`: signs member `id` out everywhere (a leaver, a
/// lost device), logged.
pub async fn end_sessions(
    state: web::Data<AppState>,
    path: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<EndSessionsForm>,
) -> Result<HttpResponse, AppError> {
    let admin = session.require_role(Role::Admin)?.clone();
    let user_id = path.into_inner();
    state
        .db
        .run(move |conn| {
            crate::db::write_transaction(conn, |conn| {
                let user = users::find(conn, user_id)?.ok_or(AppError::NotFound)?;
                let ended = sessions::delete_all_but(conn, user_id, None)?;
                let actor = Actor {
                    id: Some(admin.id),
                    name: &admin.username,
                };
                let subject = crate::messages::notifications::audit_member(&user.username, user.id);
                accounts::log_action(
                    conn,
                    actor,
                    "sessions.end",
                    &subject,
                    crate::i18n::Text::new("audit-sessions-ended").count("count", ended as f64),
                    "",
                )
            })
        })
        .await?;
    let back = match form.q.trim() {
        "" => "/admin/members".to_owned(),
        q => format!("/admin/members?q={}", encode_query_value(q)),
    };
    Ok(see_other_with(&back, Notice::MemberSignedOut))
}
