//! What is returned besides the districts' own counts, on the bulletin screen: the line
//! departments (附件2) against their quotas, each district's manufacturing share of its
//! certified workers against the plan's minimum, and the countable targets (bases,
//! competitions, pilot enterprises) — each with its lights and 督办 (the lights step), and its
//! month grid to type or paste into (the collect step).

use std::rc::Rc;

use quota_engine::formats::table::{percent, points};
use quota_engine::simulate::supervision::{LightsGrid, UnitLights};
use quota_engine::simulate::Month;
use quota_engine::workspace::UnitsReport;
use quota_engine::{EngineError, Lang, Plan};
use yew::prelude::{
    function_component, html, use_state, Callback, Html, MouseEvent, UseStateHandle,
};

use super::lights_panel::{light_cell, streak_cell};
use crate::components::{scroll_region, use_app_state, use_derived, ActualsGrid};
use crate::i18n::units::Units;
use crate::i18n::{grouped, row_header, row_name, texts, Texts};
use crate::platform::download::{print_panel, Paper};

/// One unit's row: name, target, done, rate, schedule, gap, this month's light, streak.
fn row(t: &Texts, name: String, line: &UnitLights) -> Html {
    let judged = line.gap_permille.is_some();
    let light = line.lights.last().copied();
    html! {
        <tr>
            <th scope="row">{ name }</th>
            <td class="num">{ if judged { line.target.grouped() } else { String::new() } }</td>
            <td class="num">{ if judged { line.done.grouped() } else { String::new() } }</td>
            <td class="num">{ if judged { percent(Some(line.rate_permille)) } else { String::new() } }</td>
            <td class="num">{ if judged { percent(Some(line.schedule_permille)) } else { String::new() } }</td>
            <td class="num">{ line.gap_permille.map(points).unwrap_or_default() }</td>
            { for light.map(|l| light_cell(t, l)) }
            { streak_cell(t, line) }
        </tr>
    }
}

/// The table of one tab, or why there is none yet.
fn table(
    t: &'static Texts,
    plan: &Plan,
    lang: Lang,
    tab: Units,
    (grid, month): (&Result<LightsGrid, EngineError>, Month),
) -> Html {
    let u = &t.units;
    let sheet = tab.sheet();
    let grid = match grid {
        Ok(grid) => grid,
        Err(EngineError::Simulation(_)) => {
            return html! { <p class="empty-state" role="status">{ (u.nothing)(tab, month) }</p> };
        }
        Err(err) => {
            return html! { <p class="cell-error" role="alert">{ crate::i18n::describe(lang, err, plan) }</p> }
        }
    };
    let first = row_header(t, sheet);
    // The departments' line adds up quotas and counts; the manufacturing line gives the
    // city's share (the counts are over the districts that returned both).
    let total = match tab {
        Units::Departments => Some(u.departments_total),
        Units::Manufacturing => Some(u.manufacturing_total),
        Units::Countable => None,
    };
    let total = total.map(|label| {
        let judged = grid.lines.iter().filter(|l| l.gap_permille.is_some());
        let target: u64 = if tab == Units::Departments {
            plan.departments.iter().map(|d| d.quota.get()).sum()
        } else {
            judged.clone().map(|l| l.target.get()).sum()
        };
        let done: u64 = judged.map(|l| l.done.get()).sum();
        html! {
            <tfoot><tr>
                <th scope="row">{ label }</th>
                <td class="num">{ grouped(target) }</td>
                <td class="num">{ grouped(done) }</td>
                <td class="num">{ percent(grid.city_permille.last().copied()) }</td>
                <td class="num"></td><td class="num"></td><td></td><td class="num"></td>
            </tr></tfoot>
        }
    });
    let caption = match tab {
        Units::Departments => "units-caption-0",
        Units::Manufacturing => "units-caption-1",
        Units::Countable => "units-caption-2",
    };
    html! {
        { scroll_region("units-heading", html! {
            <table class="report-table units-table">
                <caption id={ caption } class="visually-hidden">{ (u.tab)(tab) }</caption>
                <thead><tr>
                    <th scope="col">{ first }</th>
                    { for (u.headers)(tab).iter().map(|h| html! { <th scope="col" class="num">{ *h }</th> }) }
                </tr></thead>
                <tbody>{ for grid.lines.iter().map(|line| row(t, row_name(plan, sheet, line.unit, lang), line)) }</tbody>
                { for total }
            </table>}) }
    }
}

/// The three tabs' buttons; the one shown is pressed.
fn subtabs(t: &'static Texts, tab: &UseStateHandle<Units>) -> Html {
    let u = &t.units;
    let buttons = Units::ALL.iter().map(|&units| {
        let onclick = {
            let tab = tab.clone();
            Callback::from(move |_| tab.set(units))
        };
        html! {
            <button type="button" class="tab" aria-pressed={ if **tab == units { "true" } else { "false" } } { onclick }>{ (u.tab)(units) }</button>
        }
    });
    html! { <div class="subtabs" role="group" aria-label={ u.heading }>{ for buttons }</div> }
}

/// The departments and other targets panel of the lights step: each tab's table with its
/// lights, printable on its own.
#[function_component(UnitsPanel)]
pub fn units_panel() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let u = &t.units;
    let tab = use_state(|| Units::Departments);
    let report: Rc<UnitsReport> = use_derived(&state, (), |workspace, ()| workspace.units_report());
    let workspace = state.workspace();
    let plan = &workspace.plan;
    let grid = match *tab {
        Units::Departments => &report.departments,
        Units::Manufacturing => &report.manufacturing,
        Units::Countable => &report.countable,
    };
    html! {
        <section class="panel units" aria-labelledby="units-heading">
            <div class="panel-head">
                <h2 id="units-heading">{ u.heading }{ t.common.colon }{ (u.tab)(*tab) }</h2>
                <div class="actions">
                    <button type="button" onclick={ Callback::from(|e: MouseEvent| print_panel(&e, Paper::Portrait)) }>{ t.bulletin.print }</button>
                </div>
            </div>
            { subtabs(t, &tab) }
            <p class="hint">{ (u.note)(*tab) }</p>
            { table(t, plan, lang, *tab, (grid, workspace.simulation.as_of)) }
        </section>
    }
}

/// The month grids of the departments, the manufacturing "of which" and the countable targets,
/// for the collect step: one tab's grid at a time.
#[function_component(UnitsGrids)]
pub fn units_grids() -> Html {
    let state = use_app_state();
    let t = texts(state.ui.lang);
    let u = &t.units;
    let tab = use_state(|| Units::Departments);
    html! {
        <section class="panel units units-grids" aria-labelledby="units-grids-heading">
            <h2 id="units-grids-heading">{ u.heading }{ t.common.colon }{ (u.tab)(*tab) }</h2>
            { subtabs(t, &tab) }
            <ActualsGrid sheet={ tab.sheet() } />
        </section>
    }
}
