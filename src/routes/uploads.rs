//! Pictures in forms (article covers, question pictures, avatars), one way for all: a new
//! upload goes through the image pipeline and is stored at once; without one, the picture
//! the form already carries (by content hash, after an earlier mistake) is kept.

use std::sync::LazyLock;

use actix_web::web;
use chrono::NaiveDateTime;
use tokio::sync::Semaphore;

use crate::auth::CsrfMultipart;
use crate::db::models::media;
use crate::db::write_transaction;
use crate::domain::MediaRef;
use crate::error::AppError;
use crate::moderation::rate::{self, Action};
use crate::render::{FieldErrors, images};
use crate::state::AppState;

/// How many uploads are decoded at once, per process: the memory budget holds however many
/// arrive together.
static DECODING: LazyLock<Semaphore> = LazyLock::new(|| Semaphore::new(2));

/// A picture field of a form: its file input, the hidden input that carries an earlier
/// upload by hash, and the most pixels it accepts.
pub struct Picture {
    pub file: &'static str,
    pub carried: &'static str,
    pub max_pixels: u64,
}

/// An article's cover.
pub const COVER: Picture = Picture {
    file: "cover",
    carried: "cover_hash",
    max_pixels: images::MAX_PIXELS,
};

/// A question's or an idea's picture.
pub const IMAGE: Picture = Picture {
    file: "image",
    carried: "image_hash",
    max_pixels: images::MAX_PIXELS,
};

/// A member's avatar: shown small, so it accepts fewer pixels.
pub const AVATAR: Picture = Picture {
    file: "avatar",
    carried: "avatar_hash",
    max_pixels: images::AVATAR_MAX_PIXELS,
};

/// The picture a form holds: a new upload in the field's file input, else the stored
/// picture its hidden input names. A refused upload adds its message to `errors` under the
/// file input and leaves the carried picture in place, so a mistake never loses what was
/// there.
pub async fn picture(
    state: &AppState,
    form: &CsrfMultipart,
    field: &Picture,
    uploader: i64,
    now: NaiveDateTime,
    errors: &mut FieldErrors,
) -> Result<Option<MediaRef>, AppError> {
    let carried = match form.text(field.carried).trim() {
        "" => None,
        hash => {
            let hash = hash.to_owned();
            state
                .db
                .run(move |conn| Ok(media::find_by_hash(conn, &hash)?))
                .await?
        }
    };
    let Some(upload) = form.file(field.file) else {
        return Ok(carried);
    };
    let upload = upload.to_vec();
    // Decoding costs far more than sending: every upload counts against the hourly limit.
    state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                rate::count(conn, uploader, Action::Upload, now)
            })
        })
        .await?;
    // Decoding holds up to a few hundred megabytes: two at a time, whatever the traffic.
    let _permit = DECODING
        .acquire()
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("decoding permits: {e}")))?;
    let max_pixels = field.max_pixels;
    match web::block(move || images::process_within(&upload, max_pixels)).await? {
        Ok(image) => Ok(Some(
            state
                .db
                .run(move |conn| Ok(media::store(conn, &image, Some(uploader), now)?))
                .await?,
        )),
        // The refused upload is reported; the picture the form had is kept.
        Err(message) => {
            errors.add(field.file, message);
            Ok(carried)
        }
    }
}
