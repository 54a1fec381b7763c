//! Autosave: the current workspace and language in `localStorage`, restored on reload.
//!
//! A saved copy that cannot be read (an older or damaged format) is moved aside under
//! [`UNREADABLE_KEY`] instead of being overwritten, so nothing a user saved is lost.

use gloo::storage::{LocalStorage, Storage};
use quota_engine::workspace::Workspace;
use quota_engine::Lang;
use serde::{Deserialize, Serialize};

/// Where the autosave lives.
pub const KEY: &str = "quota-planner/autosave/v1";
/// Where an unreadable autosave is kept.
pub const UNREADABLE_KEY: &str = "quota-planner/autosave/unreadable";

/// What is saved.
#[derive(Serialize, Deserialize)]
pub struct Saved {
    /// The workspace.
    pub workspace: Workspace,
    /// The interface language.
    pub lang: Lang,
}

/// The saved workspace and language, if there is a readable one.
#[must_use]
pub fn load() -> Option<Saved> {
    let raw: String = LocalStorage::raw().get_item(KEY).ok().flatten()?;
    match serde_json::from_str::<Saved>(&raw) {
        Ok(saved) if saved.workspace.validate().is_ok() => Some(saved),
        _ => {
            // Keep the unreadable copy; a failure here only means it cannot be kept.
            let _ = LocalStorage::raw().set_item(UNREADABLE_KEY, &raw);
            let _ = LocalStorage::raw().remove_item(KEY);
            None
        }
    }
}

/// What is saved, borrowed, so saving does not copy the workspace.
#[derive(Serialize)]
struct SavedRef<'a> {
    workspace: &'a Workspace,
    lang: Lang,
}

/// Saves the workspace and language; `false` when the browser refuses.
pub fn save(workspace: &Workspace, lang: Lang) -> bool {
    LocalStorage::set(KEY, SavedRef { workspace, lang }).is_ok()
}
