//! Reading every stored entry on its own: what could be read, and a [`Report`] of
//! everything else, which stays exactly where it is.
//!
//! [`Store::open`](super::Store::open) hands its entries here and keeps the [`Known`] state
//! this returns; nothing here knows the store itself, so the reader never imports the writer.

use std::collections::{BTreeMap, BTreeSet};

use super::legacy::{read_v1, read_v2, V2};
use super::report::{kept, IndexState, KeptReason, Opened, Report};
use super::stored::{read, Found, Index, Known, Read, Stored};
use super::{
    Library, Scenario, ScenarioId, INDEX_KEY, KEPT_PREFIX, LEGACY_AUTOSAVE_KEY, LEGACY_LIBRARY_KEY,
    LEGACY_UNREADABLE_KEY, PREFIX, SCENARIO_PREFIX,
};
use crate::workspace::Workspace;

/// Reads every entry of `entries` (other apps' keys are ignored): what is known to be stored
/// after it, and what was opened. `first_name` names the scenario migrated from a
/// first-release autosave.
pub(super) fn read_all<I>(entries: I, first_name: &str) -> (Known, Opened)
where
    I: IntoIterator<Item = (String, String)>,
{
    let mut ours: BTreeMap<String, String> = entries
        .into_iter()
        .filter(|(key, _)| key.starts_with(PREFIX))
        .collect();
    let mut known = Known {
        writable: true,
        ..Known::default()
    };
    let mut report = Report::default();
    let next_kept = ours
        .keys()
        .filter_map(|k| k.strip_prefix(KEPT_PREFIX)?.parse::<u64>().ok())
        .max()
        .map_or(1, |n| n.saturating_add(1));

    let index = match ours.remove(INDEX_KEY) {
        None => {
            report.index = IndexState::Missing;
            None
        }
        Some(text) => match read::<Index>(&text) {
            Read::Ok(index) => {
                known.on_disk.insert(INDEX_KEY.to_owned(), text);
                Some(index)
            }
            Read::Newer(found) => {
                // A newer release owns this storage: read nothing, write nothing.
                known.writable = false;
                report.index = IndexState::Newer { found };
                let opened = Opened {
                    library: None,
                    next_id: ScenarioId(1),
                    report,
                };
                return (known, opened);
            }
            Read::Unreadable => {
                let kept_as = format!("{KEPT_PREFIX}{next_kept}");
                report
                    .kept
                    .push(kept(&kept_as, &text, KeptReason::Unreadable));
                known.rescue.push((kept_as.clone(), text));
                report.index = IndexState::Unreadable { kept_as };
                None
            }
        },
    };

    let (found, mut max_id) = read_scenarios(&mut ours, &mut report);
    let has_current_layout = !matches!(report.index, IndexState::Missing) || max_id.is_some();
    let legacy_v2 = ours.remove(LEGACY_LIBRARY_KEY);
    let legacy_v1 = ours.remove(LEGACY_AUTOSAVE_KEY);
    for (key, text) in &ours {
        let why = if key == LEGACY_UNREADABLE_KEY || key.starts_with(KEPT_PREFIX) {
            KeptReason::SetAside
        } else {
            KeptReason::Unknown
        };
        report.kept.push(kept(key, text, why));
    }

    if let Some(index) = &index {
        if let Some(top) = index.order.iter().max() {
            max_id = max_id.max(Some(top.0));
        }
    }
    let mut next_id = ScenarioId(max_id.map_or(1, |m| m.saturating_add(1)));

    let library = if has_current_layout {
        for (key, text) in [
            (LEGACY_LIBRARY_KEY, &legacy_v2),
            (LEGACY_AUTOSAVE_KEY, &legacy_v1),
        ] {
            if let Some(text) = text {
                report.kept.push(kept(key, text, superseded(key, text)));
            }
        }
        for (scenario, text) in found.values() {
            known.on_disk.insert(scenario.id.key(), text.clone());
        }
        arrange(found, index.as_ref(), &mut report)
    } else {
        let legacy = Legacy {
            v2: legacy_v2,
            v1: legacy_v1,
        };
        legacy.migrate(first_name, &mut next_id, &mut known, &mut report)
    };
    crate::support::order::sort_by(&mut report.kept, |a, b| a.key.cmp(&b.key));
    let opened = Opened {
        library,
        next_id,
        report,
    };
    (known, opened)
}

/// Takes every scenario key out of `ours`: those read, and the largest id seen.
fn read_scenarios(
    ours: &mut BTreeMap<String, String>,
    report: &mut Report,
) -> (Found, Option<u32>) {
    let keys: Vec<String> = ours
        .keys()
        .filter(|k| k.starts_with(SCENARIO_PREFIX))
        .cloned()
        .collect();
    let mut found = Found::new();
    let mut max_id = None;
    for key in keys {
        let Some(text) = ours.remove(&key) else {
            continue;
        };
        let Some(id) = ScenarioId::of_key(&key) else {
            report.kept.push(kept(&key, &text, KeptReason::Unknown));
            continue;
        };
        max_id = max_id.max(Some(id.0));
        match read::<Stored>(&text) {
            Read::Ok(stored) if stored.workspace.validate().is_ok() => {
                let scenario = Scenario {
                    id,
                    name: stored.name,
                    workspace: stored.workspace,
                };
                found.insert(id, (scenario, text));
            }
            Read::Ok(_) | Read::Unreadable => {
                report.kept.push(kept(&key, &text, KeptReason::Unreadable));
            }
            Read::Newer(found) => report
                .kept
                .push(kept(&key, &text, KeptReason::Newer { found })),
        }
    }
    (found, max_id)
}

