//! `POST /blog/new` and `POST /blog/{slug}/edit`: the editor's form, checked. "Preview"
//! renders the Markdown and shows the form again, nothing saved; "Save" checks every field
//! and shows the form again with the messages beside them, or saves the article through
//! [`crate::blog::submit`] (the posting service: a leak holds it).

use crate::accounts::Actor;
use crate::auth::CsrfMultipart;
use crate::blog::{self, ArticleDraft};
use crate::clock::now;
use crate::db::models::articles::ArticleWithAuthor;
use crate::domain::ContentKind;
use crate::domain::MediaRef;
use crate::domain::Publish;
use crate::domain::Viewer;
use crate::domain::article as rules;
use crate::error::AppError;
use crate::messages;
use crate::moderation::Verdict;
use crate::paths;
use crate::posting::{self, Draft};
use crate::render::markdown::{self, Rendered, Trust};
use crate::render::{FieldErrors, Notice, see_other};
use crate::routes::moderation::held::held;
use crate::routes::uploads;
use crate::state::AppState;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono::NaiveDateTime;

use super::editor::{EditorValues, VERSION_FORMAT, again, editable, require_staff};

pub async fn create(
    state: web::Data<AppState>,
    form: CsrfMultipart,
) -> Result<HttpResponse, AppError> {
    let viewer = require_staff(&form.session)?;
    submit(&state, form, viewer, None).await
}

pub async fn update(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    form: CsrfMultipart,
) -> Result<HttpResponse, AppError> {
    let found = editable(&state, &form.session, slug.into_inner()).await?;
    let viewer = form.session.require_viewer()?.clone();
    submit(&state, form, viewer, Some(found)).await
}

/// Everything a save needs, checked.
struct Checked {
    title: String,
    body: String,
    rendered: Rendered,
    excerpt: String,
    tags: Vec<String>,
    publish: Publish,
    cover_alt: String,
}

async fn submit(
    state: &AppState,
    form: CsrfMultipart,
    viewer: Viewer,
    existing: Option<ArticleWithAuthor>,
) -> Result<HttpResponse, AppError> {
    let now = now();
    let values = EditorValues {
        title: form.text("title").to_owned(),
        excerpt: form.text("excerpt").to_owned(),
        body: form.text("body").to_owned(),
        tags: form.text("tags").to_owned(),
        cover_alt: form.text("cover_alt").to_owned(),
        publish: form.text("publish").to_owned(),
        publish_at: form.text("publish_at").to_owned(),
        version: form.text("version").to_owned(),
    };
    let mut errors = FieldErrors::new();
    let title = errors.check("title", rules::parse_title(&values.title));
    let body = errors.check("body", rules::parse_body(&values.body));
    let excerpt = errors.check("excerpt", rules::parse_excerpt(&values.excerpt));
    let tags = errors.check("tags", rules::parse_tags(&values.tags));
    let publish = errors.check(
        "publish_at",
        rules::parse_publish(&values.publish, &values.publish_at, now),
    );
    let cover_alt = errors.check("cover_alt", rules::parse_alt(&values.cover_alt));

    // The cover: a new upload, else the one carried by the form, else none.
    let uploaded =
        uploads::picture(state, &form, &uploads::COVER, viewer.id, now, &mut errors).await?;
    let cover =
        uploaded.filter(|_| form.file("cover").is_some() || form.text("remove_cover") != "yes");
    if cover.is_some() && values.cover_alt.trim().is_empty() {
        errors.add("cover_alt", messages::ARTICLE_ALT_REQUIRED);
    }

    let rendered = match &body {
        Some(body) => Some(markdown::render_off_thread(body.clone(), Trust::Staff).await?),
        None => None,
    };
    let previewing = form.text("intent") == "preview";
    let checked = match (title, body, rendered, excerpt, tags, publish, cover_alt) {
        (
            Some(title),
            Some(body),
            Some(rendered),
            Some(excerpt),
            Some(tags),
            Some(publish),
            Some(cover_alt),
        ) if errors.is_empty() && !previewing => Checked {
            title,
            body,
            rendered,
            excerpt,
            tags,
            publish,
            cover_alt,
        },
        (_, _, rendered, ..) => {
            let status = if previewing && errors.is_empty() {
                StatusCode::OK
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let preview = rendered.filter(|_| previewing).map(|r| r.html);
            return again(
                &form,
                existing.as_ref(),
                values,
                cover,
                errors,
                preview,
                status,
            );
        }
    };
    let version = NaiveDateTime::parse_from_str(&values.version, VERSION_FORMAT).ok();
    match save(
        state,
        &viewer,
        existing.clone(),
        checked,
        cover.clone(),
        version,
        now,
    )
    .await
    {
        Ok((slug, verdict)) if verdict.held() => held(
            &form.session,
            ContentKind::Article,
            &verdict,
            &paths::article(&slug),
        ),
        Ok((slug, _)) => Ok(see_other(&format!(
            "/blog/{slug}?notice={}",
            Notice::ArticleSaved.key()
        ))),
        Err(AppError::Conflict(message)) => {
            let mut errors = FieldErrors::new();
            errors.add("form", message);
            again(
                &form,
                existing.as_ref(),
                values,
                cover,
                errors,
                None,
                StatusCode::CONFLICT,
            )
        }
        Err(other) => Err(other),
    }
}

/// Saves the checked article through the posting service (a leak holds it), and returns
/// its slug and the verdict.
async fn save(
    state: &AppState,
    viewer: &Viewer,
    existing: Option<ArticleWithAuthor>,
    checked: Checked,
    cover: Option<MediaRef>,
    version: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> Result<(String, Verdict), AppError> {
    let text = format!("{}\n\n{}", checked.title, checked.body);
    let published_at = match checked.publish {
        Publish::Draft => None,
        // Saving an article that is already out keeps its original date.
        Publish::Now => Some(
            existing
                .as_ref()
                .and_then(|f| f.article.published_at)
                .filter(|t| *t <= now)
                .unwrap_or(now),
        ),
        Publish::At(t) => Some(t),
    };
    let draft = ArticleDraft {
        title: checked.title,
        body_md: checked.body,
        rendered: checked.rendered,
        excerpt: checked.excerpt,
        tags: checked.tags,
        cover,
        cover_alt: checked.cover_alt,
        published_at,
        version,
    };
    let mut post = Draft::new(ContentKind::Article, viewer, None, text);
    post.public = published_at.is_some_and(|t| t <= now);
    if existing.is_some() {
        post = post.as_edit();
    }
    let editor = viewer.clone();
    // The save is stamped with the time its publication date was worked out from, so
    // that an article published now is never dated before it was created.
    let posted = posting::submit(state, post, move |conn, _, _| {
        let actor = Actor {
            id: Some(editor.id),
            name: &editor.username,
        };
        let previous = existing.as_ref().map(|f| &f.article);
        let saved = blog::save(conn, actor, previous, draft, now)?;
        Ok((saved.id, saved.slug))
    })
    .await?;
    Ok((posted.stored, posted.verdict))
}
