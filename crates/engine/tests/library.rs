//! Saved scenarios surviving damaged browser storage: the reproductions of what earlier
//! releases lost, and a property test over random damage.

mod common;

use std::collections::BTreeMap;

use common::config;
use proptest::prelude::{prop, prop_assert, prop_assert_eq, proptest, ProptestConfig, Strategy};
use quota_engine::library::{
    Entry, IndexState, KeptReason, Library, Opened, Scenario, ScenarioId, Store, Write, INDEX_KEY,
    KEPT_PREFIX, LEGACY_AUTOSAVE_KEY, LEGACY_LIBRARY_KEY, LEGACY_UNREADABLE_KEY,
};
use quota_engine::workspace::{Edit, Workspace};
use quota_engine::{Lang, Quota};

/// The browser's storage, as key–value pairs.
type Disk = BTreeMap<String, String>;

/// A workspace told apart by `n`: the 2021 plan with 鹿城's training quota set.
fn workspace(n: u64) -> Workspace {
    let value = Quota::new(10_000 + 100 * (n % 40));
    Workspace::default_2021()
        .apply(&Edit::SetQuota {
            metric: 0,
            district: 0,
            value,
        })
        .map(|a| a.workspace)
        .expect("a feasible quota")
}

fn library(count: usize, current: usize) -> Library {
    Library {
        scenarios: (0..count)
            .map(|i| Scenario {
                id: ScenarioId(u32::try_from(i).expect("small") + 1),
                name: format!("方案{i}"),
                workspace: workspace(i as u64),
            })
            .collect(),
        current,
        lang: Lang::Zh,
    }
}

fn apply(disk: &mut Disk, writes: &[Write]) {
    for write in writes {
        match write {
            Write::Set { key, text } => {
                disk.insert(key.clone(), text.clone());
            }
            Write::Remove { key } => {
                disk.remove(key);
            }
        }
    }
}

/// Saves `library` through `store` into `disk`, as the app does.
fn save(store: &mut Store, disk: &mut Disk, library: &Library) -> Vec<Write> {
    let entries: Vec<Entry<'_>> = library
        .scenarios
        .iter()
        .map(|s| Entry {
            id: s.id,
            name: &s.name,
            workspace: &s.workspace,
            unchanged: false,
        })
        .collect();
    let current = library.scenarios[library.current].id;
    let writes = store.changes(&entries, current, library.lang);
    apply(disk, &writes);
    store.committed(&writes);
    writes
}

fn stored(library: &Library) -> Disk {
    let mut disk = Disk::new();
    let (mut fresh, _) = Store::open(Vec::new(), "x");
    save(&mut fresh, &mut disk, library);
    disk
}

/// The text stored under `key`.
fn stored_text<'a>(disk: &'a Disk, key: &str) -> Option<&'a str> {
    disk.get(key).map(String::as_str)
}

fn open(disk: &Disk) -> (Store, Opened) {
    Store::open(disk.clone(), "我的方案")
}

fn names(opened: &Opened) -> Vec<String> {
    opened
        .library
        .iter()
        .flat_map(|l| l.scenarios.iter().map(|s| s.name.clone()))
        .collect()
}

#[test]
fn a_saved_library_reopens_exactly_and_an_unchanged_one_writes_nothing() {
    let lib = library(3, 2);
    let disk = stored(&lib);
    let (mut store, opened) = open(&disk);
    assert_eq!(opened.library.as_ref(), Some(&lib));
    assert!(!opened.report.needs_attention());
    assert_eq!(opened.next_id, ScenarioId(4));
    let mut again = disk.clone();
    assert_eq!(save(&mut store, &mut again, &lib), Vec::new());
}

