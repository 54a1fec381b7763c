//! The saved scenarios: switch, name, create, duplicate, delete, and compare two side by side.

use std::cell::Cell;
use std::rc::Rc;

use quota_engine::links::jobs::{Outcome, Task};
use quota_engine::workspace::Workspace;
use quota_engine::{Lang, Plan};
use yew::prelude::{
    classes, function_component, html, use_effect_with, use_state, Callback, Event, Html,
};

use crate::components::{scroll_region, use_app_state};
use crate::hooks::RcKey;
use crate::i18n::{district_name, signed, texts};
use crate::platform::event_value;
use crate::platform::worker::{self, Slot};
use crate::state::Action;

/// The scenario controls above the screens.
#[function_component(ScenarioBar)]
pub fn scenario_bar() -> Html {
    let state = use_app_state();
    let t = texts(state.ui.lang);
    let name_of = |i: usize| {
        state.scenarios.list.get(i).map_or_else(String::new, |s| {
            if s.name.is_empty() {
                t.scenarios.first.to_owned()
            } else {
                s.name.clone()
            }
        })
    };
    let current_name = name_of(state.scenarios.current);
    let on_switch = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Ok(i) = event_value(&e).parse() {
                state.dispatch(Action::SwitchScenario(i));
            }
        })
    };
    let on_rename = {
        let state = state.clone();
        Callback::from(move |e: Event| state.dispatch(Action::RenameScenario(event_value(&e))))
    };
    let on_compare = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            state.dispatch(Action::CompareWith(event_value(&e).parse().ok()))
        })
    };
    let new = {
        let state = state.clone();
        let name = format!("{} {}", t.scenarios.label, state.scenarios.list.len() + 1);
        Callback::from(move |_| state.dispatch(Action::NewScenario(name.clone())))
    };
    let duplicate = {
        let state = state.clone();
        let name = format!("{current_name}{}", t.scenarios.copy_suffix);
        Callback::from(move |_| state.dispatch(Action::DuplicateScenario(name.clone())))
    };
    let delete = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DeleteScenario))
    };
    html! {
        <div class="scenario-bar control-row">
            <label>{ t.scenarios.label }
                <select onchange={ on_switch }>
                    { for (0..state.scenarios.list.len()).map(|i| html! {
                        <option value={ i.to_string() } selected={ i == state.scenarios.current }>{ name_of(i) }</option>
                    }) }
                </select>
            </label>
            <label>{ t.scenarios.rename }
                <input type="text" value={ current_name.clone() } onchange={ on_rename } />
            </label>
            <button type="button" onclick={ new }>{ t.scenarios.new }</button>
            <button type="button" onclick={ duplicate }>{ t.scenarios.duplicate }</button>
            <button type="button" onclick={ delete } disabled={ state.scenarios.list.len() <= 1 }>{ t.scenarios.delete }</button>
            <label>{ t.scenarios.compare_with }
                <select onchange={ on_compare }>
                    <option value="none" selected={ state.scenarios.compare_with.is_none() }>{ t.scenarios.no_compare }</option>
                    { for (0..state.scenarios.list.len()).filter(|&i| i != state.scenarios.current).map(|i| html! {
                        <option value={ i.to_string() } selected={ state.scenarios.compare_with == Some(i) }>{ name_of(i) }</option>
                    }) }
                </select>
            </label>
        </div>
    }
}

/// Per metric, both scenarios' chances per district (or `None`).
type Chances = Vec<Option<(Vec<f64>, Vec<f64>)>>;

/// What the comparison's chances were worked out for: the open workspace and the compared one.
type CompareKey = (RcKey<Workspace>, Option<RcKey<Workspace>>);

