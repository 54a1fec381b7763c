//! What a stored entry holds, and what this tab knows is stored: the shapes both directions
//! share.
//!
//! Reading ([`open`](super::open)) parses entries into these shapes and fills a [`Known`];
//! writing ([`Store`](super::Store)) serialises them and keeps its `Known` up to date. They sit
//! here, below both, so that neither the reader nor the writer imports the other.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Scenario, ScenarioId, FORMAT, MAX_ENTRY_CHARS};
use crate::workspace::Workspace;
use crate::Lang;

/// What is on disk under this app's own keys, as far as this tab knows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Known {
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

/// Scenarios read from the current layout, by id, with their stored text.
pub(super) type Found = BTreeMap<ScenarioId, (Scenario, String)>;
