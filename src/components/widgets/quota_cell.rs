//! One editable number in the plan table: a district's quota or a city total, with its lock,
//! its changes, its "of which" badge and the message when an entry was refused.
//!
//! Cells take plain props (no context), so Yew skips the ones whose numbers did not change.

use quota_engine::Lang;
use web_sys::{HtmlInputElement, KeyboardEvent};
use yew::prelude::{
    classes, function_component, html, AttrValue, Callback, Event, Html, NodeRef, Properties,
    UseReducerDispatcher,
};

use crate::components::{on_typed, use_shown_value};
use crate::i18n::{grouped, texts, Texts};
use crate::platform::focus::{cell_id, focus_cell};
use crate::platform::pasted_block;
use crate::state::{Action, AppState, InputField, PasteTarget};
use quota_engine::workspace::Edit;

/// What a cell shows and where it sits.
#[derive(Clone, PartialEq, Properties)]
pub struct QuotaCellProps {
    /// A district's cell or a metric's total.
    pub field: InputField,
    /// Row in the table (districts, then the total row), for arrow keys.
    pub row: usize,
    /// Column (metric), for arrow keys.
    pub column: usize,
    /// The number.
    pub value: u64,
    /// The accessible name, e.g. `鹿城 技能人才培训数`.
    pub label: AttrValue,
    /// Locked or not; `None` for totals, which have no lock.
    pub locked: Option<bool>,
    /// Change against the published plan, e.g. `+800`.
    pub vs_published: Option<AttrValue>,
    /// Change against the previous state.
    pub vs_previous: Option<AttrValue>,
    /// An "of which" violation badge.
    pub badge: Option<AttrValue>,
    /// Why the last entry here was refused.
    pub error: Option<AttrValue>,
    /// Bumped when typed text must be dropped.
    pub epoch: u64,
    /// The interface language.
    pub lang: Lang,
    /// Sends actions to the reducer (stable across renders, so unchanged cells are skipped).
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// An editable quota.
#[function_component(QuotaCell)]
pub fn quota_cell(props: &QuotaCellProps) -> Html {
    let t = texts(props.lang);
    let input = use_shown_value(grouped(props.value), props.epoch);
    let onchange = on_typed(&props.dispatch, props.field.clone());
    let onkeydown = on_keydown(props, &input);
    let onpaste = on_paste(&props.dispatch, &props.field);
    let onfocus = {
        let (dispatch, field) = (props.dispatch.clone(), props.field.clone());
        Callback::from(move |_| {
            if let InputField::Cell(metric, district) = field {
                dispatch.dispatch(Action::Select(metric, district));
            }
        })
    };
    let lock = props.locked.map(|locked| lock_button(props, locked));
    let error_id = format!("error-{}", cell_id(props.row, props.column));
    html! {
        <td class={ classes!("quota", props.vs_previous.is_some().then_some("changed"),
                             props.locked.unwrap_or(false).then_some("is-locked"),
                             props.error.is_some().then_some("has-error")) }>
            <div class="cell-line">
                <input ref={ input } type="text" inputmode="numeric" class="num"
                       data-cell={ cell_id(props.row, props.column) }
                       aria-label={ props.label.clone() }
                       aria-invalid={ props.error.is_some().then_some("true") }
                       aria-describedby={ props.error.is_some().then_some(error_id.clone()) }
                       value={ grouped(props.value) }
                       readonly={ props.locked.unwrap_or(false) }
                       { onchange } { onkeydown } { onpaste } { onfocus } />
                { for lock }
            </div>
            if props.vs_published.is_some() || props.vs_previous.is_some() {
                { deltas(props, t) }
            }
            if let Some(badge) = &props.badge {
                <span class="badge" role="status">{ badge }</span>
            }
            if let Some(error) = &props.error {
                <p class="cell-error" id={ error_id } role="alert">{ error }</p>
            }
        </td>
    }
}

/// Enter commits and moves down, the arrows move up and down, Escape shows the stored number.
fn on_keydown(props: &QuotaCellProps, input: &NodeRef) -> Callback<KeyboardEvent> {
    let (row, column, value, input) = (props.row, props.column, props.value, input.clone());
    let (dispatch, field) = (props.dispatch.clone(), props.field.clone());
    Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
        "Enter" => {
            // Commit now (the totals row has no cell below to blur into), then move down.
            e.prevent_default();
            if let Some(element) = input.cast::<HtmlInputElement>() {
                dispatch.dispatch(Action::Typed {
                    field: field.clone(),
                    text: element.value(),
                });
            }
            focus_cell(row + 1, column);
        }
        "ArrowDown" => {
            e.prevent_default();
            focus_cell(row + 1, column);
        }
        "ArrowUp" if row > 0 => {
            e.prevent_default();
            focus_cell(row - 1, column);
        }
        "Escape" => {
            if let Some(element) = input.cast::<HtmlInputElement>() {
                element.set_value(&grouped(value));
            }
        }
        _ => {}
    })
}

/// A pasted block of several cells goes to the paste dialog, from this cell on; a single
/// number is typed as usual.
fn on_paste(dispatch: &UseReducerDispatcher<AppState>, field: &InputField) -> Callback<Event> {
    let (dispatch, field) = (dispatch.clone(), field.clone());
    Callback::from(move |e: Event| {
        let target = match field {
            InputField::Cell(metric, district) => PasteTarget::Plan(metric, district),
            InputField::Actual(series, month) => {
                let (sheet, row) = series.place();
                PasteTarget::Actuals(sheet, row, month)
            }
            InputField::Total(_)
            | InputField::Settings(_)
            | InputField::Plan
            | InputField::Simulation
            | InputField::MatrixCell(..)
            | InputField::Department(_)
            | InputField::Matrix => return,
        };
        if let Some(text) = pasted_block(&e) {
            e.prevent_default();
            dispatch.dispatch(Action::Paste {
                target: target.clone(),
                text,
            });
        }
    })
}

/// The lock of a district's cell, pressed while `locked`.
fn lock_button(props: &QuotaCellProps, locked: bool) -> Html {
    let t = texts(props.lang);
    let (dispatch, field) = (props.dispatch.clone(), props.field.clone());
    let toggle = Callback::from(move |_| {
        if let InputField::Cell(metric, district) = field {
            let edit = Edit::SetLock {
                metric,
                district,
                locked: !locked,
            };
            dispatch.dispatch(Action::Edit(edit, field.clone()));
        }
    });
    let label = format!("{} {}", t.plan.lock_prefix, props.label);
    html! {
        <button type="button" class={ classes!("lock", locked.then_some("on")) }
                aria-pressed={ locked.to_string() } aria-label={ label.clone() } title={ label }
                onclick={ toggle }></button>
    }
}

/// The changes against the previous state and the published plan: one line when they agree.
fn deltas(props: &QuotaCellProps, t: &Texts) -> Html {
    html! {
        <div class="deltas">
            if props.vs_previous.is_some() && props.vs_previous == props.vs_published {
                <span class="delta previous">
                    { t.plan.vs_previous }{ t.common.list_separator }{ t.plan.vs_published }{ " " }
                    { props.vs_previous.clone().unwrap_or_default() }
                </span>
            } else {
                if let Some(delta) = &props.vs_previous {
                    <span class="delta previous">{ t.plan.vs_previous }{ " " }{ delta }</span>
                }
                if let Some(delta) = &props.vs_published {
                    <span class="delta published">{ t.plan.vs_published }{ " " }{ delta }</span>
                }
            }
        </div>
    }
}
