//! Returns (报送) on the bulletin screen: a request link per district and per line department
//! for the month reported on, and the paste of the reply links they send back — previewed (who returned, who is
//! missing, which numbers change, which lines are unusable and why) before one undoable import.

use quota_engine::links::returns::{preview, request, Preview, Unit};
use quota_engine::simulate::{Month, Series};
use quota_engine::workspace::Edit;
use quota_engine::{Lang, Plan};
use yew::prelude::{
    function_component, html, use_state, Callback, Event, Html, InputEvent, UseStateHandle,
};

use crate::components::{scroll_region, use_app_state, use_derived};
use crate::i18n::returns::ReturnsTexts;
use crate::i18n::{metric_name, series_name, texts, unit_name};
use crate::platform::event_value;
use crate::platform::link::{address, copy};
use crate::state::{Action, InputField, StateHandle};

/// What a returned number is, without who returned it: the metric, or the manufacturing
/// "of which".
fn item_name(plan: &Plan, series: Series, lang: Lang) -> String {
    match series {
        Series::District { metric, .. } => metric_name(plan, metric, lang),
        Series::Department(_) => metric_name(plan, plan.department_metric, lang),
        Series::Manufacturing(_) => texts(lang).units.manufacturing.to_owned(),
        Series::Countable(c) => (texts(lang).common.countable)(c).to_owned(),
    }
}

/// One unit's request link, to read and to copy.
fn link_row(r: &ReturnsTexts, name: &str, link: &str) -> Html {
    let label = (r.request_of)(name);
    let onclick = {
        let link = link.to_owned();
        Callback::from(move |_| copy(&link))
    };
    html! {
        <li>
            <span class="return-name">{ name.to_owned() }</span>
            <input type="text" readonly=true class="return-link" aria-label={ label } value={ link.to_owned() } />
            <button type="button" { onclick }>{ r.copy }</button>
        </li>
    }
}

/// What a paste of replies would change, its problems and the button that applies it.
fn reply_preview(
    state: &StateHandle,
    pasted: &UseStateHandle<String>,
    month: Month,
    p: &Preview,
    above: &[Series],
) -> Html {
    let lang = state.ui.lang;
    let r = &texts(lang).returns;
    let workspace = state.workspace();
    let plan = &workspace.plan;
    let apply = {
        let (state, pasted) = (state.clone(), pasted.clone());
        let values: Vec<_> = p.changes.iter().map(|c| (c.series, c.after)).collect();
        Callback::from(move |_| {
            let edit = Edit::SetReturns {
                month,
                values: values.clone(),
            };
            state.dispatch(Action::Edit(edit, InputField::Simulation));
            pasted.set(String::new());
        })
    };
    html! {
        <div class="returns-preview" role="status">
            <p>{ (r.summary)(p.replies.len(), p.missing.len()) }</p>
            if !p.missing.is_empty() { <p class="hint">{ (r.missing)(plan, &p.missing) }</p> }
            if !p.problems.is_empty() {
                <ul class="cell-error">{ for p.problems.iter().map(|(line, problem)| html! {
                    <li>{ (r.problem)(line + 1, problem, plan) }</li>
                }) }</ul>
            }
            if !above.is_empty() {
                <p class="warning">{ (r.above_whole)(&above.iter().map(|&s| series_name(plan, s, lang)).collect::<Vec<_>>()) }</p>
            }
            if p.changes.is_empty() {
                <p>{ r.nothing_new }</p>
            } else {
                { scroll_region("returns-heading", html! {
                    <table class="report-table">
                        <thead><tr>{ for r.change_headers.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr></thead>
                        <tbody>{ for p.changes.iter().map(|c| html! {
                            <tr class={ c.before.is_some().then_some("changed") }>
                                <th scope="row">{ unit_name(plan, c.unit, lang) }</th>
                                <td>{ item_name(plan, c.series, lang) }</td>
                                <td class="num">{ c.before.map_or_else(|| "—".to_owned(), |q| q.grouped()) }</td>
                                <td class="num">{ c.after.grouped() }</td>
                            </tr>
                        }) }</tbody>
                    </table>}) }
                <button type="button" class="primary" onclick={ apply }>{ (r.apply)(p.changes.len()) }</button>
            }
        </div>
    }
}

/// The returns panel.
#[function_component(ReturnsPanel)]
pub fn returns_panel() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let r = &t.returns;
    let pasted = use_state(String::new);
    let workspace = state.workspace();
    let month = workspace.simulation.as_of;
    // Encoded once per workspace and language, not on every render of the screen.
    let links = use_derived(&state, lang, |workspace, &lang| {
        let month = workspace.simulation.as_of;
        Unit::all(&workspace.plan)
            .into_iter()
            .map(|unit| {
                (
                    unit_name(&workspace.plan, unit, lang),
                    address(&request(workspace, unit, month)),
                )
            })
            .collect::<Vec<(String, String)>>()
    });
    let rows = links.iter().map(|(name, link)| link_row(r, name, link));
    let copy_all = {
        let all: String = links
            .iter()
            .map(|(name, link)| format!("{name}\t{link}\n"))
            .collect();
        Callback::from(move |_| copy(&all))
    };
    let oninput = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| pasted.set(event_value(&e)))
    };
    let onchange = {
        let pasted = pasted.clone();
        Callback::from(move |e: Event| pasted.set(event_value(&e)))
    };
    // The preview, and the "of which" counts the import would put above their whole.
    let shown = use_derived(&state, (*pasted).clone(), |workspace, pasted| {
        (!pasted.trim().is_empty()).then(|| {
            let month = workspace.simulation.as_of;
            let p = preview(workspace, month, pasted);
            let before = workspace.actuals.above_whole(&workspace.plan);
            let edit = Edit::SetReturns {
                month,
                values: p.changes.iter().map(|c| (c.series, c.after)).collect(),
            };
            let above: Vec<Series> = workspace
                .apply(&edit)
                .map(|after| after.workspace.actuals.above_whole(&workspace.plan))
                .unwrap_or_default()
                .into_iter()
                .filter(|found| found.1 == month && !before.contains(found))
                .map(|(series, _)| series)
                .collect();
            (p, above)
        })
    });
    let preview_html = shown
        .as_ref()
        .as_ref()
        .map(|(p, above)| reply_preview(&state, &pasted, month, p, above));
    html! {
        <section class="panel returns" aria-labelledby="returns-heading">
            <div class="panel-head">
                <h2 id="returns-heading">{ r.heading }{ t.common.colon }{ (t.common.month_name)(usize::from(month.get())) }</h2>
                <div class="actions"><button type="button" onclick={ copy_all }>{ r.copy_all }</button></div>
            </div>
            <p class="hint">{ r.note }</p>
            <ul class="return-links">{ for rows }</ul>
            <label class="returns-paste">{ r.paste }
                <textarea rows="4" value={ (*pasted).clone() } { oninput } { onchange } />
            </label>
            { for preview_html }
        </section>
    }
}
