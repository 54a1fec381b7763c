//! Whatever the browser's storage holds, opening it never panics, every scenario opened is
//! valid, and saving what was opened never writes over an entry that was not opened.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quota_engine::library::{
    Entry, ScenarioId, Store, Write, INDEX_KEY, LEGACY_AUTOSAVE_KEY, LEGACY_LIBRARY_KEY,
};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // Parts separated by U+0001 go to the index, two scenarios and the two earlier layouts.
    let keys = [
        INDEX_KEY.to_owned(),
        ScenarioId(1).key(),
        ScenarioId(2).key(),
        LEGACY_LIBRARY_KEY.to_owned(),
        LEGACY_AUTOSAVE_KEY.to_owned(),
    ];
    let entries: Vec<(String, String)> = keys
        .iter()
        .zip(text.split('\u{1}'))
        .map(|(k, t)| (k.clone(), t.to_owned()))
        .collect();
    let (store, opened) = Store::open(entries.clone(), "x");
    let Some(library) = opened.library else {
        return;
    };
    assert!(library.current < library.scenarios.len());
    for s in &library.scenarios {
        assert!(s.workspace.validate().is_ok());
    }
    let saved: Vec<Entry<'_>> = library
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
    for write in store.changes(&saved, current, library.lang) {
        let key = match &write {
            Write::Set { key, .. } | Write::Remove { key } => key,
        };
        let kept = opened.report.kept.iter().any(|k| &k.key == key);
        let existed = entries.iter().any(|(k, _)| k == key);
        let opened_here = key == INDEX_KEY || library.scenarios.iter().any(|s| &s.id.key() == key);
        // A removal of an earlier layout's key is allowed only when it was read completely.
        let retired = matches!(write, Write::Remove { .. }) && !kept;
        assert!(!kept || !existed, "wrote over kept entry {key}");
        assert!(opened_here || !existed || retired, "touched {key}");
    }
});
