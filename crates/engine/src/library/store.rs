//! The writes that save a library, and what this tab believes is stored.
//!
//! The [`Store`] remembers what it believes is on disk under its own keys (from
//! [`Store::open`] in `open.rs` and every write since), so [`Store::changes`] writes only what
//! changed and never a key it did not open or write itself.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::open::{Kept, KeptReason};
use super::{Scenario, ScenarioId, FORMAT, INDEX_KEY, MAX_ENTRY_CHARS, PREFIX, SCENARIO_PREFIX};
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

/// What is on disk under this app's own keys, as far as this tab knows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Store {
    /// The text of every key this store opened or wrote.
    pub(super) on_disk: BTreeMap<String, String>,
    /// Damaged data to copy aside before its key is written again.
    pub(super) rescue: Vec<(String, String)>,
    /// An earlier layout's keys, removed once everything migrated from them is written.
    pub(super) retire: Vec<String>,
    /// False when a newer release's index is stored: nothing is written.
    pub(super) writable: bool,
}

#[derive(Serialize, Deserialize)]
pub(super) struct Index {
    pub(super) format: u32,
    pub(super) order: Vec<ScenarioId>,
    pub(super) current: Option<ScenarioId>,
    pub(super) lang: Lang,
}

#[derive(Deserialize)]
pub(super) struct Header {
    pub(super) format: u32,
}

#[derive(Serialize)]
pub(super) struct StoredRef<'a> {
    pub(super) format: u32,
    pub(super) name: &'a str,
    pub(super) workspace: &'a Workspace,
}

#[derive(Deserialize)]
pub(super) struct Stored {
    pub(super) name: String,
    pub(super) workspace: Workspace,
}

/// A stored text of the current format, or why not.
pub(super) enum Read<T> {
    Ok(T),
    Newer(u32),
    Unreadable,
}

pub(super) fn read<T: for<'de> Deserialize<'de>>(text: &str) -> Read<T> {
    if text.len() > MAX_ENTRY_CHARS {
        return Read::Unreadable;
    }
    match serde_json::from_str::<Header>(text) {
        Ok(h) if h.format > FORMAT => Read::Newer(h.format),
        Ok(h) if h.format == FORMAT => match serde_json::from_str(text) {
            Ok(value) => Read::Ok(value),
            Err(_) => Read::Unreadable,
        },
        _ => Read::Unreadable,
    }
}

pub(super) fn kept(key: &str, text: &str, why: KeptReason) -> Kept {
    Kept {
        key: key.to_owned(),
        chars: text.chars().count(),
        why,
    }
}

/// Scenarios read from the current layout, by id, with their stored text.
pub(super) type Found = BTreeMap<ScenarioId, (Scenario, String)>;

impl Store {
    /// The index as this store last read or wrote it: when storage holds something else, some
    /// other hand has changed it since.
    #[must_use]
    pub fn index_as_written(&self) -> Option<&str> {
        self.on_disk.get(INDEX_KEY).map(String::as_str)
    }

    /// The writes that bring storage to `scenarios` with `current` open and `lang`: changed
    /// scenarios, then the index, then the removal of deleted scenarios and of an earlier
    /// layout's keys. Empty when a newer release owns the storage.
    #[must_use]
    pub fn changes(&self, scenarios: &[Entry<'_>], current: ScenarioId, lang: Lang) -> Vec<Write> {
        if !self.writable {
            return Vec::new();
        }
        let mut writes: Vec<Write> = self
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
            if entry.unchanged && self.on_disk.contains_key(&key) {
                live.insert(key);
                continue;
            }
            let stored = StoredRef {
                format: FORMAT,
                name: entry.name,
                workspace: entry.workspace,
            };
            let text = serde_json::to_string(&stored).unwrap_or_default();
            if self.on_disk.get(&key) != Some(&text) {
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
        if self.on_disk.get(INDEX_KEY) != Some(&text) {
            writes.push(Write::Set {
                key: INDEX_KEY.to_owned(),
                text,
            });
        }
        for key in self.on_disk.keys() {
            if key.starts_with(SCENARIO_PREFIX) && !live.contains(key) {
                writes.push(Write::Remove { key: key.clone() });
            }
        }
        for key in &self.retire {
            writes.push(Write::Remove { key: key.clone() });
        }
        writes
    }

    /// Records that `done` (a prefix of what [`Store::changes`] returned) was carried out.
    pub fn committed(&mut self, done: &[Write]) {
        for write in done {
            match write {
                Write::Set { key, text } => {
                    if self.rescue.iter().any(|(k, _)| k == key) {
                        self.rescue.retain(|(k, _)| k != key);
                    } else {
                        self.on_disk.insert(key.clone(), text.clone());
                    }
                }
                Write::Remove { key } => {
                    self.on_disk.remove(key);
                    self.retire.retain(|k| k != key);
                }
            }
        }
    }

    /// Whether saving is allowed (not when a newer release owns the storage).
    #[must_use]
    pub fn writable(&self) -> bool {
        self.writable
    }

    /// The removal of a kept entry the planner chose to discard; `None` for a key this store
    /// uses (those are never discarded this way) or another app's key.
    #[must_use]
    pub fn discard(&self, key: &str) -> Option<Write> {
        let ours = key.starts_with(PREFIX);
        let in_use = self.on_disk.contains_key(key)
            || key == INDEX_KEY
            || self.rescue.iter().any(|(k, _)| k == key)
            || self.retire.iter().any(|k| k == key);
        (self.writable && ours && !in_use).then(|| Write::Remove {
            key: key.to_owned(),
        })
    }
}
