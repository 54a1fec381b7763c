//! A CSV file waiting for confirmation: how many values it will set, every line and column it
//! cannot use and why, and buttons to import the readable part or cancel.

use yew::prelude::{function_component, html, Html};

use crate::components::{dispatching, use_app_state};
use crate::i18n::texts;
use crate::state::Action;

/// The most problems listed (the summary counts them all).
const LISTED: usize = 50;

/// Shown while an import waits for confirmation.
#[function_component(ImportDialog)]
pub fn import_dialog() -> Html {
    let state = use_app_state();
    let t = &texts(state.ui.lang).import;
    let Some(import) = state.pending.import.as_ref() else {
        return html! {};
    };
    let problems = &import.preview.problems;
    html! {
        <section class="panel paste" role="dialog" aria-labelledby="import-heading">
            <h2 id="import-heading">{ t.heading }</h2>
            <p>{ (t.summary)(import.preview.count(), problems.len()) }</p>
            if !problems.is_empty() {
                <ul class="bad-cells">
                    { for problems.iter().take(LISTED).map(|p| html! { <li>{ (t.problem)(p) }</li> }) }
                </ul>
            }
            <div class="actions">
                <button type="button" class="primary" autofocus=true onclick={ dispatching(&state, Action::ConfirmImport) }
                        disabled={ import.preview.count() == 0 }>{ t.confirm }</button>
                <button type="button" onclick={ dispatching(&state, Action::CancelImport) }>{ t.cancel }</button>
            </div>
        </section>
    }
}
