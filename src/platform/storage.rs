//! Autosave: the saved scenarios and the language in `localStorage`, restored on reload.
//!
//! The library is versioned ([`quota_engine::library`]); the first releases' single autosave
//! is read and migrated. A saved copy that cannot be read is moved aside under
//! [`UNREADABLE_KEY`] instead of being overwritten, so nothing a user saved is lost.

use gloo::storage::{LocalStorage, Storage};
use quota_engine::library::Library;

/// Where the library lives.
pub const KEY: &str = "quota-planner/library/v2";
/// Where the first releases kept their single autosave.
pub const V1_KEY: &str = "quota-planner/autosave/v1";
/// Where an unreadable library is kept.
pub const UNREADABLE_KEY: &str = "quota-planner/library/unreadable";

/// The saved library, if there is a readable one; `first_name` names the scenario migrated
/// from a version-1 autosave.
#[must_use]
pub fn load(first_name: &str) -> Option<Library> {
    let storage = LocalStorage::raw();
    for key in [KEY, V1_KEY] {
        let Some(raw) = storage.get_item(key).ok().flatten() else {
            continue;
        };
        if let Some(library) = Library::from_json(&raw, first_name) {
            return Some(library);
        }
        // Keep the unreadable copy; a failure here only means it cannot be kept.
        let _ = storage.set_item(UNREADABLE_KEY, &raw);
        let _ = storage.remove_item(key);
    }
    None
}

/// Saves the library; `false` when the browser refuses (full, blocked, private mode).
pub fn save(library: &Library) -> bool {
    LocalStorage::raw()
        .set_item(KEY, &library.to_json())
        .is_ok()
}
