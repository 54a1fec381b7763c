//! The forecast settings under the forecast: the seasonal profile, paths, seed, spread, a lost
//! month and per-district pace changes, each field one change of the settings.

use quota_engine::simulate::forecast::{Knob, SettingsChange, FLAT, SPRING_FESTIVAL};
use quota_engine::simulate::Month;
use quota_engine::support::parse::parse_quota;
use quota_engine::workspace::Edit;
use quota_engine::{Lang, Plan, Quota};
use yew::prelude::{html, Callback, Event, Html};

use crate::components::{on_entry, refusal_at};
use crate::i18n::{district_name, Texts};
use crate::state::{Action, Cause, InputField, StateHandle};

/// A forecast setting's field: its text to one change of the settings (or why not), made to
/// the settings as they are when the reducer applies it.
fn settings_change(
    state: &StateHandle,
    make: impl Fn(String) -> Result<SettingsChange, Cause> + 'static,
) -> Callback<Event> {
    on_entry(state, InputField::Simulation, move |text| {
        make(text).map(|change| Edit::ChangeForecast { change })
    })
}

fn number(text: &str) -> Result<u64, Cause> {
    parse_quota(text).map(Quota::get).map_err(Cause::Parse)
}

fn small(text: &str) -> Result<u32, Cause> {
    u32::try_from(number(text)?)
        .map_err(|_| Cause::Parse(quota_engine::support::parse::ParseError::TooLarge))
}

pub(super) fn settings_panel(state: &StateHandle, t: &Texts, plan: &Plan, lang: Lang) -> Html {
    let settings = &state.workspace().simulation.forecast;
    let preset = if settings.profile == FLAT {
        "flat"
    } else if settings.profile == SPRING_FESTIVAL {
        "spring"
    } else {
        "custom"
    };
    let on_preset = settings_change(state, |v| {
        Ok(SettingsChange::Profile(if v == "spring" {
            SPRING_FESTIVAL
        } else {
            FLAT
        }))
    });
    let weights = (0..12usize).map(|k| {
        let on = settings_change(state, move |v| {
            let month = Month::new(u8::try_from(k + 1).unwrap_or(12)).unwrap_or(Month::DECEMBER);
            Ok(SettingsChange::Weight { month, weight: small(&v)? })
        });
        html! {
            <label class="weight">{ (t.common.month_name)(k + 1) }
                <input type="text" inputmode="numeric" value={ settings.profile[k].to_string() }
                       aria-label={ format!("{} {}", t.forecast.profile, (t.common.month_name)(k + 1)) } onchange={ on } />
            </label>
        }
    });
    let on_paths = settings_change(state, |v| Ok(SettingsChange::Paths(small(&v)?)));
    let on_seed = settings_change(state, |v| Ok(SettingsChange::Seed(number(&v)?)));
    let on_cv = settings_change(state, |v| Ok(SettingsChange::Spread(small(&v)?)));
    let on_shock = settings_change(state, |v| Ok(SettingsChange::CityShock(small(&v)?)));
    let on_lost = settings_change(state, |v| {
        Ok(SettingsChange::LostMonth(
            v.parse().ok().and_then(|m| Month::new(m).ok()),
        ))
    });
    let refusal = refusal_at(state, &InputField::Simulation);
    let as_of = state.workspace().simulation.as_of;
    let warnings: Vec<String> = settings
        .warnings(as_of)
        .iter()
        .map(|w| (t.forecast.warning)(w, plan))
        .collect();
    html! {
        <section class="panel forecast-settings" aria-labelledby="forecast-settings-heading">
            <h2 id="forecast-settings-heading">{ t.forecast.settings }</h2>
            <div class="control-row">
                <label>{ t.forecast.profile }
                    <select onchange={ on_preset }>
                        <option value="flat" selected={ preset == "flat" }>{ t.forecast.flat }</option>
                        <option value="spring" selected={ preset == "spring" }>{ t.forecast.spring }</option>
                        if preset == "custom" { <option value="custom" selected=true>{ "—" }</option> }
                    </select>
                </label>
                <label>{ t.forecast.paths }<input type="text" inputmode="numeric" class="small" value={ settings.paths.to_string() } onchange={ on_paths } /></label>
                <label>{ t.forecast.seed }<input type="text" inputmode="numeric" class="small" aria-label={ t.forecast.seed } value={ settings.seed.to_string() } onchange={ on_seed } /></label>
                <label>{ t.forecast.cv }<input type="text" inputmode="numeric" class="small" value={ settings.cv_permille.to_string() } onchange={ on_cv } /></label>
                <label>{ t.forecast.city_shock }<input type="text" inputmode="numeric" class="small" value={ settings.city_shock_permille.to_string() } onchange={ on_shock } /></label>
                <label>{ t.forecast.lost_month }
                    <select onchange={ on_lost }>
                        <option value="0" selected={ settings.lost_month.is_none() }>{ t.forecast.none }</option>
                        { for (1..=12u8).map(|m| html! { <option value={ m.to_string() } selected={ settings.lost_month.map(Month::get) == Some(m) }>{ (t.common.month_name)(usize::from(m)) }</option> }) }
                    </select>
                </label>
            </div>
            <div class="weights-row">{ for weights }</div>
            { knobs_list(state, t, plan, lang) }
            { for warnings.iter().map(|w| html! { <p class="warning" role="status">{ w }</p> }) }
            if let Some(message) = refusal { <p class="cell-error" role="alert">{ message }</p> }
        </section>
    }
}

