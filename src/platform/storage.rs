//! Autosave: the saved scenarios and the language in `localStorage`, one entry per scenario.
//!
//! What is read and what is written is decided by [`quota_engine::library::Store`], which
//! is tested natively against random damage; this module only carries out its reads and
//! writes. The store lives here, beside the storage it describes, for the life of the page.

use std::cell::RefCell;

use quota_engine::library::{Entry, Opened, ScenarioId, Store, Write};
use quota_engine::Lang;

thread_local! {
    /// What this tab believes is stored under the app's keys.
    static STORE: RefCell<Option<Store>> = const { RefCell::new(None) };
}

fn local() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Reads every saved entry; `first_name` names a scenario migrated from a first-release
/// autosave. A browser that blocks storage reads as empty.
#[must_use]
pub fn open(first_name: &str) -> Opened {
    let mut entries = Vec::new();
    if let Some(storage) = local() {
        let count = storage.length().unwrap_or(0);
        for i in 0..count {
            let Some(key) = storage.key(i).ok().flatten() else {
                continue;
            };
            if let Some(text) = storage.get_item(&key).ok().flatten() {
                entries.push((key, text));
            }
        }
    }
    let (store, opened) = Store::open(entries, first_name);
    STORE.with(|s| *s.borrow_mut() = Some(store));
    opened
}

/// What a save came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Everything is stored.
    Done,
    /// The browser refused a write (full, blocked, private mode): what was not written is
    /// tried again at the next save.
    Refused,
    /// A newer release owns the stored data: nothing is written.
    ReadOnly,
}

/// Saves the scenarios, `current` open, in `lang`: only what changed since the last save.
pub fn save(scenarios: &[Entry<'_>], current: ScenarioId, lang: Lang) -> Saved {
    STORE.with(|cell| {
        let mut cell = cell.borrow_mut();
        // A page that never opened the storage (component tests) starts from an empty one.
        let store = cell.get_or_insert_with(|| Store::open(Vec::new(), "").0);
        if !store.writable() {
            return Saved::ReadOnly;
        }
        let writes = store.changes(scenarios, current, lang);
        let done = carry_out(&writes);
        store.committed(&writes[..done]);
        if done == writes.len() {
            Saved::Done
        } else {
            Saved::Refused
        }
    })
}

/// Carries out `writes` in order, stopping at the first refusal; how many were done.
fn carry_out(writes: &[Write]) -> usize {
    let Some(storage) = local() else {
        return 0;
    };
    writes
        .iter()
        .take_while(|write| match write {
            Write::Set { key, text } => storage.set_item(key, text).is_ok(),
            Write::Remove { key } => storage.remove_item(key).is_ok(),
        })
        .count()
}

/// The stored text under `key` (for downloading an entry that was not opened).
#[must_use]
pub fn read(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// Removes an entry that was not opened, when the planner discards it; `false` if the
/// store refuses (a key in use) or the browser does.
pub fn discard(key: &str) -> bool {
    STORE.with(|cell| {
        let cell = cell.borrow();
        let Some(write) = cell.as_ref().and_then(|store| store.discard(key)) else {
            return false;
        };
        carry_out(std::slice::from_ref(&write)) == 1
    })
}
