//! Pictures in forms (article covers, question pictures, avatars), one way for all: a new
//! upload goes through the image pipeline and is stored at once; without one, the picture
//! the form already carries (by content hash, after an earlier mistake) is kept.

use std::sync::LazyLock;

use actix_web::web;
use chrono::NaiveDateTime;
use tokio::sync::Semaphore;

use crate::auth::CsrfMultipart;
use crate::db::models::media::{self, MediaRef};
use crate::db::write_transaction;
use crate::error::AppError;
use crate::moderation::rate::{self, Action};
use crate::render::{FieldErrors, images};
use crate::state::AppState;

/// The picture a form holds: a new upload in `file_field`, else the stored picture named
/// in `hash_field`. A refused upload adds its message to `errors` under `file_field` and
/// leaves the carried picture in place, so a mistake never loses what was there.
/// How many uploads are decoded at once, per process: the memory budget holds however many
/// arrive together.
static DECODING: LazyLock<Semaphore> = LazyLock::new(|| Semaphore::new(2));

pub async fn picture(
    state: &AppState,
    form: &CsrfMultipart,
    file_field: &'static str,
    hash_field: &str,
    uploader: i64,
    now: NaiveDateTime,
    errors: &mut FieldErrors,
) -> Result<Option<MediaRef>, AppError> {
    let carried = match form.text(hash_field).trim() {
        "" => None,
        hash => {
            let hash = hash.to_owned();
            state
                .db
                .run(move |conn| Ok(media::find_by_hash(conn, &hash)?))
                .await?
        }
    };
    let Some(upload) = form.file(file_field) else {
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
    match web::block(move || images::process(&upload)).await? {
        Ok(image) => Ok(Some(
            state
                .db
                .run(move |conn| Ok(media::store(conn, &image, Some(uploader), now)?))
                .await?,
        )),
        // The refused upload is reported; the picture the form had is kept.
        Err(message) => {
            errors.add(file_field, message);
            Ok(carried)
        }
    }
}
