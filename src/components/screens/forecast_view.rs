//! The forecast screen: year-end projections with probabilities, the planner's what-ifs (pace
//! changes, a lost month, the seasonal profile), a range chart, the mid-year reallocation and
//! the allowance budget. The Monte Carlo runs only when the workspace or metric changes.

use std::rc::Rc;

use quota_engine::simulate::allowance::budget;
use quota_engine::simulate::forecast::{effective_paths, Forecast};
use quota_engine::support::parse::parse_quota;
use quota_engine::workspace::{Edit, Reallocation};
use quota_engine::{Lang, MetricId, Plan, Quota};
use yew::prelude::{
    classes, function_component, html, use_state, Callback, Event, Html, Properties,
};

use super::backtest_panel::backtest_panel;
use super::forecast_settings::settings_panel;
use crate::components::widgets::PathChart;
use crate::components::ProgressControls;
use crate::components::{scroll_region, use_app_state};
use crate::hooks::use_forecast;
use crate::i18n::{district_name, grouped, metric_name, texts, Texts};
use crate::platform::event_value;
use crate::state::{Action, InputField, StateHandle};

/// The most district rows a forecast table lists (the city line always shows).
const MAX_ROWS: usize = 200;

/// A probability as a whole percent.
fn chance(p: f64) -> String {
    format!("{:.0}%", (p * 100.0).clamp(0.0, 100.0))
}

/// The P10–P90 range of each district against its quota, as horizontal bars.
fn range_chart(t: &Texts, plan: &Plan, lang: Lang, lines: &[Forecast]) -> Html {
    const ROW: f64 = 20.0;
    const LABEL: f64 = 110.0;
    const WIDTH: f64 = 560.0;
    let district_lines: Vec<&Forecast> = lines
        .iter()
        .filter(|f| f.district.is_some() && f.reported)
        .take(40)
        .collect();
    let max = district_lines
        .iter()
        .map(|f| f.p90.get().max(f.quota.get()))
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let x = |v: Quota| LABEL + (WIDTH - LABEL - 20.0) * v.get() as f64 / max;
    let height = ROW * district_lines.len() as f64 + 10.0;
    let rows = district_lines.iter().enumerate().map(|(i, f)| {
        let y = ROW * i as f64 + 4.0;
        let name = f.district.map_or_else(String::new, |d| district_name(plan, d, lang));
        html! {
            <g>
                <text x={ (LABEL - 6.0).to_string() } y={ (y + 13.0).to_string() } text-anchor="end" class="bar-label">{ name }</text>
                <rect x={ x(f.p10).to_string() } y={ (y + 4.0).to_string() } height={ (ROW - 8.0).to_string() }
                      width={ (x(f.p90) - x(f.p10)).max(1.0).to_string() } class="range" />
                <line x1={ x(f.p50).to_string() } x2={ x(f.p50).to_string() } y1={ (y + 2.0).to_string() } y2={ (y + ROW - 2.0).to_string() } class="median" />
                <line x1={ x(f.quota).to_string() } x2={ x(f.quota).to_string() } y1={ y.to_string() } y2={ (y + ROW).to_string() } class="target" />
            </g>
        }
    });
    html! {
        <figure class="chart">
            <figcaption>{ t.forecast.fan_heading }</figcaption>
            <p class="hint">{ t.forecast.fan_legend }</p>
            <svg viewBox={ format!("0 0 {WIDTH} {height}") } role="img" aria-label={ t.forecast.fan_heading }>{ for rows }</svg>
        </figure>
    }
}

