//! The root component: owns the reducer, restores and autosaves the workspace, listens for the
//! undo/redo shortcuts, and lays out the views.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::{function_component, html, use_effect_with, use_reducer, ContextProvider, Html};

use crate::components::{
    BarCharts, Header, History, MethodCompare, OtherTargetsPanel, PasteDialog, PlanTable,
    RulesPanel, StructureEditor, TieNotice, Toolbar, WhyPanel,
};
use crate::platform::storage;
use crate::state::{Action, AppState, StateHandle, Storage};

/// The state the page opens with: the autosaved workspace if there is one, else the 2021 plan.
fn restored() -> AppState {
    match storage::load() {
        Some(saved) => {
            let mut state = AppState::with_workspace(saved.workspace);
            state.lang = saved.lang;
            state
        }
        None => AppState::default(),
    }
}

/// The undo/redo action a key press asks for: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y (⌘ on a Mac).
fn shortcut(e: &KeyboardEvent) -> Option<Action> {
    if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
        return None;
    }
    match e.key().to_lowercase().as_str() {
        "z" if e.shift_key() => Some(Action::Redo),
        "z" => Some(Action::Undo),
        "y" => Some(Action::Redo),
        _ => None,
    }
}

/// The whole application.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(restored);

    {
        // Autosave whenever the workspace or the language changes.
        let dispatcher = state.dispatcher();
        let workspace = state.current().workspace.clone();
        let (lang, stored) = (state.lang, state.storage);
        use_effect_with((workspace, lang), move |(workspace, lang)| {
            let result = if storage::save(workspace, *lang) {
                Storage::Ok
            } else {
                Storage::Failed
            };
            if result != stored {
                dispatcher.dispatch(Action::StorageResult(result));
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |()| {
            let listener = EventListener::new(&gloo::utils::document(), "keydown", move |event| {
                let Some(action) = event.dyn_ref::<KeyboardEvent>().and_then(shortcut) else {
                    return;
                };
                event.prevent_default();
                dispatcher.dispatch(action);
            });
            move || drop(listener)
        });
    }

    html! {
        <ContextProvider<StateHandle> context={state}>
            <Header />
            <main class="workspace">
                <Toolbar />
                <PasteDialog />
                <div class="main-grid">
                    <div class="main-column">
                        <TieNotice />
                        <PlanTable />
                        <RulesPanel />
                        <MethodCompare />
                    </div>
                    <aside class="side-column">
                        <WhyPanel />
                        <History />
                    </aside>
                </div>
                <BarCharts />
                <StructureEditor />
                <OtherTargetsPanel />
            </main>
        </ContextProvider<StateHandle>>
    }
}
