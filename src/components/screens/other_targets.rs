//! The plan's targets that are not split across districts (bases, competitions, allowances).

use yew::prelude::{function_component, html, Html};

use crate::components::use_app_state;
use crate::i18n::texts;

/// A short list of the plan's other targets.
#[function_component(OtherTargetsPanel)]
pub fn other_targets_panel() -> Html {
    let state = use_app_state();
    let t = texts(state.ui.lang);
    let other = &state.workspace().plan.other;
    let items: [(&str, String); 7] = [
        (t.training_bases, other.training_bases.to_string()),
        (
            t.municipal_competitions,
            format!("{}{}", t.at_least, other.municipal_competitions_min),
        ),
        (
            t.county_competitions,
            format!("{}{}", t.at_least, other.county_competitions_min),
        ),
        (t.pilot_enterprises, other.pilot_enterprises.to_string()),
        (
            t.manufacturing_share,
            format!("{}{}%", t.at_least, other.manufacturing_share_min_pct),
        ),
        (
            t.allowance_technician,
            format!("{}{}", other.allowance_technician_yuan, t.yuan_per_month),
        ),
        (
            t.allowance_senior_technician,
            format!(
                "{}{}",
                other.allowance_senior_technician_yuan, t.yuan_per_month
            ),
        ),
    ];
    html! {
        <section class="panel other-targets" aria-labelledby="other-targets-heading">
            <h2 id="other-targets-heading">{ t.other_targets }</h2>
            <dl>
                { for items.into_iter().map(|(label, value)| html! {
                    <div class="target"><dt>{ label }</dt><dd>{ value }</dd></div>
                }) }
            </dl>
        </section>
    }
}