#[test]
fn a_damaged_index_is_kept_aside_and_every_scenario_still_opens() {
    let lib = library(3, 1);
    let mut disk = stored(&lib);
    disk.insert(INDEX_KEY.to_owned(), "garbage".to_owned());
    disk.insert(LEGACY_AUTOSAVE_KEY.to_owned(), "garbage".to_owned());
    let (mut store, opened) = open(&disk);
    assert_eq!(names(&opened), ["方案0", "方案1", "方案2"]);
    let kept_as = format!("{KEPT_PREFIX}1");
    assert_eq!(
        opened.report.index,
        IndexState::Unreadable {
            kept_as: kept_as.clone()
        }
    );
    // Saving copies the damaged index aside before writing a new one.
    let reopened = opened.library.expect("scenarios");
    save(&mut store, &mut disk, &reopened);
    assert_eq!(stored_text(&disk, &kept_as), Some("garbage"));
    assert_eq!(stored_text(&disk, LEGACY_AUTOSAVE_KEY), Some("garbage"));
    let (_, after) = open(&disk);
    assert_eq!(after.library.as_ref(), Some(&reopened));
    // The copies stay reported until the planner discards them.
    let kept: Vec<&str> = after.report.kept.iter().map(|k| k.key.as_str()).collect();
    assert_eq!(kept, [LEGACY_AUTOSAVE_KEY, kept_as.as_str()]);
}

#[test]
fn one_damaged_scenario_never_takes_the_others_with_it() {
    let lib = library(3, 2);
    let mut disk = stored(&lib);
    let third = ScenarioId(3).key();
    let damaged = disk[&third].replacen("\"quotas\":[", "\"quotas\":[-5,", 1);
    disk.insert(third.clone(), damaged.clone());
    let (_, opened) = open(&disk);
    assert_eq!(names(&opened), ["方案0", "方案1"]);
    assert!(opened.report.current_lost);
    assert_eq!(opened.report.kept.len(), 1);
    assert_eq!(opened.report.kept[0].key, third);
    assert_eq!(opened.report.kept[0].why, KeptReason::Unreadable);
    // A new scenario never takes the damaged one's number.
    assert_eq!(opened.next_id, ScenarioId(4));
}

#[test]
fn a_newer_release_s_index_is_neither_read_nor_written() {
    let mut disk = stored(&library(2, 0));
    disk.insert(
        INDEX_KEY.to_owned(),
        "{\"format\":4,\"anything\":true}".to_owned(),
    );
    let (mut store, opened) = open(&disk);
    assert_eq!(opened.report.index, IndexState::Newer { found: 4 });
    assert!(opened.library.is_none());
    assert!(!store.writable());
    let before = disk.clone();
    assert_eq!(save(&mut store, &mut disk, &library(1, 0)), Vec::new());
    assert_eq!(disk, before);
}

#[test]
fn a_scenario_key_of_a_newer_release_is_kept() {
    let mut disk = stored(&library(2, 0));
    let key = ScenarioId(9).key();
    disk.insert(key.clone(), "{\"format\":5}".to_owned());
    let (_, opened) = open(&disk);
    assert_eq!(names(&opened).len(), 2);
    assert_eq!(opened.report.kept[0].why, KeptReason::Newer { found: 5 });
    assert_eq!(opened.next_id, ScenarioId(10));
}

fn v2(lib: &Library, current: u64) -> String {
    let scenarios: Vec<serde_json::Value> = lib
        .scenarios
        .iter()
        .map(|s| serde_json::json!({ "name": s.name, "workspace": s.workspace }))
        .collect();
    serde_json::json!({ "version": 2, "scenarios": scenarios, "current": current, "lang": "En" })
        .to_string()
}

#[test]
fn an_earlier_library_migrates_and_its_key_goes_only_after_everything_is_written() {
    let lib = library(3, 1);
    let mut disk = Disk::new();
    disk.insert(LEGACY_LIBRARY_KEY.to_owned(), v2(&lib, 1));
    disk.insert(LEGACY_AUTOSAVE_KEY.to_owned(), "{}".to_owned());
    let (mut store, opened) = open(&disk);
    let migrated = opened.library.expect("migrated");
    assert_eq!(migrated.current, 1);
    assert_eq!(migrated.lang, Lang::En);
    assert_eq!(opened.report.migrated_from, Some(2));
    assert!(!opened.report.needs_attention());
    let writes = save(&mut store, &mut disk, &migrated);
    let removed: Vec<&Write> = writes
        .iter()
        .filter(|w| matches!(w, Write::Remove { .. }))
        .collect();
    assert_eq!(removed.len(), 2);
    assert!(matches!(writes.last(), Some(Write::Remove { .. })));
    assert!(!disk.contains_key(LEGACY_LIBRARY_KEY));
    let (_, after) = open(&disk);
    assert_eq!(after.library, Some(migrated));
}

