//! The checks (核对) of the month reported on: who has not returned (or returned only some
//! metrics), the cumulative counts below an earlier month's and the "of which" counts above
//! their whole — the cells the month grids flag, listed in one place, with the way back to the
//! grids to correct them.

use std::rc::Rc;

use quota_engine::simulate::month::MonthStatus;
use quota_engine::simulate::{Month, Series};
use quota_engine::{Lang, Plan};
use yew::prelude::{function_component, html, Html};

use super::nav::{go_to, step_href};
use super::status::status_of;
use crate::components::{use_app_state, use_derived};
use crate::i18n::{department_name, district_name, metric_name, series_name, texts, Texts};
use crate::state::Step;

/// Names by index, joined by the language's list separator.
fn listed(t: &Texts, indices: &[usize], name: impl Fn(usize) -> String) -> String {
    indices
        .iter()
        .map(|&i| name(i))
        .collect::<Vec<_>>()
        .join(t.common.list_separator)
}

/// Who has not returned, or returned only some metrics.
fn returns_list(t: &Texts, plan: &Plan, lang: Lang, status: &MonthStatus) -> Html {
    let s = &t.steps;
    let mut lines = Vec::new();
    if !status.districts_missing.is_empty() {
        let names = listed(t, &status.districts_missing, |d| {
            district_name(plan, d, lang)
        });
        lines.push((s.districts_missing)(&names));
    }
    if !status.departments_missing.is_empty() {
        let names = listed(t, &status.departments_missing, |d| {
            department_name(plan, d, lang)
        });
        lines.push((s.departments_missing)(&names));
    }
    for (district, metrics) in &status.incomplete {
        let missing = listed(t, metrics, |m| metric_name(plan, m, lang));
        lines.push((s.incomplete)(
            &district_name(plan, *district, lang),
            &missing,
        ));
    }
    if lines.is_empty() {
        return html! { <p>{ s.all_returned }</p> };
    }
    html! { <ul class="findings">{ for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul> }
}

/// One kind of flagged count, under its heading.
fn flagged_list(
    t: &Texts,
    plan: &Plan,
    lang: Lang,
    heading: &str,
    found: &[(Series, Month)],
) -> Html {
    let s = &t.steps;
    let items = found.iter().map(|&(series, month)| {
        let month = (t.common.month_name)(usize::from(month.get()));
        html! { <li class="warning">{ (s.flagged)(&series_name(plan, series, lang), &month) }</li> }
    });
    html! {
        <>
            <h3>{ heading.to_owned() }</h3>
            if found.is_empty() {
                <p>{ s.nothing_flagged }</p>
            } else {
                <ul class="findings">{ for items }</ul>
            }
        </>
    }
}

/// The checks' panel.
#[function_component(FindingsPanel)]
pub fn findings_panel() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let s = &t.steps;
    let status: Rc<MonthStatus> = use_derived(&state, (), status_of);
    let workspace = state.workspace();
    let plan = &workspace.plan;
    let month = (t.common.month_name)(usize::from(status.month.get()));
    html! {
        <section class="panel findings-panel" aria-labelledby="findings-heading">
            <h2 id="findings-heading">{ (s.check_heading)(&month) }</h2>
            <h3>{ s.returns_heading }</h3>
            { returns_list(t, plan, lang, &status) }
            { flagged_list(t, plan, lang, s.decreases_heading, &status.decreases) }
            { flagged_list(t, plan, lang, s.above_heading, &status.above_whole) }
            if status.findings() > 0 {
                <p><a href={ step_href(Step::Collect) } onclick={ go_to(&state, Step::Collect) }>{ s.go_collect }</a></p>
            }
        </section>
    }
}
