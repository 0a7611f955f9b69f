//! `GET /admin/areas`: areas of expertise and their experts. `POST /admin/areas` adds an
//! area; `POST /admin/areas/{id}/experts` assigns or removes an expert. Each change is
//! written to the audit log in the same transaction.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::accounts::{Actor, log_action};
use crate::auth::{CsrfForm, Session};
use crate::clock::now;
use crate::db::DbConnection;
use crate::db::models::areas::{self, Area};
use crate::db::models::users;
use crate::db::write_transaction;
use crate::domain::slugify;
use crate::domain::{Role, Viewer};
use crate::error::AppError;
use crate::messages;
use crate::render::{FieldErrors, Notice, Page, html, see_other};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "admin/areas.html")]
struct AreasPage {
    page: Page,
    areas: Vec<(Area, Vec<(i64, String)>)>,
    name: String,
    description: String,
    errors: FieldErrors,
}

async fn render(
    state: &AppState,
    session: &Session,
    name: String,
    description: String,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let areas = state
        .db
        .run(|conn| {
            let assigned = areas::experts_by_area(conn)?;
            let all = areas::all(conn)?;
            Ok(all
                .into_iter()
                .map(|area| {
                    let experts = assigned
                        .iter()
                        .filter(|(a, _, _)| *a == area.id)
                        .map(|(_, id, name)| (*id, name.clone()))
                        .collect();
                    (area, experts)
                })
                .collect())
        })
        .await?;
    let status = errors.status();
    let page = Page::new(session, messages::TITLE_AREAS_OF_EXPERTISE).in_section("admin");
    html(
        status,
        &AreasPage {
            page,
            areas,
            name,
            description,
            errors,
        },
    )
}

pub async fn areas_page(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Admin)?;
    render(
        &state,
        &session,
        String::new(),
        String::new(),
        FieldErrors::new(),
    )
    .await
}

#[derive(Deserialize)]
pub struct AreaForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
}

pub async fn create_area(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<AreaForm>,
) -> Result<HttpResponse, AppError> {
    let admin = session.require_role(Role::Admin)?.clone();
    let name = form.name.trim().to_owned();
    let description = form.description.trim().to_owned();
    let mut errors = FieldErrors::new();
    if !(2..=60).contains(&name.chars().count()) {
        errors.add("name", messages::AREA_NAME_REQUIRED);
    }
    if description.chars().count() > 300 {
        errors.add("description", messages::ARTICLE_EXCERPT_TOO_LONG);
    }
    if errors.is_empty() {
        let (n, d) = (name.clone(), description.clone());
        let created = state
            .db
            .run(move |conn| {
                write_transaction(conn, |conn| Ok(add(conn, &admin, &n, &d)?.is_some()))
            })
            .await?;
        if created {
            return Ok(see_other(&format!(
                "/admin/areas?notice={}",
                Notice::Saved.key()
            )));
        }
        errors.add("name", messages::AREA_NAME_TAKEN);
    }
    render(&state, &session, name, description, errors).await
}

/// Creates an area and writes it to the audit log; `None` when its name or address is
/// taken. Run it in a transaction.
pub(super) fn add(
    conn: &mut DbConnection,
    admin: &Viewer,
    name: &str,
    description: &str,
) -> Result<Option<i64>, AppError> {
    let created = areas::create(conn, name, &slugify(name), description, now())?;
    if let Some(id) = created {
        let subject = crate::i18n::Text::new("admin-audit-area")
            .with("name", name)
            .with("id", id.to_string());
        log_action(conn, actor(admin), "area.create", &subject, "", "")?;
    }
    Ok(created)
}

#[derive(Deserialize)]
pub struct ExpertForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    action: String,
}

pub async fn change_expert(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    CsrfForm { session, form }: CsrfForm<ExpertForm>,
) -> Result<HttpResponse, AppError> {
    let admin = session.require_role(Role::Admin)?.clone();
    let area_id = id.into_inner();
    let assign = form.action != "remove";
    state
        .db
        .run(move |conn| {
            let area = areas::find(conn, area_id)?.ok_or(AppError::NotFound)?;
            let user = users::find_by_username(conn, &form.username)?
                .ok_or(AppError::BadRequest(messages::AREA_EXPERT_UNKNOWN))?;
            crate::db::write_idempotent(conn, |conn| {
                let changed = if assign {
                    // Assigning an area makes the member an expert if they were not.
                    users::add_roles(conn, user.id, Role::Expert.into())?;
                    areas::assign(conn, user.id, area.id)?
                } else {
                    areas::unassign(conn, user.id, area.id)?
                };
                if changed {
                    let action = if assign {
                        "area.assign"
                    } else {
                        "area.unassign"
                    };
                    let subject =
                        crate::messages::notifications::audit_member(&user.username, user.id);
                    log_action(conn, actor(&admin), action, &subject, &area.name, "")?;
                }
                Ok(())
            })
        })
        .await?;
    Ok(see_other(&format!(
        "/admin/areas?notice={}",
        Notice::Saved.key()
    )))
}

fn actor(admin: &Viewer) -> Actor<'_> {
    Actor {
        id: Some(admin.id),
        name: &admin.username,
    }
}
