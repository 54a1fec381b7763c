//! Undo, redo, reset and blank plan, and the warnings that concern the whole page.

use yew::prelude::{function_component, html, Callback, Html};

use crate::components::use_app_state;
use crate::i18n::texts;
use crate::state::{Action, Place, Storage};

/// The command bar above the table.
#[function_component(Toolbar)]
pub fn toolbar() -> Html {
    let state = use_app_state();
    let t = texts(state.lang);
    let send = |action: Action| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(action.clone()))
    };
    let plan_refusal = state
        .refusal
        .as_ref()
        .filter(|r| r.place == Place::Plan)
        .map(|r| (t.refusal)(r, &state.workspace().plan));
    html! {
        <div class="toolbar" role="toolbar" aria-label={ t.rules }>
            <button type="button" onclick={ send(Action::Undo) } disabled={ !state.can_undo() }
                    aria-keyshortcuts="Control+Z">{ "↶ " }{ t.undo }</button>
            <button type="button" onclick={ send(Action::Redo) } disabled={ !state.can_redo() }
                    aria-keyshortcuts="Control+Shift+Z Control+Y">{ "↷ " }{ t.redo }</button>
            <span class="spacer"></span>
            <button type="button" onclick={ send(Action::Reset) }>{ t.reset }</button>
            <button type="button" onclick={ send(Action::Blank) }>{ t.blank }</button>
            if state.storage == Storage::Failed {
                <p class="warning" role="status">{ t.storage_failed }</p>
            }
            if let Some(message) = plan_refusal {
                <p class="error" role="alert">
                    { message }
                    <button type="button" class="link" onclick={ send(Action::Dismiss) }>{ t.dismiss }</button>
                </p>
            }
        </div>
    }
}
