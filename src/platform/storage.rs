//! Autosave: the saved scenarios and the language in `localStorage`, one entry per scenario.
//!
//! What is read and what is written is decided by [`quota_engine::library::Store`], which
//! is tested natively against random damage; this module only carries out its reads and
//! writes. The store lives here, beside the storage it describes, for the life of the page.

use std::cell::RefCell;
use std::rc::Rc;

use quota_engine::library::{Entry, Opened, Store, Write, INDEX_KEY};
use quota_engine::Lang;

use crate::state::SavedScenario;

thread_local! {
    /// What this tab believes is stored under the app's keys.
    static STORE: RefCell<Option<Store>> = const { RefCell::new(None) };
    /// The scenarios of the last save that was carried out in full.
    static LAST_SAVED: RefCell<Vec<SavedScenario>> = const { RefCell::new(Vec::new()) };
}

fn local() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Every key–value pair in `localStorage` (none when the browser blocks it).
fn entries() -> Vec<(String, String)> {
    let Some(storage) = local() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| {
            let key = storage.key(i).ok().flatten()?;
            let text = storage.get_item(&key).ok().flatten()?;
            Some((key, text))
        })
        .collect()
}

/// Reads every saved entry; `first_name` names a scenario migrated from a first-release
/// autosave. A browser that blocks storage reads as empty.
#[must_use]
pub fn open(first_name: &str) -> Opened {
    let (store, opened) = Store::open(entries(), first_name);
    STORE.with(|s| *s.borrow_mut() = Some(store));
    LAST_SAVED.with(|last| last.borrow_mut().clear());
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

/// Saves `scenarios` with the one at `current` open, in `lang`: only what changed since the
/// last save. Scenarios whose workspace is the very same `Rc` as at the last complete save
/// are not serialised again.
pub fn save(scenarios: &[SavedScenario], current: usize, lang: Lang) -> Saved {
    let Some(open) = scenarios.get(current) else {
        return Saved::Done;
    };
    STORE.with(|cell| {
        let mut cell = cell.borrow_mut();
        // A page that saves before opening (component tests) reads what is there first, so
        // that it never writes over an entry it did not open.
        let store = cell.get_or_insert_with(|| Store::open(entries(), "").0);
        // Something else (developer tools, a storage cleaner, another tab) may have changed the
        // stored library since this tab last wrote it. Then read it again, so that this save
        // writes every scenario anew instead of only those that changed here.
        let index_now = local().and_then(|s| s.get_item(INDEX_KEY).ok().flatten());
        if index_now.as_deref() != store.index_as_written() {
            *store = Store::open(entries(), "").0;
            LAST_SAVED.with(|last| last.borrow_mut().clear());
        }
        if !store.writable() {
            return Saved::ReadOnly;
        }
        let writes = LAST_SAVED.with(|last| {
            let last = last.borrow();
            let entries: Vec<Entry<'_>> = scenarios
                .iter()
                .map(|s| Entry {
                    id: s.id,
                    name: &s.name,
                    workspace: &s.workspace,
                    unchanged: last.iter().any(|l| {
                        l.id == s.id && l.name == s.name && Rc::ptr_eq(&l.workspace, &s.workspace)
                    }),
                })
                .collect();
            store.changes(&entries, open.id, lang)
        });
        let done = carry_out(&writes);
        store.committed(&writes[..done]);
        // Only a save carried out in full vouches for what is stored; the copies held here
        // keep each workspace alive, so a pointer is never reused for another one.
        let complete = done == writes.len();
        LAST_SAVED.with(|last| {
            *last.borrow_mut() = if complete {
                scenarios.to_vec()
            } else {
                Vec::new()
            };
        });
        if complete {
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
