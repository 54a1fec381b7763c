//! "Why this number": for the chosen cell, how a fresh split of its metric by the current
//! rules arrives at the district's quota, and how every method would split the same total.

use quota_engine::apportion::Method;
use yew::prelude::{classes, function_component, html, Html};

use crate::components::use_app_state;
use crate::i18n::{district_name, grouped, metric_name, texts};

/// The explanation and method comparison for the selected cell.
#[function_component(WhyPanel)]
pub fn why_panel() -> Html {
    let state = use_app_state();
    let lang = state.lang;
    let t = texts(lang);
    let workspace = state.workspace();
    let plan = &workspace.plan;
    let Some((metric, district)) = state
        .selected
        .filter(|&(m, d)| m < plan.metrics.len() && d < plan.districts.len())
    else {
        return html! {
            <section class="panel why" aria-labelledby="why-heading">
                <h2 id="why-heading">{ t.why_heading }</h2>
                <p class="hint">{ t.why_hint }</p>
            </section>
        };
    };
    let Some(rules) = workspace.rules.get(metric) else {
        return html! {};
    };
    let current: Vec<u64> = plan.metrics[metric]
        .quotas
        .iter()
        .map(|q| q.get())
        .collect();
    let explanation = workspace.split(metric, rules.method).map(|split| {
        let value = split.quotas.get(district).map_or(0, |q| q.get());
        let why = split
            .explanations
            .get(district)
            .map(|e| (t.explanation)(e, rules.step))
            .unwrap_or_default();
        (value, why)
    });
    let heading = format!(
        "{}{}{} {}",
        t.why_heading,
        t.colon,
        district_name(plan, district, lang),
        metric_name(plan, metric, lang)
    );
    let splits: Vec<(Method, Option<Vec<u64>>)> = Method::ALL
        .iter()
        .map(|&m| {
            let quotas = workspace
                .split(metric, m)
                .ok()
                .map(|s| s.quotas.iter().map(|q| q.get()).collect());
            (m, quotas)
        })
        .collect();
    let compare_rows = plan.districts.iter().enumerate().map(|(d, name)| {
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
            <tr class={ classes!((d == district).then_some("selected")) }>
                <th scope="row">{ name.name.get(lang) }</th>
                <td class="num">{ current.get(d).map_or_else(String::new, |&v| grouped(v)) }</td>
                { for cells }
            </tr>
        }
    });
    html! {
        <section class="panel why" aria-labelledby="why-heading">
            <h2 id="why-heading">{ heading }</h2>
            { match explanation {
                Ok((value, why)) => html! {
                    <p>
                        <strong>{ t.method_name(rules.method) }{ " · " }{ t.base_name(&rules.base) }{ t.colon }{ grouped(value) }</strong>
                        <br />{ why }
                    </p>
                },
                Err(err) => html! { <p class="cell-error">{ err.to_string() }</p> },
            } }
            <h3>{ t.compare_heading }{ t.colon }{ metric_name(plan, metric, lang) }</h3>
            <div class="table-scroll">
                <table class="compare-table">
                    <thead><tr>
                        <th scope="col">{ t.district }</th>
                        <th scope="col" class="num">{ t.bases[0] }</th>
                        { for Method::ALL.iter().map(|&m| html! { <th scope="col" class="num">{ t.method_name(m) }</th> }) }
                    </tr></thead>
                    <tbody>{ for compare_rows }</tbody>
                </table>
            </div>
        </section>
    }
}
