//! Moving the keyboard focus between table cells, spreadsheet-style.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The `data-cell` value of the input at (row, column).
#[must_use]
pub fn cell_id(row: usize, column: usize) -> String {
    format!("{row}-{column}")
}

/// Focuses (and selects the text of) the input at (row, column), if there is one.
pub fn focus_cell(row: usize, column: usize) {
    focus_by_selector(&format!("[data-cell=\"{}\"]", cell_id(row, column)));
}

/// Focuses the input at (row, month index) of the month grid `grid`, if there is one.
pub fn focus_month_cell(grid: &str, row: usize, column: usize) {
    focus_by_selector(&format!(
        "[data-month-cell=\"{grid}-{}\"]",
        cell_id(row, column)
    ));
}

fn focus_by_selector(selector: &str) {
    let Ok(Some(element)) = gloo::utils::document().query_selector(selector) else {
        return;
    };
    if let Ok(input) = element.clone().dyn_into::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    } else if let Ok(element) = element.dyn_into::<HtmlElement>() {
        let _ = element.focus();
    }
}
