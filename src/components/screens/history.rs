//! The change history: what changed, which cell triggered it and how many cells moved.

use yew::prelude::{classes, function_component, html, Html};

use crate::components::use_settled_state;
use crate::i18n::texts;

/// The most changes listed: the history keeps 200 undoable edits, but describing them all on
/// every edit would cost more than the edit itself.
const SHOWN: usize = 30;

/// The list of changes, newest first.
#[function_component(HistoryPanel)]
pub fn history() -> Html {
    let state = use_settled_state();
    let t = texts(state.ui.lang);
    let count = state.history.snapshots().len();
    let hidden = count.saturating_sub(SHOWN);
    let items = state.history.snapshots().iter().enumerate().rev().take(SHOWN).map(|(i, snapshot)| {
        let before = i
            .checked_sub(1)
            .and_then(|p| state.history.snapshots().get(p))
            .map_or(&snapshot.workspace.plan, |s| &s.workspace.plan);
        let text = match &snapshot.edit {
            Some(edit) => t.history.change(edit, snapshot.moved, before),
            None if i == 0 => t.history.start.to_owned(),
            None => format!("{} / {}", t.history.reset, t.history.blank),
        };
        let current = i == state.history.position();
        // Keyed by position in the history: a new change adds one item, the others stay.
        html! {
            <li key={ i } class={ classes!(current.then_some("current"), (i > state.history.position()).then_some("undone")) }
                aria-current={ current.then_some("step") }>{ text }</li>
        }
    });
    html! {
        <section class="panel history" aria-labelledby="history-heading">
            <h2 id="history-heading">{ t.history.heading }</h2>
            <ol reversed=true start={ count.to_string() }>{ for items }</ol>
            if hidden > 0 { <p class="hint">{ (t.history.more)(hidden) }</p> }
        </section>
    }
}
