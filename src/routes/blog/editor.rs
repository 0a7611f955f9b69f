//! The staff editor: `GET|POST /blog/new` and `GET|POST /blog/{slug}/edit`.
//!
//! One form serves both. "Preview" renders the Markdown on the server and shows the form
//! again, nothing saved. "Save" checks every field, and on any mistake shows the form with
//! the messages beside the fields and everything typed kept — including an uploaded cover,
//! which is processed and stored at once (by content hash) and carried in the form from
//! then on. Saving is [`crate::blog::save`].

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::Found;
use crate::auth::{CsrfMultipart, Session};
use crate::clock::now;
use crate::db::models::articles::ArticleWithAuthor;
use crate::domain::MediaRef;
use crate::domain::Role;
use crate::domain::Viewer;
use crate::error::AppError;
use crate::messages;
use crate::paths;
use crate::render::{FieldErrors, Page, SafeHtml, format, html, ok};
use crate::state::AppState;

/// How the form carries the version it was opened with.
pub(super) const VERSION_FORMAT: &str = "%Y-%m-%dT%H:%M:%S%.f";

/// What the editor form holds, as typed.
#[derive(Default, Clone)]
pub struct EditorValues {
    pub title: String,
    pub excerpt: String,
    pub body: String,
    pub tags: String,
    pub cover_alt: String,
    pub publish: String,
    pub publish_at: String,
    /// The article's `updated_at` when the form was opened (edits only).
    pub version: String,
}

#[derive(Template)]
#[template(path = "blog/editor.html")]
pub(super) struct EditorPage {
    page: Page,
    action: String,
    values: EditorValues,
    cover: Option<MediaRef>,
    errors: FieldErrors,
    preview: Option<SafeHtml>,
    /// The article's slug when editing (for links to it and its revisions).
    slug: Option<String>,
}

impl EditorPage {
    fn publish_is(&self, choice: &str) -> bool {
        self.values.publish == choice || (self.values.publish.is_empty() && choice == "draft")
    }
}

pub(super) fn require_staff(session: &Session) -> Result<Viewer, AppError> {
    Ok(session.require_role(Role::Staff)?.clone())
}

pub async fn new_form(session: Session) -> Result<HttpResponse, AppError> {
    require_staff(&session)?;
    ok(&EditorPage {
        page: Page::new(&session, messages::TITLE_WRITE_AN_ARTICLE).in_section("blog"),
        action: "/blog/new".to_owned(),
        values: EditorValues::default(),
        cover: None,
        errors: FieldErrors::new(),
        preview: None,
        slug: None,
    })
}

/// The article at `slug`, if the member may edit it.
pub(super) async fn editable(
    state: &AppState,
    session: &Session,
    slug: String,
) -> Result<ArticleWithAuthor, AppError> {
    let viewer = session.require_viewer()?;
    let found = match super::find(state, slug, session.viewer()).await? {
        Found::Article(found) => *found,
        Found::Moved(_) => return Err(AppError::NotFound),
    };
    // A draft stays invisible (404) to those who may not see drafts, as on its page.
    if !found.article.is_published(now()) && !super::sees_unpublished(Some(viewer)) {
        return Err(AppError::NotFound);
    }
    if !super::may_edit(viewer, found.article.author_id) {
        return Err(AppError::Forbidden);
    }
    Ok(found)
}

pub async fn edit_form(
    state: web::Data<AppState>,
    session: Session,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let found = editable(&state, &session, slug.into_inner()).await?;
    let article = &found.article;
    let now = now();
    let (publish, publish_at) = match article.published_at {
        None => ("draft", String::new()),
        Some(t) if t <= now => ("now", String::new()),
        Some(t) => ("schedule", format::input(t)),
    };
    let values = EditorValues {
        title: article.title.clone(),
        excerpt: article.excerpt.clone(),
        body: article.body_md.clone(),
        tags: article.tag_list().join(", "),
        cover_alt: article.cover_alt.clone(),
        publish: publish.to_owned(),
        publish_at,
        version: article.updated_at.format(VERSION_FORMAT).to_string(),
    };
    ok(&EditorPage {
        page: Page::new(&session, messages::title_edit_article(&article.title)).in_section("blog"),
        action: paths::article_editor(&article.slug),
        values,
        cover: found.cover.clone(),
        errors: FieldErrors::new(),
        preview: None,
        slug: Some(article.slug.clone()),
    })
}

/// Shows the editor again with what was typed.
pub(super) fn again(
    form: &CsrfMultipart,
    existing: Option<&ArticleWithAuthor>,
    values: EditorValues,
    cover: Option<MediaRef>,
    errors: FieldErrors,
    preview: Option<SafeHtml>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let (heading, action, slug) = match existing {
        Some(found) => (
            messages::title_edit_article(&found.article.title),
            paths::article_editor(&found.article.slug),
            Some(found.article.slug.clone()),
        ),
        None => ("Write an article".to_owned(), "/blog/new".to_owned(), None),
    };
    let page = EditorPage {
        page: Page::new(&form.session, heading).in_section("blog"),
        action,
        values,
        cover,
        errors,
        preview,
        slug,
    };
    html(status, &page)
}
