//! `GET /search?q=`: the search page. The form works without JavaScript; filters are plain
//! query parameters (`kind`, `area`, `expert`, `status`, `from`, `until`, `sort=new`, and
//! `held` for moderators); results are never indexed by search engines. See
//! [`crate::search`] for the index and the ranking.

use crate::i18n::Key;
use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{NaiveDate, NaiveDateTime};
use serde::Deserialize;

use crate::auth::Session;
use crate::clock::now;
use crate::db::models::areas::{self, Area};
use crate::db::models::ideas;
use crate::db::models::search_find::Hit;
use crate::db::models::users;
use crate::domain::idea::IdeaStatus;
use crate::domain::{ContentKind, Role, Username};
use crate::error::AppError;
use crate::messages::search as texts;
use crate::render::{FieldErrors, Page, html};
use crate::search::{self, Filters, Query, query};
use crate::state::AppState;

const PER_PAGE: i64 = 20;
/// Pages beyond this are not offered: a narrower query finds more than paging does.
const MAX_PAGE: i64 = 50;

#[derive(Deserialize, Default)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    area: String,
    #[serde(default)]
    expert: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    until: String,
    #[serde(default)]
    sort: String,
    #[serde(default)]
    held: String,
    #[serde(default)]
    page: String,
}

/// One result as the page shows it.
pub struct Result_ {
    pub hit: Hit,
    pub kind_label: Key,
    /// The snippet as (text, matched) pieces: escaped by the template, matches in `<mark>`.
    pub snippet: Vec<(String, bool)>,
    pub area: Option<String>,
    pub author: String,
    pub author_linked: bool,
    /// An idea's status key.
    pub status: Option<&'static str>,
    /// An idea's votes.
    pub votes: Option<i32>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    page: Page,
    form: SearchQuery,
    areas: Vec<Area>,
    results: Vec<Result_>,
    searched: bool,
    page_number: i64,
    more: bool,
    moderator: bool,
    ask_title: String,
    errors: FieldErrors,
}

impl SearchPage {
    /// The address of page `n` of the same search.
    fn page_href(&self, n: i64) -> String {
        let f = &self.form;
        let pairs = [
            ("q", f.q.as_str()),
            ("kind", &f.kind),
            ("area", &f.area),
            ("expert", &f.expert),
            ("status", &f.status),
            ("from", &f.from),
            ("until", &f.until),
            ("sort", &f.sort),
            ("held", &f.held),
        ];
        let mut query: Vec<(&str, String)> = pairs
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (*k, (*v).to_owned()))
            .collect();
        query.push(("page", n.to_string()));
        format!(
            "/search?{}",
            serde_urlencoded::to_string(&query).unwrap_or_default()
        )
    }

    /// The same words without the filters.
    fn unfiltered_href(&self) -> String {
        format!(
            "/search?{}",
            serde_urlencoded::to_string([("q", &self.form.q)]).unwrap_or_default()
        )
    }

    /// The ask form with the words carried over as the question's title.
    fn ask_href(&self) -> String {
        format!(
            "/experts/ask?{}",
            serde_urlencoded::to_string([("title", &self.ask_title)]).unwrap_or_default()
        )
    }

    fn kinds(&self) -> [(&'static str, Key); 5] {
        [
            ("question", texts::KIND_QUESTION),
            ("answer", texts::KIND_ANSWER),
            ("article", texts::KIND_ARTICLE),
            ("idea", texts::KIND_IDEA),
            ("comment", texts::KIND_COMMENT),
        ]
    }
}

/// The snippet's pieces: SQLite and PostgreSQL mark matches between `\u{2}` and `\u{3}`.
fn pieces(snippet: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for (i, part) in snippet.split(['\u{2}', '\u{3}']).enumerate() {
        if !part.is_empty() {
            out.push((part.to_owned(), i % 2 == 1));
        }
    }
    out
}

fn date(input: &str, errors: &mut FieldErrors, field: &'static str) -> Option<NaiveDateTime> {
    if input.trim().is_empty() {
        return None;
    }
    match NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d") {
        Ok(day) => day.and_hms_opt(0, 0, 0),
        Err(_) => {
            errors.add(field, texts::DATE_INVALID);
            None
        }
    }
}

