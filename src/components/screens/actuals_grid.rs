//! A month grid: cumulative actuals per row and month, typed or pasted — one metric's
//! districts, or the departments, the manufacturing "of which" or the countable targets.

use quota_engine::simulate::{Month, Series, Sheet};
use quota_engine::workspace::Workspace;
use quota_engine::{Lang, Plan};
use web_sys::KeyboardEvent;
use yew::prelude::{
    classes, function_component, html, AttrValue, Callback, Event, Html, Properties,
    UseReducerDispatcher,
};

use crate::components::refusal_at;
use crate::components::{on_typed, use_app_state, use_derived, use_shown_value};
use crate::i18n::units::Units;
use crate::i18n::{grouped, metric_name, row_header, row_name, series_name, texts, Texts};
use crate::platform::focus::{cell_id, focus_month_cell};
use crate::platform::pasted_block;
use crate::state::{Action, AppState, InputField, PasteTarget};

/// The most districts the grid lists.
const MAX_ROWS: usize = 200;

#[derive(Clone, PartialEq, Properties)]
struct ActualCellProps {
    series: Series,
    /// Which grid of the page the cell is in, for keyboard moves within it.
    grid: AttrValue,
    month: Month,
    value: Option<u64>,
    label: AttrValue,
    error: Option<AttrValue>,
    /// Set when this cumulative count is below an earlier month's, or an "of which" count is
    /// above its whole.
    warning: Option<AttrValue>,
    epoch: u64,
    dispatch: UseReducerDispatcher<AppState>,
}

#[function_component(ActualCell)]
fn actual_cell(props: &ActualCellProps) -> Html {
    let input = use_shown_value(props.value.map(grouped).unwrap_or_default(), props.epoch);
    let field = InputField::Actual(props.series, props.month);
    let onchange = on_typed(&props.dispatch, field.clone());
    let (sheet, row) = props.series.place();
    let column = props.month.index();
    let grid = props.grid.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        let target = match e.key().as_str() {
            "ArrowDown" => Some((row + 1, column)),
            "ArrowUp" if row > 0 => Some((row - 1, column)),
            "ArrowRight" if e.ctrl_key() => Some((row, column + 1)),
            "ArrowLeft" if e.ctrl_key() && column > 0 => Some((row, column - 1)),
            _ => None,
        };
        if let Some((r, c)) = target {
            e.prevent_default();
            focus_month_cell(&grid, r, c);
        }
    });
    let onpaste = {
        let (dispatch, month) = (props.dispatch.clone(), props.month);
        Callback::from(move |e: Event| {
            if let Some(text) = pasted_block(&e) {
                e.prevent_default();
                let target = PasteTarget::Actuals(sheet, row, month);
                dispatch.dispatch(Action::Paste { target, text });
            }
        })
    };
    html! {
        <td class={ classes!(props.error.is_some().then_some("has-error"), props.warning.is_some().then_some("has-warning")) }>
            <input ref={ input } type="text" inputmode="numeric" class="num month"
                   data-month-cell={ format!("{}-{}", props.grid, cell_id(row, column)) } aria-label={ props.label.clone() }
                   aria-invalid={ props.error.is_some().then_some("true") }
                   value={ props.value.map(grouped).unwrap_or_default() }
                   { onchange } { onkeydown } { onpaste } />
            if let Some(error) = &props.error { <p class="cell-error" role="alert">{ error }</p> }
            if let Some(warning) = &props.warning { <p class="cell-warning">{ warning }</p> }
        </td>
    }
}

/// Which grid to show.
#[derive(Clone, PartialEq, Properties)]
pub struct ActualsGridProps {
    /// The grid.
    pub sheet: Sheet,
}

/// A short key for the grid, unique on the page.
fn grid_key(sheet: Sheet) -> String {
    match sheet {
        Sheet::Metric(m) => format!("m{m}"),
        Sheet::Departments => "dep".to_owned(),
        Sheet::Manufacturing => "mfg".to_owned(),
        Sheet::Countable => "cnt".to_owned(),
    }
}

/// Cells to warn about, as (row, month): counts below an earlier month's, and "of which" counts
/// above their whole.
type Warnings = (Vec<(usize, Month)>, Vec<(usize, Month)>);

