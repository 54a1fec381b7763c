//! The traffic lights (亮灯) of the shown metric: districts × months from January to the month
//! reported on, how far behind each district is, how many yellow or red months in a row and the
//! 督办 flag; the rules (a preset and the yardstick) and how the phased monthly targets are
//! shaped; the phased targets themselves, folded. Printable on its own, on a landscape page.

use std::rc::Rc;

use quota_engine::formats::table::points;
use quota_engine::simulate::supervision::{
    Light, LightRules, PhaseProfile, Phasing, UnitLights, Yardstick,
};
use quota_engine::support::parse::{parse_quota, ParseError};
use quota_engine::workspace::{Edit, SupervisionReport, Workspace};
use quota_engine::{Lang, Plan};
use yew::prelude::{classes, function_component, html, Callback, Event, Html, MouseEvent};

use crate::components::widgets::Folded;
use crate::components::{on_entry, refusal_at, scroll_region, use_app_state, use_derived};
use crate::i18n::supervision::Threshold;
use crate::i18n::{district_name, metric_name, texts, Texts};
use crate::platform::download::{print_panel, Paper};
use crate::platform::event_value;
use crate::state::{Action, Cause, InputField, StateHandle};

fn light_class(light: Light) -> &'static str {
    match light {
        Light::Green => "green",
        Light::Plain => "plain",
        Light::Yellow => "yellow",
        Light::Red => "red",
        Light::NotReported => "not-reported",
    }
}

/// A light as a table cell: a dot and the word, so the colour is never the only sign.
pub(super) fn light_cell(t: &Texts, light: Light) -> Html {
    html! {
        <td class={ classes!("light", light_class(light)) }>
            <span class="dot" aria-hidden="true"></span>{ (t.supervision.light)(light) }
        </td>
    }
}

/// Yellow or red months in a row, with the 督办 or 约谈 flag they raise.
pub(super) fn streak_cell(t: &Texts, line: &UnitLights) -> Html {
    let s = &t.supervision;
    html! {
        <td class="num">
            { if line.streak > 0 { line.streak.to_string() } else { String::new() } }
            if line.interview {
                <span class="status behind supervise">{ s.interview }</span>
            } else if line.supervise {
                <span class="status behind supervise">{ s.supervise }</span>
            }
        </td>
    }
}

/// The phased targets, district by month, with the city's monthly targets.
fn phased_table(t: &Texts, plan: &Plan, lang: Lang, phasing: &Phasing) -> Html {
    let rows = phasing.cells.iter().enumerate().map(|(d, row)| {
        html! {
            <tr>
                <th scope="row">{ district_name(plan, d, lang) }</th>
                { for row.iter().map(|q| html! { <td class="num">{ q.grouped() }</td> }) }
            </tr>
        }
    });
    html! {
        { scroll_region("phased-caption", html! {
            <table class="report-table phased-table">
                <caption id="phased-caption">{ t.supervision.phased }</caption>
                <thead><tr>
                    <th scope="col">{ t.common.district }</th>
                    { for (1..=12).map(|m| html! { <th scope="col" class="num">{ (t.common.month_name)(m) }</th> }) }
                </tr></thead>
                <tbody>{ for rows }</tbody>
                <tfoot><tr>
                    <th scope="row">{ t.common.city }</th>
                    { for phasing.months.iter().map(|q| html! { <td class="num">{ q.grouped() }</td> }) }
                </tr></tfoot>
            </table>}) }
    }
}

