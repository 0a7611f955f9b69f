//! Lists of articles: the blog's pages (filtered by tag or author), the staff's drafts and scheduled articles, the newest for feeds, and the slugs for the sitemap.

use crate::db::DbConnection;
use crate::db::models::articles::{Article, split_tags};
use crate::db::models::media;
use crate::db::schema::{self, article_tags, articles, users};
use crate::domain::MediaRef;
use crate::domain::Visibility;
use crate::domain::paging::{Total, Window};
use chrono::NaiveDateTime;
use diesel::prelude::*;

/// One row of the article list.
#[derive(Debug, Clone)]
pub struct ArticleListRow {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub excerpt: String,
    pub reading_minutes: i32,
    pub published_at: Option<NaiveDateTime>,
    pub author: String,
    pub cover: Option<MediaRef>,
    pub cover_alt: String,
    pub tags: String,
}

impl ArticleListRow {
    pub fn tag_list(&self) -> Vec<&str> {
        split_tags(&self.tags)
    }
}

/// Which published articles a list shows.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub tag: Option<String>,
    pub author: Option<String>,
    /// The signed-in member: what they marked "not for me" (the article, or one of its
    /// tags) is left out. Not set for a tag's own page, which they asked for.
    pub viewer: Option<i64>,
    /// The total is not wanted (the front page): it is not counted, and reads as 0.
    pub skip_total: bool,
}

/// The list's columns, as loaded.
type ListColumns = (
    i64,
    String,
    String,
    String,
    i32,
    Option<NaiveDateTime>,
    String,
    String,
    String,
);

/// The list's columns, in the order [`to_row`] reads them.
const LIST: (
    articles::id,
    articles::slug,
    articles::title,
    articles::excerpt,
    articles::reading_minutes,
    articles::published_at,
    articles::cover_alt,
    articles::tags,
    users::username,
) = (
    articles::id,
    articles::slug,
    articles::title,
    articles::excerpt,
    articles::reading_minutes,
    articles::published_at,
    articles::cover_alt,
    articles::tags,
    users::username,
);

fn to_row(
    ((id, slug, title, excerpt, reading_minutes, published_at, cover_alt, tags, author), cover): (
        ListColumns,
        media::NullableRow,
    ),
) -> ArticleListRow {
    ArticleListRow {
        id,
        slug,
        title,
        excerpt,
        reading_minutes,
        published_at,
        author,
        cover: media::from_nullable(cover),
        cover_alt,
        tags,
    }
}

/// One page of published articles, newest first, with the total (counted as far as
/// `window` says).
pub fn list_published(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    filter: &ListFilter,
    window: Window,
) -> QueryResult<(Vec<ArticleListRow>, Total)> {
    // An author's list is found through the index on author and date: their id first.
    let author_id = match &filter.author {
        Some(author) => match users::table
            .filter(users::username_key.eq(author.to_lowercase()))
            .select(users::id)
            .first::<i64>(conn)
            .optional()?
        {
            Some(id) => Some(id),
            None => return Ok((Vec::new(), Total::default())),
        },
        None => None,
    };
    // The list's filters on the articles table alone, so that the page's ids and the count
    // read the index on visibility and date without looking up each row (its author and
    // cover are joined for the page's rows only).
    let filtered = || {
        let mut query = articles::table
            .filter(articles::published_at.le(now))
            .filter(articles::visibility.eq(Visibility::Visible.key()))
            .into_boxed();
        // A tag's articles are tested against its list as the index on visibility and date
        // is walked (`+ 0` keeps SQLite from looking up every tagged article and sorting
        // them: 1,500 for a common tag, where the walk reads a few dozen entries).
        if let Some(tag) = &filter.tag {
            query = query.filter(
                (articles::id + 0).eq_any(
                    article_tags::table
                        .filter(article_tags::tag.eq(tag.clone()))
                        .select(article_tags::article_id),
                ),
            );
        }
        if let Some(author) = author_id {
            query = query.filter(articles::author_id.eq(author));
        }
        if let Some(viewer) = filter.viewer {
            query = query.filter(crate::db::models::personal::wanted_article!(viewer));
        }
        query
    };
    let order = (articles::published_at.desc(), articles::id.desc());
    let mut ids: Vec<i64> = filtered()
        .order(order)
        .offset(window.offset)
        .limit(window.fetch())
        .select(articles::id)
        .load(conn)?;
    let counted = if filter.skip_total {
        None
    } else {
        crate::db::count_for_pager(conn, window, filtered().select(articles::id))?
    };
    let total = window.settle(&mut ids, counted);
    let rows = articles::table
        .inner_join(users::table)
        .left_join(schema::media::table)
        .filter(articles::id.eq_any(&ids))
        .order(order)
        .select((LIST, media::nullable_columns()))
        .load(conn)?
        .into_iter()
        .map(to_row)
        .collect();
    Ok((rows, total))
}

