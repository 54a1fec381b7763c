//! The month grid of one metric: cumulative actuals per district and month, typed or pasted.

use quota_engine::simulate::Month;
use quota_engine::Lang;
use web_sys::KeyboardEvent;
use yew::prelude::{
    classes, function_component, html, AttrValue, Callback, Event, Html, Properties,
    UseReducerDispatcher,
};

use crate::components::refusal_text;
use crate::components::{on_typed, use_app_state, use_shown_value};
use crate::i18n::{grouped, texts};
use crate::platform::focus::{cell_id, focus_month_cell};
use crate::platform::pasted_block;
use crate::state::{Action, AppState, Field, PasteTarget};

/// The most districts the grid lists.
const MAX_ROWS: usize = 200;

#[derive(Clone, PartialEq, Properties)]
struct ActualCellProps {
    metric: usize,
    district: usize,
    month: Month,
    value: Option<u64>,
    label: AttrValue,
    error: Option<AttrValue>,
    /// Set when this cumulative count is below an earlier month's.
    decrease: Option<AttrValue>,
    epoch: u64,
    dispatch: UseReducerDispatcher<AppState>,
}

#[function_component(ActualCell)]
fn actual_cell(props: &ActualCellProps) -> Html {
    let input = use_shown_value(props.value.map(grouped).unwrap_or_default(), props.epoch);
    let field = Field::Actual(props.metric, props.district, props.month);
    let onchange = on_typed(&props.dispatch, field.clone());
    let (row, column) = (props.district, props.month.index());
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
            focus_month_cell(r, c);
        }
    });
    let onpaste = {
        let (dispatch, metric, month) = (props.dispatch.clone(), props.metric, props.month);
        Callback::from(move |e: Event| {
            if let Some(text) = pasted_block(&e) {
                e.prevent_default();
                let target = PasteTarget::Actuals(metric, row, month);
                dispatch.dispatch(Action::Paste { target, text });
            }
        })
    };
    html! {
        <td class={ classes!(props.error.is_some().then_some("has-error"), props.decrease.is_some().then_some("has-warning")) }>
            <input ref={ input } type="text" inputmode="numeric" class="num month"
                   data-month-cell={ cell_id(row, column) } aria-label={ props.label.clone() }
                   aria-invalid={ props.error.is_some().then_some("true") }
                   value={ props.value.map(grouped).unwrap_or_default() }
                   { onchange } { onkeydown } { onpaste } />
            if let Some(error) = &props.error { <p class="cell-error" role="alert">{ error }</p> }
            if let Some(decrease) = &props.decrease { <p class="cell-warning">{ decrease }</p> }
        </td>
    }
}

/// The month grid for the metric chosen on the progress screens.
#[function_component(ActualsGrid)]
pub fn actuals_grid() -> Html {
    let state = use_app_state();
    let lang: Lang = state.ui.lang;
    let t = texts(lang);
    let workspace = state.workspace();
    let plan = &workspace.plan;
    let metric = state.shown_metric();
    let Some(m) = plan.metrics.get(metric) else {
        return html! {};
    };
    let dispatch = state.dispatcher();
    let as_of = workspace.simulation.as_of;
    let decreases: Vec<(usize, Month)> = workspace
        .actuals
        .decreases()
        .into_iter()
        .filter(|&(m, _, _)| m == metric)
        .map(|(_, district, month)| (district, month))
        .collect();
    let rows = plan.districts.iter().enumerate().take(MAX_ROWS).map(|(district, d)| {
        let name = d.name.get(lang);
        let cells = (1..=12u8).filter_map(|month| Month::new(month).ok()).map(|month| {
            let value = workspace
                .actuals
                .cumulative
                .get(metric)
                .and_then(|rows| rows.get(district))
                .and_then(|months| months[month.index()])
                .map(|q| q.get());
            let field = Field::Actual(metric, district, month);
            let error = state.ui.refusal.as_ref().filter(|r| r.field == field)
                .map(|r| AttrValue::from(refusal_text(t, r, plan)));
            let decrease = decreases
                .contains(&(district, month))
                .then(|| AttrValue::from(t.actual_decreases));
            html! {
                <ActualCell { metric } { district } { month } { value } { error } { decrease }
                    label={ AttrValue::from(format!("{name} {} {}", m.name.get(lang), (t.month_name)(usize::from(month.get())))) }
                    epoch={ state.ui.input_epoch } dispatch={ dispatch.clone() } />
            }
        });
        html! { <tr key={ district }><th scope="row">{ name }</th>{ for cells }</tr> }
    });
    html! {
        <section class="panel actuals" aria-labelledby="actuals-heading">
            <h2 id="actuals-heading">{ t.actuals_heading }{ t.colon }{ m.name.get(lang) }</h2>
            if !decreases.is_empty() {
                <p class="warning" role="status">{ (t.actual_decreases_summary)(decreases.len()) }</p>
            }
            <div class="table-scroll">
                <table class="month-grid">
                    <thead><tr>
                        <th scope="col">{ t.district }</th>
                        { for (1..=12usize).map(|month| html! {
                            <th scope="col" class={ classes!("num", (month == usize::from(as_of.get())).then_some("as-of")) }>{ (t.month_name)(month) }</th>
                        }) }
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