/// The rules' choices: a preset, the yardstick, how the monthly targets are phased.
fn rule_choices(state: &StateHandle, workspace: &Workspace) -> Html {
    let t = texts(state.ui.lang);
    let s = &t.supervision;
    let rules = workspace.supervision.lights.clone();
    // A rules field: its value and the rules as they are to the rules it asks for.
    let set_rules = |make: fn(&str, &LightRules) -> LightRules| {
        let state = state.clone();
        let rules = rules.clone();
        Callback::from(move |e: Event| {
            let rules = make(&event_value(&e), &rules);
            state.dispatch(Action::Edit(
                Edit::SetLightRules { rules },
                InputField::Simulation,
            ));
        })
    };
    let on_preset = set_rules(|v, current| {
        v.parse::<usize>()
            .ok()
            .and_then(|i| LightRules::PRESETS.get(i))
            .map_or_else(|| current.clone(), |(_, rules)| rules.clone())
    });
    let on_yardstick = set_rules(|v, current| LightRules {
        yardstick: if v == "phased" {
            Yardstick::Phased
        } else {
            Yardstick::TimeProgress
        },
        ..current.clone()
    });
    let on_profile = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let profile = if event_value(&e) == "seasonal" {
                PhaseProfile::Seasonal
            } else {
                PhaseProfile::Even
            };
            state.dispatch(Action::Edit(
                Edit::SetPhaseProfile { profile },
                InputField::Simulation,
            ));
        })
    };
    // A rule's number typed: the rules with it changed, or why the text is not a number.
    let preset = rules.preset();
    let profile = &workspace.supervision.profile;
    html! {
        <div class="control-row">
            <label>{ s.rules }
                <select onchange={ on_preset }>
                    { for LightRules::PRESETS.iter().enumerate().map(|(i, (p, _))| html! {
                        <option value={ i.to_string() } selected={ preset == Some(*p) }>{ (s.preset)(*p) }</option>
                    }) }
                    if preset.is_none() { <option value="custom" selected=true>{ "—" }</option> }
                </select>
            </label>
            <label>{ s.yardstick }
                <select onchange={ on_yardstick }>
                    <option value="time" selected={ rules.yardstick == Yardstick::TimeProgress }>{ (s.yardstick_name)(Yardstick::TimeProgress) }</option>
                    <option value="phased" selected={ rules.yardstick == Yardstick::Phased }>{ (s.yardstick_name)(Yardstick::Phased) }</option>
                </select>
            </label>
            <label>{ s.profile }
                <select onchange={ on_profile }>
                    <option value="even" selected={ *profile == PhaseProfile::Even }>{ (s.profile_name)(&PhaseProfile::Even) }</option>
                    <option value="seasonal" selected={ *profile == PhaseProfile::Seasonal }>{ (s.profile_name)(&PhaseProfile::Seasonal) }</option>
                    if matches!(profile, PhaseProfile::Typed(_)) { <option value="typed" selected=true>{ (s.profile_name)(profile) }</option> }
                </select>
            </label>
        </div>
    }
}

/// The rules' numbers (yellow from, red beyond, 督办 and 约谈 after), the city-rate switch, and
/// the refusal of a number's text.
fn rule_numbers(state: &StateHandle, workspace: &Workspace) -> Html {
    let t = texts(state.ui.lang);
    let s = &t.supervision;
    let rules = workspace.supervision.lights.clone();
    let number_field = |which: Threshold, value: u32, set: fn(&mut LightRules, u32)| {
        let rules = rules.clone();
        let onchange = on_entry(state, InputField::Simulation, move |text| {
            let number = parse_quota(&text).map_err(Cause::Parse)?.get();
            let number = u32::try_from(number).map_err(|_| Cause::Parse(ParseError::TooLarge))?;
            let mut rules = rules.clone();
            set(&mut rules, number);
            Ok(Edit::SetLightRules { rules })
        });
        html! {
            <label>{ (s.threshold)(which) }
                <input type="text" inputmode="numeric" class="small" value={ value.to_string() } { onchange } />
            </label>
        }
    };
    let on_city = {
        let (state, rules) = (state.clone(), rules.clone());
        Callback::from(move |_| {
            let rules = LightRules {
                green_needs_city_rate: !rules.green_needs_city_rate,
                ..rules.clone()
            };
            state.dispatch(Action::Edit(
                Edit::SetLightRules { rules },
                InputField::Simulation,
            ));
        })
    };
    let refusal = refusal_at(state, &InputField::Simulation);
    html! { <>
        <div class="control-row">
            { number_field(Threshold::YellowFrom, rules.yellow_points, |r, v| r.yellow_points = v) }
            { number_field(Threshold::RedBeyond, rules.red_points, |r, v| r.red_points = v) }
            { number_field(Threshold::SuperviseAfter, u32::from(rules.supervise_after), |r, v| r.supervise_after = u8::try_from(v).unwrap_or(u8::MAX)) }
            { number_field(Threshold::InterviewAfter, u32::from(rules.interview_after), |r, v| r.interview_after = u8::try_from(v).unwrap_or(u8::MAX)) }
            <label class="checkbox">
                <input type="checkbox" checked={ rules.green_needs_city_rate } onchange={ on_city } />
                { (s.threshold)(Threshold::GreenNeedsCityRate) }
            </label>
        </div>
        if let Some(message) = refusal { <p class="cell-error" role="alert">{ message }</p> }
        </>
    }
}

