//! Component tests of the app, mounted in headless Chromium by wasm-bindgen-test.
//! Run with `cargo test --target wasm32-unknown-unknown` (see `make test-wasm`).

#![cfg(target_arch = "wasm32")]
// A test that cannot find its element should fail loudly.
#![allow(clippy::unwrap_used)]

use std::time::Duration;

use quota_planner::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Yew finish the renders it has scheduled.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(100)).await;
}

/// `window.quotaWorker` as `worker.js` hands it to the page: an init function (here resolving at
/// once) with `answer`, which here is the engine's own `jobs::answer`.
fn install_forecast_module() {
    use wasm_bindgen::prelude::Closure;
    let init = js_sys::Function::new_no_args("return Promise.resolve();");
    let answer = Closure::<dyn Fn(js_sys::Uint8Array) -> js_sys::Uint8Array>::new(
        |job: js_sys::Uint8Array| {
            let bytes = quota_engine::jobs::answer(&job.to_vec()).unwrap_or_default();
            js_sys::Uint8Array::from(bytes.as_slice())
        },
    );
    js_sys::Reflect::set(&init, &"answer".into(), answer.as_ref()).unwrap();
    answer.forget();
    js_sys::Reflect::set(&js_sys::global(), &"quotaWorker".into(), &init).unwrap();
}

/// Mounts a fresh app in its own element, starting from the 2021 plan whatever the storage
/// holds (tests run concurrently and every app autosaves).
async fn mount() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { restore: false }).render();
    settle().await;
    root
}

fn input(root: &Element, label: &str) -> HtmlInputElement {
    root.query_selector(&format!("input[aria-label=\"{label}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no input labelled {label}"))
        .dyn_into()
        .unwrap()
}

fn button(root: &Element, label: &str) -> HtmlElement {
    root.query_selector(&format!("button[aria-label=\"{label}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no button labelled {label}"))
        .dyn_into()
        .unwrap()
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|node| node.text_content().unwrap_or_default())
        .collect()
}

/// Types `text` into a cell and commits it, as leaving the cell does.
async fn type_into(root: &Element, label: &str, text: &str) {
    let cell = input(root, label);
    cell.set_value(text);
    cell.dispatch_event(&Event::new("change").unwrap()).unwrap();
    settle().await;
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
    assert_eq!(input(&root, "鹿城 技能人才培训数").value(), "12,000");
    assert_eq!(input(&root, "全市 技能人才培训数").value(), "120,000");
    assert_eq!(input(&root, "全市 技能人才取证数").value(), "80,000");
    assert_eq!(input(&root, "全市 其中:高技能人才数").value(), "24,000");
    assert_eq!(texts(&root, "table.plan-table tfoot th"), ["全市总计"]);
}

#[wasm_bindgen_test]
async fn headers_are_scoped_for_screen_readers() {
    let root = mount().await;
    let column_headers = root
        .query_selector_all(".plan-table thead th[scope=col]")
        .unwrap()
        .length();
    let row_headers = root
        .query_selector_all(".plan-table tbody th[scope=row]")
        .unwrap()
        .length();
    assert_eq!(
        (column_headers, row_headers),
        (7, 14),
        "district + (quota, share) × 3"
    );
}

#[wasm_bindgen_test]
async fn the_language_switch_renders_english_names() {
    let root = mount().await;
    let switch: HtmlElement = root
        .query_selector("button.lang-switch")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    switch.click();
    settle().await;
    assert_eq!(texts(&root, "table.plan-table tfoot th"), ["City total"]);
    assert_eq!(
        input(&root, "Lucheng Skills training (person-times)").value(),
        "12,000"
    );
}

#[wasm_bindgen_test]
async fn typing_a_quota_redistributes_and_keeps_the_total() {
    let root = mount().await;
    type_into(&root, "鹿城 技能人才培训数", "13,000").await;
    assert_eq!(input(&root, "鹿城 技能人才培训数").value(), "13,000");
    assert_eq!(input(&root, "全市 技能人才培训数").value(), "120,000");
    assert!(root.query_selector_all("td.changed").unwrap().length() > 2);
    assert!(texts(&root, ".history li")
        .iter()
        .any(|t| t.contains("鹿城 技能人才培训数 改为 13,000")));
}

#[wasm_bindgen_test]
async fn a_refused_entry_is_marked_and_explained() {
    let root = mount().await;
    type_into(&root, "龙湾 技能人才培训数", "-5").await;
    let cell = input(&root, "龙湾 技能人才培训数");
    assert_eq!(cell.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        cell.value(),
        "10,800",
        "the typed text is dropped, the number stays"
    );
    assert_eq!(texts(&root, ".cell-error"), ["指标不能为负数"]);
}

