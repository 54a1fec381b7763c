//! The screen switch: decomposition, department matrix, monthly bulletin, forecast.

use yew::prelude::{function_component, html, Callback, Html};

use crate::components::use_app_state;
use crate::i18n::texts;
use crate::state::{Action, View};

/// Buttons that switch the screen; the current one is marked for screen readers.
#[function_component(Tabs)]
pub fn tabs() -> Html {
    let state = use_app_state();
    let t = texts(state.ui.lang);
    let tab = |view: View, label: &'static str| {
        let state = state.clone();
        let current = state.ui.view == view;
        let onclick = Callback::from(move |_| state.dispatch(Action::SetView(view)));
        html! {
            <button type="button" class="tab" aria-current={ current.then_some("page") } { onclick }>{ label }</button>
        }
    };
    html! {
        <nav class="tabs" aria-label={ t.app.views }>
            { tab(View::Plan, t.app.tab_plan) }
            { tab(View::Matrix, t.matrix.tab) }
            { tab(View::Bulletin, t.app.tab_bulletin) }
            { tab(View::Forecast, t.app.tab_forecast) }
        </nav>
    }
}
