//! `GET /mod/audit`: every moderator and admin action, newest first, filtered by action,
//! by who acted and by date; `GET /mod/audit.csv` exports what the filter shows. The log
//! is append-only: there is no code path that changes or removes an entry.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{NaiveDate, NaiveDateTime};
use serde::Deserialize;

use crate::auth::Session;
use crate::db::models::audit::{self, AuditEntry, AuditFilter};
use crate::domain::Role;
use crate::error::AppError;
use crate::messages;
use crate::render::{Page, Pager, csv, ok};
use crate::state::AppState;

const PER_PAGE: i64 = 50;
/// The most rows one export holds; narrow the dates for more.
const CSV_MAX: i64 = 50_000;

#[derive(Template)]
#[template(path = "moderation/audit.html")]
struct AuditPage {
    page: Page,
    entries: Vec<AuditEntry>,
    pager: Pager,
    query: AuditQuery,
    pager_base: String,
    csv: String,
}

#[derive(Deserialize, Default, Clone)]
pub struct AuditQuery {
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub actor: String,
    /// `YYYY-MM-DD`, inclusive.
    #[serde(default)]
    pub from: String,
    /// `YYYY-MM-DD`, inclusive.
    #[serde(default)]
    pub to: String,
    pub page: Option<i64>,
}

impl AuditQuery {
    fn filter(&self) -> AuditFilter {
        let day = |s: &str| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok();
        let start = |d: NaiveDate| -> NaiveDateTime { d.and_hms_opt(0, 0, 0).unwrap_or_default() };
        let non_empty = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        AuditFilter {
            action: non_empty(&self.action),
            actor: non_empty(&self.actor),
            since: day(&self.from).map(start),
            before: day(&self.to).and_then(|d| d.succ_opt()).map(start),
        }
    }

    /// The filter as a query string, for the pager and the export link.
    fn query_string(&self) -> String {
        serde_urlencoded::to_string([
            ("action", self.action.as_str()),
            ("actor", self.actor.as_str()),
            ("from", self.from.as_str()),
            ("to", self.to.as_str()),
        ])
        .unwrap_or_default()
    }
}

pub async fn audit_log(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Moderator)?;
    let query = query.into_inner();
    let mut pager = Pager::new(query.page, PER_PAGE);
    let offset = pager.offset();
    let filter = query.filter();
    let (entries, total) = state
        .db
        .run(move |conn| Ok(audit::list(conn, &filter, offset, PER_PAGE)?))
        .await?;
    pager.total = total;
    let page = Page::new(&session, messages::TITLE_AUDIT_LOG).in_section("moderation");
    let qs = query.query_string();
    ok(&AuditPage {
        page,
        entries,
        pager,
        pager_base: format!("/mod/audit?{qs}&"),
        csv: format!("/mod/audit.csv?{qs}"),
        query,
    })
}

pub async fn audit_csv(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Moderator)?;
    let filter = query.filter();
    let (entries, _) = state
        .db
        .run(move |conn| Ok(audit::list(conn, &filter, 0, CSV_MAX)?))
        .await?;
    let rows: Vec<Vec<String>> = entries
        .into_iter()
        .map(|e| {
            vec![
                e.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                e.actor_name,
                e.action,
                e.subject,
                e.details,
                e.reason,
            ]
        })
        .collect();
    let header = [
        "time_utc", "actor", "action", "subject", "details", "reason",
    ];
    Ok(csv::download("audit-log.csv", csv::write(&header, &rows)))
}
