//! The steps' navigation: one link per step, the current one marked with `aria-current`.
//! Each link's address opens its step (`#view=bulletin&step=check`), so it can be copied or
//! opened in a new tab; a plain click shows the step in place.

use yew::prelude::{function_component, html, Callback, Html, MouseEvent};

use crate::components::use_app_state;
use crate::i18n::steps::StepsTexts;
use crate::i18n::texts;
use crate::state::{Action, StateHandle, Step};

/// The address that opens `step` of the bulletin screen (in the fragment, beside the share
/// link; an embed's query stays as it is).
#[must_use]
pub fn step_href(step: Step) -> String {
    format!("#view=bulletin&step={}", step.key())
}

/// The name of `step`.
pub(super) fn step_name(s: &StepsTexts, step: Step) -> &'static str {
    match step {
        Step::Collect => s.collect,
        Step::Check => s.check,
        Step::Lights => s.lights,
        Step::Report => s.report,
    }
}

fn step_hint(s: &StepsTexts, step: Step) -> &'static str {
    match step {
        Step::Collect => s.collect_hint,
        Step::Check => s.check_hint,
        Step::Lights => s.lights_hint,
        Step::Report => s.report_hint,
    }
}

/// A click on a link to `step`: shown in place, unless the browser is asked to open the
/// link elsewhere (a modifier key, another button).
pub(super) fn go_to(state: &StateHandle, step: Step) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |e: MouseEvent| {
        if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
            return;
        }
        e.prevent_default();
        state.dispatch(Action::SetStep(step));
    })
}

/// The navigation between the steps, and what the current one is for.
#[function_component(StepNav)]
pub fn step_nav() -> Html {
    let state = use_app_state();
    let s = &texts(state.ui.lang).steps;
    let current = state.ui.step;
    let links = Step::ALL.iter().enumerate().map(|(i, &step)| {
        html! {
            <li>
                <a href={ step_href(step) } class="step" onclick={ go_to(&state, step) }
                   aria-current={ (step == current).then_some("step") }>
                    <span class="step-number" aria-hidden="true">{ i + 1 }</span>
                    { step_name(s, step) }
                </a>
            </li>
        }
    });
    html! {
        <>
            <nav class="steps" aria-label={ s.nav }>
                <ol>{ for links }</ol>
            </nav>
            <p class="step-hint">{ step_hint(s, current) }</p>
        </>
    }
}