/// The tags of published articles, most used first (`limit` of them).
pub fn tags_in_use(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<String>> {
    let rows: Vec<(String, i64)> = article_tags::table
        .inner_join(articles::table)
        .filter(articles::published_at.le(now))
        .filter(articles::visibility.eq(Visibility::Visible.key()))
        .group_by(article_tags::tag)
        .select((article_tags::tag, diesel::dsl::count_star()))
        .order((diesel::dsl::count_star().desc(), article_tags::tag.asc()))
        .limit(limit)
        .load(conn)?;
    Ok(rows.into_iter().map(|(tag, _)| tag).collect())
}

/// Drafts and scheduled articles, newest first (for staff and moderators).
/// A held or hidden one is listed only for its author (`author_of_held`), or for everyone
/// when that is `None` (moderators): its title and summary may hold what the checks
/// caught.
pub fn list_unpublished(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    author_of_held: Option<i64>,
    limit: i64,
) -> QueryResult<Vec<ArticleListRow>> {
    let mut query = articles::table
        .inner_join(users::table)
        .left_join(schema::media::table)
        .filter(
            articles::published_at
                .is_null()
                .or(articles::published_at.gt(now)),
        )
        .into_boxed();
    if let Some(author) = author_of_held {
        query = query.filter(
            articles::visibility
                .eq(Visibility::Visible.key())
                .or(articles::author_id.eq(author)),
        );
    }
    Ok(query
        .order(articles::updated_at.desc())
        .limit(limit)
        .select((LIST, media::nullable_columns()))
        .load(conn)?
        .into_iter()
        .map(to_row)
        .collect())
}

/// The newest published articles with their authors, optionally by one author (feeds),
/// and optionally after a position (the API's pages: the last article's publication time
/// and id).
pub fn newest_published(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    author: Option<&str>,
    after: Option<(NaiveDateTime, i64)>,
    limit: i64,
) -> QueryResult<Vec<(Article, String)>> {
    let mut query = articles::table
        .inner_join(users::table)
        .filter(articles::published_at.le(now))
        .filter(articles::visibility.eq(Visibility::Visible.key()))
        .into_boxed();
    if let Some(author) = author {
        query = query.filter(users::username_key.eq(author.to_lowercase()));
    }
    if let Some((at, id)) = after {
        // A range the index can seek to, then the few rows at the same time.
        query = query
            .filter(articles::published_at.le(at))
            .filter(articles::published_at.lt(at).or(articles::id.lt(id)));
    }
    query
        .order((articles::published_at.desc(), articles::id.desc()))
        .limit(limit)
        .select((Article::as_select(), users::username))
        .load(conn)
}

/// Every published article's slug and last change (the sitemap).
pub fn published_slugs(
    conn: &mut DbConnection,
    now: NaiveDateTime,
) -> QueryResult<Vec<(String, NaiveDateTime)>> {
    articles::table
        .filter(articles::published_at.le(now))
        .filter(articles::visibility.eq(Visibility::Visible.key()))
        .order(articles::published_at.desc())
        .select((articles::slug, articles::updated_at))
        .load(conn)
}

/// When the next scheduled article goes out (the first publication time after `now`):
/// pages made before then must be made again at that moment, though nothing was written.
pub fn next_publication(
    conn: &mut DbConnection,
    now: NaiveDateTime,
) -> QueryResult<Option<NaiveDateTime>> {
    use diesel::dsl::min;
    articles::table
        .filter(articles::published_at.gt(now))
        .select(min(articles::published_at))
        .first(conn)
}
