//! `GET|POST /admin/policy`: the moderation policy. Which posts wait for review (per kind
//! and group of authors, and per area for customers), the confidential terms staff posts
//! are checked for, and the thresholds of the automatic checks. Each changed setting is
//! written to the audit log with its old and new value.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::accounts::{Actor, log_action};
use crate::auth::{CsrfForm, Session};
use crate::clock::now;
use crate::db::models::areas::{self, Area};
use crate::db::{DbConnection, write_transaction};
use crate::domain::ContentKind;
use crate::domain::{Role, Viewer};
use crate::error::AppError;
use crate::messages;
use crate::moderation::current_policy;
use crate::moderation::policy::{self, Group, Policy};
use crate::render::{FieldErrors, Notice, Page, html, ok, see_other};
use crate::state::AppState;

/// What the form shows, as typed.
struct Values {
    premoderated: Vec<String>,
    areas: Vec<i64>,
    terms: String,
    negativity: String,
    max_links: String,
    new_member_posts: String,
    unconfirmed_may_post: bool,
}

impl Values {
    /// The form's values for `policy`, numbers written the `lang` way ("0,25" in French).
    fn of(policy: &Policy, lang: crate::i18n::Lang) -> Self {
        Self {
            premoderated: policy
                .premoderated
                .iter()
                .map(|(kind, group)| field_name(*kind, *group))
                .collect(),
            areas: policy.premoderated_areas.clone(),
            terms: policy.thresholds.confidential_terms.join("\n"),
            negativity: crate::i18n::format_number(lang, policy.thresholds.negativity, 2),
            max_links: policy.thresholds.max_links.to_string(),
            new_member_posts: policy.new_member_posts.to_string(),
            unconfirmed_may_post: policy.unconfirmed_may_post,
        }
    }
}

fn field_name(kind: ContentKind, group: Group) -> String {
    format!("premod_{}_{}", kind.key(), group.key())
}

#[derive(Template)]
#[template(path = "admin/policy.html")]
struct PolicyPage {
    page: Page,
    values: Values,
    areas: Vec<Area>,
    errors: FieldErrors,
}

impl PolicyPage {
    fn kinds(&self) -> [ContentKind; 5] {
        ContentKind::ALL
    }

    fn groups(&self) -> [Group; 2] {
        Group::ALL
    }

    fn field(&self, kind: &ContentKind, group: &Group) -> String {
        field_name(*kind, *group)
    }

    fn checked(&self, kind: &ContentKind, group: &Group) -> bool {
        self.values
            .premoderated
            .contains(&field_name(*kind, *group))
    }

    fn area_checked(&self, id: &i64) -> bool {
        self.values.areas.contains(id)
    }
}

pub async fn policy_page(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Admin)?;
    let premoderated = state.settings.idea_premoderation;
    let (policy, areas) = state
        .db
        .run(move |conn| Ok((current_policy(conn, premoderated)?, areas::all(conn)?)))
        .await?;
    ok(&PolicyPage {
        page: Page::new(&session, messages::TITLE_MODERATION_POLICY).in_section("admin"),
        values: Values::of(&policy, session.lang().lang),
        areas,
        errors: FieldErrors::new(),
    })
}

pub async fn save_policy(
    state: web::Data<AppState>,
    CsrfForm { session, form }: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let admin = session.require_role(Role::Admin)?.clone();
    let fields: HashMap<&str, &str> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let text = |name: &str| fields.get(name).copied().unwrap_or_default().to_owned();
    let premoderated_all = state.settings.idea_premoderation;
    let (before, areas) = state
        .db
        .run(move |conn| Ok((current_policy(conn, premoderated_all)?, areas::all(conn)?)))
        .await?;
    let values = Values {
        premoderated: ContentKind::ALL
            .into_iter()
            .flat_map(|kind| Group::ALL.map(|group| field_name(kind, group)))
            .filter(|name| fields.contains_key(name.as_str()))
            .collect(),
        areas: areas
            .iter()
            .map(|a| a.id)
            .filter(|id| fields.contains_key(format!("area_{id}").as_str()))
            .collect(),
        terms: text("terms"),
        negativity: text("negativity"),
        max_links: text("max_links"),
        new_member_posts: text("new_member_posts"),
        unconfirmed_may_post: fields.contains_key("unconfirmed_may_post"),
    };
    let mut errors = FieldErrors::new();
    let terms = errors.check("terms", policy::parse_terms(&values.terms));
    let negativity = errors.check("negativity", policy::parse_negativity(&values.negativity));
    let max_links = errors.check("max_links", policy::parse_max_links(&values.max_links));
    let new_member_posts = errors.check(
        "new_member_posts",
        policy::parse_new_member_posts(&values.new_member_posts),
    );
    let (Some(terms), Some(negativity), Some(max_links), Some(new_member_posts)) =
        (terms, negativity, max_links, new_member_posts)
    else {
        let page = PolicyPage {
            page: Page::new(&session, messages::TITLE_MODERATION_POLICY).in_section("admin"),
            values,
            areas,
            errors,
        };
        return html(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let mut after = before.clone();
    after.premoderated = ContentKind::ALL
        .into_iter()
        .flat_map(|kind| Group::ALL.map(move |group| (kind, group)))
        .filter(|(kind, group)| values.premoderated.contains(&field_name(*kind, *group)))
        .collect();
    after.premoderated_areas = values.areas;
    after.thresholds.confidential_terms = terms;
    after.thresholds.negativity = negativity;
    after.thresholds.max_links = max_links;
    after.new_member_posts = new_member_posts;
    after.unconfirmed_may_post = values.unconfirmed_may_post;
    state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| record(conn, &after, &admin, premoderated_all))
        })
        .await?;
    Ok(see_other(&format!(
        "/admin/policy?notice={}",
        Notice::PolicySaved.key()
    )))
}

/// Saves `after` and writes each changed setting to the audit log. Run it in a
/// transaction.
pub(super) fn record(
    conn: &mut DbConnection,
    after: &Policy,
    admin: &Viewer,
    ideas_premoderated: bool,
) -> Result<(), AppError> {
    let actor = Actor {
        id: Some(admin.id),
        name: &admin.username,
    };
    // Compared with the policy as it is now, not as the form found it: two admins saving
    // at once each log what they really changed.
    let current = current_policy(conn, ideas_premoderated)?;
    for (name, old, new) in after.save(conn, &current, now())? {
        let details = format!("{old:?} → {new:?}");
        log_action(conn, actor, "setting.change", name, &details, "")?;
    }
    Ok(())
}
