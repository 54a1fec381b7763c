//! A pasted block waiting for confirmation: how many cells can be read, each one that cannot
//! (by district and metric), and buttons to apply the good part or cancel.

use quota_engine::Lang;
use yew::prelude::{function_component, html, Html};

use crate::components::{dispatching, use_app_state};
use crate::i18n::{department_name, district_name, metric_name, series_name, texts};
use crate::state::{Action, PasteTarget};

/// Shown while a paste waits for confirmation.
#[function_component(PasteDialog)]
pub fn paste_dialog() -> Html {
    let state = use_app_state();
    let lang: Lang = state.ui.lang;
    let t = texts(lang);
    let Some(paste) = state.pending.paste.as_ref() else {
        return html! {};
    };
    let plan = &state.workspace().plan;
    let bad = paste.block.bad_cells();
    let total: usize = paste.block.rows.iter().map(Vec::len).sum();
    let items = bad.iter().take(50).map(|cell| {
        let (r, c) = (cell.row, cell.column);
        let place = match paste.target {
            PasteTarget::Plan(metric, district) => format!(
                "{} {}",
                district_name(plan, district + r, lang),
                metric_name(plan, metric + c, lang)
            ),
            PasteTarget::Actuals(sheet, row, month) => format!(
                "{} {}",
                series_name(plan, sheet.series(row + r), lang),
                (t.common.month_name)(usize::from(month.get()) + c)
            ),
            PasteTarget::MatrixSeed(row, column) => format!(
                "{} {}",
                department_name(plan, row + r, lang),
                district_name(plan, column + c, lang)
            ),
        };
        html! {
            <li>
                { format!("{} {} {} {}", t.common.row, r + 1, t.common.column, c + 1) }
                { " (" }{ place }{ ")" }{ t.common.colon }{ t.entry.bad_cell(&cell.text, &cell.error) }
            </li>
        }
    });
    html! {
        <section class="panel paste" role="dialog" aria-labelledby="paste-heading">
            <h2 id="paste-heading">{ t.entry.paste_heading }</h2>
            <p>{ (t.entry.paste_summary)(total - bad.len(), bad.len()) }</p>
            if !bad.is_empty() { <ul class="bad-cells">{ for items }</ul> }
            <div class="actions">
                <button type="button" class="primary" autofocus=true onclick={ dispatching(&state, Action::ConfirmPaste) }>{ t.entry.paste_confirm }</button>
                <button type="button" onclick={ dispatching(&state, Action::CancelPaste) }>{ t.entry.paste_cancel }</button>
            </div>
        </section>
    }
}
