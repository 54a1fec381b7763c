//! The apportionment paradoxes the last change triggered (Alabama, population, quota rule),
//! each in a sentence with the districts and numbers, so a district that asks "why did we lose
//! when the city got more?" gets the honest answer.

use yew::prelude::{function_component, html, Html};

use crate::components::use_app_state;
use crate::i18n::{metric_name, texts};

/// Shown when the last change triggered a paradox.
#[function_component(ParadoxNotice)]
pub fn paradox_notice() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let paradoxes = &state.current().paradoxes;
    let Some(&(metric, _)) = paradoxes.first() else {
        return html! {};
    };
    let plan = &state.workspace().plan;
    html! {
        <section class="panel paradox" aria-labelledby="paradox-heading" role="status">
            <h2 id="paradox-heading">{ t.rules.paradox_heading }{ t.common.colon }{ metric_name(plan, metric, lang) }</h2>
            <ul>{ for paradoxes.iter().map(|(_, p)| html! { <li>{ (t.rules.paradox)(p, plan) }</li> }) }</ul>
        </section>
    }
}
