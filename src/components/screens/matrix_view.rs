//! 部门分解: the department × district matrix — settings, the margin check with its two
//! explicit fixes, the table with each row's and column's sum beside its target, and the
//! divisors and ties that explain it. The numbers come from
//! [`quota_engine::workspace::Workspace::department_matrix`]; this file only shows them.

use std::rc::Rc;

use quota_engine::matrix::{Biproportional, MatrixEdit, MatrixError, Rounding};
use quota_engine::workspace::{Edit, Workspace};
use quota_engine::{Lang, Quota};
use yew::prelude::{
    function_component, html, use_memo, AttrValue, Callback, Event, Html, Properties,
    UseReducerDispatcher,
};

use crate::components::refusal_where;
use crate::components::widgets::{MatrixCell, MatrixCellProps};
use crate::components::{on_typed, use_app_state, use_shown_value};
use crate::i18n::matrix::MatrixTexts;
use crate::i18n::{department_name, district_name, grouped, in_both, metric_name, texts};
use crate::platform::download::download_csv;
use crate::platform::event_value;
use crate::state::{Action, AppState, InputField, MatrixMode};

/// The screen.
#[function_component(MatrixView)]
pub fn matrix_view() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = &texts(lang).matrix;
    let workspace = state.current().workspace.clone();
    let solved = use_memo(workspace.clone(), |w| w.department_matrix());
    let previous = state.previous().cloned().map(Rc::new);
    let before = use_memo(previous, |p| {
        p.as_ref().and_then(|w| w.department_matrix().ok())
    });
    let refusal = refusal_where(&state, |field| {
        matches!(
            field,
            InputField::Matrix | InputField::MatrixCell(..) | InputField::Department(_)
        )
    });
    let problem = match solved.as_ref() {
        Err(MatrixError::MarginsDisagree { rows, columns }) => {
            html! { <MarginFix rows={ rows.get() } columns={ columns.get() } /> }
        }
        Err(err) => html! {
            <p class="matrix-error" role="alert">{ (t.error)(err, &workspace.plan) }</p>
        },
        Ok(_) => Html::default(),
    };
    let export = {
        let (workspace, solved) = (workspace.clone(), solved.clone());
        Callback::from(move |_| {
            if let Ok(matrix) = solved.as_ref() {
                let t = &texts(lang).matrix;
                let labels = quota_engine::formats::table::MatrixLabels {
                    department: t.department,
                    sum: t.sum,
                    target: t.target,
                };
                let table = quota_engine::formats::table::matrix_table(
                    &workspace.plan,
                    &matrix.cells,
                    lang,
                    labels,
                );
                let text = quota_engine::formats::csv::write(&table);
                download_csv(&format!("{}.csv", t.file_name), &text);
            }
        })
    };
    html! {
        <section class="panel matrix-view" aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">{ t.heading }</h2>
            <p class="hint">{ t.intro }</p>
            <MatrixSettingsBar />
            if let Some(message) = refusal {
                <p class="cell-error" role="alert">{ message }</p>
            }
            { problem }
            <MatrixTable workspace={ workspace.clone() } solved={ solved.as_ref().as_ref().ok().cloned() }
                         before={ (*before).clone() } mode={ state.ui.matrix_mode } { lang }
                         epoch={ state.ui.input_epoch } dispatch={ state.dispatcher() } />
            <div class="actions">
                <button type="button" onclick={ export } disabled={ solved.is_err() }>{ t.export_csv }</button>
            </div>
            if let Ok(matrix) = solved.as_ref() {
                <Divisors matrix={ Rc::new(matrix.clone()) } workspace={ workspace.clone() } { lang } />
            }
        </section>
    }
}

