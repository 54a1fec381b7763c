//! The views, one small component per file. They read the shared state through
//! [`use_app_state`] (or take plain props, where memoizing matters) and report changes as
//! [`crate::state::Action`]s; none does arithmetic on quotas.
//!
//! - [`screens`]: the four screens and their panels (plan, matrix, bulletin, forecast).
//! - [`widgets`]: the page's chrome and the parts the screens share (cells, dialogs, charts).
//! - here: the helpers every view uses (the hooks are in [`crate::hooks`], re-exported here).

pub mod screens;
pub mod widgets;

pub use screens::{
    ActualsGrid, BarCharts, BulletinView, ForecastView, HistoryPanel, MatrixView, MethodCompare,
    OtherTargetsPanel, ParadoxNotice, PlanTable, ProgressControls, RulesPanel, StructureEditor,
    TieNotice, WhyPanel,
};
pub use widgets::{
    Header, ImportDialog, PasteDialog, ScenarioBar, ScenarioCompare, StoredDataReport, Tabs,
    Toolbar,
};

pub use crate::hooks::{use_app_state, use_derived, use_settled_state, use_shown_value, Settled};

use yew::{html, Callback, Event, Html, UseReducerDispatcher};

use crate::i18n::{texts, Texts};
use crate::platform::event_value;
use crate::state::{Action, AppState, Cause, InputField, Refusal, StateHandle};
use quota_engine::Plan;

/// The `change` handler of a settings field: what `make` reads from the field's text — an
/// edit, or why there is none — goes to the reducer as one entry at `field`.
#[must_use]
pub fn on_entry(
    state: &StateHandle,
    field: InputField,
    make: impl Fn(String) -> Result<quota_engine::workspace::Edit, Cause> + 'static,
) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |e: Event| {
        state.dispatch(Action::Entry(field.clone(), make(event_value(&e))));
    })
}

/// The refused entry, if it was entered at a field `at` accepts, as a sentence in the
/// interface language.
#[must_use]
pub fn refusal_where(state: &AppState, at: impl Fn(&InputField) -> bool) -> Option<String> {
    let refusal = state.ui.refusal.as_ref().filter(|r| at(&r.field))?;
    Some(refusal_text(
        texts(state.ui.lang),
        refusal,
        &state.workspace().plan,
    ))
}

/// The refused entry, if it was entered at `field`, as a sentence in the interface language.
#[must_use]
pub fn refusal_at(state: &AppState, field: &InputField) -> Option<String> {
    refusal_where(state, |at| at == field)
}

/// A refused entry as a sentence: the engine's reason, or why the typed text is not a number.
fn refusal_text(t: &Texts, refusal: &Refusal, plan: &Plan) -> String {
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

/// A click handler that dispatches `action` to the reducer.
#[must_use]
pub fn dispatching(state: &StateHandle, action: Action) -> Callback<yew::MouseEvent> {
    let state = state.clone();
    Callback::from(move |_| state.dispatch(action.clone()))
}

/// The `change` handler of an editable number: sends what was typed at `field` to the reducer.
#[must_use]
pub fn on_typed(dispatch: &UseReducerDispatcher<AppState>, field: InputField) -> Callback<Event> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: Event| {
        dispatch.dispatch(Action::Typed {
            field: field.clone(),
            text: event_value(&e),
        });
    })
}
