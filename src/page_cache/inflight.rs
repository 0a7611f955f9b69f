//! One maker per missing page. When many visitors ask at once for a page that is not
//! cached (the first time, or after any change), one request makes it and the others wait
//! for its copy, instead of all making it together: after a change the database sees one
//! page's queries, not one per waiting visitor, and the process one render's memory.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::Notify;

use super::store::Key;

/// The pages being made now, by key and site version.
#[derive(Default)]
pub struct InFlight {
    making: Mutex<HashMap<(Key, i64), Arc<Notify>>>,
}

/// What a request that missed the cache does.
pub enum Turn<'a> {
    /// Make the page; others wait until this is dropped.
    Make(Making<'a>),
    /// Another request is making it: wait for this, then look again.
    Wait(Arc<Notify>),
}

/// The right to make a page, given back (and the waiters woken) when dropped: after the
/// copy is stored, or if the request fails or is cancelled half-way.
pub struct Making<'a> {
    flight: &'a InFlight,
    key: Option<(Key, i64)>,
    done: Arc<Notify>,
}

impl Drop for Making<'_> {
    fn drop(&mut self) {
        if let (Some(key), Ok(mut making)) = (self.key.take(), self.flight.making.lock()) {
            making.remove(&key);
        }
        self.done.notify_waiters();
    }
}

impl InFlight {
    /// Whether the request for `key` at `version` makes the page or waits for it.
    pub fn turn(&self, key: &Key, version: i64) -> Turn<'_> {
        let Ok(mut making) = self.making.lock() else {
            // Never expected; making the page without telling anyone is always correct.
            return Turn::Make(Making {
                flight: self,
                key: None,
                done: Arc::default(),
            });
        };
        let id = (key.clone(), version);
        if let Some(done) = making.get(&id) {
            return Turn::Wait(done.clone());
        }
        let done = Arc::new(Notify::new());
        making.insert(id.clone(), done.clone());
        Turn::Make(Making {
            flight: self,
            key: Some(id),
            done,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn key(target: &str) -> Key {
        Key {
            lang: Lang::EnGb,
            target: target.to_owned(),
        }
    }

    #[tokio::test]
    async fn the_second_asker_waits_for_the_first_and_is_woken_when_it_is_done() {
        let flight = InFlight::default();
        let maker = flight.turn(&key("/"), 3);
        assert!(matches!(maker, Turn::Make(_)));
        let Turn::Wait(done) = flight.turn(&key("/"), 3) else {
            panic!("a second maker for the same page and version");
        };
        // Another page, or the same page at another version, is made independently.
        assert!(matches!(flight.turn(&key("/ideas"), 3), Turn::Make(_)));
        assert!(matches!(flight.turn(&key("/"), 4), Turn::Make(_)));
        let woken = done.notified();
        drop(maker);
        tokio::time::timeout(std::time::Duration::from_secs(1), woken)
            .await
            .expect("the waiter is woken");
        assert!(matches!(flight.turn(&key("/"), 3), Turn::Make(_)));
    }
}