/// The cells of `sheet` to warn about.
fn sheet_warnings(workspace: &Workspace, sheet: Sheet) -> Warnings {
    let on_sheet = |found: Vec<(Series, Month)>| -> Vec<(usize, Month)> {
        found
            .into_iter()
            .filter_map(|(series, month)| {
                let (s, row) = series.place();
                (s == sheet).then_some((row, month))
            })
            .collect()
    };
    (
        on_sheet(workspace.actuals.decreases()),
        on_sheet(workspace.actuals.above_whole(&workspace.plan)),
    )
}

/// What the grid of `sheet` is of: a metric, the departments' metric, or the other rows.
fn sheet_heading(t: &Texts, plan: &Plan, lang: Lang, sheet: Sheet) -> String {
    match sheet {
        Sheet::Metric(metric) => metric_name(plan, metric, lang),
        Sheet::Departments => metric_name(plan, plan.department_metric, lang),
        Sheet::Manufacturing => t.units.manufacturing.to_owned(),
        Sheet::Countable => (t.units.tab)(Units::Countable).to_owned(),
    }
}

/// The month grid of `sheet`.
#[function_component(ActualsGrid)]
pub fn actuals_grid(props: &ActualsGridProps) -> Html {
    let state = use_app_state();
    let sheet = props.sheet;
    // The cells to warn about — counts below an earlier month's, "of which" counts above their
    // whole — found once per workspace, not on every render of the screen.
    let warnings = use_derived(&state, sheet, |workspace, &sheet| {
        sheet_warnings(workspace, sheet)
    });
    let (decreases, above) = &*warnings;
    let lang: Lang = state.ui.lang;
    let t = texts(lang);
    let workspace = state.workspace();
    let plan = &workspace.plan;
    if let Sheet::Metric(metric) = sheet {
        if metric >= plan.metrics.len() {
            return html! {};
        }
    }
    let dispatch = state.dispatcher();
    let as_of = workspace.simulation.as_of;
    let grid = AttrValue::from(grid_key(sheet));
    let rows = (0..sheet.rows(plan)).take(MAX_ROWS).map(|row| {
        let series = sheet.series(row);
        let name = series_name(plan, series, lang);
        let row_name = row_name(plan, sheet, row, lang);
        let months = workspace.actuals.series(series);
        let cells = (1..=12u8).filter_map(|month| Month::new(month).ok()).map(|month| {
            let value = months.and_then(|m| m[month.index()]).map(|q| q.get());
            let field = InputField::Actual(series, month);
            let error = refusal_at(&state, &field).map(AttrValue::from);
            let warning = if decreases.contains(&(row, month)) {
                Some(AttrValue::from(t.actuals.decreases))
            } else if above.contains(&(row, month)) {
                Some(AttrValue::from(t.actuals.above_whole))
            } else {
                None
            };
            html! {
                <ActualCell { series } grid={ grid.clone() } { month } { value } { error } { warning }
                    label={ AttrValue::from(format!("{name} {}", (t.common.month_name)(usize::from(month.get())))) }
                    epoch={ state.ui.input_epoch } dispatch={ dispatch.clone() } />
            }
        });
        html! { <tr key={ row }><th scope="row">{ row_name }</th>{ for cells }</tr> }
    });
    let heading_id = format!("actuals-heading-{grid}");
    let heading = sheet_heading(t, plan, lang, sheet);
    let first_column = row_header(t, sheet);
    html! {
        <section class="panel actuals" aria-labelledby={ heading_id.clone() }>
            <h2 id={ heading_id }>{ t.actuals.heading }{ t.common.colon }{ heading }</h2>
            if !decreases.is_empty() {
                <p class="warning" role="status">{ (t.actuals.decreases_summary)(decreases.len()) }</p>
            }
            if !above.is_empty() {
                <p class="warning" role="status">{ (t.actuals.above_whole_summary)(above.len()) }</p>
            }
            <div class="table-scroll">
                <table class="month-grid">
                    <thead><tr>
                        <th scope="col">{ first_column }</th>
                        { for (1..=12usize).map(|month| html! {
                            <th scope="col" class={ classes!("num", (month == usize::from(as_of.get())).then_some("as-of")) }>{ (t.common.month_name)(month) }</th>
                        }) }
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
