//! The planner's saved scenarios, and how they are kept in the browser so that damage to one
//! never takes the others with it.
//!
//! The browser's key–value storage holds one entry per scenario (`…/scenario/<id>`) and a
//! small index (order, the open scenario, the language). Reading ([`Store::open`]) takes every
//! entry on its own: a damaged scenario is reported and kept where it is, the rest open; a
//! damaged index is copied aside and rebuilt from the scenarios found; an index written by a
//! newer release makes the store read-only, so nothing of it is overwritten. The two layouts
//! of earlier releases ([`legacy`]: one JSON library, and before it one autosave) are migrated
//! scenario by scenario, and nothing older is ever shown as the current data.
//!
//! Writing ([`Store::changes`]) is a list of [`Write`]s the platform carries out in order:
//! changed scenarios first, then the index, then removals — so an interrupted save leaves
//! every scenario readable. No write ever touches an entry that was not opened.

mod legacy;
mod open;
mod report;
mod store;
mod stored;

use serde::{Deserialize, Serialize};

use crate::workspace::Workspace;
use crate::Lang;

pub use report::{IndexState, Kept, KeptReason, Opened, Report};
pub use store::{Entry, Store, Write};

/// The layout written now. Earlier releases wrote version 2 (one JSON library) and version 1
/// (one autosaved workspace); see [`legacy`].
pub const FORMAT: u32 = 3;

/// The most scenarios a planner can create (more may be opened, never dropped).
pub const MAX_SCENARIOS: usize = 50;

/// The largest stored entry read, in characters; anything larger is kept, not parsed.
pub const MAX_ENTRY_CHARS: usize = 20 * 1024 * 1024;

/// Every key this app owns starts with this.
pub const PREFIX: &str = "quota-planner/";
/// The index: order, open scenario, language.
pub const INDEX_KEY: &str = "quota-planner/library/v3/index";
/// One scenario per key: this prefix and its id.
pub const SCENARIO_PREFIX: &str = "quota-planner/library/v3/scenario/";
/// Copies of damaged entries set aside before their key is written again.
pub const KEPT_PREFIX: &str = "quota-planner/kept/";
/// Version 2: the whole library as one JSON text.
pub const LEGACY_LIBRARY_KEY: &str = "quota-planner/library/v2";
/// Version 1: the single autosave of the first release.
pub const LEGACY_AUTOSAVE_KEY: &str = "quota-planner/autosave/v1";
/// Where version 2 moved a library it could not read.
pub const LEGACY_UNREADABLE_KEY: &str = "quota-planner/library/unreadable";

/// A scenario's permanent number: its storage key, never reused while the browser holds an
/// entry with it (a damaged one included).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ScenarioId(pub u32);

impl ScenarioId {
    /// The storage key of this scenario.
    #[must_use]
    pub fn key(self) -> String {
        format!("{SCENARIO_PREFIX}{}", self.0)
    }

    /// The id a scenario key names, if `key` is one.
    #[must_use]
    pub fn of_key(key: &str) -> Option<ScenarioId> {
        let digits = key.strip_prefix(SCENARIO_PREFIX)?;
        // Only canonical numbers: "007" would be a second key for 7.
        let id: u32 = digits.parse().ok()?;
        (id.to_string() == digits).then_some(ScenarioId(id))
    }

    /// The id after this one.
    #[must_use]
    pub fn next(self) -> ScenarioId {
        ScenarioId(self.0.saturating_add(1))
    }
}

/// One saved scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// Its permanent number.
    pub id: ScenarioId,
    /// Its name, as the planner gave it.
    pub name: String,
    /// Its workspace.
    pub workspace: Workspace,
}

/// Every saved scenario that could be read, the one open, and the interface language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Library {
    /// The scenarios, in the planner's order.
    pub scenarios: Vec<Scenario>,
    /// The index of the open scenario in `scenarios`.
    pub current: usize,
    /// The interface language.
    pub lang: Lang,
}
