//! Staff articles, their tags, their old slugs and their revisions.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::models::media;
use crate::db::schema::{self, article_revisions, article_slugs, article_tags, articles, users};
use crate::domain::MediaRef;
use crate::domain::Visibility;

/// An article as stored.
#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = articles)]
pub struct Article {
    pub id: i64,
    pub slug: String,
    pub author_id: i64,
    pub title: String,
    pub excerpt: String,
    pub body_md: String,
    pub body_html: String,
    pub reading_minutes: i32,
    pub cover_id: Option<i64>,
    pub cover_alt: String,
    pub tags: String,
    pub published_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// `visible`, `held` (for a moderator: readers do not see it) or `hidden`.
    pub visibility: String,
}

impl Article {
    /// Whether readers may see it at `now`: published, and not held or hidden.
    pub fn is_published(&self, now: NaiveDateTime) -> bool {
        self.published_at.is_some_and(|t| t <= now) && self.visibility == Visibility::Visible.key()
    }

    /// The tags, in the order the author gave them.
    pub fn tag_list(&self) -> Vec<&str> {
        split_tags(&self.tags)
    }
}

/// Tags from their stored, comma-separated form.
pub fn split_tags(tags: &str) -> Vec<&str> {
    tags.split(',').filter(|t| !t.is_empty()).collect()
}

/// The fields an editor sets, for a new article or an edit.
#[derive(Insertable, AsChangeset, Debug, Clone)]
#[diesel(table_name = articles, treat_none_as_null = true)]
pub struct ArticleFields {
    pub title: String,
    pub excerpt: String,
    pub body_md: String,
    pub body_html: String,
    pub reading_minutes: i32,
    pub cover_id: Option<i64>,
    pub cover_alt: String,
    pub tags: String,
    pub published_at: Option<NaiveDateTime>,
}

/// An article with its author and cover, for the article page: one query.
#[derive(Clone)]
pub struct ArticleWithAuthor {
    pub article: Article,
    pub author: String,
    pub cover: Option<MediaRef>,
    /// Its author deleted their account (the article stayed because others commented).
    pub author_deleted: bool,
}

/// Creates an article with `slug` and returns its id.
pub fn create(
    conn: &mut DbConnection,
    slug: &str,
    author_id: i64,
    fields: &ArticleFields,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    diesel::insert_into(articles::table)
        .values((
            fields,
            articles::slug.eq(slug),
            articles::author_id.eq(author_id),
            articles::created_at.eq(now),
            articles::updated_at.eq(now),
        ))
        .returning(articles::id)
        .get_result(conn)
}

/// Saves an edit; `slug` is the article's (possibly new) address.
pub fn update(
    conn: &mut DbConnection,
    id: i64,
    slug: &str,
    fields: &ArticleFields,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(articles::table.find(id))
        .set((
            fields,
            articles::slug.eq(slug),
            articles::updated_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Replaces an article's tags.
pub fn set_tags(conn: &mut DbConnection, id: i64, tags: &[String]) -> QueryResult<()> {
    diesel::delete(article_tags::table.filter(article_tags::article_id.eq(id))).execute(conn)?;
    for tag in tags {
        diesel::insert_into(article_tags::table)
            .values((article_tags::article_id.eq(id), article_tags::tag.eq(tag)))
            .execute(conn)?;
    }
    Ok(())
}

/// Whether any article answers, or used to answer, at `slug`.
pub fn slug_taken(conn: &mut DbConnection, slug: &str) -> QueryResult<bool> {
    let current = diesel::select(diesel::dsl::exists(
        articles::table.filter(articles::slug.eq(slug)),
    ))
    .get_result::<bool>(conn)?;
    let old = diesel::select(diesel::dsl::exists(
        article_slugs::table.filter(article_slugs::slug.eq(slug)),
    ))
    .get_result::<bool>(conn)?;
    Ok(current || old)
}

/// Keeps an old slug answering with a redirect to article `id`.
pub fn keep_old_slug(conn: &mut DbConnection, slug: &str, id: i64) -> QueryResult<()> {
    diesel::insert_into(article_slugs::table)
        .values((
            article_slugs::slug.eq(slug),
            article_slugs::article_id.eq(id),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Where an article moved, with what decides who may learn it.
#[derive(Queryable)]
pub struct Moved {
    pub slug: String,
    pub published_at: Option<NaiveDateTime>,
    pub visibility: String,
    pub author_id: i64,
}

/// Where the article that used to answer at `slug` is now.
pub fn redirect_for(conn: &mut DbConnection, slug: &str) -> QueryResult<Option<Moved>> {
    article_slugs::table
        .inner_join(articles::table)
        .filter(article_slugs::slug.eq(slug))
        .select((
            articles::slug,
            articles::published_at,
            articles::visibility,
            articles::author_id,
        ))
        .first(conn)
        .optional()
}

/// Whether `slug` is recorded as an old slug of article `id`.
pub fn is_old_slug_of(conn: &mut DbConnection, slug: &str, id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        article_slugs::table
            .filter(article_slugs::slug.eq(slug))
            .filter(article_slugs::article_id.eq(id)),
    ))
    .get_result(conn)
}

/// The article with id `id`.
pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Article>> {
    articles::table
        .find(id)
        .select(Article::as_select())
        .first(conn)
        .optional()
}

/// The slug of article `id`.
pub fn slug_of(conn: &mut DbConnection, id: i64) -> QueryResult<Option<String>> {
    articles::table
        .find(id)
        .select(articles::slug)
        .first(conn)
        .optional()
}

/// The article at `slug` with its author and cover.
pub fn by_slug(conn: &mut DbConnection, slug: &str) -> QueryResult<Option<ArticleWithAuthor>> {
    let row: Option<(Article, String, bool, media::NullableRow)> = articles::table
        .inner_join(users::table)
        .left_join(schema::media::table)
        .filter(articles::slug.eq(slug))
        .select((
            Article::as_select(),
            users::username,
            users::password_hash.eq(super::member_data::ERASED_HASH),
            media::nullable_columns(),
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(
        |(article, author, author_deleted, cover)| ArticleWithAuthor {
            article,
            author,
            cover: media::from_nullable(cover),
            author_deleted,
        },
    ))
}

/// Records a revision: who saved which title and text, when.
pub fn add_revision(
    conn: &mut DbConnection,
    article_id: i64,
    editor_id: i64,
    title: &str,
    body_md: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(article_revisions::table)
        .values((
            article_revisions::article_id.eq(article_id),
            article_revisions::editor_id.eq(Some(editor_id)),
            article_revisions::title.eq(title),
            article_revisions::body_md.eq(body_md),
            article_revisions::created_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// One saved revision with its editor's name.
#[derive(Debug, Clone)]
pub struct RevisionRow {
    pub title: String,
    pub body_md: String,
    pub created_at: NaiveDateTime,
    pub editor: Option<String>,
}

/// An article's revisions, newest first.
pub fn revisions(conn: &mut DbConnection, article_id: i64) -> QueryResult<Vec<RevisionRow>> {
    let rows: Vec<(String, String, NaiveDateTime, Option<String>)> = article_revisions::table
        .left_join(users::table.on(article_revisions::editor_id.eq(users::id.nullable())))
        .filter(article_revisions::article_id.eq(article_id))
        .order((
            article_revisions::created_at.desc(),
            article_revisions::id.desc(),
        ))
        .select((
            article_revisions::title,
            article_revisions::body_md,
            article_revisions::created_at,
            users::username.nullable(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(title, body_md, created_at, editor)| RevisionRow {
            title,
            body_md,
            created_at,
            editor,
        })
        .collect())
}
