//! Saving a file the app made (CSV, JSON, XLSX, DOCX) and printing, through the browser.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as a download named `name`, as UTF-8 with a byte-order mark so that Excel
/// shows Chinese correctly. Returns `false` if the browser refused.
pub fn download_csv(name: &str, text: &str) -> bool {
    download(name, "text/csv;charset=utf-8", &format!("\u{FEFF}{text}"))
}

/// Offers a scenario file (JSON) as a download named `name`.
pub fn download_json(name: &str, text: &str) -> bool {
    download(name, "application/json", text)
}

/// Offers an XLSX workbook named `name`.
pub fn download_xlsx(name: &str, bytes: &[u8]) -> bool {
    download_bytes(
        name,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        bytes,
    )
}

/// Offers a DOCX document named `name`.
pub fn download_docx(name: &str, bytes: &[u8]) -> bool {
    download_bytes(
        name,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        bytes,
    )
}

fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> bool {
    let data = js_sys::Uint8Array::from(bytes);
    download_parts(name, mime, &js_sys::Array::of1(&data))
}

fn download(name: &str, mime: &str, text: &str) -> bool {
    download_parts(name, mime, &js_sys::Array::of1(&text.into()))
}

fn download_parts(name: &str, mime: &str, parts: &js_sys::Array) -> bool {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(parts, &options) else {
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

/// The class on the panel being printed, on the elements that hold it, and on the page.
const PRINT_TARGET: &str = "print-target";
const PRINT_PATH: &str = "print-path";
const PRINTING: &str = "printing-panel";
/// The page's class while a panel is printed across the paper.
const LANDSCAPE: &str = "printing-landscape";

/// Which way up a printed panel's A4 pages are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    /// Upright: tables of up to about ten columns.
    Portrait,
    /// Across: the twelve months of the lights.
    Landscape,
}

/// Prints the panel (`section.panel`) that holds the button `event` came from, alone: the print
/// stylesheet (styles/month.css) then shows only that panel, without its controls, on A4 pages
/// turned as `paper` says. The marks stay until the browser says printing is over
/// (`afterprint`), or until the next print.
pub fn print_panel(event: &web_sys::Event, paper: Paper) {
    let Some(panel) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|button| button.closest("section.panel").ok().flatten())
    else {
        print();
        return;
    };
    unmark_print();
    let _ = panel.class_list().add_1(PRINT_TARGET);
    let mut parent = panel.parent_element();
    while let Some(element) = parent {
        let _ = element.class_list().add_1(PRINT_PATH);
        parent = element.parent_element();
    }
    let body = gloo::utils::body().class_list();
    let _ = body.add_1(PRINTING);
    if paper == Paper::Landscape {
        let _ = body.add_1(LANDSCAPE);
    }
    let window = gloo::utils::window();
    gloo::events::EventListener::once(&window, "afterprint", |_| unmark_print()).forget();
    let _ = window.print();
}

/// Takes the marks of [`print_panel`] off the page.
fn unmark_print() {
    let document = gloo::utils::document();
    let _ = gloo::utils::body()
        .class_list()
        .remove_2(PRINTING, LANDSCAPE);
    for class in [PRINT_TARGET, PRINT_PATH] {
        let marked = document.get_elements_by_class_name(class);
        // A live collection: it shrinks as the class is taken off.
        while let Some(element) = marked.item(0) {
            let _ = element.class_list().remove_1(class);
        }
    }
}

/// Prints the 通报 alone, on A4 as GB/T 9704 lays it out: the print stylesheet shows only the
/// document while the page carries the class `printing-document`.
pub fn print_document() {
    let body = gloo::utils::body();
    let before = body.class_name();
    body.set_class_name(&format!("{before} printing-document"));
    let _ = gloo::utils::window().print();
    body.set_class_name(&before);
}

/// Reads the first file chosen in a file input as text, then calls `done` with it (or with
/// `None` when the browser could not read it).
pub fn read_chosen_file(event: &web_sys::Event, done: impl FnOnce(Option<String>) + 'static) {
    let Some(file) = chosen_file(event) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        done(text.ok().and_then(|t| t.as_string()));
    });
}

/// Reads the file chosen in a file input for an import: an XLSX workbook as bytes, anything
/// else as text — UTF-8 (with or without BOM), or, when it is not, GB18030 as Excel on a Chinese
/// Windows saves CSV (decoded by the browser, at no cost in wasm). `None` if it cannot be read.
pub fn read_chosen_table(
    event: &web_sys::Event,
    done: impl FnOnce(Option<quota_engine::formats::import::Source>) + 'static,
) {
    use quota_engine::formats::import::Source;
    let Some(file) = chosen_file(event) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else {
            done(None);
            return;
        };
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        let source = if bytes.starts_with(b"PK\x03\x04") {
            Some(Source::Workbook(bytes))
        } else {
            match String::from_utf8(bytes) {
                Ok(text) => Some(Source::Text(text)),
                Err(err) => web_sys::TextDecoder::new_with_label("gb18030")
                    .ok()
                    .and_then(|decoder| decoder.decode_with_u8_array(err.as_bytes()).ok())
                    .map(Source::Text),
            }
        };
        done(source);
    });
}

/// The file chosen in the file input `event` comes from; the input is cleared so that choosing
/// the same file again fires another change.
fn chosen_file(event: &web_sys::Event) -> Option<web_sys::File> {
    let input = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    file
}
