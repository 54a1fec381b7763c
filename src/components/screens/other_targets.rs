//! The plan's targets that are not split across districts (bases, competitions, allowances).

use quota_engine::simulate::Countable;
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
        (
            (t.common.countable)(Countable::TrainingBases),
            other.training_bases.to_string(),
        ),
        (
            (t.common.countable)(Countable::MunicipalCompetitions),
            format!("{}{}", t.plan.at_least, other.municipal_competitions_min),
        ),
        (
            (t.common.countable)(Countable::CountyCompetitions),
            format!("{}{}", t.plan.at_least, other.county_competitions_min),
        ),
        (
            (t.common.countable)(Countable::PilotEnterprises),
            other.pilot_enterprises.to_string(),
        ),
        (
            t.plan.manufacturing_share,
            format!("{}{}%", t.plan.at_least, other.manufacturing_share_min_pct),
        ),
        (
            t.plan.allowance_technician,
            format!(
                "{}{}",
                other.allowance_technician_yuan, t.plan.yuan_per_month
            ),
        ),
        (
            t.plan.allowance_senior_technician,
            format!(
                "{}{}",
                other.allowance_senior_technician_yuan, t.plan.yuan_per_month
            ),
        ),
    ];
    html! {
        <section class="panel other-targets" aria-labelledby="other-targets-heading">
            <h2 id="other-targets-heading">{ t.plan.other_targets }</h2>
            <dl>
                { for items.into_iter().map(|(label, value)| html! {
                    <div class="target"><dt>{ label }</dt><dd>{ value }</dd></div>
                }) }
            </dl>
        </section>
    }
}
