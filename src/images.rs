//! Smaller copies for images stored before copies were made (`parlour images`).
//!
//! Uploads get their copies as they are stored; this brings older images level, after an
//! upgrade or a restore. It is safe while the server runs: each image's copies are made
//! outside any transaction and written in a short one of their own, and a copy another run
//! wrote first is left as it is. Until an image has its copies, their addresses answer
//! with the image itself (see `routes::media`).

use crate::db::models::media;
use crate::db::{DbConnection, write_idempotent};
use crate::render::images;

/// Images looked up at a time.
const BATCH: i64 = 50;

/// What a run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Resized {
    /// Images given their copies.
    pub images: usize,
    /// Images whose stored bytes could not be decoded (left as they are).
    pub unreadable: usize,
}

/// Makes the missing copies of every stored image.
pub fn make_missing_sizes(conn: &mut DbConnection) -> anyhow::Result<Resized> {
    let mut done = Resized::default();
    let mut after = 0;
    loop {
        let ids = media::without_sizes(conn, after, BATCH)?;
        let Some(&last) = ids.last() else {
            return Ok(done);
        };
        after = last;
        for id in ids {
            let Some(bytes) = media::bytes_of(conn, id)? else {
                continue;
            };
            match images::sizes_of(&bytes) {
                Ok(sizes) => {
                    write_idempotent(conn, |conn| media::add_sizes(conn, id, &sizes))?;
                    done.images += 1;
                }
                Err(reason) => {
                    tracing::warn!(
                        image = id,
                        reason = reason.0,
                        "stored image could not be resized"
                    );
                    done.unreadable += 1;
                }
            }
        }
    }
}
