//! The root component: owns the reducer and shares it with the views through a context.

use yew::prelude::{function_component, html, use_reducer, ContextProvider, Html};

use crate::components::{Header, OtherTargetsPanel, PlanTable};
use crate::state::{AppState, StateHandle};

/// The whole application.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    html! {
        <ContextProvider<StateHandle> context={state}>
            <Header />
            <main class="workspace">
                <PlanTable />
                <OtherTargetsPanel />
            </main>
        </ContextProvider<StateHandle>>
    }
}
