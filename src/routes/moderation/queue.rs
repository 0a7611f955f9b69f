//! `GET /mod`: the moderation queue. Held, flagged and reported posts together, one entry
//! per post with every open reason, newest or oldest first, filtered by reason and area.
//! Each entry shows the post, why it is here (the rule's detail, or the reporters and
//! their reasons) and its author's history, with the actions one click away.
//!
//! A page costs a fixed handful of queries: the open flags, the posts by kind, their
//! flags, and the authors' post and flag counts grouped.

use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::Session;
use crate::db::models::areas::{self, Area};
use crate::db::models::flags::{self, QueueFilter};
use crate::db::models::post_state;
use crate::db::models::posts::{self, Post};
use crate::domain::ContentKind;
use crate::domain::Role;
use crate::error::AppError;
use crate::messages;
use crate::moderation::actions::Action;
use crate::moderation::checks::Rule;
use crate::moderation::policy::Group;
use crate::render::{Page, Pager, SafeHtml, ok};
use crate::state::AppState;

const PER_PAGE: i64 = 20;

/// One reason a post is in the queue.
pub struct Reason {
    pub rule: crate::i18n::Key,
    /// What tripped the rule, as stored (said in the reader's language).
    pub detail: crate::i18n::Text,
    pub held: bool,
    /// For a report: who sent it.
    pub reporter: Option<String>,
}

/// One post in the queue.
pub struct Entry {
    pub item: Post,
    pub body: SafeHtml,
    pub reasons: Vec<Reason>,
    pub held: bool,
    /// The newest flag shown: an action refuses to go ahead if a newer one arrived since.
    pub seen: i64,
    pub first_flagged: chrono::NaiveDateTime,
    pub author_posts: i64,
    pub author_flags: i64,
    /// Whether the author may be silenced or suspended (not staff).
    pub restrictable: bool,
}

#[derive(Template)]
#[template(path = "moderation/queue.html")]
struct QueuePage {
    page: Page,
    entries: Vec<Entry>,
    rules: [Rule; 7],
    areas: Vec<Area>,
    rule: String,
    area: String,
    order: String,
    pager: Pager,
    pager_base: String,
    /// The action just taken without a reason, to add one afterwards.
    just_done: Option<JustDone>,
}

pub struct JustDone {
    pub kind: &'static str,
    pub id: i64,
    pub action: &'static str,
    /// "rejected", "hid", …
    pub done: crate::i18n::Key,
    /// Whether the author hears the reason (everything but approvals).
    pub tells_author: bool,
}

#[derive(Deserialize)]
pub struct QueueQuery {
    /// `kind-id-action` of the action just taken without a reason.
    done: Option<String>,
    rule: Option<String>,
    area: Option<String>,
    order: Option<String>,
    page: Option<i64>,
}

pub async fn queue(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<QueueQuery>,
) -> Result<HttpResponse, AppError> {
    session.require_role(Role::Moderator)?;
    let rule = query
        .rule
        .as_deref()
        .and_then(Rule::parse)
        .map(|r| r.key().to_owned());
    let oldest_first = query.order.as_deref() == Some("oldest");
    let area_slug = query.area.clone().unwrap_or_default();
    let mut pager = Pager::new(query.page, PER_PAGE);
    let offset = pager.offset();
    let filter_rule = rule.clone();
    let (entries, total, areas) = state
        .db
        .run(move |conn| {
            let areas = areas::all(conn)?;
            let filter = QueueFilter {
                rule: filter_rule,
                area_id: areas.iter().find(|a| a.slug == area_slug).map(|a| a.id),
                oldest_first,
            };
            let (subjects, total) = flags::open_subjects(conn, &filter, offset, PER_PAGE)?;
            let keys: Vec<(ContentKind, i64)> = subjects
                .iter()
                .filter_map(|(kind, id, _)| Some((ContentKind::parse(kind)?, *id)))
                .collect();
            let items = posts::find_many(conn, &keys)?;
            let ids: Vec<i64> = keys.iter().map(|(_, id)| *id).collect();
            let open = flags::open_for_many(conn, &ids)?;
            let authors: Vec<i64> = items.iter().map(|i| i.author_id).collect();
            let posts = post_state::post_counts(conn, &authors)?;
            let flag_counts: HashMap<i64, i64> = flags::counts_by_author(conn, &authors)?
                .into_iter()
                .collect();
            let roles: HashMap<i64, i32> = crate::db::models::users::roles_of(conn, &authors)?
                .into_iter()
                .collect();
            let mut entries = Vec::new();
            for (kind, id, first_flagged) in subjects {
                let Some(item) = items.iter().find(|i| i.kind.key() == kind && i.id == id) else {
                    continue;
                };
                let shown: Vec<_> = open
                    .iter()
                    .filter(|(f, _)| f.subject_kind == kind && f.subject_id == id)
                    .collect();
                let seen = shown.iter().map(|(f, _)| f.id).max().unwrap_or(0);
                let reasons: Vec<Reason> = shown
                    .into_iter()
                    .map(|(f, reporter)| Reason {
                        rule: Rule::parse(&f.rule)
                            .map_or(crate::i18n::Key("moderation-rule-other"), Rule::label),
                        detail: crate::i18n::Text::from_stored(&f.detail),
                        held: f.held,
                        reporter: reporter.clone(),
                    })
                    .collect();
                let author_roles = crate::domain::RoleSet::from_bits(
                    roles.get(&item.author_id).copied().unwrap_or(0),
                );
                entries.push(Entry {
                    body: SafeHtml::from_stored(item.body_html.clone()),
                    held: reasons.iter().any(|r| r.held),
                    seen,
                    reasons,
                    first_flagged,
                    author_posts: posts.get(&item.author_id).copied().unwrap_or(0),
                    author_flags: flag_counts.get(&item.author_id).copied().unwrap_or(0),
                    restrictable: Group::of(author_roles) == Group::Members,
                    item: item.clone(),
                });
            }
            Ok((entries, total, areas))
        })
        .await?;
    pager.total = total;
    let rule = rule.unwrap_or_default();
    let area = query.area.clone().unwrap_or_default();
    let order = if oldest_first { "oldest" } else { "" }.to_owned();
    let just_done = query.done.as_deref().and_then(|done| {
        let mut parts = done.splitn(3, '-');
        let kind = ContentKind::parse(parts.next()?)?;
        let id = parts.next()?.parse().ok()?;
        let action = Action::parse(parts.next()?)?;
        Some(JustDone {
            kind: kind.key(),
            id,
            action: action.key(),
            done: action.label(),
            tells_author: !matches!(action, Action::Approve | Action::Trust),
        })
    });
    ok(&QueuePage {
        page: Page::new(&session, messages::TITLE_MODERATION_QUEUE).in_section("moderation"),
        entries,
        rules: Rule::ALL,
        areas,
        pager_base: format!("/mod?rule={rule}&area={area}&order={order}&"),
        rule,
        area,
        order,
        pager,
        just_done,
    })
}
