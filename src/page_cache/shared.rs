//! The data a page shows every reader alike, kept per site version, for the pages a member
//! sees while signed in.
//!
//! Why: a signed-in member's page is never shared (it carries their votes, their forms and
//! their CSRF token), but most of what it shows — a thread's posts, their authors, the
//! related questions — is the same for everyone who may read it. Loading that costs most
//! of the page's statements. Here it is loaded once per change and kept under the same
//! site version as the visitors' pages, so a change made through any node is seen by the
//! next request on every node; only the member's own part (their votes, whether they
//! follow, what they may do) is read per request, and the page is made per request.
//!
//! A handler keeps what it loads under a kind and an id (`("question", 7)`); the value is
//! whatever type it chose, found again by that type. It must hold everything any reader
//! may see (held posts included): the handler filters it for the reader, as the query
//! would have.

use std::any::Any;
use std::sync::Arc;

use chrono::NaiveDateTime;

use super::store::{Held, Store};
use crate::db::DbConnection;
use crate::error::AppError;
use crate::state::Db;

/// What a kept value is found under: the kind of page and its id.
pub type SharedKey = (&'static str, i64);

/// A value with about how many bytes it holds, so that the store keeps within its budget.
pub trait Weigh {
    fn bytes(&self) -> usize;
}

/// One kept value and the version it was loaded at.
pub struct Kept {
    version: i64,
    expires: NaiveDateTime,
    bytes: usize,
    value: Arc<dyn Any + Send + Sync>,
}

impl Held for Kept {
    fn version(&self) -> i64 {
        self.version
    }

    fn expires(&self) -> NaiveDateTime {
        self.expires
    }

    fn bytes(&self) -> usize {
        self.bytes
    }
}

/// The values kept, within their budget.
pub struct Shared {
    store: Store<SharedKey, Kept>,
}

impl Shared {
    pub fn new(budget: usize) -> Self {
        Self {
            store: Store::new(budget),
        }
    }

    /// The value kept under `key` at `version`, or the one `load` reads, then kept until
    /// `expires`. `version` must have been read before: what is loaded after it is at
    /// least as new, so it is never kept under a version older than a change it missed.
    pub async fn get_or_load<V, F>(
        &self,
        db: &Db,
        key: SharedKey,
        version: i64,
        (now, expires): (NaiveDateTime, NaiveDateTime),
        load: F,
    ) -> Result<Arc<V>, AppError>
    where
        V: Weigh + Send + Sync + 'static,
        F: FnOnce(&mut DbConnection) -> Result<V, AppError> + Send + 'static,
    {
        if let Some(kept) = self.store.get(&key, version, now)
            && let Ok(value) = kept.value.clone().downcast::<V>()
        {
            return Ok(value);
        }
        let value = Arc::new(db.run(load).await?);
        self.store.put(
            key,
            Arc::new(Kept {
                version,
                expires,
                bytes: value.bytes() + 256,
                value: value.clone(),
            }),
        );
        Ok(value)
    }
}
