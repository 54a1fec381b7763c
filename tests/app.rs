//! Component tests of the app, mounted in headless Chromium by wasm-bindgen-test.
//! Run with `cargo test --target wasm32-unknown-unknown` (see `make test-wasm`).

#![cfg(target_arch = "wasm32")]
// A test that cannot find its element should fail loudly.
#![allow(clippy::unwrap_used)]

use std::time::Duration;

use quota_planner::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Yew finish the renders it has scheduled.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(10)).await;
}

/// Mounts a fresh app in its own element and waits for the first render.
async fn mount() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    root
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|node| node.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn shows_fourteen_district_rows_and_the_published_totals() {
    let root = mount().await;
    assert_eq!(
        root.query_selector_all("table.plan-table tbody tr")
            .unwrap()
            .length(),
        14
    );
    let first_row = texts(&root, "table.plan-table tbody tr:first-child > *");
    assert_eq!(first_row, ["鹿城", "12,000", "8,000", "2,200"]);
    let totals = texts(&root, "table.plan-table tfoot td");
    assert_eq!(totals, ["120,000", "80,000", "24,000"]);
    assert_eq!(texts(&root, "table.plan-table tfoot th"), ["全市总计"]);
}

#[wasm_bindgen_test]
async fn headers_are_scoped_for_screen_readers() {
    let root = mount().await;
    let column_headers = root
        .query_selector_all("thead th[scope=col]")
        .unwrap()
        .length();
    let row_headers = root
        .query_selector_all("tbody th[scope=row]")
        .unwrap()
        .length();
    assert_eq!((column_headers, row_headers), (4, 14));
}

#[wasm_bindgen_test]
async fn the_language_switch_renders_english_names() {
    let root = mount().await;
    let button: HtmlElement = root
        .query_selector("button.lang-switch")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    button.click();
    settle().await;
    assert_eq!(texts(&root, "table.plan-table tfoot th"), ["City total"]);
    assert_eq!(texts(&root, "tbody tr:first-child th"), ["Lucheng"]);
    assert_eq!(
        gloo::utils::document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
}
