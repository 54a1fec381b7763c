//! The tie the last change met: who tied, who got the unit, and a button per other candidate
//! to hand it over (which becomes the metric's tie preference).

use yew::prelude::{function_component, html, Callback, Html};

use crate::components::use_app_state;
use crate::i18n::{district_name, texts};
use crate::state::Action;

/// Shown when the last change ended in a tie.
#[function_component(TieNotice)]
pub fn tie_notice() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let Some((metric, tie)) = state.current().tie.clone() else {
        return html! {};
    };
    let plan = &state.workspace().plan;
    let names = |ids: &[usize]| -> Vec<String> {
        ids.iter().map(|&d| district_name(plan, d, lang)).collect()
    };
    let candidates = names(&tie.candidates);
    let winners = names(&tie.winners);
    let step = state.workspace().rules.get(metric).map_or(1, |r| r.step);
    let candidate_refs: Vec<&str> = candidates.iter().map(String::as_str).collect();
    let winner_refs: Vec<&str> = winners.iter().map(String::as_str).collect();
    let sentence = (t.rules.tie)(&candidate_refs, &winner_refs, step);
    let buttons = tie
        .candidates
        .iter()
        .filter(|d| !tie.winners.contains(d))
        .map(|&district| {
            let state = state.clone();
            let onclick = Callback::from(move |_| state.dispatch(Action::PreferForTie(district)));
            html! {
                <button type="button" { onclick }>{ (t.rules.give_tie_to)(&district_name(plan, district, lang)) }</button>
            }
        });
    html! {
        <section class="panel tie" aria-labelledby="tie-heading" role="status">
            <h2 id="tie-heading">{ t.rules.tie_heading }{ t.common.colon }{ crate::i18n::metric_name(plan, metric, lang) }</h2>
            <p>{ sentence }</p>
            <div class="actions">{ for buttons }</div>
        </section>
    }
}