#[wasm_bindgen_test]
async fn the_lock_toggle_reports_its_state() {
    let root = mount().await;
    let lock = button(&root, "锁定 乐清 技能人才取证数");
    assert_eq!(lock.get_attribute("aria-pressed").as_deref(), Some("false"));
    lock.click();
    settle().await;
    let lock = button(&root, "锁定 乐清 技能人才取证数");
    assert_eq!(lock.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(input(&root, "乐清 技能人才取证数").read_only());
}

fn click_button_with_text(root: &Element, text: &str) {
    let buttons = root.query_selector_all("button").unwrap();
    let button = (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button {text}"));
    button.dyn_into::<HtmlElement>().unwrap().click();
}

#[wasm_bindgen_test]
async fn the_bulletin_of_the_sample_data_lists_every_district() {
    let root = mount().await;
    click_button_with_text(&root, "月度通报");
    settle().await;
    click_button_with_text(&root, "载入示例数据");
    settle().await;
    let rows = root
        .query_selector_all(".bulletin tbody tr")
        .unwrap()
        .length();
    assert_eq!(rows, 14);
    assert!(texts(&root, ".bulletin h2")
        .iter()
        .any(|h| h.contains("时间进度 50.0%")));
    assert!(
        !texts(&root, ".sample-banner").is_empty(),
        "sample data is labelled"
    );
}

#[wasm_bindgen_test]
async fn the_forecast_screen_shows_probabilities() {
    // The test page has no worker files: stand in for the forecast's WebAssembly on the page
    // (`window.quotaWorker`, as worker.js provides it) with the engine's own answer.
    install_forecast_module();
    let root = mount().await;
    click_button_with_text(&root, "完成预测");
    settle().await;
    click_button_with_text(&root, "载入示例数据");
    let mut chances = Vec::new();
    for _ in 0..50 {
        settle().await;
        chances = texts(&root, ".forecast-table tbody td.probability");
        if !chances.is_empty() {
            break;
        }
    }
    assert_eq!(chances.len(), 14);
    assert!(chances.iter().all(|c| c.ends_with('%')));
}

/// The numbers of the matrix table's cells, row by row, with each row's target.
fn matrix_rows(root: &Element) -> Vec<(Vec<u64>, u64)> {
    let number = |text: String| text.replace(',', "").trim().parse::<u64>().unwrap();
    let rows = root
        .query_selector_all("table.matrix-table tbody tr")
        .unwrap();
    (0..rows.length())
        .filter_map(|i| rows.item(i))
        .map(|row| {
            let row: Element = row.dyn_into().unwrap();
            let inputs = row.query_selector_all("td.mcell input").unwrap();
            let cells = (0..inputs.length())
                .filter_map(|i| inputs.item(i))
                .map(|n| number(n.dyn_into::<HtmlInputElement>().unwrap().value()))
                .collect();
            let target: HtmlInputElement = row
                .query_selector("td.target input")
                .unwrap()
                .unwrap()
                .dyn_into()
                .unwrap();
            (cells, number(target.value()))
        })
        .collect()
}

#[wasm_bindgen_test]
async fn the_department_matrix_meets_both_margins_and_keeps_a_structural_zero() {
    let root = mount().await;
    let tab = root
        .query_selector_all("nav.tabs button")
        .unwrap()
        .item(1)
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap();
    assert_eq!(tab.text_content().unwrap(), "部门分解");
    tab.click();
    settle().await;
    let check = |rows: &[(Vec<u64>, u64)]| {
        assert_eq!(rows.len(), 13);
        for (cells, target) in rows {
            assert_eq!(cells.len(), 14);
            assert_eq!(cells.iter().sum::<u64>(), *target);
        }
        let district_targets = [
            8_000, 7_200, 8_000, 1_200, 10_800, 10_800, 8_800, 2_400, 8_400, 2_400, 5_500, 3_700,
            400, 2_400,
        ];
        for (j, target) in district_targets.iter().enumerate() {
            assert_eq!(
                rows.iter().map(|(c, _)| c[j]).sum::<u64>(),
                *target,
                "column {j}"
            );
        }
    };
    let before = matrix_rows(&root);
    check(&before);
    assert_ne!(before[0].0[0], 0);
    button(&root, "结构零 市经信局 鹿城").click();
    settle().await;
    let after = matrix_rows(&root);
    check(&after);
    assert_eq!(after[0].0[0], 0);
    assert_eq!(input(&root, "市经信局 鹿城").value(), "0");
}