/// Metric, rounding, step, what typing sets, and the seed.
#[function_component(MatrixSettingsBar)]
fn matrix_settings_bar() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let (t, all) = (&texts(lang).matrix, texts(lang));
    let workspace = state.workspace();
    let settings = &workspace.matrix;
    let edit = |make: fn(String) -> Option<MatrixEdit>| {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(edit) = make(event_value(&e)) {
                state.dispatch(Action::Edit(Edit::Matrix(edit), InputField::Matrix));
            }
        })
    };
    let metric_options = workspace.plan.metrics.iter().enumerate().map(|(m, metric)| {
        let selected = m == workspace.plan.department_metric;
        html! { <option value={ m.to_string() } { selected }>{ metric.name.get(lang) }</option> }
    });
    let rounding_options = Rounding::ALL.iter().enumerate().map(|(i, &r)| {
        let selected = r == settings.rounding;
        html! { <option value={ i.to_string() } { selected }>{ (t.rounding_name)(r) }</option> }
    });
    let steps = [1u64, 10, 100, 1_000];
    let step_options = steps.iter().map(|&s| {
        html! { <option value={ s.to_string() } selected={ s == settings.step }>{ grouped(s) }</option> }
    });
    let mode = |value: MatrixMode, label: &'static str| {
        let checked = state.ui.matrix_mode == value;
        let state = state.clone();
        let onchange = Callback::from(move |_| state.dispatch(Action::SetMatrixMode(value)));
        html! {
            <label class="radio">
                <input type="radio" name="matrix-mode" { checked } { onchange } />
                { label }
            </label>
        }
    };
    let prior = matches!(settings.seed, quota_engine::matrix::Seed::Prior(_));
    let clear = {
        let state = state.clone();
        Callback::from(move |_| {
            state.dispatch(Action::Edit(
                Edit::Matrix(MatrixEdit::ClearSeed),
                InputField::Matrix,
            ));
        })
    };
    html! {
        <div class="matrix-settings">
            <label>{ t.metric }
                <select onchange={ edit(|v| v.parse().ok().map(MatrixEdit::SetMetric)) }>{ for metric_options }</select>
            </label>
            <label>{ t.rounding }
                <select onchange={ edit(|v| v.parse::<usize>().ok().and_then(|i| Rounding::ALL.get(i).copied()).map(MatrixEdit::SetRounding)) }>
                    { for rounding_options }
                </select>
            </label>
            <label>{ all.common.step }
                <select onchange={ edit(|v| v.parse().ok().map(MatrixEdit::SetStep)) }>{ for step_options }</select>
            </label>
            <fieldset class="matrix-mode">
                <legend>{ t.mode }</legend>
                { mode(MatrixMode::Values, t.mode_values) }
                { mode(MatrixMode::Seeds, t.mode_seeds) }
            </fieldset>
            <p class="matrix-seed">
                { t.seed }{ all.common.colon }{ if prior { t.seed_prior } else { t.seed_independence } }
                if prior {
                    { " " }<button type="button" onclick={ clear }>{ t.clear_seed }</button>
                }
            </p>
        </div>
    }
}

#[derive(Clone, PartialEq, Properties)]
struct MarginFixProps {
    rows: u64,
    columns: u64,
}

/// The margins disagree: say so with both numbers and offer the two fixes.
#[function_component(MarginFix)]
fn margin_fix(props: &MarginFixProps) -> Html {
    let state = use_app_state();
    let t = &texts(state.ui.lang).matrix;
    let plan = &state.workspace().plan;
    let metric = metric_name(plan, plan.department_metric, state.ui.lang);
    let dispatch = |edit: MatrixEdit| {
        let state = state.clone();
        Callback::from(move |_| {
            state.dispatch(Action::Edit(Edit::Matrix(edit.clone()), InputField::Matrix));
        })
    };
    let name = in_both(|t| t.matrix.balance_name);
    let task = in_both(|t| t.matrix.balance_task);
    let difference = props.columns.checked_sub(props.rows).filter(|d| *d > 0);
    html! {
        <div class="matrix-mismatch" role="alert">
            <p>{ (t.mismatch)(props.rows, props.columns, &metric) }</p>
            <div class="actions">
                if let Some(difference) = difference {
                    <button type="button" onclick={ dispatch(MatrixEdit::AddBalancingRow { name, task }) }>
                        { (t.balance_row)(difference) }
                    </button>
                }
                <button type="button" onclick={ dispatch(MatrixEdit::ScaleDepartments) }>
                    { (t.scale)(props.columns) }
                </button>
            </div>
        </div>
    }
}