/// Why an earlier layout's key is kept next to scenarios of the current layout.
fn superseded(key: &str, text: &str) -> KeptReason {
    let readable = if key == LEGACY_LIBRARY_KEY {
        match read_v2(text) {
            V2::Read { .. } => true,
            V2::Newer(found) => return KeptReason::Newer { found },
            V2::Unreadable => false,
        }
    } else {
        read_v1(text).is_some()
    };
    if readable {
        KeptReason::Superseded
    } else {
        KeptReason::Unreadable
    }
}

/// The scenarios in the index's order (those it does not list after them, by id), the open
/// one, the language.
fn arrange(mut found: Found, index: Option<&Index>, report: &mut Report) -> Option<Library> {
    let mut scenarios = Vec::with_capacity(found.len());
    let mut current = None;
    if let Some(index) = index {
        let mut seen = BTreeSet::new();
        for id in &index.order {
            if !seen.insert(*id) {
                continue;
            }
            match found.remove(id) {
                Some((scenario, _)) => {
                    if index.current == Some(*id) {
                        current = Some(scenarios.len());
                    }
                    scenarios.push(scenario);
                }
                None if report.kept.iter().any(|k| k.key == id.key()) => {}
                None => report.missing += 1,
            }
        }
    }
    scenarios.extend(found.into_values().map(|(scenario, _)| scenario));
    if scenarios.is_empty() {
        return None;
    }
    if current.is_none() && index.is_some_and(|i| i.current.is_some()) {
        report.current_lost = true;
    }
    Some(Library {
        scenarios,
        current: current.unwrap_or(0),
        lang: index.map(|i| i.lang).unwrap_or_default(),
    })
}

/// An earlier layout's keys, when no scenario of the current layout is stored.
struct Legacy {
    v2: Option<String>,
    v1: Option<String>,
}

impl Legacy {
    /// The earlier layout's scenarios with new ids. Keys read completely are removed after
    /// the first save; keys with anything unreadable stay, reported.
    fn migrate(
        self,
        first_name: &str,
        next_id: &mut ScenarioId,
        known: &mut Known,
        report: &mut Report,
    ) -> Option<Library> {
        let mut take = |name: String, workspace: Workspace| {
            let id = *next_id;
            *next_id = next_id.next();
            Scenario {
                id,
                name,
                workspace,
            }
        };
        if let Some(text) = self.v2 {
            let read = read_v2(&text);
            let (library, complete) = match read {
                V2::Read {
                    scenarios,
                    damaged,
                    current,
                    lang,
                } => {
                    let scenarios: Vec<Scenario> =
                        scenarios.into_iter().map(|(n, w)| take(n, w)).collect();
                    report.current_lost = current.is_none() && !scenarios.is_empty();
                    if damaged > 0 {
                        let why = KeptReason::Partial { lost: damaged };
                        report.kept.push(kept(LEGACY_LIBRARY_KEY, &text, why));
                    } else {
                        known.retire.push(LEGACY_LIBRARY_KEY.to_owned());
                    }
                    let library = (!scenarios.is_empty()).then(|| Library {
                        scenarios,
                        current: current.unwrap_or(0),
                        lang,
                    });
                    report.migrated_from = Some(2);
                    (library, damaged == 0 && current.is_some())
                }
                V2::Newer(found) => {
                    let why = KeptReason::Newer { found };
                    report.kept.push(kept(LEGACY_LIBRARY_KEY, &text, why));
                    (None, false)
                }
                V2::Unreadable => {
                    report
                        .kept
                        .push(kept(LEGACY_LIBRARY_KEY, &text, KeptReason::Unreadable));
                    (None, false)
                }
            };
            // The first release's autosave next to a later library is older than it: never
            // opened; removed only when the later library was read completely.
            if let Some(v1) = self.v1 {
                if complete {
                    known.retire.push(LEGACY_AUTOSAVE_KEY.to_owned());
                } else {
                    let why = superseded(LEGACY_AUTOSAVE_KEY, &v1);
                    report.kept.push(kept(LEGACY_AUTOSAVE_KEY, &v1, why));
                }
            }
            return library;
        }
        let text = self.v1?;
        match read_v1(&text) {
            Some((workspace, lang)) => {
                known.retire.push(LEGACY_AUTOSAVE_KEY.to_owned());
                report.migrated_from = Some(1);
                Some(Library {
                    scenarios: vec![take(first_name.to_owned(), workspace)],
                    current: 0,
                    lang,
                })
            }
            None => {
                report
                    .kept
                    .push(kept(LEGACY_AUTOSAVE_KEY, &text, KeptReason::Unreadable));
                None
            }
        }
    }
}
