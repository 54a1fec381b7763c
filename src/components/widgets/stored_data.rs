//! The report on the browser's saved data: what could not be read, kept as it was, with a
//! download and a delete button for each entry. Shown until the planner dismisses it.

use yew::prelude::{function_component, html, Callback, Html};

use crate::components::use_app_state;
use crate::i18n::texts;
use crate::platform::{download, storage};
use crate::state::Action;
use quota_engine::library::IndexState;

/// The saved-data report, when there is something to report.
#[function_component(StoredDataReport)]
pub fn stored_data_report() -> Html {
    let state = use_app_state();
    let Some(report) = state.ui.storage_report.as_ref() else {
        return html! {};
    };
    let t = texts(state.ui.lang);
    let s = &t.stored;
    let open_name = state
        .scenarios
        .list
        .get(state.scenarios.current)
        .map(|sc| sc.name.clone())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| t.scenarios.first.to_owned());
    let mut lines: Vec<String> = Vec::new();
    match &report.index {
        IndexState::Unreadable { .. } => {
            lines.push((s.index_unreadable)(state.scenarios.list.len()))
        }
        IndexState::Newer { found } => lines.push((s.newer)(*found)),
        IndexState::Read | IndexState::Missing => {}
    }
    if report.missing > 0 {
        lines.push((s.missing)(report.missing));
    }
    if report.current_lost {
        lines.push((s.current_lost)(&open_name));
    }
    let rows = report.kept.iter().enumerate().map(|(n, kept)| {
        let key = kept.key.clone();
        let what = (s.kept)(&kept.why);
        let download = {
            let key = key.clone();
            let name = format!("{}-{}.json", s.file_name, n + 1);
            Callback::from(move |_| {
                if let Some(text) = storage::read(&key) {
                    download::download_json(&name, &text);
                }
            })
        };
        let discard = {
            let key = key.clone();
            let state = state.clone();
            let (confirm, failed) = (s.confirm_discard, s.discard_failed);
            Callback::from(move |_| {
                let window = gloo::utils::window();
                if !window.confirm_with_message(confirm).unwrap_or(false) {
                    return;
                }
                if storage::discard(&key) {
                    state.dispatch(Action::Discarded(key.clone()));
                } else {
                    let _ = window.alert_with_message(failed);
                }
            })
        };
        html! {
            <li>
                <span>{ what.clone() }{ t.common.colon }<code>{ key.clone() }</code>{ format!(" ({})", (s.size)(kept.chars)) }</span>
                <button type="button" onclick={ download } aria-label={ format!("{} {what}", s.download) }>{ s.download }</button>
                <button type="button" onclick={ discard } aria-label={ format!("{} {what}", s.discard) }>{ s.discard }</button>
            </li>
        }
    });
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DismissStorageReport))
    };
    html! {
        <section class="notice warning stored-report" role="alert" aria-label={ s.heading }>
            <h2>{ s.heading }</h2>
            { for lines.iter().map(|line| html! { <p>{ line }</p> }) }
            if !report.kept.is_empty() {
                <p>{ s.kept_intro }</p>
                <ul>{ for rows }</ul>
            }
            <button type="button" class="link" onclick={ dismiss }>{ t.common.dismiss }</button>
        </section>
    }
}
