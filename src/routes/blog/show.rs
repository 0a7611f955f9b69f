//! `GET /blog/{slug}`: one article with its comments, share links and link-preview tags.
//! Four queries: the session, the article with its author and cover, the comments, and the
//! pictures of everyone who wrote there.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{Duration, NaiveDateTime};

use super::Found;
use crate::auth::Session;
use crate::clock::now;
use crate::db::models::articles::ArticleWithAuthor;
use crate::db::models::replies::{self, ReplyView, Subject};
use crate::db::models::users;
use crate::db::models::users::Person;
use crate::domain::{HeldSeen, Role, RoleSet, Visibility};
use crate::error::{AppError, encode_query_value};
use crate::render::{Author, Page, SafeHtml, html};
use crate::routes::replies::{CommentDraft, OpenReply};
use crate::state::AppState;

/// A comment as the page shows it.
pub struct CommentView {
    pub id: i64,
    pub author: Author,
    pub staff: bool,
    pub body: SafeHtml,
    pub created_at: NaiveDateTime,
    pub edited: bool,
    pub editable: bool,
    pub author_id: i64,
    /// Waiting for a moderator: shown only to its author and to moderators, marked so.
    pub held: bool,
}

/// A top-level comment and the replies to it.
pub struct Thread {
    pub comment: CommentView,
    pub replies: Vec<CommentView>,
}

/// Links that share the article, each a plain link: no share scripts load.
pub struct ShareLinks {
    pub facebook: String,
    pub x: String,
    pub linkedin: String,
    pub email: String,
}

#[derive(Template)]
#[template(path = "blog/article.html")]
struct ArticlePage {
    page: Page,
    found: ArticleWithAuthor,
    author: Author,
    body: SafeHtml,
    published: bool,
    threads: Vec<Thread>,
    comment_count: usize,
    draft: CommentDraft,
    share: ShareLinks,
    can_edit: bool,
    signed_in: bool,
}

pub async fn article(
    state: web::Data<AppState>,
    session: Session,
    slug: web::Path<String>,
    open: Option<web::Query<OpenReply>>,
) -> Result<HttpResponse, AppError> {
    let draft = CommentDraft::opened(open);
    render(&state, &session, slug.into_inner(), draft, StatusCode::OK).await
}

/// Renders the article page; the comment handler uses it to show a refused comment.
pub async fn render(
    state: &AppState,
    session: &Session,
    slug: String,
    draft: CommentDraft,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let found = match super::find(state, slug, session.viewer()).await? {
        Found::Article(found) => *found,
        Found::Moved(slug) => return Ok(super::moved(&slug, "")),
    };
    let now = now();
    let published = found.article.is_published(now);
    if !published && !super::sees_unpublished(session.viewer()) {
        return Err(AppError::NotFound);
    }
    // A held article (a possible leak) is for its author and the moderators only.
    let article = &found.article;
    if !crate::domain::Visibility::parse(&article.visibility)
        .shown_to(article.author_id, session.viewer())
    {
        return Err(AppError::NotFound);
    }
    let article_id = found.article.id;
    let held = HeldSeen::by(session.viewer());
    let author_id = found.article.author_id;
    let (rows, people) = state
        .db
        .run(move |conn| {
            let rows = replies::for_subject(conn, Subject::Article(article_id), held)?;
            let mut authors: Vec<i64> = rows.iter().map(|r| r.reply.author_id).collect();
            authors.push(author_id);
            let people = users::people_of(conn, &authors)?;
            Ok((rows, people))
        })
        .await?;
    let comment_count = rows.len();
    let threads = threads(rows, &people, session.viewer().map(|v| v.id), now);

    let article = &found.article;
    let mut page = Page::new(session, article.title.clone())
        .in_section("blog")
        .describe(article.excerpt.clone());
    page = page.as_article(found.cover.as_ref().map(|c| c.url()).as_deref());
    let url = page.canonical_url();
    let share = share_links(&url, &article.title);
    let can_edit = session
        .viewer()
        .is_some_and(|v| super::may_edit(v, article.author_id));
    let body = SafeHtml::from_stored(article.body_html.clone());
    html(
        status,
        &ArticlePage {
            page,
            body,
            published,
            threads,
            comment_count,
            draft,
            share,
            can_edit,
            signed_in: session.viewer().is_some(),
            author: crate::routes::author(&found.author, author_id, &people),
            found,
        },
    )
}

/// Groups comments into threads one level deep, oldest first.
fn threads(
    rows: Vec<ReplyView>,
    people: &HashMap<i64, Person>,
    viewer: Option<i64>,
    now: NaiveDateTime,
) -> Vec<Thread> {
    let view = |row: &ReplyView| CommentView {
        id: row.reply.id,
        author: crate::routes::author(&row.author, row.reply.author_id, people),
        staff: RoleSet::from_bits(row.author_roles).has(Role::Staff),
        body: SafeHtml::from_stored(row.reply.body_html.clone()),
        created_at: row.reply.created_at,
        edited: row.reply.edited_at.is_some(),
        editable: viewer == Some(row.reply.author_id)
            && now - row.reply.created_at
                < Duration::minutes(crate::domain::reply::EDIT_WINDOW_MINUTES),
        author_id: row.reply.author_id,
        held: row.reply.status == Visibility::Held.key(),
    };
    let mut threads: Vec<Thread> = Vec::new();
    for row in &rows {
        if row.reply.parent_id.is_none() {
            threads.push(Thread {
                comment: view(row),
                replies: Vec::new(),
            });
        }
    }
    for row in &rows {
        if let Some(parent) = row.reply.parent_id
            && let Some(thread) = threads.iter_mut().find(|t| t.comment.id == parent)
        {
            thread.replies.push(view(row));
        }
    }
    threads
}

fn share_links(url: &str, title: &str) -> ShareLinks {
    let u = encode_query_value(url);
    let t = encode_query_value(title);
    ShareLinks {
        facebook: format!("https://www.facebook.com/sharer/sharer.php?u={u}"),
        x: format!("https://x.com/intent/post?url={u}&text={t}"),
        linkedin: format!("https://www.linkedin.com/sharing/share-offsite/?url={u}"),
        email: format!("mailto:?subject={t}&body={u}"),
    }
}
