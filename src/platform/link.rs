//! The share link in the address bar, and copying it.

use gloo::storage::{SessionStorage, Storage};
use wasm_bindgen::JsValue;

/// The address's fragment without `#`, if there is one.
#[must_use]
pub fn fragment() -> Option<String> {
    let hash = gloo::utils::window().location().hash().ok()?;
    let text = hash.strip_prefix('#').unwrap_or(&hash).to_owned();
    (!text.is_empty()).then_some(text)
}

/// Where this tab remembers the last link it put in its own address bar.
const OWN_LINK_KEY: &str = "quota-planner/own-link";

/// Whether `link` is the one this tab last wrote into its address bar (a reload, not a link
/// someone shared: the autosave is at least as new as it).
#[must_use]
pub fn is_own(link: &str) -> bool {
    SessionStorage::raw()
        .get_item(OWN_LINK_KEY)
        .ok()
        .flatten()
        .as_deref()
        == Some(link)
}

/// Puts `link` in the address bar without a new history entry or a reload.
pub fn show(link: &str) {
    // Failing to remember only means a reload reopens the link, which undo can take back.
    let _ = SessionStorage::raw().set_item(OWN_LINK_KEY, link);
    if let Ok(history) = gloo::utils::window().history() {
        // A refusal (sandboxed frame, file:// in some browsers) only leaves the old address.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{link}")));
    }
}

/// The page's address with `link` as its fragment.
#[must_use]
pub fn address(link: &str) -> String {
    let location = gloo::utils::window().location();
    let base = location.href().unwrap_or_default();
    let base = base.split('#').next().unwrap_or_default();
    format!("{base}#{link}")
}

/// Copies `text` to the clipboard (where the browser allows it; the link is also shown).
pub fn copy(text: &str) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    // The promise settles later; a refusal leaves the link visible for copying by hand.
    let _ = clipboard.write_text(text);
}