fn forecast_table(t: &Texts, plan: &Plan, lang: Lang, lines: &[Forecast]) -> Html {
    let unreported: Vec<usize> = lines
        .iter()
        .filter(|f| !f.reported)
        .filter_map(|f| f.district)
        .collect();
    let row = |f: &Forecast| {
        let name = f.district.map_or_else(
            || t.common.city.to_owned(),
            |d| district_name(plan, d, lang),
        );
        if f.district.is_some() && !f.reported {
            // A district that has not reported would be forecast at zero: say so instead.
            return html! {
                <tr class="not-reported">
                    <th scope="row">{ name }</th>
                    <td class="num">{ f.quota.grouped() }</td>
                    <td colspan="9"><span class="status not-reported">{ t.common.not_reported }</span></td>
                </tr>
            };
        }
        html! {
            <tr class={ classes!(f.district.is_none().then_some("city"), (f.probability < 0.5).then_some("at-risk")) }>
                <th scope="row">{ name }
                    if let Some(month) = f.pace_change {
                        <span class="pace-change">{ (t.forecast.pace_changed)(month) }</span>
                    }
                </th>
                <td class="num">{ f.quota.grouped() }</td>
                <td class="num">{ f.done.grouped() }</td>
                <td class="num">{ f.run_rate.grouped() }</td>
                <td class="num">{ f.seasonal.grouped() }</td>
                <td class="num">{ f.p10.grouped() }</td>
                <td class="num">{ f.p50.grouped() }</td>
                <td class="num">{ f.p90.grouped() }</td>
                <td class="num probability">{ chance(f.probability) }</td>
                <td class="num">{ f.required_pace.grouped() }</td>
                <td class="num">{ f.recent_pace.grouped() }</td>
            </tr>
        }
    };
    html! { <>
        { scroll_region("forecast-heading", html! {
            <table class="report-table forecast-table">
                <thead><tr>
                    <th scope="col">{ t.common.district }</th>
                    <th scope="col" class="num">{ t.common.quota }</th>
                    <th scope="col" class="num">{ t.common.done }</th>
                    <th scope="col" class="num">{ t.forecast.run_rate }</th>
                    <th scope="col" class="num">{ t.forecast.seasonal }</th>
                    <th scope="col" class="num">{ t.forecast.p10 }</th>
                    <th scope="col" class="num">{ t.forecast.p50 }</th>
                    <th scope="col" class="num">{ t.forecast.p90 }</th>
                    <th scope="col" class="num">{ t.forecast.probability }</th>
                    <th scope="col" class="num">{ t.forecast.required_pace }</th>
                    <th scope="col" class="num">{ t.forecast.recent_pace }</th>
                </tr></thead>
                <tbody>{ for lines.iter().filter(|f| f.district.is_some()).take(MAX_ROWS).map(row) }</tbody>
                <tfoot>{ for lines.iter().filter(|f| f.district.is_none()).map(row) }</tfoot>
            </table>}) }
        if !unreported.is_empty() {
            <p class="hint" role="note">{ (t.bulletin.unreported_note)(plan, &unreported) }</p>
        }
    </> }
}

fn realloc_panel(
    state: &StateHandle,
    t: &Texts,
    plan: &Plan,
    lang: Lang,
    metric: MetricId,
    before: &[Forecast],
    after: &Reallocation,
) -> Html {
    let (quotas, forecasts) = (&after.quotas, &after.forecast);
    let apply = {
        let state = state.clone();
        let quotas = quotas.clone();
        Callback::from(move |_| {
            state.dispatch(Action::Edit(
                Edit::SetQuotas {
                    metric,
                    quotas: quotas.clone(),
                },
                InputField::Simulation,
            ))
        })
    };
    let rows = before.iter().zip(forecasts).filter(|(b, _)| b.district.is_some()).take(MAX_ROWS).map(|(b, a)| {
        let changed = a.quota != b.quota;
        html! {
            <tr class={ classes!(changed.then_some("changed")) }>
                <th scope="row">{ b.district.map_or_else(String::new, |d| district_name(plan, d, lang)) }</th>
                <td class="num">{ b.done.grouped() }</td>
                <td class="num">{ b.quota.grouped() }</td>
                <td class="num">{ a.quota.grouped() }</td>
                <td class="num">{ chance(b.probability) }</td>
                <td class="num">{ chance(a.probability) }</td>
            </tr>
        }
    });
    html! {
        <section class="panel realloc" aria-labelledby="realloc-heading">
            <h2 id="realloc-heading">{ t.forecast.realloc_heading }{ t.common.colon }{ metric_name(plan, metric, lang) }</h2>
            <p class="hint">{ t.forecast.realloc_note }</p>
            { scroll_region("realloc-heading", html! {
                <table class="report-table">
                    <thead><tr>
                        <th scope="col">{ t.common.district }</th>
                        <th scope="col" class="num">{ t.common.done }</th>
                        <th scope="col" class="num">{ t.forecast.old_quota }</th>
                        <th scope="col" class="num">{ t.forecast.new_quota }</th>
                        <th scope="col" class="num">{ t.forecast.old_probability }</th>
                        <th scope="col" class="num">{ t.forecast.new_probability }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>}) }
            <button type="button" class="primary" onclick={ apply }>{ t.forecast.apply_realloc }</button>
        </section>
    }
}