#[derive(Clone, PartialEq, Properties)]
struct MatrixTableProps {
    workspace: Rc<Workspace>,
    solved: Option<Biproportional>,
    before: Option<Biproportional>,
    mode: MatrixMode,
    lang: Lang,
    epoch: u64,
    dispatch: UseReducerDispatcher<AppState>,
}

/// The table: one row per department with its sum and target, then the district sums and
/// targets.
#[function_component(MatrixTable)]
fn matrix_table(props: &MatrixTableProps) -> Html {
    let t = &texts(props.lang).matrix;
    let plan = &props.workspace.plan;
    let lang = props.lang;
    let columns = props.workspace.matrix_columns();
    let seeds = props.workspace.matrix_seed();
    let header = plan
        .districts
        .iter()
        .map(|d| html! { <th scope="col">{ d.name.get(lang) }</th> });
    // Solved or not, the sums come from the engine (no sums without a solved matrix).
    let sums = quota_engine::matrix::sums(
        props
            .solved
            .as_ref()
            .map_or(&[][..], |m| m.cells.as_slice()),
    );
    let rows = plan.departments.iter().enumerate().map(|(i, department)| {
        let name = department.name.get(lang);
        let row_sum = sums.rows.get(i).copied().flatten().map(Quota::get);
        html! {
            <tr>
                <th scope="row">{ name }</th>
                { for matrix_cells(props, i, name, seeds.get(i).map_or(&[][..], Vec::as_slice)) }
                <td class="num sum">{ row_sum.map_or_else(|| "—".to_owned(), grouped) }</td>
                <DepartmentTarget row={ i } value={ department.quota.get() }
                    label={ AttrValue::from(format!("{} {}", name, t.department_quota)) }
                    epoch={ props.epoch } dispatch={ props.dispatch.clone() } />
            </tr>
        }
    });
    let column_sums = (0..columns.len()).map(|j| {
        let s = sums.columns.get(j).copied().flatten().map(Quota::get);
        html! { <td class="num sum">{ s.map_or_else(|| "—".to_owned(), grouped) }</td> }
    });
    let targets = columns
        .iter()
        .map(|q| html! { <td class="num target">{ grouped(q.get()) }</td> });
    let grand = sums.total.map(Quota::get);
    html! {
        <div class="table-scroll">
            <table class="matrix-table">
                <caption>{ t.caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.department }</th>
                        { for header }
                        <th scope="col">{ t.sum }</th>
                        <th scope="col">{ t.target }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
                <tfoot>
                    <tr class="sums">
                        <th scope="row">{ t.sum }</th>
                        { for column_sums }
                        <td class="num sum">{ grand.map_or_else(|| "—".to_owned(), grouped) }</td>
                        <td></td>
                    </tr>
                    <tr class="targets">
                        <th scope="row">{ t.target }</th>
                        { for targets }
                        <td></td>
                        <td class="num target">{ plan.metric_total(plan.department_metric).ok().map_or_else(|| "—".to_owned(), |q| grouped(q.get())) }</td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}

/// The cells of department `i` (called `name`), one per district; `seeds` its row of the seed.
fn matrix_cells<'a>(
    props: &'a MatrixTableProps,
    i: usize,
    name: &'a str,
    seeds: &'a [u64],
) -> impl Iterator<Item = Html> + 'a {
    let (plan, lang) = (&props.workspace.plan, props.lang);
    (0..props.workspace.matrix_columns().len()).map(move |j| {
        let value = props
            .solved
            .as_ref()
            .and_then(|m| m.cells.get(i)?.get(j).copied());
        let was = props
            .before
            .as_ref()
            .and_then(|m| m.cells.get(i)?.get(j).copied());
        let cell = MatrixCellProps {
            row: i,
            column: j,
            label: AttrValue::from(format!("{} {}", name, district_name(plan, j, lang))),
            value: value.map(Quota::get),
            seed: seeds.get(j).copied().unwrap_or(0),
            rule: props.workspace.matrix.rule(i, j),
            was: was
                .filter(|w| Some(*w) != value && value.is_some())
                .map(Quota::get),
            mode: props.mode,
            lang,
            epoch: props.epoch,
            dispatch: props.dispatch.clone(),
        };
        html! { <MatrixCell ..cell /> }
    })
}

