//! A post's search document, made from the tables: its words as a reader sees them, and
//! the state it is found by (its own visibility, or its question's or subject's when that
//! is worse, its dates, area, status and ranking boost). Made for many posts at once in a
//! handful of queries, so that one post and a full rebuild share the same code.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::QueryResult;

use super::french;
use crate::db::DbConnection;
use crate::db::models::search::Document;
use crate::db::models::{posts, search, search_facts as facts};
use crate::domain::{ContentKind, Visibility};
use crate::render::markdown;

/// How much an accepted answer and an expert's answer add to the score.
const ACCEPTED_BOOST: f64 = 0.5;
const EXPERT_BOOST: f64 = 0.3;

/// The worse of two visibilities (a post inherits its question's or subject's).
fn worse(own: Visibility, parent: Visibility) -> Visibility {
    match (own, parent) {
        (Visibility::Hidden, _) | (_, Visibility::Hidden) => Visibility::Hidden,
        (Visibility::Held, _) | (_, Visibility::Held) => Visibility::Held,
        _ => Visibility::Visible,
    }
}

/// What a document says about a post besides its words, whatever its kind.
#[derive(Default)]
struct Facts {
    created_at: NaiveDateTime,
    published_at: Option<NaiveDateTime>,
    /// The question's or subject's visibility, which the post inherits when worse.
    inherited: Option<Visibility>,
    expert_answered: bool,
    accepted: bool,
    idea_status: String,
    merged: bool,
    boost: f64,
}

/// The facts of posts `kind`/`ids` that exist, by id: one query, and for comments one
/// more per kind of subject.
fn facts(
    conn: &mut DbConnection,
    kind: ContentKind,
    ids: &[i64],
) -> QueryResult<HashMap<i64, Facts>> {
    let at = |created_at| Facts {
        created_at,
        published_at: Some(created_at),
        ..Facts::default()
    };
    Ok(match kind {
        ContentKind::Article => facts::articles(conn, ids)?
            .into_iter()
            .map(|(id, created_at, published_at)| {
                let facts = Facts {
                    published_at,
                    ..at(created_at)
                };
                (id, facts)
            })
            .collect(),
        ContentKind::Question => facts::questions(conn, ids)?
            .into_iter()
            .map(|(id, created_at, experts, accepted)| {
                let facts = Facts {
                    expert_answered: experts > 0,
                    accepted: accepted.is_some(),
                    ..at(created_at)
                };
                (id, facts)
            })
            .collect(),
        ContentKind::Answer => facts::answers(conn, ids)?
            .into_iter()
            .map(|answer| {
                let accepted = answer.accepted_answer_id == Some(answer.id);
                let facts = Facts {
                    inherited: Some(Visibility::parse(&answer.question_visibility)),
                    expert_answered: answer.by_expert,
                    accepted,
                    boost: if accepted { ACCEPTED_BOOST } else { 0.0 }
                        + if answer.by_expert { EXPERT_BOOST } else { 0.0 },
                    ..at(answer.created_at)
                };
                (answer.id, facts)
            })
            .collect(),
        ContentKind::Comment => {
            let rows = facts::comments(conn, ids)?;
            let subjects: Vec<(ContentKind, i64)> = rows
                .iter()
                .filter_map(|(_, _, kind, id)| Some((ContentKind::parse(kind)?, *id)))
                .collect();
            let visibility: HashMap<(ContentKind, i64), Visibility> =
                posts::find_many(conn, &subjects)?
                    .into_iter()
                    .map(|subject| ((subject.kind, subject.id), subject.visibility))
                    .collect();
            rows.into_iter()
                .filter_map(|(id, created_at, kind, subject)| {
                    // A comment whose subject is gone is not found.
                    let inherited = *visibility.get(&(ContentKind::parse(&kind)?, subject))?;
                    let facts = Facts {
                        inherited: Some(inherited),
                        ..at(created_at)
                    };
                    Some((id, facts))
                })
                .collect()
        }
        ContentKind::Idea => facts::ideas(conn, ids)?
            .into_iter()
            .map(|(id, created_at, idea_status, merged_into)| {
                let facts = Facts {
                    idea_status,
                    merged: merged_into.is_some(),
                    ..at(created_at)
                };
                (id, facts)
            })
            .collect(),
    })
}

/// The documents of posts `kind`/`ids` as the tables say now (none for a post that is
/// gone): a handful of queries whatever the number of posts.
pub(super) fn documents(
    conn: &mut DbConnection,
    kind: ContentKind,
    ids: &[i64],
) -> QueryResult<Vec<Document>> {
    let keys: Vec<(ContentKind, i64)> = ids.iter().map(|id| (kind, *id)).collect();
    let found = posts::find_many(conn, &keys)?;
    let mut facts = facts(conn, kind, ids)?;
    // An answer's or comment's heading is indexed in the site's language.
    let lang = crate::brand::language_for(conn, "")?;
    let authors: Vec<i64> = found.iter().map(|p| p.author_id).collect();
    let languages = search::author_languages(conn, &authors)?;
    Ok(found
        .into_iter()
        .filter_map(|post| {
            let facts = facts.remove(&post.id)?;
            let visibility = match facts.inherited {
                _ if facts.merged => "merged",
                Some(parent) => worse(post.visibility, parent).key(),
                None => post.visibility.key(),
            };
            let title = if post.title.is_empty() {
                post.heading().say(lang)
            } else {
                post.title.clone()
            };
            let body = markdown::reading(&post.body_md).text;
            let author_language = languages.get(&post.author_id).map_or("", String::as_str);
            let language = french::language_of(&format!("{title}\n{body}"), author_language);
            let stems = if language == "fr" {
                french::stems(&format!("{title} {body}"))
            } else {
                String::new()
            };
            Some(Document {
                kind: kind.key().to_owned(),
                post_id: post.id,
                title,
                body,
                url: post.path,
                area_id: post.area_id,
                author_id: post.author_id,
                created_at: facts.created_at,
                published_at: facts.published_at,
                visibility: visibility.to_owned(),
                expert_answered: facts.expert_answered,
                accepted: facts.accepted,
                idea_status: facts.idea_status,
                boost: facts.boost,
                language: language.to_owned(),
                stems,
            })
        })
        .collect())
}
