//! The only code that touches the browser beyond rendering: storage, the address and share
//! link, the host page, downloads, focus and document attributes. Everything here fails soft:
//! a browser that refuses (storage blocked, element gone) leaves the app working.

pub mod download;
pub mod embed;
pub mod focus;
pub mod link;
pub mod storage;
pub mod worker;

/// Sets the document's language and title, for screen readers and the tab strip.
pub fn set_document_language(html_lang: &str, title: &str) {
    let document = gloo::utils::document();
    if let Some(root) = document.document_element() {
        // A failed write only affects screen-reader hints; the page still works.
        let _ = root.set_attribute("lang", html_lang);
    }
    document.set_title(title);
}

/// The `value` of the input, select or textarea an event came from ("" when there is none).
#[must_use]
pub fn event_value(event: &web_sys::Event) -> String {
    event
        .target()
        .and_then(|target| js_sys::Reflect::get(&target, &"value".into()).ok())
        .and_then(|value| value.as_string())
        .unwrap_or_default()
}

/// The clipboard text of a paste event when it is a block of cells (it holds a tab or a line
/// break): blocks go to the paste dialog, a single number pastes into its cell as usual.
#[must_use]
pub fn pasted_block(event: &web_sys::Event) -> Option<String> {
    use wasm_bindgen::JsCast;
    let text = event
        .dyn_ref::<web_sys::ClipboardEvent>()
        .and_then(web_sys::ClipboardEvent::clipboard_data)
        .and_then(|data| data.get_data("text").ok())?;
    text.trim_end().contains(['\t', '\n']).then_some(text)
}
