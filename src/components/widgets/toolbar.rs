//! Undo, redo, reset and blank plan, and the warnings that concern the whole page.

use quota_engine::formats::file::to_json;
use quota_engine::formats::table::plan_table;
use quota_engine::links::codec::encode;
use yew::prelude::{classes, function_component, html, Callback, Html, MouseEvent};

use crate::components::{dispatching, refusal_at, use_app_state};
use crate::i18n::{in_both, texts, workbook_labels, Texts};
use crate::platform::download::{
    download_csv, download_json, download_xlsx, read_chosen_file, read_chosen_table,
};
use crate::platform::link;
use crate::state::{Action, ImportTarget, InputField, Notice, StateHandle, Storage};

/// The command bar above the table.
#[function_component(Toolbar)]
pub fn toolbar() -> Html {
    let state = use_app_state();
    let t = texts(state.ui.lang);
    let plan_refusal = refusal_at(&state, &InputField::Plan);
    let notice = state
        .ui
        .notice
        .as_ref()
        .map(|notice| notice_bar(t, notice, dispatching(&state, Action::DismissNotice)));
    html! {
        <div class="toolbar" role="toolbar" aria-label={ t.files.toolbar_label }>
            <button type="button" onclick={ dispatching(&state, Action::Undo) } disabled={ !state.can_undo() }
                    aria-keyshortcuts="Control+Z">{ "↶ " }{ t.history.undo }</button>
            <button type="button" onclick={ dispatching(&state, Action::Redo) } disabled={ !state.can_redo() }
                    aria-keyshortcuts="Control+Shift+Z Control+Y">{ "↷ " }{ t.history.redo }</button>
            <span class="spacer"></span>
            { file_buttons(&state, t) }
            <button type="button" onclick={ dispatching(&state, Action::Reset) }>{ t.history.reset }</button>
            <button type="button" onclick={ dispatching(&state, blank()) }>{ t.history.blank }</button>
            if state.ui.storage == Storage::Failed {
                <p class="warning" role="status">{ t.files.storage_failed }</p>
            }
            if state.ui.storage == Storage::ReadOnly {
                <p class="warning" role="status">{ t.stored.read_only }</p>
            }
            { notice }
            if let Some(message) = plan_refusal {
                <p class="error" role="alert">
                    { message }
                    <button type="button" class="link" onclick={ dispatching(&state, Action::Dismiss) }>{ t.common.dismiss }</button>
                </p>
            }
        </div>
    }
}

/// The link, the exports and the imports: buttons, and file choosers dressed as buttons.
fn file_buttons(state: &StateHandle, t: &Texts) -> Html {
    let import_json = {
        let dispatcher = state.dispatcher();
        Callback::from(move |e: yew::Event| {
            let dispatcher = dispatcher.clone();
            read_chosen_file(&e, move |text| dispatcher.dispatch(Action::OpenFile(text)));
        })
    };
    let import_csv = {
        let dispatcher = state.dispatcher();
        Callback::from(move |e: yew::Event| {
            let dispatcher = dispatcher.clone();
            read_chosen_table(&e, move |source| {
                dispatcher.dispatch(Action::Import(ImportTarget::Plan, source));
            });
        })
    };
    html! {
        <>
            <button type="button" onclick={ copy_link(state) }>{ t.files.copy_link }</button>
            <button type="button" onclick={ export_csv(state) }>{ t.files.export_plan_csv }</button>
            <button type="button" onclick={ export_xlsx(state) }>{ t.files.export_xlsx }</button>
            <button type="button" onclick={ export_json(state) }>{ t.files.export_json }</button>
            <label class="file-button">
                { t.files.import_json }
                <input type="file" accept=".json,application/json" class="visually-hidden"
                       aria-label={ t.files.import_json } onchange={ import_json } />
            </label>
            <label class="file-button">
                { t.import.plan_button }
                <input type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" class="visually-hidden"
                       aria-label={ t.import.plan_button } onchange={ import_csv } />
            </label>
        </>
    }
}

/// Copies the share link of the open workspace and says so.
fn copy_link(state: &StateHandle) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_| {
        let address = link::address(&encode(state.workspace()));
        link::copy(&address);
        state.dispatch(Action::LinkCopied(address));
    })
}

/// Offers the open workspace as a scenario file.
fn export_json(state: &StateHandle) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_| {
        let workspace = state.workspace();
        let name = format!("{}-{}.json", workspace.plan.year, workspace.plan.title.zh);
        download_json(&name, &to_json(workspace));
    })
}

/// Offers the plan as CSV.
fn export_csv(state: &StateHandle) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_| {
        let (workspace, t) = (state.workspace(), texts(state.ui.lang));
        let text = quota_engine::formats::csv::write(&plan_table(
            &workspace.plan,
            state.ui.lang,
            t.common.district,
            t.common.city_total,
        ));
        download_csv(
            &format!("{}-{}.csv", workspace.plan.year, t.plan.caption),
            &text,
        );
    })
}

/// Offers the whole scenario as a workbook.
fn export_xlsx(state: &StateHandle) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_| {
        let (workspace, t) = (state.workspace(), texts(state.ui.lang));
        let bytes = quota_engine::formats::export::workbook(
            workspace,
            state.ui.lang,
            &workbook_labels(texts(state.ui.lang)),
        );
        download_xlsx(
            &format!("{}-{}.xlsx", workspace.plan.year, t.plan.caption),
            &bytes,
        );
    })
}

/// The page-wide notice (a link opened, a file refused, …) with its dismiss button.
fn notice_bar(t: &Texts, notice: &Notice, dismiss: Callback<MouseEvent>) -> Html {
    let (class, text, address) = match notice {
        Notice::LinkOpened => ("warning", t.files.link_opened.to_owned(), None),
        Notice::LinkFailed(err) => ("error", (t.files.link_failed)(err), None),
        Notice::LinkCopied(address) => (
            "info",
            t.files.link_copied(address.chars().count()),
            Some(address.clone()),
        ),
        Notice::FileOpened => ("warning", t.files.file_opened.to_owned(), None),
        Notice::FileFailed(err) => ("error", (t.files.file_failed)(err), None),
        Notice::HostLoaded => ("warning", t.files.host_loaded.to_owned(), None),
        Notice::HostFailed(err) => ("error", (t.files.host_failed)(err), None),
        Notice::ImportFailed(err) => ("error", (t.import.failed)(err), None),
        Notice::AlreadySaved(name) => {
            let name = if name.is_empty() {
                t.scenarios.first
            } else {
                name.as_str()
            };
            ("info", (t.stored.already_saved)(name), None)
        }
        Notice::ScenarioLimit => (
            "error",
            (t.stored.scenario_limit)(quota_engine::library::MAX_SCENARIOS),
            None,
        ),
    };
    html! {
        <div class={ classes!("notice", class) } role="status">
            <span>{ text }</span>
            if let Some(address) = address {
                <input type="text" readonly=true class="link-field" value={ address } aria-label={ t.files.copy_link } />
            }
            <button type="button" class="link" onclick={ dismiss }>{ t.common.dismiss }</button>
        </div>
    }
}

/// Starting a blank plan, with its title and first district in both languages.
fn blank() -> Action {
    Action::Blank {
        title: in_both(|t| t.plan.blank_title),
        district: in_both(|t| t.plan.blank_district),
    }
}
