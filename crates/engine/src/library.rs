//! The planner's saved scenarios: several named workspaces, one of them open.
//!
//! The browser keeps a [`Library`] as versioned JSON. [`Library::from_json`] reads every
//! version ever written — today version 2, and version 1, the single autosaved workspace of
//! the first releases — so an upgrade never loses what a planner saved.

use serde::{Deserialize, Serialize};

use crate::workspace::Workspace;
use crate::Lang;

/// The library format written now.
pub const VERSION: u32 = 2;
/// The most scenarios kept.
pub const MAX_SCENARIOS: usize = 50;

/// One saved scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    /// Its name, as the planner gave it.
    pub name: String,
    /// Its workspace.
    pub workspace: Workspace,
}

/// Every saved scenario, the one open, and the interface language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Library {
    /// The format version.
    pub version: u32,
    /// The scenarios, in the order they were made.
    pub scenarios: Vec<Scenario>,
    /// The index of the open scenario.
    pub current: usize,
    /// The interface language.
    pub lang: Lang,
}

/// Version 1: one autosaved workspace and the language.
#[derive(Deserialize)]
struct V1 {
    workspace: Workspace,
    lang: Lang,
}

#[derive(Deserialize)]
struct Versioned {
    version: u32,
}

impl Library {
    /// A library with one scenario.
    #[must_use]
    pub fn single(name: &str, workspace: Workspace, lang: Lang) -> Self {
        Library {
            version: VERSION,
            scenarios: vec![Scenario {
                name: name.to_owned(),
                workspace,
            }],
            current: 0,
            lang,
        }
    }

    /// Reads a library of any version; `None` if the text is none of them or is not valid
    /// (no scenario, a workspace of the wrong shape, the open index out of range).
    #[must_use]
    pub fn from_json(text: &str, first_name: &str) -> Option<Library> {
        let library = match serde_json::from_str::<Versioned>(text) {
            Ok(v) if v.version == VERSION => serde_json::from_str::<Library>(text).ok()?,
            Ok(_) => return None,
            // Version 1 had no version field.
            Err(_) => {
                let v1: V1 = serde_json::from_str(text).ok()?;
                Library::single(first_name, v1.workspace, v1.lang)
            }
        };
        let valid = !library.scenarios.is_empty()
            && library.scenarios.len() <= MAX_SCENARIOS
            && library.current < library.scenarios.len()
            && library
                .scenarios
                .iter()
                .all(|s| s.workspace.validate().is_ok());
        valid.then_some(library)
    }

    /// The library as JSON.
    #[must_use]
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::Edit;
    use crate::Quota;

    #[test]
    fn a_version_1_autosave_becomes_a_library_of_one() {
        let ws = Workspace::default_2021()
            .apply(&Edit::SetQuota {
                metric: 0,
                district: 0,
                value: Quota::new(13_000),
            })
            .map(|a| a.workspace)
            .unwrap_or_else(|_| Workspace::default_2021());
        let v1 = serde_json::json!({ "workspace": ws, "lang": "En" }).to_string();
        let library = Library::from_json(&v1, "我的方案").expect("migrates"); // ok: test
        assert_eq!(library.version, VERSION);
        assert_eq!(library.scenarios.len(), 1);
        assert_eq!(library.scenarios[0].name, "我的方案");
        assert_eq!(library.scenarios[0].workspace, ws);
        assert_eq!(library.lang, Lang::En);
    }

    #[test]
    fn version_2_round_trips_and_bad_libraries_are_refused() {
        let mut library = Library::single("A", Workspace::default_2021(), Lang::Zh);
        library.scenarios.push(Scenario {
            name: "B".to_owned(),
            workspace: Workspace::blank(),
        });
        library.current = 1;
        assert_eq!(
            Library::from_json(&library.to_json(), "x"),
            Some(library.clone())
        );
        library.current = 7;
        assert_eq!(Library::from_json(&library.to_json(), "x"), None);
        assert_eq!(Library::from_json("{\"version\": 3}", "x"), None);
        assert_eq!(Library::from_json("garbage", "x"), None);
    }
}
