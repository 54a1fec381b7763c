//! One cell of the department matrix: its value (or seed weight, by the mode), a lock and a
//! structural-zero toggle. Plain props, so Yew skips the cells whose numbers did not change.

use quota_engine::matrix::{CellRule, MatrixEdit};
use quota_engine::workspace::Edit;
use quota_engine::{Lang, Quota};
use yew::prelude::{
    classes, function_component, html, AttrValue, Callback, Event, Html, Properties,
    UseReducerDispatcher,
};

use crate::components::{on_typed, use_shown_value};
use crate::i18n::{grouped, texts};
use crate::platform::pasted_block;
use crate::state::{Action, AppState, InputField, MatrixMode, PasteTarget};

/// What a matrix cell shows.
#[derive(Clone, PartialEq, Properties)]
pub struct MatrixCellProps {
    /// Department.
    pub row: usize,
    /// District.
    pub column: usize,
    /// `<department> <district>`.
    pub label: AttrValue,
    /// Its value, when the matrix could be worked out.
    pub value: Option<u64>,
    /// Its seed weight.
    pub seed: u64,
    /// Free, zero or locked.
    pub rule: CellRule,
    /// Its value in the previous state, when it changed.
    pub was: Option<u64>,
    /// What typing sets.
    pub mode: MatrixMode,
    /// Interface language.
    pub lang: Lang,
    /// Bumped when typed text must be dropped.
    pub epoch: u64,
    /// Sends actions.
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// An editable matrix cell.
#[function_component(MatrixCell)]
pub fn matrix_cell(props: &MatrixCellProps) -> Html {
    let t = texts(props.lang);
    let field = InputField::MatrixCell(props.row, props.column);
    let set_rule = |rule: CellRule| {
        let (dispatch, field) = (props.dispatch.clone(), field.clone());
        let edit = Edit::Matrix(MatrixEdit::SetCell {
            row: props.row,
            column: props.column,
            rule,
        });
        Callback::from(move |_| dispatch.dispatch(Action::Edit(edit.clone(), field.clone())))
    };
    let zero = props.rule == CellRule::Zero;
    let locked = matches!(props.rule, CellRule::Locked(_));
    let toggle_zero = set_rule(if zero { CellRule::Free } else { CellRule::Zero });
    let toggle_lock = set_rule(match (locked, props.value) {
        (false, Some(v)) => CellRule::Locked(Quota::new(v)),
        _ => CellRule::Free,
    });
    let onchange = on_typed(&props.dispatch, field.clone());
    let onpaste = {
        let (dispatch, row, column) = (props.dispatch.clone(), props.row, props.column);
        let seeds = props.mode == MatrixMode::Seeds;
        Callback::from(move |e: Event| {
            if let (true, Some(text)) = (seeds, pasted_block(&e)) {
                e.prevent_default();
                dispatch.dispatch(Action::Paste {
                    target: PasteTarget::MatrixSeed(row, column),
                    text,
                });
            }
        })
    };
    let shown = match props.mode {
        MatrixMode::Values => props.value.map_or_else(|| "—".to_owned(), grouped),
        MatrixMode::Seeds => grouped(props.seed),
    };
    let input = use_shown_value(shown.clone(), props.epoch);
    let zero_label = format!("{} {}", t.matrix.zero_prefix, props.label);
    let lock_label = format!("{} {}", t.plan.lock_prefix, props.label);
    let title = props
        .was
        .map(|w| format!("{} {}", t.matrix.was, grouped(w)));
    html! {
        <td class={ classes!("mcell", props.was.is_some().then_some("changed"), locked.then_some("is-locked"), zero.then_some("is-zero")) }
            { title }>
            <input ref={ input } type="text" inputmode="numeric" class="num" aria-label={ props.label.clone() }
                   value={ shown }
                   readonly={ zero || (locked && props.mode == MatrixMode::Values) }
                   { onchange } { onpaste } />
            <span class="mcell-tools">
                <button type="button" class={ classes!("zero", zero.then_some("on")) } aria-pressed={ zero.to_string() }
                        aria-label={ zero_label.clone() } title={ zero_label } onclick={ toggle_zero }></button>
                <button type="button" class={ classes!("lock", locked.then_some("on")) } aria-pressed={ locked.to_string() }
                        aria-label={ lock_label.clone() } title={ lock_label } onclick={ toggle_lock } disabled={ zero }></button>
            </span>
        </td>
    }
}
