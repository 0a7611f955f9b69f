//! What the cache holds in memory: entries made at a site version, each under its key,
//! kept within a byte budget (the oldest made go first). Pages are kept here per address
//! and language ([`Entry`]); the data a signed-in member's page shares with every reader,
//! per thread ([`super::shared`]).

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::sync::{Arc, RwLock};

use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::web::Bytes;
use chrono::NaiveDateTime;

use super::encoding::Encoding;
use crate::i18n::Lang;

/// What a page is cached under: its address (path and query) and its language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    pub lang: Lang,
    pub target: String,
}

/// One page as made for a visitor, in every encoding.
pub struct Entry {
    /// The site version the page was made at.
    pub version: i64,
    /// When the page must be made again even if nothing changed ("5 minutes ago" grows
    /// old; a scheduled article goes out).
    pub expires: NaiveDateTime,
    pub etag: HeaderValue,
    /// The route pattern the page was made under (for `/metrics`).
    pub route: Option<std::sync::Arc<str>>,
    /// The response's own headers (type, language, security), without length or caching.
    pub headers: Vec<(HeaderName, HeaderValue)>,
    pub identity: Bytes,
    pub gzip: Bytes,
    pub brotli: Bytes,
}

/// What the store needs to know of an entry it holds.
pub trait Held {
    /// The site version it was made at.
    fn version(&self) -> i64;
    /// When it must be made again even if nothing changed.
    fn expires(&self) -> NaiveDateTime;
    /// About how many bytes it holds.
    fn bytes(&self) -> usize;
}

impl Held for Entry {
    fn version(&self) -> i64 {
        self.version
    }

    fn expires(&self) -> NaiveDateTime {
        self.expires
    }

    fn bytes(&self) -> usize {
        self.identity.len() + self.gzip.len() + self.brotli.len() + 512
    }
}

impl Entry {
    /// The body in `encoding`.
    pub fn body(&self, encoding: Encoding) -> Bytes {
        match encoding {
            Encoding::Identity => self.identity.clone(),
            Encoding::Gzip => self.gzip.clone(),
            Encoding::Brotli => self.brotli.clone(),
        }
    }
}

/// The cache's map, bounded by `budget` bytes.
pub struct Store<K = Key, V = Entry> {
    budget: usize,
    inner: RwLock<Inner<K, V>>,
}

struct Inner<K, V> {
    map: HashMap<K, Arc<V>>,
    /// Keys in the order their entries were made, oldest first.
    order: VecDeque<(K, std::sync::Weak<V>)>,
    bytes: usize,
}

impl<K, V> Default for Inner<K, V> {
    fn default() -> Self {
        Self {
            map: HashMap::new(),
            order: VecDeque::new(),
            bytes: 0,
        }
    }
}

impl<K: Hash + Eq + Clone, V: Held> Store<K, V> {
    pub fn new(budget: usize) -> Self {
        Self {
            budget,
            inner: RwLock::default(),
        }
    }

    /// The entry for `key` if it was made at `version` and is still fresh at `now`.
    pub fn get(&self, key: &K, version: i64, now: NaiveDateTime) -> Option<Arc<V>> {
        let inner = self.inner.read().ok()?;
        inner
            .map
            .get(key)
            .filter(|e| e.version() == version && e.expires() > now)
            .cloned()
    }

    /// Keeps `entry` under `key`, replacing any older one, and lets the oldest entries go
    /// until the store is within its budget. An entry larger than the budget is not kept.
    pub fn put(&self, key: K, entry: Arc<V>) {
        let size = entry.bytes();
        if size > self.budget {
            return;
        }
        let Ok(mut inner) = self.inner.write() else {
            return;
        };
        if let Some(old) = inner.map.insert(key.clone(), entry.clone()) {
            inner.bytes -= old.bytes();
        }
        inner.bytes += size;
        inner.order.push_back((key, Arc::downgrade(&entry)));
        while inner.bytes > self.budget {
            let Some((key, made)) = inner.order.pop_front() else {
                break;
            };
            // The key may have a newer entry than the one this place in the queue recorded.
            let current = inner
                .map
                .get(&key)
                .is_some_and(|e| std::ptr::eq(Arc::as_ptr(e), made.as_ptr()));
            if current && let Some(old) = inner.map.remove(&key) {
                inner.bytes -= old.bytes();
            }
        }
        // Replaced entries leave dead places in the queue; drop them once they are many.
        if inner.order.len() > 2 * inner.map.len() + 64 {
            inner.order.retain(|(_, made)| made.strong_count() > 0);
        }
    }

    /// How many pages and bytes are held (for `/metrics` and tests).
    pub fn size(&self) -> (usize, usize) {
        self.inner
            .read()
            .map_or((0, 0), |inner| (inner.map.len(), inner.bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(version: i64, body: &str) -> Arc<Entry> {
        Arc::new(Entry {
            version,
            expires: chrono::NaiveDate::from_ymd_opt(2100, 1, 1)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap(),
            etag: HeaderValue::from_static("W/\"x\""),
            route: None,
            headers: Vec::new(),
            identity: Bytes::from(body.to_owned()),
            gzip: Bytes::new(),
            brotli: Bytes::new(),
        })
    }

    fn key(target: &str) -> Key {
        Key {
            lang: Lang::EnGb,
            target: target.to_owned(),
        }
    }

    fn now() -> NaiveDateTime {
        crate::clock::now()
    }

    #[test]
    fn an_entry_serves_only_its_own_version_until_it_expires() {
        let store: Store = Store::new(1 << 20);
        store.put(key("/"), entry(7, "front"));
        assert!(store.get(&key("/"), 7, now()).is_some());
        assert!(store.get(&key("/"), 8, now()).is_none());
        assert!(store.get(&key("/ideas"), 7, now()).is_none());
        let french = Key {
            lang: Lang::Fr,
            ..key("/")
        };
        assert!(store.get(&french, 7, now()).is_none());
        let mut old = Arc::try_unwrap(entry(9, "old")).ok().unwrap();
        old.expires = now() - chrono::Duration::seconds(1);
        store.put(key("/old"), Arc::new(old));
        assert!(store.get(&key("/old"), 9, now()).is_none());
    }

    #[test]
    fn the_oldest_pages_go_first_when_the_budget_is_spent() {
        let page = "x".repeat(1000);
        let store: Store = Store::new(3 * 1600);
        for target in ["/a", "/b", "/c", "/d"] {
            store.put(key(target), entry(1, &page));
        }
        assert!(store.get(&key("/a"), 1, now()).is_none());
        for target in ["/b", "/c", "/d"] {
            assert!(store.get(&key(target), 1, now()).is_some(), "{target}");
        }
        // Made again, /b is now the newest: /c goes next.
        store.put(key("/b"), entry(2, &page));
        store.put(key("/e"), entry(1, &page));
        assert!(store.get(&key("/c"), 1, now()).is_none());
        assert!(store.get(&key("/b"), 2, now()).is_some());
        assert!(store.size().1 <= 3 * 1600);
        let huge = "x".repeat(10_000);
        store.put(key("/huge"), entry(1, &huge));
        assert!(store.get(&key("/huge"), 1, now()).is_none());
    }
}