#[test]
fn an_earlier_library_with_a_damaged_scenario_keeps_its_text() {
    let lib = library(3, 0);
    let text = v2(&lib, 0).replacen("\"quotas\":[", "\"quotas\":[\"x\",", 1);
    let mut disk = Disk::new();
    disk.insert(LEGACY_LIBRARY_KEY.to_owned(), text.clone());
    let (mut store, opened) = open(&disk);
    assert_eq!(names(&opened).len(), 2);
    assert_eq!(opened.report.kept[0].why, KeptReason::Partial { lost: 1 });
    save(&mut store, &mut disk, &opened.library.expect("two"));
    assert_eq!(disk.get(LEGACY_LIBRARY_KEY), Some(&text));
}

#[test]
fn an_earlier_library_of_a_newer_version_is_left_untouched() {
    let mut disk = Disk::new();
    disk.insert(LEGACY_LIBRARY_KEY.to_owned(), "{\"version\": 3}".to_owned());
    let (mut store, opened) = open(&disk);
    assert!(opened.library.is_none());
    assert_eq!(opened.report.kept[0].why, KeptReason::Newer { found: 3 });
    save(&mut store, &mut disk, &library(1, 0));
    assert_eq!(
        stored_text(&disk, LEGACY_LIBRARY_KEY),
        Some("{\"version\": 3}")
    );
}

#[test]
fn an_open_index_out_of_range_with_garbage_beside_it_loses_nothing() {
    let lib = library(2, 0);
    let mut disk = Disk::new();
    let text = v2(&lib, 7);
    disk.insert(LEGACY_LIBRARY_KEY.to_owned(), text.clone());
    disk.insert(LEGACY_AUTOSAVE_KEY.to_owned(), "garbage".to_owned());
    disk.insert(LEGACY_UNREADABLE_KEY.to_owned(), "older garbage".to_owned());
    let (mut store, opened) = open(&disk);
    assert_eq!(names(&opened), ["方案0", "方案1"]);
    assert!(opened.report.current_lost);
    save(&mut store, &mut disk, &opened.library.expect("two"));
    // Nothing was overwritten by the garbage, and nothing garbage is opened.
    assert_eq!(
        stored_text(&disk, LEGACY_UNREADABLE_KEY),
        Some("older garbage")
    );
    assert_eq!(stored_text(&disk, LEGACY_AUTOSAVE_KEY), Some("garbage"));
}

#[test]
fn a_first_release_autosave_beside_a_later_library_is_never_opened_as_current() {
    let lib = library(2, 0);
    let mut disk = Disk::new();
    disk.insert(LEGACY_LIBRARY_KEY.to_owned(), v2(&lib, 7));
    let old = serde_json::json!({ "workspace": workspace(39), "lang": "Zh" }).to_string();
    disk.insert(LEGACY_AUTOSAVE_KEY.to_owned(), old);
    let (_, opened) = open(&disk);
    let library = opened.library.expect("two");
    assert_eq!(library.scenarios.len(), 2);
    assert!(library
        .scenarios
        .iter()
        .all(|s| s.workspace != workspace(39)));
    let kept = &opened.report.kept[0];
    assert_eq!(
        (kept.key.as_str(), &kept.why),
        (LEGACY_AUTOSAVE_KEY, &KeptReason::Superseded)
    );
}

#[test]
fn a_first_release_autosave_alone_migrates() {
    let mut disk = Disk::new();
    let v1 = serde_json::json!({ "workspace": workspace(3), "lang": "En" }).to_string();
    disk.insert(LEGACY_AUTOSAVE_KEY.to_owned(), v1);
    let (mut store, opened) = open(&disk);
    let library = opened.library.expect("one");
    assert_eq!(names_of(&library), ["我的方案"]);
    assert_eq!(library.scenarios[0].workspace, workspace(3));
    save(&mut store, &mut disk, &library);
    assert!(!disk.contains_key(LEGACY_AUTOSAVE_KEY));
}

