//! A bar chart per metric of the district quotas, drawn as SVG by Yew (no chart library).

use quota_engine::Plan;
use yew::prelude::{function_component, html, Html};

use crate::components::use_settled_state;
use crate::i18n::{grouped, texts};

/// The most bars drawn per chart; larger plans show their largest districts.
const MAX_BARS: usize = 40;
const ROW: f64 = 22.0;
const LABEL: f64 = 110.0;
const WIDTH: f64 = 560.0;

fn chart(plan: &Plan, metric: usize, lang: quota_engine::Lang) -> Html {
    let Some(m) = plan.metrics.get(metric) else {
        return html! {};
    };
    let mut bars: Vec<(usize, u64)> = m.quotas.iter().map(|q| q.get()).enumerate().collect();
    if bars.len() > MAX_BARS {
        quota_engine::support::order::sort_by_key(&mut bars, |b| std::cmp::Reverse(b.1));
        bars.truncate(MAX_BARS);
    }
    let max = bars.iter().map(|b| b.1).max().unwrap_or(0).max(1);
    let length = |v: u64| (WIDTH - LABEL - 70.0) * (v as f64 / max as f64);
    let height = ROW * bars.len() as f64 + 8.0;
    let name = m.name.get(lang);
    let rows = bars.iter().enumerate().map(|(i, &(d, v))| {
        let y = ROW * i as f64 + 4.0;
        let district = plan.districts.get(d).map_or("", |x| x.name.get(lang));
        html! {
            <g>
                <text x={ (LABEL - 6.0).to_string() } y={ (y + 14.0).to_string() } text-anchor="end" class="bar-label">{ district }</text>
                <rect x={ LABEL.to_string() } y={ (y + 3.0).to_string() } height={ (ROW - 6.0).to_string() }
                      width={ length(v).to_string() } class="bar" />
                <text x={ (LABEL + length(v) + 4.0).to_string() } y={ (y + 14.0).to_string() } class="bar-value">{ grouped(v) }</text>
            </g>
        }
    });
    html! {
        <figure class="chart">
            <figcaption>{ name }</figcaption>
            <svg viewBox={ format!("0 0 {WIDTH} {height}") } role="img" aria-label={ name.to_owned() }
                 preserveAspectRatio="xMinYMin meet">
                { for rows }
            </svg>
        </figure>
    }
}

/// One chart per metric.
#[function_component(BarCharts)]
pub fn bar_charts() -> Html {
    let state = use_settled_state();
    let t = texts(state.ui.lang);
    let plan = &state.workspace().plan;
    html! {
        <section class="panel charts" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{ t.plan.chart_heading }</h2>
            <div class="chart-grid">
                { for (0..plan.metrics.len()).map(|m| chart(plan, m, state.ui.lang)) }
            </div>
        </section>
    }
}