/// The per-district pace changes, each editable and removable, and a button to add one.
fn knobs_list(state: &StateHandle, t: &Texts, plan: &Plan, lang: Lang) -> Html {
    let settings = &state.workspace().simulation.forecast;
    let knobs = settings.knobs.iter().enumerate().map(|(i, knob)| {
        let on_district = settings_change(state, move |v| {
            let district = v.parse().unwrap_or(0);
            Ok(SettingsChange::KnobDistrict { knob: i, district })
        });
        let on_from = settings_change(state, move |v| {
            let from = v.parse().ok().and_then(|m| Month::new(m).ok()).unwrap_or(Month::DECEMBER);
            Ok(SettingsChange::KnobFrom { knob: i, from })
        });
        let on_percent = settings_change(state, move |v| {
            Ok(SettingsChange::KnobPercent { knob: i, percent: small(&v)? })
        });
        let remove = {
            let state = state.clone();
            Callback::from(move |_| {
                let change = SettingsChange::RemoveKnob(i);
                state.dispatch(Action::Edit(Edit::ChangeForecast { change }, InputField::Simulation));
            })
        };
        let name = district_name(plan, knob.district, lang);
        html! {
            <li class="knob">
                <select aria-label={ format!("{} {}", t.forecast.knobs, t.common.district) } onchange={ on_district }>
                    { for plan.districts.iter().enumerate().map(|(d, x)| html! {
                        <option value={ d.to_string() } selected={ d == knob.district }>{ x.name.get(lang) }</option>
                    }) }
                </select>
                <select aria-label={ format!("{name} {}", t.forecast.knob_from) } onchange={ on_from }>
                    { for (1..=12u8).map(|m| html! { <option value={ m.to_string() } selected={ m == knob.from.get() }>{ (t.common.month_name)(usize::from(m)) }</option> }) }
                </select>
                <input type="text" inputmode="numeric" class="small" value={ knob.percent.to_string() }
                       aria-label={ format!("{name} {}", t.forecast.knob_percent) } onchange={ on_percent } />
                <span>{ "%" }</span>
                <button type="button" onclick={ remove } aria-label={ format!("{} {name}", t.common.remove) }>{ t.common.remove }</button>
            </li>
        }
    });
    let add_knob = {
        let state = state.clone();
        Callback::from(move |_| {
            let as_of = state.workspace().simulation.as_of;
            let from = Month::new(as_of.get().saturating_add(1).min(12)).unwrap_or(Month::DECEMBER);
            let change = SettingsChange::AddKnob(Knob {
                district: 0,
                from,
                percent: 120,
            });
            state.dispatch(Action::Edit(
                Edit::ChangeForecast { change },
                InputField::Simulation,
            ));
        })
    };
    html! {
        <>
            <h3>{ t.forecast.knobs }</h3>
            <ul class="knobs">{ for knobs }</ul>
            <button type="button" onclick={ add_knob }>{ t.forecast.add_knob }</button>
        </>
    }
}
