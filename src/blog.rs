//! Article operations shared by the editor and the demo: saving an article with its tags,
//! revision and address in one transaction.

use chrono::NaiveDateTime;

use crate::accounts::{self, Actor};
use crate::db::DbConnection;
use crate::db::models::articles::{self, Article, ArticleFields};
use crate::db::models::media;
use crate::domain::MediaRef;
use crate::domain::{AuditSubject, slugify};
use crate::error::AppError;
use crate::messages::{self, notifications};
use crate::paths;
use crate::render::markdown::Rendered;

/// A checked article, ready to save.
pub struct ArticleDraft {
    pub title: String,
    pub body_md: String,
    pub rendered: Rendered,
    /// Empty: the opening of the text is used.
    pub excerpt: String,
    pub tags: Vec<String>,
    pub cover: Option<MediaRef>,
    pub cover_alt: String,
    pub published_at: Option<NaiveDateTime>,
    /// For an edit: the `updated_at` the editor's form was opened with. A different value
    /// in the database means someone saved in between: the save is refused, not merged.
    pub version: Option<NaiveDateTime>,
}

/// Where a saved article lives.
pub struct Saved {
    pub id: i64,
    pub slug: String,
}

/// Saves a new article (`existing` is `None`) or an edit, and returns where it is. The slug
/// comes from the title and changes only when the title's words do; the old one keeps
/// answering with a redirect.
///
/// Runs in the caller's write transaction (the editor's is the posting service's, which
/// screens and holds the article in it, so a leaking article is never visible, not even
/// for a moment). The article is read again there, so that an edit saved from a form
/// opened before someone else's rename keeps the current address. An edit by someone
/// other than the author (a moderator) is written to the audit log.
pub fn save(
    conn: &mut DbConnection,
    editor: Actor<'_>,
    existing: Option<&Article>,
    draft: ArticleDraft,
    now: NaiveDateTime,
) -> Result<Saved, AppError> {
    let editor_id = editor
        .id
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("an editor has an account")))?;
    let excerpt = if draft.excerpt.is_empty() {
        excerpt_from(&draft.rendered.text)
    } else {
        draft.excerpt
    };
    let fields = ArticleFields {
        reading_minutes: draft.rendered.reading_minutes(),
        body_html: draft.rendered.html.into_string(),
        title: draft.title,
        excerpt,
        body_md: draft.body_md,
        cover_id: draft.cover.map(|c| c.id),
        cover_alt: draft.cover_alt,
        tags: draft.tags.join(","),
        published_at: draft.published_at,
    };
    let tags = draft.tags;
    let draft_version = draft.version;
    let wanted = slugify(&fields.title);
    let (id, slug) = match existing {
        None => {
            let slug = unique_slug(conn, &wanted)?;
            (
                articles::create(conn, &slug, editor_id, &fields, now)?,
                slug,
            )
        }
        Some(stale) => {
            let article = articles::find(conn, stale.id)?.ok_or(AppError::NotFound)?;
            if draft_version.is_some_and(|v| v != article.updated_at) {
                return Err(AppError::Conflict(messages::ARTICLE_EDIT_CONFLICT));
            }
            let slug = if slugify(&article.title) == wanted {
                article.slug.clone()
            } else {
                let slug = unique_slug(conn, &wanted)?;
                if !articles::is_old_slug_of(conn, &article.slug, article.id)? {
                    articles::keep_old_slug(conn, &article.slug, article.id)?;
                }
                slug
            };
            articles::update(conn, article.id, &slug, &fields, now)?;
            // A replaced or removed cover goes, unless something else shows it.
            if let Some(old) = article.cover_id.filter(|old| fields.cover_id != Some(*old)) {
                media::remove_if_unused(conn, old)?;
            }
            if article.author_id != editor_id {
                let name = notifications::audit_article(&article.title, article.id);
                let subject = AuditSubject::linked(name, paths::article(&slug));
                accounts::log_action(conn, editor, "article.edit", subject, &fields.title, "")?;
            }
            (article.id, slug)
        }
    };
    articles::set_tags(conn, id, &tags)?;
    articles::add_revision(conn, id, editor_id, &fields.title, &fields.body_md, now)?;
    Ok(Saved { id, slug })
}

/// `wanted`, or `wanted-2`, `wanted-3`… whichever no article answers at.
fn unique_slug(conn: &mut DbConnection, wanted: &str) -> Result<String, AppError> {
    // Addresses the blog's own pages use are never an article's.
    const RESERVED: &[&str] = &["new"];
    let mut slug = wanted.to_owned();
    let mut n = 2;
    while RESERVED.contains(&slug.as_str()) || articles::slug_taken(conn, &slug)? {
        slug = format!("{wanted}-{n}");
        n += 1;
    }
    Ok(slug)
}

/// The first 200 characters of the text, cut at a word.
pub fn excerpt_from(text: &str) -> String {
    if text.chars().count() <= 200 {
        return text.to_owned();
    }
    let cut: String = text.chars().take(200).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    #[test]
    fn excerpts_cut_at_a_word() {
        let text = "word ".repeat(100);
        let excerpt = super::excerpt_from(&text);
        assert!(excerpt.ends_with("word…"));
        assert!(excerpt.chars().count() <= 201);
        assert_eq!(super::excerpt_from("short"), "short");
    }
}
