//! The share link in the address bar, and copying it.

use gloo::storage::{SessionStorage, Storage};
use wasm_bindgen::JsValue;

/// The share link in the address's fragment (without `#`), if there is one. Embedding
/// options may share the fragment (`#embed=1&v1.…`); they are the parts with a `=`, which a
/// link never has.
#[must_use]
pub fn fragment() -> Option<String> {
    let hash = gloo::utils::window().location().hash().ok()?;
    let (link, _) = split(&hash);
    (!link.is_empty()).then(|| link.to_owned())
}

/// A district's or department's request (`r2.…`, or format 1's `r1.…`) in the fragment, if the
/// page was opened from one.
#[must_use]
pub fn return_request() -> Option<String> {
    let hash = gloo::utils::window().location().hash().ok()?;
    let (link, _) = split(&hash);
    quota_engine::links::returns::is_request(link).then(|| link.to_owned())
}

/// A fragment's link part and its embedding options (`key=value` parts, `&`-joined).
fn split(hash: &str) -> (&str, String) {
    let parts = hash.trim_start_matches('#').split('&');
    let (options, links): (Vec<&str>, Vec<&str>) = parts.partition(|p| p.contains('='));
    (links.into_iter().next().unwrap_or(""), options.join("&"))
}

/// Where this tab remembers the last link it put in its own address bar.
const OWN_LINK_KEY: &str = "quota-planner/own-link";
/// And the one before it: the link is written just after an edit's frame, or when the page is
/// hidden — a reload started in between reloads the address as it was, one link behind.
const PREVIOUS_LINK_KEY: &str = "quota-planner/own-link-before";

/// Whether `link` is one this tab wrote into its address bar, the last or the one before (a
/// reload, not a link someone shared: the autosave is at least as new as it).
#[must_use]
pub fn is_own(link: &str) -> bool {
    let storage = SessionStorage::raw();
    [OWN_LINK_KEY, PREVIOUS_LINK_KEY]
        .iter()
        .any(|key| storage.get_item(key).ok().flatten().as_deref() == Some(link))
}

/// Puts `link` in the address bar without a new history entry or a reload.
pub fn show(link: &str) {
    // Failing to remember only means a reload reopens the link, which undo can take back.
    let storage = SessionStorage::raw();
    if let Ok(Some(last)) = storage.get_item(OWN_LINK_KEY) {
        if last != link {
            let _ = storage.set_item(PREVIOUS_LINK_KEY, &last);
        }
    }
    let _ = storage.set_item(OWN_LINK_KEY, link);
    let window = gloo::utils::window();
    // Embedding options in the fragment stay, so a reload of the frame keeps its mode.
    let (_, options) = split(&window.location().hash().unwrap_or_default());
    let fragment = if options.is_empty() {
        format!("#{link}")
    } else {
        format!("#{options}&{link}")
    };
    if let Ok(history) = window.history() {
        // A refusal (sandboxed frame, file:// in some browsers) only leaves the old address.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&fragment));
    }
}

/// The page's address (without query) with `link` as its fragment.
#[must_use]
pub fn address(link: &str) -> String {
    let location = gloo::utils::window().location();
    let base = location.href().unwrap_or_default();
    // Without the query either: a link opens the full app, not an embedded view.
    let base = base.split(['#', '?']).next().unwrap_or_default();
    format!("{base}#{link}")
}

/// Copies `text` to the clipboard (where the browser allows it; the link is also shown).
pub fn copy(text: &str) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    // The promise settles later; a refusal leaves the link visible for copying by hand.
    let _ = clipboard.write_text(text);
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn the_link_and_the_options_of_a_fragment() {
        assert_eq!(split("#v1.AAAA"), ("v1.AAAA", String::new()));
        assert_eq!(
            split("#embed=1&v1.AAAA&view=plan"),
            ("v1.AAAA", "embed=1&view=plan".to_owned())
        );
        assert_eq!(split("#embed=1"), ("", "embed=1".to_owned()));
        assert_eq!(split(""), ("", String::new()));
    }
}
