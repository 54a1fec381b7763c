//! Component tests of the app, mounted in headless Chromium by wasm-bindgen-test.
//! Run with `cargo test --target wasm32-unknown-unknown` (see `make test-wasm`).

#![cfg(target_arch = "wasm32")]
#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot find its element should fail loudly"
)]

use std::time::Duration;

use quota_planner::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// How long [`until`] waits for a condition before it fails the test. Generous: the machines
/// are shared, the tests run side by side, and a condition met returns at once.
const DEADLINE_MS: f64 = 10_000.0;

/// Waits until `cond` holds, yielding to the event loop (renders, animation frames, timers)
/// between checks; fails the test naming `what` was awaited if it does not hold within
/// [`DEADLINE_MS`]. Use it for whatever an action makes appear, never a fixed sleep: what
/// follows from an edit arrives later than the table (the list of changes, the method
/// comparison, the charts and "why this number" read the state of the last painted frame,
/// which catches up in a timeout after the animation frame — see `session::use_settled`).
async fn until(what: &str, cond: impl Fn() -> bool) {
    let start = js_sys::Date::now();
    loop {
        // Checked before the clock: a long task that held the thread still gets its answer.
        if cond() {
            return;
        }
        let waited = js_sys::Date::now() - start;
        assert!(
            waited < DEADLINE_MS,
            "timed out after {waited} ms waiting for {what}"
        );
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
}

/// How many elements under `root` match `selector`.
fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

/// `window.quotaWorker` as `worker.js` hands it to the page: an init function (here resolving at
/// once) with `answer`, which here is the engine's own `jobs::answer`.
fn install_forecast_module() {
    use wasm_bindgen::prelude::Closure;
    let init = js_sys::Function::new_no_args("return Promise.resolve();");
    let answer = Closure::<dyn Fn(js_sys::Uint8Array) -> js_sys::Uint8Array>::new(
        |job: js_sys::Uint8Array| {
            let bytes = quota_engine::links::jobs::answer(&job.to_vec()).unwrap_or_default();
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
    until("the plan table's rows to be rendered", || {
        count(&root, "table.plan-table tbody tr") > 0
    })
    .await;
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

/// Whether the toggle button labelled `label` is pressed.
fn pressed(root: &Element, label: &str) -> bool {
    button(root, label).get_attribute("aria-pressed").as_deref() == Some("true")
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|node| node.text_content().unwrap_or_default())
        .collect()
}

/// Types `text` into a cell and commits it, as leaving the cell does. The cell shows `text`
/// at once, before any render: wait for what the commit changes, not for the cell's text.
fn type_into(root: &Element, label: &str, text: &str) {
    let cell = input(root, label);
    cell.set_value(text);
    cell.dispatch_event(&Event::new("change").unwrap()).unwrap();
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
    until("the plan table's footer to read \"City total\"", || {
        texts(&root, "table.plan-table tfoot th") == ["City total"]
    })
    .await;
    assert_eq!(
        input(&root, "Lucheng Skills training (person-times)").value(),
        "12,000"
    );
}

#[wasm_bindgen_test]
async fn typing_a_quota_redistributes_and_keeps_the_total() {
    let root = mount().await;
    type_into(&root, "鹿城 技能人才培训数", "13,000");
    // The edited cell and at least two districts it took the 1,000 from are marked changed.
    until(
        "more than two changed cells after 鹿城 is raised to 13,000",
        || count(&root, "td.changed") > 2,
    )
    .await;
    assert_eq!(input(&root, "鹿城 技能人才培训数").value(), "13,000");
    assert_eq!(input(&root, "全市 技能人才培训数").value(), "120,000");
    // The list of changes reads the settled copy of the state: it follows the table a frame
    // and a timeout later.
    until(
        "the list of changes (.history li) to hold \"鹿城 技能人才培训数 改为 13,000\"",
        || {
            texts(&root, ".history li")
                .iter()
                .any(|t| t.contains("鹿城 技能人才培训数 改为 13,000"))
        },
    )
    .await;
}

#[wasm_bindgen_test]
async fn a_refused_entry_is_marked_and_explained() {
    let root = mount().await;
    type_into(&root, "龙湾 技能人才培训数", "-5");
    until("the refused entry's message (.cell-error)", || {
        !texts(&root, ".cell-error").is_empty()
    })
    .await;
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
    until(
        "the lock of 乐清 技能人才取证数 to be pressed",
        || pressed(&root, "锁定 乐清 技能人才取证数"),
    )
    .await;
    assert!(input(&root, "乐清 技能人才取证数").read_only());
}

/// The button whose text is `text`, if there is one.
fn button_with_text(root: &Element, text: &str) -> Option<HtmlElement> {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .map(|b| b.dyn_into::<HtmlElement>().unwrap())
}

/// Waits for the button whose text is `text` (a screen switched to may not be drawn yet),
/// then clicks it.
async fn click_button_with_text(root: &Element, text: &str) {
    until(&format!("a button \"{text}\""), || {
        button_with_text(root, text).is_some()
    })
    .await;
    button_with_text(root, text).unwrap().click();
}

#[wasm_bindgen_test]
async fn the_bulletin_of_the_sample_data_lists_every_district() {
    let root = mount().await;
    click_button_with_text(&root, "月度通报").await;
    click_button_with_text(&root, "载入示例数据").await;
    // The bulletin is the last of the month's steps (收数 → 核对 → 亮灯 → 通报).
    let report = "a.step[href$='step=report']";
    until("the link of the 通报 step", || {
        root.query_selector(report).unwrap().is_some()
    })
    .await;
    let link = root.query_selector(report).unwrap().unwrap();
    link.dyn_into::<HtmlElement>().unwrap().click();
    until("the sample data's bulletin (.bulletin tbody tr)", || {
        count(&root, ".bulletin tbody tr") > 0
    })
    .await;
    assert_eq!(count(&root, ".bulletin tbody tr"), 14);
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
    click_button_with_text(&root, "完成预测").await;
    click_button_with_text(&root, "载入示例数据").await;
    until(
        "the forecast's probabilities (.forecast-table td.probability)",
        || count(&root, ".forecast-table tbody td.probability") > 0,
    )
    .await;
    let chances = texts(&root, ".forecast-table tbody td.probability");
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
    until(
        "the department matrix (table.matrix-table tbody tr)",
        || count(&root, "table.matrix-table tbody tr") > 0,
    )
    .await;
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
    until(
        "the structural zero of 市经信局 鹿城 to be pressed",
        || pressed(&root, "结构零 市经信局 鹿城"),
    )
    .await;
    let after = matrix_rows(&root);
    check(&after);
    assert_eq!(after[0].0[0], 0);
    assert_eq!(input(&root, "市经信局 鹿城").value(), "0");
}