fn names_of(library: &Library) -> Vec<&str> {
    library.scenarios.iter().map(|s| s.name.as_str()).collect()
}

#[test]
fn a_deleted_scenario_s_key_is_removed_and_only_kept_keys_are_discardable() {
    let mut lib = library(3, 0);
    let mut disk = stored(&lib);
    disk.insert(ScenarioId(7).key(), "broken".to_owned());
    let (mut store, _) = open(&disk);
    lib.scenarios.remove(1);
    save(&mut store, &mut disk, &lib);
    assert!(!disk.contains_key(&ScenarioId(2).key()));
    assert_eq!(
        store.discard(&ScenarioId(7).key()),
        Some(Write::Remove {
            key: ScenarioId(7).key()
        })
    );
    assert_eq!(store.discard(&ScenarioId(1).key()), None);
    assert_eq!(store.discard(INDEX_KEY), None);
    assert_eq!(store.discard("someone-else"), None);
}

#[test]
fn a_scenario_vouched_unchanged_is_not_written_again_unless_it_is_not_stored() {
    let disk = stored(&library(2, 0));
    let (store, _) = open(&disk);
    let other = workspace(33);
    let entry = |id: u32, unchanged: bool| Entry {
        id: ScenarioId(id),
        name: "改过",
        workspace: &other,
        unchanged,
    };
    // Vouched unchanged and on disk: skipped (the caller's word is taken).
    let writes = store.changes(&[entry(1, true), entry(2, false)], ScenarioId(1), Lang::Zh);
    let keys: Vec<&str> = writes
        .iter()
        .map(|w| match w {
            Write::Set { key, .. } | Write::Remove { key } => key.as_str(),
        })
        .collect();
    assert_eq!(keys, [ScenarioId(2).key().as_str()]);
    // Vouched unchanged but never stored: written all the same.
    let writes = store.changes(&[entry(1, true), entry(9, true)], ScenarioId(1), Lang::Zh);
    assert!(writes
        .iter()
        .any(|w| matches!(w, Write::Set { key, .. } if *key == ScenarioId(9).key())));
}

/// Damage done to one stored entry.
#[derive(Clone, Debug)]
enum Damage {
    /// Cut to this fraction (per mille) of its length.
    Truncate(usize),
    /// One character replaced, at this fraction (per mille) of its length.
    Flip(usize, char),
    /// A newer format number.
    Newer,
    /// Not JSON at all.
    Garbage,
    /// Removed.
    Delete,
    /// The index names scenarios and an open one that do not exist.
    WrongIndices,
}

fn damage() -> impl Strategy<Value = Damage> {
    prop::strategy::Union::new(vec![
        (0usize..1000).prop_map(Damage::Truncate).boxed(),
        (
            0usize..1000,
            prop::sample::select(vec!['x', '"', '{', ']', '9', '-', ' ', '鹿']),
        )
            .prop_map(|(at, c)| Damage::Flip(at, c))
            .boxed(),
        prop::strategy::Just(Damage::Newer).boxed(),
        prop::strategy::Just(Damage::Garbage).boxed(),
        prop::strategy::Just(Damage::Delete).boxed(),
        prop::strategy::Just(Damage::WrongIndices).boxed(),
    ])
}

fn harm(disk: &mut Disk, key: &str, damage: &Damage) {
    let Some(text) = disk.get(key).cloned() else {
        return;
    };
    let chars: Vec<char> = text.chars().collect();
    let at = |per_mille: usize| (chars.len() * per_mille / 1000).min(chars.len());
    let harmed = match damage {
        Damage::Truncate(p) => chars[..at(*p)].iter().collect(),
        Damage::Flip(p, c) => {
            let mut chars = chars.clone();
            if let Some(slot) = chars.get_mut(at(*p)) {
                *slot = *c;
            }
            chars.into_iter().collect()
        }
        Damage::Newer => text.replacen("\"format\":3", "\"format\":99", 1),
        Damage::Garbage => "garbage".to_owned(),
        Damage::Delete => {
            disk.remove(key);
            return;
        }
        Damage::WrongIndices => text.replacen("\"order\":[", "\"order\":[999,", 1).replacen(
            "\"current\":",
            "\"current\":7",
            1,
        ),
    };
    disk.insert(key.to_owned(), harmed);
}

