//! Cumulative actual against the target path (quota × month / 12) for the city or one
//! district, with the forecast range from the as-of month to December.

use quota_engine::simulate::forecast::Forecast;
use quota_engine::simulate::Month;
use quota_engine::workspace::Workspace;
use quota_engine::Lang;
use yew::prelude::{function_component, html, use_state, Callback, Event, Html, Properties};

use crate::i18n::{district_name, grouped, texts};
use crate::platform::event_value;

const WIDTH: f64 = 560.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 64.0;
const BOTTOM: f64 = 28.0;
const TOP: f64 = 12.0;

/// What the chart draws.
#[derive(Clone, PartialEq, Properties)]
pub struct PathChartProps {
    /// The workspace (plan and actuals).
    pub workspace: std::rc::Rc<Workspace>,
    /// The metric.
    pub metric: usize,
    /// Its forecast lines (districts, then the city).
    pub forecasts: std::rc::Rc<Vec<Forecast>>,
    /// The interface language.
    pub lang: Lang,
}

/// The cumulative path chart with a city/district selector.
#[function_component(PathChart)]
pub fn path_chart(props: &PathChartProps) -> Html {
    let t = texts(props.lang);
    let chosen = use_state(|| None::<usize>);
    let plan = &props.workspace.plan;
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| chosen.set(event_value(&e).parse().ok()))
    };
    let district = (*chosen).filter(|&d| d < plan.districts.len());
    let Some(line) = props.forecasts.iter().find(|f| f.district == district) else {
        return html! {};
    };
    let as_of = props.workspace.simulation.as_of;
    let done_at = |month: u8| -> u64 {
        let Ok(m) = Month::new(month) else { return 0 };
        match district {
            Some(d) => props.workspace.actuals.done(props.metric, d, m).get(),
            None => (0..plan.districts.len())
                .map(|d| props.workspace.actuals.done(props.metric, d, m).get())
                .sum(),
        }
    };
    let top = line.quota.get().max(line.p90.get()).max(1) as f64;
    let x = |month: f64| LEFT + (WIDTH - LEFT - 10.0) * month / 12.0;
    let y = |value: f64| HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * value / top;
    let actual: Vec<String> = (0..=as_of.get())
        .map(|m| {
            format!(
                "{:.1},{:.1}",
                x(f64::from(m)),
                y(if m == 0 { 0.0 } else { done_at(m) as f64 })
            )
        })
        .collect();
    let done = line.done.get() as f64;
    let band = format!(
        "{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}",
        x(f64::from(as_of.get())),
        y(done),
        x(12.0),
        y(line.p90.get() as f64),
        x(12.0),
        y(line.p10.get() as f64)
    );
    let name = district.map_or_else(
        || t.common.city.to_owned(),
        |d| district_name(plan, d, props.lang),
    );
    let caption = format!("{}{}{}", t.forecast.path_heading, t.common.colon, name);
    html! {
        <figure class="chart path-chart">
            <figcaption>
                { caption.clone() }
                <select aria-label={ t.forecast.path_heading } onchange={ on_choose }>
                    <option value="city" selected={ district.is_none() }>{ t.common.city }</option>
                    { for plan.districts.iter().enumerate().take(200).map(|(d, x)| html! {
                        <option value={ d.to_string() } selected={ district == Some(d) }>{ x.name.get(props.lang) }</option>
                    }) }
                </select>
            </figcaption>
            <p class="hint">{ t.forecast.path_legend }</p>
            <svg viewBox={ format!("0 0 {WIDTH} {HEIGHT}") } role="img" aria-label={ caption }>
                <line x1={ x(0.0).to_string() } y1={ y(0.0).to_string() } x2={ x(12.0).to_string() } y2={ y(0.0).to_string() } class="axis" />
                <line x1={ x(0.0).to_string() } y1={ y(0.0).to_string() } x2={ x(0.0).to_string() } y2={ TOP.to_string() } class="axis" />
                { for (1..=12u8).map(|m| html! {
                    <text x={ x(f64::from(m)).to_string() } y={ (HEIGHT - 8.0).to_string() } text-anchor="middle" class="bar-label">{ m.to_string() }</text>
                }) }
                <text x={ (LEFT - 6.0).to_string() } y={ (y(top) + 4.0).to_string() } text-anchor="end" class="bar-label">{ grouped(top as u64) }</text>
                <polygon points={ band } class="range" />
                <line x1={ x(0.0).to_string() } y1={ y(0.0).to_string() } x2={ x(12.0).to_string() } y2={ y(line.quota.get() as f64).to_string() } class="target" />
                <polyline points={ actual.join(" ") } class="actual-path" />
            </svg>
        </figure>
    }
}
