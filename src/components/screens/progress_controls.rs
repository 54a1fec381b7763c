//! The controls shared by the bulletin and forecast screens: which metric, as of which month,
//! and the sample data (always labelled as such).

use quota_engine::formats::table::actuals_table;
use quota_engine::simulate::Month;
use quota_engine::workspace::Edit;
use yew::prelude::{classes, function_component, html, Callback, Event, Html};

use crate::components::use_app_state;
use crate::i18n::{metric_name, texts};
use crate::platform::download::{download_csv, read_chosen_table};
use crate::platform::event_value;
use crate::state::{Action, ImportTarget, InputField, StateHandle};

/// The month's counts as a file: the button that reads a CSV or XLSX of them, and the one that
/// writes them as CSV.
fn file_buttons(state: &StateHandle) -> Html {
    let t = texts(state.ui.lang);
    let metric = state.shown_metric();
    let import_csv = {
        let dispatcher = state.dispatcher();
        Callback::from(move |e: Event| {
            let dispatcher = dispatcher.clone();
            read_chosen_table(&e, move |source| {
                dispatcher.dispatch(Action::Import(ImportTarget::Actuals(metric), source));
            });
        })
    };
    let export_csv = {
        let state = state.clone();
        Callback::from(move |_| {
            let (workspace, lang) = (state.workspace(), state.ui.lang);
            let t = texts(lang);
            let table = actuals_table(
                &workspace.plan,
                &workspace.actuals,
                metric,
                lang,
                t.import.district,
                t.common.month_name,
            );
            let text = quota_engine::formats::csv::write(&table);
            let name = metric_name(&workspace.plan, metric, lang);
            download_csv(&format!("{}-{name}.csv", t.import.actuals_export), &text);
        })
    };
    html! { <>
        <label class="file-button">
            { t.import.actuals_button }
            <input type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" class="visually-hidden"
                   aria-label={ t.import.actuals_button } onchange={ import_csv } />
        </label>
        <button type="button" onclick={ export_csv }>{ t.import.actuals_export }</button>
    </> }
}

/// Metric and month selectors, sample and clear buttons, and the sample-data banner.
#[function_component(ProgressControls)]
pub fn progress_controls() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let workspace = state.workspace();
    let plan = &workspace.plan;
    let on_metric = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Ok(metric) = event_value(&e).parse() {
                state.dispatch(Action::SetProgressMetric(metric));
            }
        })
    };
    let on_month = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(month) = event_value(&e)
                .parse()
                .ok()
                .and_then(|m| Month::new(m).ok())
            {
                state.dispatch(Action::Edit(
                    Edit::SetAsOf { month },
                    InputField::Simulation,
                ));
            }
        })
    };
    let send = |edit: Edit| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Edit(edit.clone(), InputField::Simulation)))
    };
    let as_of = workspace.simulation.as_of.get();
    let actuals = &workspace.actuals;
    html! {
        <section class={ classes!("panel", "progress-controls", actuals.sample.then_some("with-sample")) }>
            <div class="control-row">
                <label>{ t.common.metric }
                    <select onchange={ on_metric }>
                        { for plan.metrics.iter().enumerate().map(|(i, m)| html! {
                            <option value={ i.to_string() } selected={ i == state.shown_metric() }>{ m.name.get(lang) }</option>
                        }) }
                    </select>
                </label>
                <label>{ t.common.as_of }
                    <select onchange={ on_month }>
                        { for (1..=12u8).map(|m| html! {
                            <option value={ m.to_string() } selected={ m == as_of }>{ (t.common.month_name)(usize::from(m)) }</option>
                        }) }
                    </select>
                </label>
                <button type="button" onclick={ send(Edit::LoadSample) }>{ t.actuals.load_sample }</button>
                <button type="button" onclick={ send(Edit::ClearActuals) }
                        disabled={ actuals.cumulative.is_empty() }>{ t.actuals.clear_actuals }</button>
                { file_buttons(&state) }
            </div>
            if actuals.sample {
                <p class="sample-banner" role="note"><strong>{ "示例数据 · Sample" }</strong>{ " " }{ t.actuals.sample_banner }</p>
            }
            if actuals.cumulative.is_empty() { <p class="hint">{ t.actuals.no_actuals }</p> }
        </section>
    }
}