/// The lights' rules as fields.
fn rules_controls(state: &StateHandle, workspace: &Workspace) -> Html {
    html! { <>{ rule_choices(state, workspace) }{ rule_numbers(state, workspace) }</> }
}

/// The districts × months grid of lights, how far behind and the streaks; or why there is none.
fn lights_grid(
    t: &'static Texts,
    plan: &Plan,
    lang: Lang,
    report: &SupervisionReport,
    rules: &LightRules,
) -> Html {
    let s = &t.supervision;
    match &report.lights {
        Ok(grid) => {
            let months = usize::from(grid.month.get());
            let rows = grid.lines.iter().map(|line| {
                let gap = line.gap_permille.map(points).unwrap_or_default();
                html! {
                    <tr>
                        <th scope="row">{ district_name(plan, line.unit, lang) }</th>
                        { for line.lights.iter().map(|&l| light_cell(t, l)) }
                        <td class="num">{ gap }</td>
                        { streak_cell(t, line) }
                    </tr>
                }
            });
            html! { <>
                { scroll_region("lights-heading", html! {
                    <table class="report-table lights-table">
                        <thead><tr>
                            <th scope="col">{ t.common.district }</th>
                            { for (1..=months).map(|m| html! { <th scope="col">{ (t.common.month_name)(m) }</th> }) }
                            <th scope="col" class="num">{ s.gap }</th>
                            <th scope="col" class="num">{ s.streak }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>}) }
                <p class="hint">{ s.note(rules) }</p>
            </> }
        }
        Err(err) => html! {
            <p class="empty-state" role="status">{ crate::i18n::describe(lang, err, plan) }</p>
        },
    }
}

/// The lights panel of the bulletin screen.
#[function_component(LightsPanel)]
pub fn lights_panel() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let s = &t.supervision;
    let metric = state.shown_metric();
    let report: Rc<SupervisionReport> = use_derived(&state, metric, |workspace, &metric| {
        workspace.supervision_report(metric)
    });
    let workspace = state.current().workspace.clone();
    let plan = &workspace.plan;
    let controls = rules_controls(&state, &workspace);
    let grid = lights_grid(t, plan, lang, &report, &workspace.supervision.lights);
    let phased = match &report.phasing {
        Ok(phasing) => phased_table(t, plan, lang, phasing),
        Err(err) => html! { <p class="cell-error">{ t.phase_failed(err, plan) }</p> },
    };
    html! {
        <section class="panel lights" aria-labelledby="lights-heading">
            <div class="panel-head">
                <h2 id="lights-heading">{ s.heading }{ t.common.colon }{ metric_name(plan, metric, lang) }</h2>
                <div class="actions">
                    <button type="button" onclick={ Callback::from(|e: MouseEvent| print_panel(&e, Paper::Landscape)) }>{ t.bulletin.print }</button>
                </div>
            </div>
            { controls }
            { grid }
            <Folded class={ classes!("phased") } summary={ s.phased }>{ phased }</Folded>
        </section>
    }
}