#[derive(Clone, PartialEq, Properties)]
struct DepartmentTargetProps {
    row: usize,
    value: u64,
    label: AttrValue,
    epoch: u64,
    dispatch: UseReducerDispatcher<AppState>,
}

/// A department's quota, editable.
#[function_component(DepartmentTarget)]
fn department_target(props: &DepartmentTargetProps) -> Html {
    let onchange = on_typed(&props.dispatch, InputField::Department(props.row));
    let input = use_shown_value(grouped(props.value), props.epoch);
    html! {
        <td class="num target">
            <input ref={ input } type="text" inputmode="numeric" class="num"
                   aria-label={ props.label.clone() } value={ grouped(props.value) } { onchange } />
        </td>
    }
}

#[derive(Clone, PartialEq, Properties)]
struct DivisorsProps {
    matrix: Rc<Biproportional>,
    workspace: Rc<Workspace>,
    lang: Lang,
}

/// The most tied cells listed (the rest are counted).
const LISTED_TIES: usize = 12;

/// The row and column divisors and the cells on a signpost.
#[function_component(Divisors)]
fn divisors(props: &DivisorsProps) -> Html {
    let t: &MatrixTexts = &texts(props.lang).matrix;
    let (plan, lang) = (&props.workspace.plan, props.lang);
    let department = |i: usize| department_name(plan, i, lang);
    let figure = |d: f64| {
        if d.is_finite() {
            format!("{d:.4}")
        } else {
            "—".to_owned()
        }
    };
    let rows = props.matrix.row_divisors.iter().enumerate().map(|(i, d)| {
        html! { <tr><th scope="row">{ department(i) }</th><td class="num">{ figure(*d) }</td></tr> }
    });
    let columns = props.matrix.column_divisors.iter().enumerate().map(|(j, d)| {
        html! { <tr><th scope="row">{ district_name(plan, j, lang) }</th><td class="num">{ figure(*d) }</td></tr> }
    });
    let ties = props.matrix.ties.iter().take(LISTED_TIES).map(|tie| {
        html! {
            <li>{ (t.tie)(&department(tie.row), &district_name(plan, tie.column, lang), tie.value.get(), tie.alternative.get()) }</li>
        }
    });
    html! {
        <details class="matrix-divisors">
            <summary>{ t.divisors_heading }</summary>
            <p>{ (t.iterations)(props.matrix.rounds, props.matrix.transfers) }</p>
            <div class="divisor-tables">
                <table>
                    <thead><tr><th scope="col">{ t.department }</th><th scope="col">{ t.row_divisor }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
                <table>
                    <thead><tr><th scope="col">{ texts(lang).common.district }</th><th scope="col">{ t.column_divisor }</th></tr></thead>
                    <tbody>{ for columns }</tbody>
                </table>
            </div>
            if props.matrix.ties.is_empty() {
                <p>{ t.no_ties }</p>
            } else {
                <ul class="matrix-ties">
                    { for ties }
                    if props.matrix.ties.len() > LISTED_TIES {
                        <li>{ (t.more_ties)(props.matrix.ties.len() - LISTED_TIES) }</li>
                    }
                </ul>
            }
        </details>
    }
}
