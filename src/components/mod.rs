//! The views, one small component per file. They read the shared state through
//! [`use_app_state`] (or take plain props, where memoizing matters) and report changes as
//! [`crate::state::Action`]s; none does arithmetic on quotas.
//!
//! - [`screens`]: the four screens and their panels (plan, matrix, bulletin, forecast).
//! - [`widgets`]: the page's chrome and the parts the screens share (cells, dialogs, charts).
//! - here: the hooks and helpers every view uses.

pub mod screens;
pub mod widgets;

pub use screens::{
    ActualsGrid, BarCharts, BulletinView, ForecastView, History, MatrixView, MethodCompare,
    OtherTargetsPanel, ParadoxNotice, PlanTable, ProgressControls, RulesPanel, StructureEditor,
    TieNotice, WhyPanel,
};
pub use widgets::{
    Header, ImportDialog, PasteDialog, ScenarioBar, ScenarioCompare, StoredDataReport, Tabs,
    Toolbar,
};

use std::rc::Rc;
use web_sys::HtmlInputElement;

use quota_engine::workspace::Workspace;
use yew::{
    hook, html, use_context, use_effect_with, use_memo, use_node_ref, Callback, Event, Html,
    NodeRef, UseReducerDispatcher,
};

use crate::i18n::Texts;
use crate::platform::event_value;
use crate::state::{Action, AppState, Cause, Field, Refusal, StateHandle};
use quota_engine::Plan;

/// The `change` handler of a settings field: what `make` reads from the field's text — an
/// edit, or why there is none — goes to the reducer as one entry at `field`.
#[must_use]
pub fn on_entry(
    state: &StateHandle,
    field: Field,
    make: impl Fn(String) -> Result<quota_engine::workspace::Edit, Cause> + 'static,
) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |e: Event| {
        state.dispatch(Action::Entry(field.clone(), make(event_value(&e))));
    })
}

/// A refused entry as a sentence: the engine's reason, or why the typed text is not a number.
#[must_use]
pub fn refusal_text(t: &Texts, refusal: &Refusal, plan: &Plan) -> String {
    match &refusal.reason {
        Cause::Engine(err) => (t.errors.engine)(err, plan),
        Cause::Parse(err) => (t.entry.parse_error)(err, refusal.typed.as_deref()),
    }
}

/// A table of plain numbers in a horizontal scroller that keyboard users can focus and
/// scroll (the table itself has nothing to focus), named by the heading `labelled_by` (a
/// group, not a second landmark beside its section).
pub fn scroll_region(labelled_by: &'static str, table: Html) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="group" aria-labelledby={ labelled_by }>
            { table }
        </div>
    }
}

/// The app's reducer handle, provided by [`crate::App`].
#[hook]
pub fn use_app_state() -> StateHandle {
    use_context::<StateHandle>().expect("components are rendered inside App") // ok: not user data
}

/// The state as it was when the last frame was painted, provided by [`crate::App`] beside the
/// current one (see [`crate::session::use_settled`]). Compared by identity, not content.
#[derive(Clone)]
pub struct Settled(pub Rc<AppState>);

impl PartialEq for Settled {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The state for a panel that only shows what follows from the numbers (method comparison,
/// charts, "why this number", the list of changes): it catches up just after an edit's frame
/// is painted, so an edit puts the table on screen without waiting for these panels. Such a
/// panel dispatches nothing.
#[hook]
pub fn use_settled_state() -> Rc<AppState> {
    let Settled(state) = use_context::<Settled>().expect("components are rendered inside App"); // ok: not user data
    state
}

/// What a view shows, worked out from the current workspace by `derive` — again only when the
/// workspace (an edit) or `key` (the metric, the cell) changes, never on a render that changed
/// neither. The engine's reports (forecasts, lights, the 通报) are too heavy to redo per render.
#[hook]
pub fn use_derived<K, T>(
    state: &StateHandle,
    key: K,
    derive: impl FnOnce(&Workspace, &K) -> T + 'static,
) -> Rc<T>
where
    K: PartialEq + 'static,
    T: 'static,
{
    let workspace = state.current().workspace.clone();
    let pointer = Rc::as_ptr(&workspace) as usize;
    use_memo((pointer, key), move |(_, key)| derive(&workspace, key))
}

/// A reference for a text input that shows `shown` again whenever it changes or typed text was
/// dropped (`epoch` bumped). The element stays, so keyboard focus does too.
#[hook]
pub fn use_shown_value(shown: String, epoch: u64) -> NodeRef {
    let input = use_node_ref();
    {
        let input = input.clone();
        use_effect_with((shown, epoch), move |(shown, _)| {
            if let Some(element) = input.cast::<HtmlInputElement>() {
                element.set_value(shown);
            }
        });
    }
    input
}

/// A click handler that dispatches `action` to the reducer.
#[must_use]
pub fn dispatching(state: &StateHandle, action: Action) -> Callback<yew::MouseEvent> {
    let state = state.clone();
    Callback::from(move |_| state.dispatch(action.clone()))
}

/// The `change` handler of an editable number: sends what was typed at `field` to the reducer.
#[must_use]
pub fn on_typed(dispatch: &UseReducerDispatcher<AppState>, field: Field) -> Callback<Event> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: Event| {
        dispatch.dispatch(Action::Typed {
            field: field.clone(),
            text: event_value(&e),
        });
    })
}