/// The allowance budget: typed counts of new technicians, the plan's monthly rates.
#[function_component(AllowancePanel)]
fn allowance_panel() -> Html {
    let state = use_app_state();
    let t = texts(state.ui.lang);
    let counts = use_state(|| (0u64, 0u64, 12u8));
    let (technicians, seniors, months) = *counts;
    let field = |which: usize| {
        let counts = counts.clone();
        Callback::from(move |e: Event| {
            let value = parse_quota(&event_value(&e)).map(Quota::get).unwrap_or(0);
            let (mut a, mut b, mut c) = *counts;
            match which {
                0 => a = value,
                1 => b = value,
                _ => c = u8::try_from(value.min(12)).unwrap_or(12),
            }
            counts.set((a, b, c));
        })
    };
    let result = budget(&state.workspace().plan.other, technicians, seniors, months);
    html! {
        <section class="panel allowance" aria-labelledby="allowance-heading">
            <h2 id="allowance-heading">{ t.forecast.allowance_heading }</h2>
            <div class="control-row">
                <label>{ t.forecast.technicians }<input type="text" inputmode="numeric" class="small" value={ technicians.to_string() } onchange={ field(0) } /></label>
                <label>{ t.forecast.seniors }<input type="text" inputmode="numeric" class="small" value={ seniors.to_string() } onchange={ field(1) } /></label>
                <label>{ t.forecast.months_paid }<input type="text" inputmode="numeric" class="small" value={ months.to_string() } onchange={ field(2) } /></label>
            </div>
            { match result {
                Ok(b) => html! {
                    <dl class="why-list">
                        <dt>{ t.forecast.per_month }</dt><dd>{ grouped(b.monthly_yuan) }{ " " }{ t.forecast.yuan }</dd>
                        <dt>{ t.forecast.in_total }</dt><dd>{ grouped(b.total_yuan) }{ " " }{ t.forecast.yuan }</dd>
                    </dl>
                },
                Err(_) => html! { <p class="error">{ t.common.overflow }</p> },
            } }
        </section>
    }
}

/// Which metric's forecast to show.
#[derive(Clone, PartialEq, Properties)]
struct ResultsProps {
    metric: MetricId,
}

/// The forecast, its backtest and the reallocation: a component of their own, so an answer
/// from the worker re-renders only them — never the settings, where a planner may be typing.
#[function_component(ForecastResults)]
fn forecast_results(props: &ResultsProps) -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let workspace = state.current().workspace.clone();
    let plan = &workspace.plan;
    let metric = props.metric;
    // The Monte Carlo runs again only when the workspace (an edit) or the metric changes, in
    // the background worker; the last report stays up meanwhile.
    let (computed, computing) = use_forecast(&state, metric);
    let status = computing.then(|| {
        html! {
            <p class="computing" role="status">
                { (t.forecast.computing)(effective_paths(workspace.simulation.forecast.paths, plan.districts.len())) }
            </p>
        }
    });
    let heading = html! {
        <h2 id="forecast-heading">{ t.forecast.heading }{ t.common.colon }{ metric_name(plan, metric, lang) }</h2>
    };
    let Some(computed) = computed else {
        return html! {
            <section class="panel forecast" aria-labelledby="forecast-heading" aria-busy="true">
                { heading }
                { for status }
            </section>
        };
    };
    let busy = if computing { "true" } else { "false" };
    match &computed.lines {
        Ok(lines) => html! {
            <>
                <section class="panel forecast" aria-labelledby="forecast-heading" aria-busy={ busy }>
                    { heading }
                    { for status }
                    if effective_paths(workspace.simulation.forecast.paths, plan.districts.len()) < workspace.simulation.forecast.paths {
                        <p class="hint">{ (t.forecast.fewer_paths)(effective_paths(workspace.simulation.forecast.paths, plan.districts.len())) }</p>
                    }
                    { forecast_table(t, plan, lang, lines) }
                    <div class="chart-grid">
                        <PathChart workspace={ workspace.clone() } { metric } forecasts={ Rc::new(lines.clone()) } { lang } />
                        { range_chart(t, plan, lang, lines) }
                    </div>
                </section>
                { backtest_panel(t, plan, lang, &computed.backtest) }
                { match &computed.reallocation {
                    Ok(after) => realloc_panel(&state, t, plan, lang, metric, lines, after),
                    Err(err) => html! {
                        <section class="panel realloc" aria-labelledby="realloc-heading">
                            <h2 id="realloc-heading">{ t.forecast.realloc_heading }{ t.common.colon }{ metric_name(plan, metric, lang) }</h2>
                            <p class="empty-state" role="status">{ crate::i18n::describe(lang, err, plan) }</p>
                        </section>
                    },
                } }
            </>
        },
        Err(err) => html! {
            <section class="panel forecast" aria-labelledby="forecast-heading" aria-busy={ busy }>
                { heading }
                { for status }
                <p class="empty-state" role="status">{ crate::i18n::describe(lang, err, plan) }</p>
            </section>
        },
    }
}

/// The forecast screen.
#[function_component(ForecastView)]
pub fn forecast_view() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let plan = &state.workspace().plan;
    let metric = state.shown_metric();
    html! {
        <>
            <ProgressControls />
            <ForecastResults { metric } />
            { settings_panel(&state, t, plan, lang) }
            <AllowancePanel />
        </>
    }
}