pub async fn search(
    state: web::Data<AppState>,
    session: Session,
    form: Result<web::Query<SearchQuery>, actix_web::Error>,
) -> Result<HttpResponse, AppError> {
    // A malformed query string is read as no filters rather than refused.
    let form = form.map(web::Query::into_inner).unwrap_or_default();
    let moderator = session.viewer().is_some_and(|v| v.can(Role::Moderator));
    let viewer = session.viewer().map_or(0, |v| v.id);
    let mut errors = FieldErrors::new();
    if form.q.chars().count() > query::MAX_CHARS {
        errors.add("q", texts::QUERY_TOO_LONG);
    }
    let mut filters = Filters {
        kind: ContentKind::parse(&form.kind),
        area: form.area.parse().ok(),
        expert_only: form.expert == "yes",
        idea_status: Some(form.status.clone()).filter(|s| !s.is_empty() && s.len() < 40),
        from: date(&form.from, &mut errors, "from"),
        until: date(&form.until, &mut errors, "until").map(|day| day + chrono::Duration::days(1)),
        newest_first: form.sort == "new",
        held: moderator && form.held == "yes",
    };
    if filters.idea_status.is_some() {
        filters.kind = Some(ContentKind::Idea);
    }
    let page_number = form.page.parse::<i64>().unwrap_or(1).clamp(1, MAX_PAGE);
    let parsed = Query::parse(&form.q);
    let searched = !form.q.trim().is_empty() && errors.is_empty();
    let (areas, hits, more, names, votes) = {
        let parsed = parsed.clone();
        let filters = filters.clone();
        state
            .db
            .run(move |conn| {
                let areas = areas::all(conn)?;
                let (hits, more) = if searched {
                    search::find(
                        conn,
                        &parsed,
                        &filters,
                        viewer,
                        page_number,
                        PER_PAGE,
                        now(),
                    )?
                } else {
                    (Vec::new(), false)
                };
                let ids: Vec<i64> = hits.iter().map(|h| h.author_id).collect();
                let names = users::names_of(conn, &ids)?;
                let ideas: Vec<i64> = hits
                    .iter()
                    .filter(|h| h.kind == ContentKind::Idea.key())
                    .map(|h| h.post_id)
                    .collect();
                let votes = ideas::vote_counts(conn, &ideas)?;
                Ok((areas, hits, more, names, votes))
            })
            .await?
    };
    let area_names: HashMap<i64, String> = areas.iter().map(|a| (a.id, a.name.clone())).collect();
    let results = hits
        .into_iter()
        .map(|hit| {
            let author = names.get(&hit.author_id).cloned().unwrap_or_default();
            Result_ {
                kind_label: kind_label(
                    ContentKind::parse(&hit.kind).unwrap_or(ContentKind::Comment),
                ),
                snippet: pieces(&hit.snippet),
                area: hit.area_id.and_then(|a| area_names.get(&a).cloned()),
                author_linked: !Username::is_deleted(&author),
                status: IdeaStatus::parse(&hit.idea_status).map(IdeaStatus::key),
                votes: (hit.kind == ContentKind::Idea.key())
                    .then(|| votes.get(&hit.post_id).copied().unwrap_or(0)),
                author,
                hit,
            }
        })
        .collect();
    let title = if searched {
        texts::title_for(&form.q)
    } else {
        texts::TITLE.into()
    };
    let page = Page::new(&session, title)
        .in_section("search")
        .describe(texts::DESCRIPTION)
        .noindex();
    let status = errors.status();
    html(
        status,
        &SearchPage {
            page,
            ask_title: parsed.plain(),
            form,
            areas,
            results,
            searched,
            page_number,
            more: more && page_number < MAX_PAGE,
            moderator,
            errors,
        },
    )
}

fn kind_label(kind: ContentKind) -> Key {
    match kind {
        ContentKind::Article => texts::KIND_ARTICLE,
        ContentKind::Question => texts::KIND_QUESTION,
        ContentKind::Answer => texts::KIND_ANSWER,
        ContentKind::Comment => texts::KIND_COMMENT,
        ContentKind::Idea => texts::KIND_IDEA,
    }
}

#[cfg(test)]
mod tests {
    use super::pieces;

    #[test]
    fn snippets_split_into_plain_and_matched_pieces() {
        assert_eq!(
            pieces("…how to \u{2}iron\u{3} a <b>shirt</b>"),
            vec![
                ("…how to ".to_owned(), false),
                ("iron".to_owned(), true),
                (" a <b>shirt</b>".to_owned(), false)
            ]
        );
    }
}
