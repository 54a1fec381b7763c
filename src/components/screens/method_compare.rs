//! The method comparison: how every method would split the chosen metric's current total,
//! district by district, with the numbers that differ from the current plan marked.

use quota_engine::apportion::Method;
use quota_engine::workspace::MethodSplit;
use yew::prelude::{classes, function_component, html, Html};

use crate::components::{scroll_region, use_settled_state};
use crate::i18n::rules::BaseKind;
use crate::i18n::{decimal, grouped, metric_name, texts};

/// Plans up to this many districts list them all.
const ALL_ROWS_UP_TO: usize = 40;
/// The most rows listed.
const MAX_ROWS: usize = 100;

/// Methods × districts for the metric of the selected cell (the first metric before any).
#[function_component(MethodCompare)]
pub fn method_compare() -> Html {
    let state = use_settled_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let workspace = state.workspace();
    let plan = &workspace.plan;
    let (metric, district) = state
        .ui
        .selected
        .filter(|&(m, d)| m < plan.metrics.len() && d < plan.districts.len())
        .unwrap_or((0, usize::MAX));
    let Some(m) = plan.metrics.get(metric) else {
        return html! {};
    };
    let current: Vec<u64> = m.quotas.iter().map(|q| q.get()).collect();
    let comparison = workspace.method_comparison(metric, &state.baseline);
    let splits: Vec<(Method, Option<Vec<u64>>)> = comparison
        .iter()
        .map(|m| {
            let quotas = m
                .split
                .as_ref()
                .ok()
                .map(|s| s.quotas.iter().map(|q| q.get()).collect());
            (m.method, quotas)
        })
        .collect();
    let measure = |value: fn(&MethodSplit) -> Option<f64>| {
        comparison
            .iter()
            .map(|m| html! { <td class="num">{ value(m).map_or_else(|| "—".to_owned(), decimal) }</td> })
            .collect::<Html>()
    };
    // A large plan lists only the districts some method splits differently (and the chosen one).
    let differs_at = |d: usize| {
        splits
            .iter()
            .any(|(_, q)| q.as_ref().and_then(|q| q.get(d)) != current.get(d))
    };
    let large = plan.districts.len() > ALL_ROWS_UP_TO;
    let shown: Vec<usize> = (0..plan.districts.len())
        .filter(|&d| !large || d == district || differs_at(d))
        .take(MAX_ROWS)
        .collect();
    let compare_rows = shown.iter().map(|&d| {
        let name = plan.districts[d].name.get(lang);
        compare_row(name, &current, &splits, d, d == district)
    });
    html! {
        <section class="panel compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ t.rules.compare_heading }{ t.common.colon }{ metric_name(plan, metric, lang) }</h2>
            if large { <p class="hint">{ (t.rules.compare_only_differences)(shown.len()) }</p> }
            { scroll_region("compare-heading", html! {
                <table class="compare-table">
                    <thead><tr>
                        <th scope="col">{ t.common.district }</th>
                        <th scope="col" class="num">{ (t.rules.base_name)(BaseKind::Current) }</th>
                        { for Method::ALL.iter().map(|&m| html! { <th scope="col" class="num">{ (t.rules.method_name)(m) }</th> }) }
                    </tr></thead>
                    <tbody>{ for compare_rows }</tbody>
                    <tfoot>
                        <tr><th scope="row">{ t.rules.gallagher }</th><td></td>{ measure(MethodSplit::gallagher) }</tr>
                        <tr><th scope="row">{ t.rules.largest_deviation }</th><td></td>{ measure(MethodSplit::largest_deviation) }</tr>
                    </tfoot>
                </table>}) }
            <p class="hint">{ t.rules.disproportion_note }</p>
        </section>
    }
}

/// District `d` (called `name`): its current quota, then each method's, those that differ
/// marked; the chosen district's row `selected`.
fn compare_row(
    name: &str,
    current: &[u64],
    splits: &[(Method, Option<Vec<u64>>)],
    d: usize,
    selected: bool,
) -> Html {
    let cells = splits.iter().map(|(_, quotas)| {
        let value = quotas.as_ref().and_then(|q| q.get(d).copied());
        let differs = value.is_some_and(|v| Some(&v) != current.get(d));
        html! {
            <td class={ classes!("num", differs.then_some("differs")) }>
                { value.map_or_else(|| "—".to_owned(), grouped) }
            </td>
        }
    });
    html! {
        <tr class={ classes!(selected.then_some("selected")) }>
            <th scope="row">{ name }</th>
            <td class="num">{ current.get(d).map_or_else(String::new, |&v| grouped(v)) }</td>
            { for cells }
        </tr>
    }
}
