//! The [`Store`]: a library's storage as this tab knows it, opened once and then saved by
//! writes.
//!
//! Every method of the store is here. It remembers what it believes is on disk under its own
//! keys (what [`Store::open`] read, through `open.rs`, and every write since), so
//! [`Store::changes`] writes only what changed and never a key it did not open or write itself.

use std::collections::BTreeSet;

use super::open::read_all;
use super::report::Opened;
use super::stored::{Index, Known, StoredRef};
use super::{ScenarioId, FORMAT, INDEX_KEY, PREFIX, SCENARIO_PREFIX};
use crate::workspace::Workspace;
use crate::Lang;

/// One change to the browser's storage, carried out in the order given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    /// Store `text` under `key`.
    Set {
        /// The key.
        key: String,
        /// The text.
        text: String,
    },
    /// Remove `key`.
    Remove {
        /// The key.
        key: String,
    },
}

/// A scenario to save, borrowed from the app's state.
#[derive(Clone, Copy, Debug)]
pub struct Entry<'a> {
    /// Its permanent number.
    pub id: ScenarioId,
    /// Its name.
    pub name: &'a str,
    /// Its workspace.
    pub workspace: &'a Workspace,
    /// The caller vouches that the name and workspace are exactly those of the last save
    /// that was carried out in full: then it is not serialised again to find out. (After
    /// each edit only the open scenario changes; the others need no work.)
    pub unchanged: bool,
}

/// What is on disk under this app's own keys, as far as this tab knows: what it opened and
/// every write carried out since.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Store {
    known: Known,
}

impl Store {
    /// Reads every entry of `entries` (the browser's key–value pairs; other apps' keys are
    /// ignored). `first_name` names the scenario migrated from a first-release autosave.
    #[must_use]
    pub fn open<I>(entries: I, first_name: &str) -> (Store, Opened)
    where
        I: IntoIterator<Item = (String, String)>,
    {
        let (known, opened) = read_all(entries, first_name);
        (Store { known }, opened)
    }

    /// The index as this store last read or wrote it: when storage holds something else, some
    /// other hand has changed it since.
    #[must_use]
    pub fn index_as_written(&self) -> Option<&str> {
        self.known.on_disk.get(INDEX_KEY).map(String::as_str)
    }

    /// The writes that bring storage to `scenarios` with `current` open and `lang`: changed
    /// scenarios, then the index, then the removal of deleted scenarios and of an earlier
    /// layout's keys. Empty when a newer release owns the storage.
    #[must_use]
    pub fn changes(&self, scenarios: &[Entry<'_>], current: ScenarioId, lang: Lang) -> Vec<Write> {
        if !self.known.writable {
            return Vec::new();
        }
        let mut writes: Vec<Write> = self
            .known
            .rescue
            .iter()
            .map(|(key, text)| Write::Set {
                key: key.clone(),
                text: text.clone(),
            })
            .collect();
        let mut live = BTreeSet::new();
        for entry in scenarios {
            let key = entry.id.key();
            if entry.unchanged && self.known.on_disk.contains_key(&key) {
                live.insert(key);
                continue;
            }
            let stored = StoredRef {
                format: FORMAT,
                name: entry.name,
                workspace: entry.workspace,
            };
            let text = serde_json::to_string(&stored).unwrap_or_default();
            if self.known.on_disk.get(&key) != Some(&text) {
                writes.push(Write::Set {
                    key: key.clone(),
                    text,
                });
            }
            live.insert(key);
        }
        let index = Index {
            format: FORMAT,
            order: scenarios.iter().map(|e| e.id).collect(),
            current: Some(current),
            lang,
        };
        let text = serde_json::to_string(&index).unwrap_or_default();
        if self.known.on_disk.get(INDEX_KEY) != Some(&text) {
            writes.push(Write::Set {
                key: INDEX_KEY.to_owned(),
                text,
            });
        }
        for key in self.known.on_disk.keys() {
            if key.starts_with(SCENARIO_PREFIX) && !live.contains(key) {
                writes.push(Write::Remove { key: key.clone() });
            }
        }
        for key in &self.known.retire {
            writes.push(Write::Remove { key: key.clone() });
        }
        writes
    }

    /// Records that `done` (a prefix of what [`Store::changes`] returned) was carried out.
    pub fn committed(&mut self, done: &[Write]) {
        for write in done {
            match write {
                Write::Set { key, text } => {
                    if self.known.rescue.iter().any(|(k, _)| k == key) {
                        self.known.rescue.retain(|(k, _)| k != key);
                    } else {
                        self.known.on_disk.insert(key.clone(), text.clone());
                    }
                }
                Write::Remove { key } => {
                    self.known.on_disk.remove(key);
                    self.known.retire.retain(|k| k != key);
                }
            }
        }
    }

    /// Whether saving is allowed (not when a newer release owns the storage).
    #[must_use]
    pub fn writable(&self) -> bool {
        self.known.writable
    }

    /// The removal of a kept entry the planner chose to discard; `None` for a key this store
    /// uses (those are never discarded this way) or another app's key.
    #[must_use]
    pub fn discard(&self, key: &str) -> Option<Write> {
        let ours = key.starts_with(PREFIX);
        let in_use = self.known.on_disk.contains_key(key)
            || key == INDEX_KEY
            || self.known.rescue.iter().any(|(k, _)| k == key)
            || self.known.retire.iter().any(|k| k == key);
        (self.known.writable && ours && !in_use).then(|| Write::Remove {
            key: key.to_owned(),
        })
    }
}
