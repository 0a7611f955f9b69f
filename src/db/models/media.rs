//! Stored images, addressed by the hash of their bytes, and their smaller copies (made
//! once, at upload or by the `parlour images` command), addressed by hash and width.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{media, media_sizes};
use crate::domain::image::SIZES;
use crate::domain::{ImageSize, MediaRef, ProcessedImage};

/// An image's columns in a left join: all absent when there is no image.
pub type NullableColumns = (
    diesel::dsl::Nullable<media::id>,
    diesel::dsl::Nullable<media::hash>,
    diesel::dsl::Nullable<media::extension>,
    diesel::dsl::Nullable<media::width>,
    diesel::dsl::Nullable<media::height>,
);

/// The values of [`NullableColumns`].
pub type NullableRow = (
    Option<i64>,
    Option<String>,
    Option<String>,
    Option<i32>,
    Option<i32>,
);

/// The columns to select for an optional image.
pub fn nullable_columns() -> NullableColumns {
    (
        media::id.nullable(),
        media::hash.nullable(),
        media::extension.nullable(),
        media::width.nullable(),
        media::height.nullable(),
    )
}

/// The columns of [`MediaRef`].
#[allow(clippy::type_complexity)]
fn columns() -> (
    media::id,
    media::hash,
    media::extension,
    media::width,
    media::height,
) {
    (
        media::id,
        media::hash,
        media::extension,
        media::width,
        media::height,
    )
}

fn from_row((id, hash, extension, width, height): (i64, String, String, i32, i32)) -> MediaRef {
    MediaRef {
        id,
        hash,
        extension,
        width,
        height,
    }
}

/// The image, when the left join found one.
pub fn from_nullable(row: NullableRow) -> Option<MediaRef> {
    match row {
        (Some(id), Some(hash), Some(extension), Some(width), Some(height)) => {
            Some(from_row((id, hash, extension, width, height)))
        }
        _ => None,
    }
}

/// Stores an image and its smaller copies once: uploading the same image again returns
/// the stored one.
pub fn store(
    conn: &mut DbConnection,
    image: &ProcessedImage,
    uploader_id: Option<i64>,
    now: NaiveDateTime,
) -> QueryResult<MediaRef> {
    if let Some(existing) = find_by_hash(conn, &image.hash)? {
        return Ok(existing);
    }
    // The image and its copies together or not at all (a savepoint when the caller's
    // transaction is already open).
    let inserted = conn.transaction(|conn| {
        diesel::insert_into(media::table)
            .values((
                media::hash.eq(&image.hash),
                media::extension.eq(image.extension),
                media::content_type.eq(image.content_type),
                media::width.eq(image.width),
                media::height.eq(image.height),
                media::bytes.eq(&image.bytes),
                media::uploader_id.eq(uploader_id),
                media::created_at.eq(now),
            ))
            .execute(conn)?;
        let id = media::table
            .filter(media::hash.eq(&image.hash))
            .select(media::id)
            .first(conn)?;
        add_sizes(conn, id, &image.sizes)
    });
    match inserted {
        Ok(_) => {}
        // The same image stored by a concurrent upload: use that one.
        Err(e) if super::is_unique_violation_on(&e, "hash") => {}
        Err(e) => return Err(e),
    }
    find_by_hash(conn, &image.hash)?.ok_or(diesel::result::Error::NotFound)
}

