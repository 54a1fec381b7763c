//! "Why this number": for the chosen cell, how a fresh split of its metric by the current
//! rules arrives at the district's quota.

use yew::prelude::{function_component, html, Html};

use crate::components::use_app_state;
use crate::i18n::{district_name, grouped, metric_name, texts};

/// The explanation and method comparison for the selected cell.
#[function_component(WhyPanel)]
pub fn why_panel() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let workspace = state.workspace();
    let plan = &workspace.plan;
    let Some((metric, district)) = state
        .ui
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
    let explanation = workspace
        .reference_split(metric, rules.method, &state.baseline)
        .map(|split| {
            let value = split.quotas.get(district).map_or(0, |q| q.get());
            let why = split
                .explanations
                .get(district)
                .map(|e| (t.explanation)(e, rules.step))
                .unwrap_or_default();
            (value, why)
        });
    let base_label = match rules.base {
        quota_engine::base::Base::Current => t.published_shares,
        ref other => t.base_name(other),
    };
    let heading = format!(
        "{}{}{} {}",
        t.why_heading,
        t.colon,
        district_name(plan, district, lang),
        metric_name(plan, metric, lang)
    );
    html! {
        <section class="panel why" aria-labelledby="why-heading">
            <h2 id="why-heading">{ heading }</h2>
            { match explanation {
                Ok((value, why)) => html! { <>
                    <dl class="why-list">
                        <dt>{ t.current_value }</dt>
                        <dd>{ plan.quota(metric, district).map_or_else(String::new, |q| q.grouped()) }</dd>
                        <dt>{ t.method_name(rules.method) }{ " · " }{ base_label }</dt>
                        <dd>{ grouped(value) }</dd>
                    </dl>
                    <p>{ why }</p>
                </> },
                Err(err) => html! { <p class="cell-error">{ crate::i18n::describe(lang, &err, plan) }</p> },
            } }
        </section>
    }
}
