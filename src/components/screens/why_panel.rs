//! "Why this number": for the chosen cell, how a fresh split of its metric by the current
//! rules arrives at the district's quota.

use yew::prelude::{function_component, html, use_memo, Html};

use crate::components::use_settled_state;
use crate::hooks::RcKey;
use crate::i18n::{district_name, grouped, metric_name, texts, Texts};

/// The explanation and method comparison for the selected cell.
#[function_component(WhyPanel)]
pub fn why_panel() -> Html {
    let state = use_settled_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let workspace = state.current().workspace.clone();
    let plan = &workspace.plan;
    let selected = state
        .ui
        .selected
        .filter(|&(m, d)| m < plan.metrics.len() && d < plan.districts.len());
    // The flip distances take a few hundred splits: worked out again only when the workspace
    // or the chosen cell changes, never on a render that changed neither.
    let computed = {
        let (workspace, baseline) = (workspace.clone(), state.baseline.clone());
        let key = (RcKey::new(&workspace), RcKey::new(&baseline), selected);
        use_memo(key, move |&(_, _, selected)| {
            selected
                .map(|(metric, district)| workspace.cell_explanation(metric, district, &baseline))
        })
    };
    let Some((metric, district)) = selected else {
        return html! {
            <section class="panel why" aria-labelledby="why-heading">
                <h2 id="why-heading">{ t.why.heading }</h2>
                <p class="hint">{ t.why.hint }</p>
            </section>
        };
    };
    let Some(rules) = workspace.rules.get(metric) else {
        return html! {};
    };
    let Some(explained) = computed.as_ref() else {
        return html! {};
    };
    let explanation = explained.as_ref().map(|cell| {
        let quota = cell.split.quotas.get(district).copied().unwrap_or_default();
        let why = cell
            .split
            .explanations
            .get(district)
            .map(|e| t.why.explanation(e, rules.step))
            .unwrap_or_default();
        let rule = t.why.rule(&cell.detail.rule, cell.base, rules.step, quota);
        let flips = t.why.flips(&cell.detail, cell.base, quota);
        (quota.get(), why, rule, flips)
    });
    let base_label = match rules.base {
        quota_engine::base::Base::Current => t.why.published_shares,
        ref other => (t.rules.base_name)(other.into()),
    };
    let heading = format!(
        "{}{}{} {}",
        t.why.heading,
        t.common.colon,
        district_name(plan, district, lang),
        metric_name(plan, metric, lang)
    );
    html! {
        <section class="panel why" aria-labelledby="why-heading">
            <h2 id="why-heading">{ heading }</h2>
            { match explanation {
                Ok((value, why, rule, flips)) => {
                    let label = html! { <>{ (t.rules.method_name)(rules.method) }{ " · " }{ base_label }</> };
                    let now = plan.quota(metric, district).map_or_else(String::new, |q| q.grouped());
                    why_list(t, now, label, value, why, rule, &flips)
                }
                Err(err) => html! { <p class="cell-error">{ crate::i18n::describe(lang, err, plan) }</p> },
            } }
        </section>
    }
}

/// The cell's number `now`, the fresh split's `value` under its `label` (method · base), why,
/// the rule it follows and what would flip it.
fn why_list(
    t: &Texts,
    now: String,
    label: Html,
    value: u64,
    why: String,
    rule: Option<String>,
    flips: &[String],
) -> Html {
    html! { <>
        <dl class="why-list">
            <dt>{ t.why.current_value }</dt>
            <dd>{ now }</dd>
            <dt>{ label }</dt>
            <dd>{ grouped(value) }</dd>
        </dl>
        <p>{ why }</p>
        if let Some(rule) = rule { <p class="rule">{ rule }</p> }
        <h3>{ t.why.flips_heading }</h3>
        <ul class="flips">{ for flips.iter().map(|f| html! { <li>{ f }</li> }) }</ul>
    </> }
}