/// The open scenario against the compared one: every quota and its difference.
#[function_component(ScenarioCompare)]
pub fn scenario_compare() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let other = state
        .scenarios
        .compare_with
        .and_then(|i| state.scenarios.list.get(i))
        .cloned();
    // Hooks before any early return: the chances of both scenarios, per metric, when both have
    // actuals — a seeded Monte Carlo each, worked out in the background worker when either
    // changes; none are shown until they come.
    let chances = use_state(|| None::<(CompareKey, Rc<Chances>)>);
    let key: CompareKey = (
        RcKey::new(&state.current().workspace),
        other.as_ref().map(|o| RcKey::new(&o.workspace)),
    );
    {
        let chances = chances.clone();
        let mine = state.current().workspace.clone();
        let theirs = other.as_ref().map(|o| o.workspace.clone());
        use_effect_with(key.clone(), move |key| {
            let key = key.clone();
            let alive = Rc::new(Cell::new(true));
            if let Some(theirs) = theirs {
                let still = alive.clone();
                let task = Task::Compare {
                    other: Box::new((*theirs).clone()),
                };
                worker::run(Slot::Compare, &mine, task, move |outcome| {
                    if let (true, Outcome::Compare(found)) = (still.get(), outcome) {
                        chances.set(Some((key, Rc::new(found))));
                    }
                });
            }
            move || alive.set(false)
        });
    }
    let chances: Rc<Chances> = match chances.as_ref() {
        Some((k, found)) if *k == key => found.clone(),
        _ => Rc::default(),
    };
    let Some(other) = other else {
        return html! {};
    };
    let (mine, theirs) = (&state.workspace().plan, &other.workspace.plan);
    let with_chances = chances.iter().any(Option::is_some);
    let same_shape = mine.same_shape(theirs);
    let other_name = if other.name.is_empty() {
        t.scenarios.first.to_owned()
    } else {
        other.name.clone()
    };
    let rows = (0..mine.districts.len())
        .filter(|_| same_shape)
        .map(|d| compare_row(mine, theirs, &chances, d, lang));
    html! {
        <section class="panel compare-scenarios" aria-labelledby="compare-scenarios-heading">
            <h2 id="compare-scenarios-heading">{ t.scenarios.compare }{ t.common.colon }{ other_name }</h2>
            { scroll_region("compare-scenarios-heading", html! {
                <table class="compare-table">
                    <thead><tr>
                        <th scope="col">{ t.common.district }</th>
                        { for mine.metrics.iter().map(|m| html! {
                            <>
                                <th scope="col" class="num">{ m.name.get(lang) }</th>
                                <th scope="col" class="num">{ t.scenarios.difference }</th>
                                if with_chances { <th scope="col" class="num">{ t.scenarios.chance_difference }</th> }
                            </>
                        }) }
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>}) }
            if !with_chances { <p class="hint">{ t.scenarios.chance_needs_actuals }</p> }
        </section>
    }
}

/// One district of the comparison: per metric the other scenario's quota, the difference and,
/// where both have actuals, the difference in the chance of meeting it.
fn compare_row(mine: &Plan, theirs: &Plan, chances: &Chances, d: usize, lang: Lang) -> Html {
    let with_chances = chances.iter().any(Option::is_some);
    let cells = (0..mine.metrics.len()).map(|m| {
        let a = mine.quota(m, d).map_or(0, |q| q.get());
        let b = theirs.quota(m, d).map_or(0, |q| q.get());
        let chance = chances.get(m).and_then(Option::as_ref).map(|(mine, theirs)| {
            let points = (mine.get(d).copied().unwrap_or(0.0) - theirs.get(d).copied().unwrap_or(0.0)) * 100.0;
            let text = if points.abs() < 0.5 { "0".to_owned() } else { format!("{points:+.0}") };
            html! { <td class={ classes!("num", (points.abs() >= 0.5).then_some("differs")) }>{ text }</td> }
        });
        html! {
            <>
                <td class="num">{ crate::i18n::grouped(b) }</td>
                <td class={ classes!("num", (a != b).then_some("differs")) }>{ if a == b { String::new() } else { signed(b, a) } }</td>
                if with_chances { { chance.unwrap_or_else(|| html! { <td></td> }) } }
            </>
        }
    });
    html! { <tr><th scope="row">{ district_name(mine, d, lang) }</th>{ for cells }</tr> }
}
