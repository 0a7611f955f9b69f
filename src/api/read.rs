//! The API's reads: what a visitor sees, as JSON. Held, hidden and unpublished posts are
//! never listed nor found here (moderators reach them through the site's queue); a token
//! is needed only for `/me`.

use actix_web::{HttpRequest, HttpResponse, web};

use super::access::Access;
use super::cursor;
use super::paging::page;
use super::types::{self, AreaRef, Paging, SearchParams};
use super::{ApiError, fresh_json};
use crate::clock::now;
use crate::db::DbConnection;
use crate::db::models::replies::{self, ReplyView, Subject};
use crate::db::models::{
    answers, api_lists, areas, article_lists, articles, ideas, profiles, questions, users,
};
use crate::domain::api_token::Scope;
use crate::domain::{ContentKind, HeldSeen, Role, RoleSet, Visibility};
use crate::state::AppState;

/// The site's address of `path`.
fn url(state: &AppState, path: &str) -> String {
    format!("{}{path}", state.settings.public_url)
}

fn comment(reply: ReplyView) -> types::Comment {
    types::Comment {
        id: reply.reply.id,
        author: reply.author,
        body_markdown: reply.reply.body_md,
        body_html: reply.reply.body_html,
        created_at: reply.reply.created_at,
        edited_at: reply.reply.edited_at,
    }
}

/// Who the token belongs to, and what it may do now.
#[utoipa::path(get, path = "/api/v1/me", tag = "members",
    security(("token" = ["read"])),
    responses((status = 200, body = types::Me), (status = 401, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn me(req: HttpRequest, access: Access) -> Result<HttpResponse, ApiError> {
    let caller = access.require(Scope::Read)?;
    fresh_json(
        &req,
        &types::Me {
            id: caller.viewer.id,
            username: caller.viewer.username.clone(),
            roles: caller
                .viewer
                .roles
                .roles()
                .iter()
                .map(|r| r.name().to_owned())
                .collect(),
            scopes: caller.scopes.list().map(|s| s.key().to_owned()).collect(),
        },
    )
}

/// Every area of expertise, by name.
#[utoipa::path(get, path = "/api/v1/areas", tag = "questions",
    responses((status = 200, body = types::AreaList)))]
pub async fn areas(
    req: HttpRequest,
    state: web::Data<AppState>,
    _access: Access,
) -> Result<HttpResponse, ApiError> {
    let all = state.db.run(|conn| Ok(areas::all(conn)?)).await?;
    let items = all
        .into_iter()
        .map(|a| types::Area {
            url: url(&state, &crate::paths::area(&a.slug)),
            id: a.id,
            slug: a.slug,
            name: a.name,
            description: a.description,
        })
        .collect();
    fresh_json(&req, &types::AreaList { items })
}