proptest! {
    // Each case writes and parses several whole workspaces: a fifth of the usual count.
    #![proptest_config(ProptestConfig { cases: config().cases / 5, ..config() })]

    /// Whatever damage befalls some entries, every intact scenario opens unchanged, every
    /// other entry is reported, saving never writes over what was not opened, and what is
    /// saved reopens the same.
    #[test]
    fn every_intact_scenario_survives_random_damage(
        count in 1usize..6,
        current in 0usize..6,
        harms in prop::collection::vec((0usize..7, damage()), 0..4),
    ) {
        let lib = library(count, current % count);
        let saved = stored(&lib);
        let mut disk = saved.clone();
        // Entry 0 is the index, 1.. the scenarios (beyond the last: the index again).
        let keys: Vec<String> = std::iter::once(INDEX_KEY.to_owned())
            .chain(lib.scenarios.iter().map(|s| s.id.key()))
            .collect();
        for (which, how) in &harms {
            harm(&mut disk, &keys[which % keys.len()], how);
        }
        let before = disk.clone();
        let (mut store, opened) = open(&disk);

        // A read index is in use; a damaged one is copied aside (and reported) before it is
        // written again.
        let index_read = matches!(opened.report.index, IndexState::Read | IndexState::Unreadable { .. });
        let mut opened_keys: Vec<String> = Vec::new();
        if let Some(library) = &opened.library {
            prop_assert!(library.current < library.scenarios.len());
            for s in &library.scenarios {
                prop_assert!(s.workspace.validate().is_ok());
                opened_keys.push(s.id.key());
            }
        }
        // Every intact scenario opens unchanged.
        let newer_index = matches!(opened.report.index, IndexState::Newer { .. });
        for s in &lib.scenarios {
            let intact = before.get(&s.id.key()) == saved.get(&s.id.key());
            if intact && !newer_index {
                let found = opened.library.as_ref().and_then(|l| l.scenarios.iter().find(|o| o.id == s.id));
                prop_assert_eq!(found, Some(s));
            }
        }
        // Every stored entry is opened, or is the index, or is reported.
        for key in before.keys() {
            // A newer release's index: nothing is read, nothing is written, all is reported.
            let accounted = newer_index
                || opened_keys.contains(key)
                || (key == INDEX_KEY && index_read)
                || opened.report.kept.iter().any(|k| &k.key == key);
            prop_assert!(accounted, "{} neither opened nor reported", key);
        }
        if opened.report.kept.iter().any(|k| before.contains_key(&k.key)) {
            prop_assert!(opened.report.needs_attention());
        }
        // Saving writes nothing over an entry that was not opened.
        let Some(library) = opened.library.clone() else {
            return Ok(());
        };
        let mut after = before.clone();
        let writes = save(&mut store, &mut after, &library);
        for write in &writes {
            let key = match write {
                Write::Set { key, .. } | Write::Remove { key } => key,
            };
            let ours = key == INDEX_KEY || opened_keys.contains(key) || !before.contains_key(key);
            prop_assert!(ours, "wrote {} which was not opened", key);
        }
        for kept in &opened.report.kept {
            if let Some(text) = before.get(&kept.key) {
                prop_assert_eq!(after.get(&kept.key), Some(text));
            }
        }
        // What was saved reopens the same, with the same entries still reported.
        let (_, reopened) = open(&after);
        prop_assert_eq!(reopened.library.as_ref(), Some(&library));
        for kept in &opened.report.kept {
            prop_assert!(reopened.report.kept.iter().any(|k| k.key == kept.key));
        }
    }
}
