//! Saving a file the app made (CSV) and printing, through the browser.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as a download named `name`, as UTF-8 with a byte-order mark so that Excel
/// shows Chinese correctly. Returns `false` if the browser refused.
pub fn download_csv(name: &str, text: &str) -> bool {
    let with_bom = format!("\u{FEFF}{text}");
    let parts = js_sys::Array::of1(&with_bom.into());
    let options = BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let document = gloo::utils::document();
    let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
    else {
        return false;
    };
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    let _ = Url::revoke_object_url(&url);
    true
}

/// Opens the browser's print dialog (the print stylesheet hides the controls).
pub fn print() {
    let _ = gloo::utils::window().print();
}