/// Questions, newest first.
#[utoipa::path(get, path = "/api/v1/questions", tag = "questions", params(Paging),
    responses((status = 200, body = types::QuestionPage),
        (status = 400, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn questions(
    req: HttpRequest,
    state: web::Data<AppState>,
    _access: Access,
    paging: web::Query<Paging>,
) -> Result<HttpResponse, ApiError> {
    let (rows, next_cursor) = page(
        &state,
        "questions",
        &paging,
        api_lists::questions,
        |(q, ..)| (q.created_at, q.id),
    )
    .await?;
    let items = rows
        .into_iter()
        .map(|(q, asker, slug, name)| question_summary(&state, q, asker, AreaRef { slug, name }))
        .collect();
    fresh_json(&req, &types::QuestionPage { items, next_cursor })
}

fn question_summary(
    state: &AppState,
    q: questions::Question,
    asker: String,
    area: AreaRef,
) -> types::QuestionSummary {
    types::QuestionSummary {
        id: q.id,
        url: url(state, &q.path()),
        title: q.title,
        area,
        asker,
        answer_count: q.answer_count,
        expert_answer_count: q.expert_answer_count,
        vote_count: q.vote_count,
        accepted_answer_id: q.accepted_answer_id,
        created_at: q.created_at,
        last_activity_at: q.last_activity_at,
    }
}

/// A question with its answers (oldest first) and their comments.
#[utoipa::path(get, path = "/api/v1/questions/{id}", tag = "questions",
    params(("id" = i64, Path, description = "The question's id")),
    responses((status = 200, body = types::Question),
        (status = 404, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn question(
    req: HttpRequest,
    state: web::Data<AppState>,
    _access: Access,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let (view, answers, comments) = state
        .db
        .run(move |conn| {
            let view = questions::view(conn, id)?
                .filter(|v| v.question.visibility == Visibility::Visible.key())
                .ok_or(crate::error::AppError::NotFound)?;
            let answers = answers::answers_of(conn, id, HeldSeen::none())?;
            let ids: Vec<i64> = answers.iter().map(|a| a.answer.id).collect();
            let comments = replies::for_answers(conn, &ids, HeldSeen::none())?;
            Ok((view, answers, comments))
        })
        .await?;
    let q = view.question;
    let mut comments = comments;
    let answers = answers
        .into_iter()
        .map(|a| {
            let mine: Vec<ReplyView>;
            (mine, comments) = comments
                .drain(..)
                .partition(|c| c.reply.subject_id == a.answer.id);
            types::Answer {
                id: a.answer.id,
                url: url(&state, &crate::paths::answer(q.id, &q.slug, a.answer.id)),
                author: a.author,
                by_expert: a.answer.by_expert,
                accepted: q.accepted_answer_id == Some(a.answer.id),
                score: a.answer.score,
                body_markdown: a.answer.body_md,
                body_html: a.answer.body_html,
                created_at: a.answer.created_at,
                edited_at: a.answer.edited_at,
                comments: mine.into_iter().map(comment).collect(),
            }
        })
        .collect();
    let (body_markdown, body_html) = (q.body_md.clone(), q.body_html.clone());
    let area = AreaRef {
        slug: view.area_slug,
        name: view.area_name,
    };
    fresh_json(
        &req,
        &types::Question {
            summary: question_summary(&state, q, view.asker, area),
            body_markdown,
            body_html,
            answers,
        },
    )
}

/// Published articles, newest first.
#[utoipa::path(get, path = "/api/v1/articles", tag = "articles", params(Paging),
    responses((status = 200, body = types::ArticlePage),
        (status = 400, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn articles(
    req: HttpRequest,
    state: web::Data<AppState>,
    _access: Access,
    paging: web::Query<Paging>,
) -> Result<HttpResponse, ApiError> {
    let now = now();
    let published = move |conn: &mut DbConnection, after, limit| {
        article_lists::newest_published(conn, now, None, after, limit)
    };
    let (rows, next_cursor) = page(&state, "articles", &paging, published, |(a, _)| {
        (a.published_at.unwrap_or(a.created_at), a.id)
    })
    .await?;
    let items = rows
        .into_iter()
        .map(|(a, author)| article_summary(&state, a, author))
        .collect();
    fresh_json(&req, &types::ArticlePage { items, next_cursor })
}

fn article_summary(
    state: &AppState,
    a: articles::Article,
    author: String,
) -> types::ArticleSummary {
    types::ArticleSummary {
        id: a.id,
        url: url(state, &crate::paths::article(&a.slug)),
        tags: a.tag_list().into_iter().map(str::to_owned).collect(),
        published_at: a.published_at.unwrap_or(a.created_at),
        slug: a.slug,
        title: a.title,
        excerpt: a.excerpt,
        author,
        reading_minutes: a.reading_minutes,
    }
}

/// A published article with its comments.
#[utoipa::path(get, path = "/api/v1/articles/{id}", tag = "articles",
    params(("id" = i64, Path, description = "The article's id")),
    responses((status = 200, body = types::Article),
        (status = 404, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn article(
    req: HttpRequest,
    state: web::Data<AppState>,
    _access: Access,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let now = now();
    let (article, author, comments) = state
        .db
        .run(move |conn| {
            let article = articles::find(conn, id)?
                .filter(|a| a.is_published(now))
                .ok_or(crate::error::AppError::NotFound)?;
            let author = users::find(conn, article.author_id)?
                .map(|u| u.username)
                .unwrap_or_default();
            let comments = replies::for_subject(conn, Subject::Article(id), HeldSeen::none())?;
            Ok((article, author, comments))
        })
        .await?;
    let (body_markdown, body_html, updated_at) = (
        article.body_md.clone(),
        article.body_html.clone(),
        article.updated_at,
    );
    fresh_json(
        &req,
        &types::Article {
            summary: article_summary(&state, article, author),
            body_markdown,
            body_html,
            updated_at,
            comments: comments.into_iter().map(comment).collect(),
        },
    )
}

/// Ideas on the board, newest first.
#[utoipa::path(get, path = "/api/v1/ideas", tag = "ideas", params(Paging),
    responses((status = 200, body = types::IdeaPage),
        (status = 400, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn ideas(
    req: HttpRequest,
    state: web::Data<AppState>,
    _access: Access,
    paging: web::Query<Paging>,
) -> Result<HttpResponse, ApiError> {
    let (rows, next_cursor) = page(&state, "ideas", &paging, api_lists::ideas, |(i, ..)| {
        (i.created_at, i.id)
    })
    .await?;
    let items = rows
        .into_iter()
        .map(|(idea, author, area)| idea_summary(&state, idea, author, area))
        .collect();
    fresh_json(&req, &types::IdeaPage { items, next_cursor })
}

fn idea_summary(
    state: &AppState,
    idea: ideas::Idea,
    author: String,
    area: Option<(String, String)>,
) -> types::IdeaSummary {
    types::IdeaSummary {
        id: idea.id,
        url: url(state, &idea.path()),
        title: idea.title,
        status: idea.status,
        author,
        area: area.map(|(slug, name)| AreaRef { slug, name }),
        vote_count: idea.vote_count,
        created_at: idea.created_at,
    }
}

/// An idea with its status history and comments.
#[utoipa::path(get, path = "/api/v1/ideas/{id}", tag = "ideas",
    params(("id" = i64, Path, description = "The idea's id")),
    responses((status = 200, body = types::Idea),
        (status = 404, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn idea(
    req: HttpRequest,
    state: web::Data<AppState>,
    _access: Access,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let (view, history, comments) = state
        .db
        .run(move |conn| {
            let view = ideas::view(conn, id)?
                .filter(|v| {
                    v.idea.approved
                        && v.idea.visibility == Visibility::Visible.key()
                        && v.idea.merged_into_id.is_none()
                })
                .ok_or(crate::error::AppError::NotFound)?;
            let history = ideas::history(conn, id)?;
            let comments = replies::for_subject(conn, Subject::Idea(id), HeldSeen::none())?;
            Ok((view, history, comments))
        })
        .await?;
    let (body_markdown, body_html) = (view.idea.body_md.clone(), view.idea.body_html.clone());
    fresh_json(
        &req,
        &types::Idea {
            summary: idea_summary(&state, view.idea, view.author, view.area),
            body_markdown,
            body_html,
            status_history: history
                .into_iter()
                .map(|c| types::StatusChange {
                    from: c.old_status,
                    to: c.new_status,
                    note: c.note,
                    at: c.created_at,
                })
                .collect(),
            comments: comments.into_iter().map(comment).collect(),
        },
    )
}

/// A member's public profile.
#[utoipa::path(get, path = "/api/v1/members/{username}", tag = "members",
    params(("username" = String, Path, description = "The member's username")),
    responses((status = 200, body = types::Member),
        (status = 404, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn member(
    req: HttpRequest,
    state: web::Data<AppState>,
    _access: Access,
    username: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let username = username.into_inner();
    let member = state
        .db
        .run(move |conn| profiles::member(conn, &username)?.ok_or(crate::error::AppError::NotFound))
        .await?;
    let shown = [Role::Staff, Role::Expert, Role::Moderator, Role::Admin];
    let roles = RoleSet::from_bits(member.roles);
    fresh_json(
        &req,
        &types::Member {
            url: url(&state, &crate::paths::profile(&member.username)),
            roles: shown
                .into_iter()
                .filter(|r| roles.has(*r))
                .map(|r| r.name().to_owned())
                .collect(),
            username: member.username,
            display_name: member.display_name,
            bio: member.bio,
            member_since: member.created_at,
        },
    )
}

/// Search, as the site's search page finds: the best matches first.
#[utoipa::path(get, path = "/api/v1/search", tag = "search", params(SearchParams),
    responses((status = 200, body = types::SearchPage),
        (status = 400, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn search(
    req: HttpRequest,
    state: web::Data<AppState>,
    _access: Access,
    params: web::Query<SearchParams>,
) -> Result<HttpResponse, ApiError> {
    const PER_PAGE: i64 = 20;
    let params = params.into_inner();
    let kind = match params.kind.as_deref() {
        None | Some("") => None,
        Some(key) => Some(
            ContentKind::parse(key)
                .ok_or_else(|| ApiError::bad_query("kind is article, question, answer or idea."))?,
        ),
    };
    let page = match params.cursor.as_deref() {
        None => 1,
        Some(c) => cursor::decode_page(&state.keys.links, "search", c)
            .ok_or_else(ApiError::invalid_cursor)?,
    };
    let query = crate::search::Query::parse(&params.q);
    let filters = crate::search::Filters {
        kind,
        ..Default::default()
    };
    let (hits, more) = state
        .db
        .run(move |conn| {
            Ok(crate::search::find(
                conn,
                &query,
                &filters,
                0,
                page,
                PER_PAGE,
                now(),
            )?)
        })
        .await?;
    let items = hits
        .into_iter()
        .map(|h| types::SearchHit {
            kind: h.kind,
            id: h.post_id,
            title: h.title,
            url: url(&state, &h.url),
            created_at: h.created_at,
        })
        .collect();
    let next_cursor = more.then(|| cursor::encode_page(&state.keys.links, "search", page + 1));
    fresh_json(&req, &types::SearchPage { items, next_cursor })
}
