//! The layouts of earlier releases, read scenario by scenario so that one damaged scenario
//! never hides the others.
//!
//! - Version 2: `{"version": 2, "scenarios": [{"name", "workspace"}…], "current", "lang"}`
//!   under one key.
//! - Version 1: `{"workspace", "lang"}`, the first release's single autosave.

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::workspace::Workspace;
use crate::Lang;

/// What a version-2 library text holds.
#[derive(Debug, PartialEq)]
pub(super) enum V2 {
    /// Readable as a version-2 library: the scenarios that could be read, in order, how
    /// many could not, the position of the open one among those read (if it was read), and
    /// the language.
    Read {
        scenarios: Vec<(String, Workspace)>,
        damaged: usize,
        current: Option<usize>,
        lang: Lang,
    },
    /// Written by a newer release.
    Newer(u32),
    /// Not a library at all.
    Unreadable,
}

#[derive(Deserialize)]
struct LegacyScenario {
    name: String,
    workspace: Workspace,
}

#[derive(Deserialize)]
struct V1 {
    workspace: Workspace,
    lang: Lang,
}

/// A workspace that parses and is consistent.
fn valid(workspace: Workspace) -> Option<Workspace> {
    workspace.validate().is_ok().then_some(workspace)
}

#[derive(Deserialize)]
struct Version {
    version: Option<u64>,
}

/// A version-2 library with each scenario left as text, to be read on its own. (Raw text,
/// not `serde_json::Value`: reading a workspace from a `Value` would build a second copy of
/// the whole workspace reader into the wasm.)
#[derive(Deserialize)]
struct V2Raw<'a> {
    #[serde(borrow)]
    scenarios: Vec<&'a RawValue>,
    current: Option<u64>,
    #[serde(borrow)]
    lang: Option<&'a RawValue>,
}

/// Reads a version-2 library, every scenario on its own.
pub(super) fn read_v2(text: &str) -> V2 {
    match serde_json::from_str::<Version>(text) {
        Ok(Version { version: Some(2) }) => {}
        Ok(Version {
            version: Some(found),
        }) if found > 2 => return V2::Newer(u32::try_from(found).unwrap_or(u32::MAX)),
        _ => return V2::Unreadable,
    }
    let Ok(raw) = serde_json::from_str::<V2Raw<'_>>(text) else {
        return V2::Unreadable;
    };
    let wanted = raw.current.and_then(|c| usize::try_from(c).ok());
    let lang = raw
        .lang
        .and_then(|l| serde_json::from_str(l.get()).ok())
        .unwrap_or_default();
    let mut scenarios = Vec::new();
    let mut damaged = 0;
    let mut current = None;
    for (position, entry) in raw.scenarios.into_iter().enumerate() {
        let read = serde_json::from_str::<LegacyScenario>(entry.get())
            .ok()
            .and_then(|s| Some((s.name, valid(s.workspace)?)));
        match read {
            Some(scenario) => {
                if wanted == Some(position) {
                    current = Some(scenarios.len());
                }
                scenarios.push(scenario);
            }
            None => damaged += 1,
        }
    }
    V2::Read {
        scenarios,
        damaged,
        current,
        lang,
    }
}

/// Reads the first release's autosave.
pub(super) fn read_v1(text: &str) -> Option<(Workspace, Lang)> {
    let v1: V1 = serde_json::from_str(text).ok()?;
    Some((valid(v1.workspace)?, v1.lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::Edit;
    use crate::Quota;
    use serde_json::Value;

    fn edited() -> Workspace {
        Workspace::default_2021()
            .apply(&Edit::SetQuota {
                metric: 0,
                district: 0,
                value: Quota::new(13_000),
            })
            .map(|a| a.workspace)
            .unwrap_or_else(|_| Workspace::default_2021())
    }

    fn v2(scenarios: &[Value], current: usize) -> String {
        serde_json::json!({
            "version": 2,
            "scenarios": scenarios,
            "current": current,
            "lang": "En",
        })
        .to_string()
    }

    #[test]
    fn a_version_1_autosave_is_read() {
        let v1 = serde_json::json!({ "workspace": edited(), "lang": "En" }).to_string();
        assert_eq!(read_v1(&v1), Some((edited(), Lang::En)));
        assert_eq!(read_v1("garbage"), None);
    }

    #[test]
    fn one_damaged_scenario_of_version_2_leaves_the_others() {
        let good = |name: &str| serde_json::json!({ "name": name, "workspace": edited() });
        let mut bad = good("C");
        bad["workspace"]["plan"]["metrics"][0]["quotas"][0] = Value::from(-5);
        let text = v2(&[good("A"), good("B"), bad], 1);
        let V2::Read {
            scenarios,
            damaged,
            current,
            lang,
        } = read_v2(&text)
        else {
            panic!("readable"); // ok: test
        };
        let names: Vec<&str> = scenarios.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["A", "B"]);
        assert_eq!((damaged, current, lang), (1, Some(1), Lang::En));
    }

    #[test]
    fn an_open_index_out_of_range_opens_none_of_them_as_current() {
        let good = serde_json::json!({ "name": "A", "workspace": edited() });
        let V2::Read { current, .. } = read_v2(&v2(&[good], 7)) else {
            panic!("readable"); // ok: test
        };
        assert_eq!(current, None);
    }

    #[test]
    fn newer_and_unreadable_libraries_are_told_apart() {
        assert_eq!(read_v2("{\"version\": 3}"), V2::Newer(3));
        assert_eq!(read_v2("{\"version\": 1}"), V2::Unreadable);
        assert_eq!(read_v2("{\"version\": 2}"), V2::Unreadable);
        assert_eq!(read_v2("garbage"), V2::Unreadable);
    }
}
