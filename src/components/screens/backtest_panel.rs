//! The backtest under the forecast: last month's forecast of this month against this month's
//! reports, so a planner can judge the method before trusting its year-end ranges.

use quota_engine::formats::table::percent;
use quota_engine::simulate::forecast::Backtest;
use quota_engine::{EngineError, Lang, Plan};
use yew::prelude::{classes, html, Html};

use crate::components::scroll_region;
use crate::i18n::{district_name, Texts};

/// The median's error in tenths of a percent, signed.
fn signed_permille(permille: i64) -> String {
    let size = percent(Some(permille.unsigned_abs()));
    if permille > 0 {
        format!("+{size}")
    } else if permille < 0 {
        format!("−{size}")
    } else {
        size
    }
}

/// The backtest panel, or why there is none (too few months); nothing when there are no
/// actuals at all (the forecast panel already says so).
pub fn backtest_panel(
    t: &Texts,
    plan: &Plan,
    lang: Lang,
    backtest: &Result<Backtest, EngineError>,
) -> Html {
    let body = match backtest {
        Ok(b) => {
            let (judged, inside) = b.held();
            let rows = b.lines.iter().map(|line| {
                let name = district_name(plan, line.district, lang);
                let range = format!("{}–{}", line.p10.grouped(), line.p90.grouped());
                match (line.actual, line.inside()) {
                    (Some(actual), Some(held)) => html! {
                        <tr class={ classes!((!held).then_some("outside")) }>
                            <th scope="row">{ name }</th>
                            <td class="num">{ range }</td>
                            <td class="num">{ line.p50.grouped() }</td>
                            <td class="num">{ actual.grouped() }</td>
                            <td class="num">{ line.error_permille().map(signed_permille).unwrap_or_default() }</td>
                            <td>{ if held { t.backtest.yes } else { t.backtest.no } }</td>
                        </tr>
                    },
                    _ => html! {
                        <tr class="not-reported">
                            <th scope="row">{ name }</th>
                            <td class="num">{ range }</td>
                            <td class="num">{ line.p50.grouped() }</td>
                            <td colspan="3"><span class="status not-reported">{ t.common.not_reported }</span></td>
                        </tr>
                    },
                }
            });
            html! { <>
                <h2 id="backtest-heading">{ (t.backtest.heading)(b.month) }</h2>
                <p class="hint">{ t.backtest.note }</p>
                <p>{ (t.backtest.summary)(judged, inside) }</p>
                { scroll_region("backtest-heading", html! {
                    <table class="report-table">
                        <thead><tr>
                            <th scope="col">{ t.common.district }</th>
                            <th scope="col" class="num">{ t.backtest.range }</th>
                            <th scope="col" class="num">{ t.forecast.p50 }</th>
                            <th scope="col" class="num">{ t.backtest.actual }</th>
                            <th scope="col" class="num">{ t.backtest.error }</th>
                            <th scope="col">{ t.backtest.inside }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>}) }
            </> }
        }
        Err(EngineError::Simulation(quota_engine::SimulationError::NoActuals { .. })) => {
            return html! {};
        }
        Err(err) => html! { <>
            <h2 id="backtest-heading">{ t.backtest.title }</h2>
            <p class="empty-state" role="status">{ crate::i18n::describe(lang, err, plan) }</p>
        </> },
    };
    html! {
        <section class="panel backtest" aria-labelledby="backtest-heading">{ body }</section>
    }
}