/// Stores the smaller copies of image `id`.
pub fn add_sizes(conn: &mut DbConnection, id: i64, sizes: &[ImageSize]) -> QueryResult<()> {
    for size in sizes {
        diesel::insert_into(media_sizes::table)
            .values((
                media_sizes::media_id.eq(id),
                media_sizes::width.eq(size.width),
                media_sizes::height.eq(size.height),
                media_sizes::bytes.eq(&size.bytes),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Up to `limit` images after id `after` that are wider than the narrowest copy but have
/// no copies: stored before copies were made. By id, for batches.
pub fn without_sizes(conn: &mut DbConnection, after: i64, limit: i64) -> QueryResult<Vec<i64>> {
    media::table
        .filter(media::id.gt(after))
        .filter(media::width.gt(SIZES[0] as i32))
        .filter(diesel::dsl::not(diesel::dsl::exists(
            media_sizes::table.filter(media_sizes::media_id.eq(media::id)),
        )))
        .order(media::id.asc())
        .limit(limit)
        .select(media::id)
        .load(conn)
}

/// The stored bytes of image `id`.
pub fn bytes_of(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Vec<u8>>> {
    media::table
        .find(id)
        .select(media::bytes)
        .first(conn)
        .optional()
}

pub fn find_by_id(conn: &mut DbConnection, id: i64) -> QueryResult<Option<MediaRef>> {
    media::table
        .find(id)
        .select(columns())
        .first(conn)
        .map(from_row)
        .optional()
}

pub fn find_by_hash(conn: &mut DbConnection, hash: &str) -> QueryResult<Option<MediaRef>> {
    media::table
        .filter(media::hash.eq(hash))
        .select(columns())
        .first(conn)
        .map(from_row)
        .optional()
}

/// The bytes and content type of an image, for serving.
pub fn content(
    conn: &mut DbConnection,
    hash: &str,
) -> QueryResult<Option<(String, String, Vec<u8>)>> {
    media::table
        .filter(media::hash.eq(hash))
        .select((media::extension, media::content_type, media::bytes))
        .first(conn)
        .optional()
}

/// The extension, content type and bytes of the copy of an image `width` pixels wide.
pub fn sized_content(
    conn: &mut DbConnection,
    hash: &str,
    width: i32,
) -> QueryResult<Option<(String, String, Vec<u8>)>> {
    media_sizes::table
        .inner_join(media::table)
        .filter(media::hash.eq(hash))
        .filter(media_sizes::width.eq(width))
        .select((media::extension, media::content_type, media_sizes::bytes))
        .first(conn)
        .optional()
}

/// The images member `uploader` uploaded (an image uploaded again by someone else keeps
/// its first uploader).
pub fn uploaded_by(conn: &mut DbConnection, uploader: i64) -> QueryResult<Vec<i64>> {
    media::table
        .filter(media::uploader_id.eq(uploader))
        .order(media::id.asc())
        .select(media::id)
        .load(conn)
}

/// Up to `limit` images uploaded before `cutoff` that no avatar, cover, question or idea
/// names: uploads left behind by forms never sent again (their text references are
/// checked by [`remove_if_unused`]).
pub fn unattached_before(
    conn: &mut DbConnection,
    cutoff: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<i64>> {
    use crate::db::schema::{articles, ideas, questions, users};
    media::table
        .filter(media::created_at.lt(cutoff))
        .filter(
            media::id.nullable().ne_all(
                users::table
                    .select(users::avatar_id)
                    .filter(users::avatar_id.is_not_null()),
            ),
        )
        .filter(
            media::id.nullable().ne_all(
                articles::table
                    .select(articles::cover_id)
                    .filter(articles::cover_id.is_not_null()),
            ),
        )
        .filter(
            media::id.nullable().ne_all(
                questions::table
                    .select(questions::image_id)
                    .filter(questions::image_id.is_not_null()),
            ),
        )
        .filter(
            media::id.nullable().ne_all(
                ideas::table
                    .select(ideas::image_id)
                    .filter(ideas::image_id.is_not_null()),
            ),
        )
        .order(media::id.asc())
        .limit(limit)
        .select(media::id)
        .load(conn)
}

/// Deletes image `id` unless something still shows it: an avatar, a cover, a question's or
/// an idea's picture, or a post's or revision's text that links to it. Returns whether it
/// was deleted.
pub fn remove_if_unused(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    use crate::db::schema::{
        answers, article_revisions, articles, ideas, questions, replies, settings, users,
    };
    let Some(image) = find_by_id(conn, id)? else {
        return Ok(false);
    };
    let linked = format!("%/media/{}%", image.hash);
    let by_id: i64 = users::table
        .filter(users::avatar_id.eq(id))
        .count()
        .get_result::<i64>(conn)?
        + articles::table
            .filter(articles::cover_id.eq(id))
            .count()
            .get_result::<i64>(conn)?
        + questions::table
            .filter(questions::image_id.eq(id))
            .count()
            .get_result::<i64>(conn)?
        + ideas::table
            .filter(ideas::image_id.eq(id))
            .count()
            .get_result::<i64>(conn)?;
    // The brand's logo and icon are settings holding the image's path.
    let by_setting: i64 = settings::table
        .filter(settings::value.eq(image.url()))
        .count()
        .get_result(conn)?;
    let in_text: i64 = articles::table
        .filter(articles::body_md.like(&linked))
        .count()
        .get_result::<i64>(conn)?
        + article_revisions::table
            .filter(article_revisions::body_md.like(&linked))
            .count()
            .get_result::<i64>(conn)?
        + questions::table
            .filter(questions::body_md.like(&linked))
            .count()
            .get_result::<i64>(conn)?
        + answers::table
            .filter(answers::body_md.like(&linked))
            .count()
            .get_result::<i64>(conn)?
        + replies::table
            .filter(replies::body_md.like(&linked))
            .count()
            .get_result::<i64>(conn)?
        + ideas::table
            .filter(ideas::body_md.like(&linked))
            .count()
            .get_result::<i64>(conn)?;
    if by_id + by_setting + in_text > 0 {
        return Ok(false);
    }
    diesel::delete(media_sizes::table.filter(media_sizes::media_id.eq(id))).execute(conn)?;
    diesel::delete(media::table.find(id)).execute(conn)?;
    Ok(true)
}
