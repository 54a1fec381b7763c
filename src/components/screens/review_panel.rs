//! The mid-year review (半年一评价) of the shown metric: who made "half the time, half the
//! target" by June, and by how many persons the others fell short. Printable on its own.

use quota_engine::simulate::bulletin::ReviewLine;
use quota_engine::{Lang, Plan};
use yew::prelude::{classes, function_component, html, Callback, Html, MouseEvent};

use crate::components::{scroll_region, use_app_state, use_derived};
use crate::i18n::{district_name, texts, Texts};
use crate::platform::download::{print_panel, Paper};

fn review_row(t: &Texts, plan: &Plan, lang: Lang, l: &ReviewLine) -> Html {
    html! {
        <tr class={ classes!(l.district.is_none().then_some("city")) }>
            <th scope="row">{ l.district.map_or_else(|| t.common.city.to_owned(), |d| district_name(plan, d, lang)) }</th>
            if l.reported {
                <td><span class={ classes!("status", if l.passed { "ahead" } else { "behind" }) }>
                    { if l.passed { t.bulletin.passed } else { t.bulletin.failed } }</span></td>
                <td class="num">{ if l.passed { String::new() } else { l.shortfall.grouped() } }</td>
            } else {
                <td><span class="status not-reported">{ t.common.not_reported }</span></td>
                <td class="num"></td>
            }
        </tr>
    }
}

/// The review panel, from June on (nothing before, or without actuals).
#[function_component(ReviewPanel)]
pub fn review_panel() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let metric = state.shown_metric();
    let report = use_derived(&state, metric, |workspace, &metric| {
        workspace.bulletin_report(metric)
    });
    let workspace = state.workspace();
    let plan = &workspace.plan;
    let Some(Ok(lines)) = &report.review else {
        return html! {};
    };
    html! {
        <section class="panel review" aria-labelledby="review-heading">
            <div class="panel-head">
                <h2 id="review-heading">{ t.bulletin.review_heading }</h2>
                <div class="actions">
                    <button type="button" onclick={ Callback::from(|e: MouseEvent| print_panel(&e, Paper::Portrait)) }>{ t.bulletin.print }</button>
                </div>
            </div>
            { scroll_region("review-heading", html! {
                <table class="report-table">
                    <thead><tr>
                        <th scope="col">{ t.common.district }</th>
                        <th scope="col">{ t.bulletin.status }</th>
                        <th scope="col" class="num">{ t.bulletin.shortfall }</th>
                    </tr></thead>
                    <tbody>{ for lines.iter().map(|l| review_row(t, plan, lang, l)) }</tbody>
                </table>}) }
        </section>
    }
}
