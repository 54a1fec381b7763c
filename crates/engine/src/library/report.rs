//! What opening the library found that a planner should be told: the [`Report`] — what became
//! of the index, every entry kept unopened and why, scenarios the index lists that are gone —
//! and [`Opened`], the library with its report.
//!
//! The app shows it in the interface language; the reader (`open.rs`) fills it in.

use super::{Library, ScenarioId};

/// What became of the index (the order, the open scenario, the language).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum IndexState {
    /// Read.
    #[default]
    Read,
    /// None stored: nothing saved yet, or an earlier release's layout.
    Missing,
    /// Damaged: copied aside under `kept_as`; the scenarios were found without it.
    Unreadable {
        /// Where the damaged copy is kept.
        kept_as: String,
    },
    /// Written by a newer release: nothing is read or written.
    Newer {
        /// Its format.
        found: u32,
    },
}

/// Why a stored entry was not opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeptReason {
    /// It is not a readable scenario or library.
    Unreadable,
    /// An earlier release's library of which `lost` scenarios could not be read (the
    /// others are open).
    Partial {
        /// How many could not be read.
        lost: usize,
    },
    /// Written by a newer release.
    Newer {
        /// Its format or version.
        found: u32,
    },
    /// An earlier release's copy, older than the scenarios that are open.
    Superseded,
    /// A copy of damaged data set aside earlier.
    SetAside,
    /// A key of this app that this release does not know.
    Unknown,
}

/// A stored entry that was not opened: left exactly as it was, for the planner to download
/// or discard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    /// Its key.
    pub key: String,
    /// Its length in characters.
    pub chars: usize,
    /// Why it was not opened.
    pub why: KeptReason,
}

/// Everything about the stored data a planner should be told.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// What became of the index.
    pub index: IndexState,
    /// The entries not opened.
    pub kept: Vec<Kept>,
    /// How many scenarios the index lists that are not stored at all.
    pub missing: usize,
    /// The scenario that was open could not be read: another one is open instead.
    pub current_lost: bool,
    /// The earlier layout the scenarios were migrated from, if any (1 or 2).
    pub migrated_from: Option<u32>,
}

impl Report {
    /// Whether the planner must be told something.
    #[must_use]
    pub fn needs_attention(&self) -> bool {
        !self.kept.is_empty()
            || self.missing > 0
            || self.current_lost
            || matches!(
                self.index,
                IndexState::Unreadable { .. } | IndexState::Newer { .. }
            )
    }
}

/// What [`Store::open`](super::Store::open) found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    /// The scenarios that could be read; `None` when there are none.
    pub library: Option<Library>,
    /// The first id no stored entry uses.
    pub next_id: ScenarioId,
    /// What the planner must be told.
    pub report: Report,
}

/// A kept entry's line in the report.
pub(super) fn kept(key: &str, text: &str, why: KeptReason) -> Kept {
    Kept {
        key: key.to_owned(),
        chars: text.chars().count(),
        why,
    }
}
