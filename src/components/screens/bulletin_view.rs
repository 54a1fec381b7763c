//! The monthly bulletin (一月一通报) of one metric, with a chart of completion against time
//! progress. Printable and exportable as CSV. (The screen it is on: [`super::month`].)

use quota_engine::formats::table::{bulletin_table, percent};
use quota_engine::simulate::bulletin::{Bulletin, Line, Status};
use quota_engine::{Lang, Plan};
use yew::prelude::{classes, function_component, html, Callback, Html, MouseEvent};

use crate::components::scroll_region;
use crate::components::use_app_state;
use crate::i18n::{bulletin_labels, district_name, grouped, metric_name, texts, Texts};
use crate::platform::download::{download_csv, print_panel, Paper};

fn signed_gap(gap: i128) -> String {
    let size = grouped(u64::try_from(gap.unsigned_abs()).unwrap_or(u64::MAX));
    if gap >= 0 {
        format!("+{size}")
    } else {
        format!("−{size}")
    }
}

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Ahead => "ahead",
        Status::OnPace => "on-pace",
        Status::Behind => "behind",
        Status::NotReported => "not-reported",
    }
}

fn row(t: &Texts, plan: &Plan, lang: Lang, line: &Line) -> Html {
    let time = percent(line.schedule_permille);
    let name = line.district.map_or_else(
        || t.common.city.to_owned(),
        |d| district_name(plan, d, lang),
    );
    let status = html! {
        <td><span class={ classes!("status", status_class(line.status)) }>{ (t.bulletin.standing)(line.status) }</span></td>
    };
    if line.status == Status::NotReported {
        // Nothing reported is not zero done: no rate, gap or rank to show.
        return html! {
            <tr class="not-reported">
                <th scope="row">{ name }</th>
                <td class="num">{ line.quota.grouped() }</td>
                <td class="num">{ "—" }</td>
                <td class="num">{ "—" }</td>
                <td class="num">{ time }</td>
                <td class="num">{ "—" }</td>
                <td class="num"></td>
                { status }
            </tr>
        };
    }
    html! {
        <tr class={ classes!(line.district.is_none().then_some("city")) }>
            <th scope="row">{ name }</th>
            <td class="num">{ line.quota.grouped() }</td>
            <td class="num">{ line.done.grouped() }</td>
            <td class="num">{ percent(line.completion_permille) }</td>
            <td class="num">{ time }</td>
            <td class="num">{ signed_gap(line.gap) }</td>
            <td class="num">{ if line.district.is_some() { line.rank.to_string() } else { String::new() } }</td>
            { status }
        </tr>
    }
}

/// Bars of completion rate per district, with the time-progress line.
fn completion_chart(
    t: &Texts,
    plan: &Plan,
    lang: Lang,
    lines: &[Line],
    time_permille: u64,
) -> Html {
    const ROW: f64 = 20.0;
    const LABEL: f64 = 110.0;
    const WIDTH: f64 = 560.0;
    let scale = |permille: u64| (WIDTH - LABEL - 60.0) * (permille.min(1_500) as f64) / 1_000.0;
    let x_time = LABEL + scale(time_permille);
    let lines: Vec<&Line> = lines
        .iter()
        .filter(|l| l.status != Status::NotReported)
        .collect();
    let height = ROW * lines.len() as f64 + 10.0;
    let bars = lines.iter().enumerate().map(|(i, line)| {
        let y = ROW * i as f64 + 4.0;
        let value = line.completion_permille.unwrap_or(0);
        let name = line.district.map_or_else(|| t.common.city.to_owned(), |d| district_name(plan, d, lang));
        html! {
            <g>
                <text x={ (LABEL - 6.0).to_string() } y={ (y + 13.0).to_string() } text-anchor="end" class="bar-label">{ name }</text>
                <rect x={ LABEL.to_string() } y={ (y + 3.0).to_string() } height={ (ROW - 6.0).to_string() }
                      width={ scale(value).to_string() } class={ classes!("bar", status_class(line.status)) } />
                <text x={ (LABEL + scale(value) + 4.0).to_string() } y={ (y + 13.0).to_string() } class="bar-value">{ percent(line.completion_permille) }</text>
            </g>
        }
    });
    html! {
        <figure class="chart">
            <figcaption>{ t.bulletin.completion_chart }</figcaption>
            <svg viewBox={ format!("0 0 {WIDTH} {height}") } role="img" aria-label={ t.bulletin.completion_chart }>
                { for bars }
                <line x1={ x_time.to_string() } x2={ x_time.to_string() } y1="0" y2={ height.to_string() } class="time-line" />
            </svg>
        </figure>
    }
}

/// The bulletin of one metric as of the month: heading, print and CSV, the table, who has not
/// reported, the chart.
fn bulletin_section(
    t: &'static Texts,
    plan: &Plan,
    lang: Lang,
    metric: usize,
    b: &Bulletin,
) -> Html {
    let yardstick = if b.phased {
        t.supervision.phased_progress
    } else {
        t.bulletin.time_progress
    };
    let time = percent(b.city.schedule_permille);
    let lines: Vec<Line> = b.lines.iter().cloned().chain([b.city.clone()]).collect();
    let export = {
        let text =
            quota_engine::formats::csv::write(&bulletin_table(plan, b, lang, &bulletin_labels(t)));
        let name = format!(
            "{}-{}-{}.csv",
            plan.year,
            metric_name(plan, metric, lang),
            (t.common.month_name)(usize::from(b.month.get()))
        );
        Callback::from(move |_| {
            download_csv(&name, &text);
        })
    };
    html! {
        <section class="panel bulletin" aria-labelledby="bulletin-heading">
            <div class="panel-head">
                <h2 id="bulletin-heading">
                    { (t.common.month_name)(usize::from(b.month.get())) }{ t.bulletin.heading }{ t.common.colon }
                    { metric_name(plan, metric, lang) }{ " · " }{ yardstick }{ " " }{ time.clone() }
                </h2>
                <div class="actions">
                    <button type="button" onclick={ Callback::from(|e: MouseEvent| print_panel(&e, Paper::Portrait)) }>{ t.bulletin.print }</button>
                    <button type="button" onclick={ export }>{ t.common.export_csv }</button>
                </div>
            </div>
            { scroll_region("bulletin-heading", html! {
                <table class="report-table">
                    <thead><tr>
                        <th scope="col">{ t.common.district }</th>
                        <th scope="col" class="num">{ t.common.quota }</th>
                        <th scope="col" class="num">{ t.common.done }</th>
                        <th scope="col" class="num">{ t.bulletin.completion }</th>
                        <th scope="col" class="num">{ yardstick }</th>
                        <th scope="col" class="num">{ t.bulletin.gap }</th>
                        <th scope="col" class="num">{ t.bulletin.rank }</th>
                        <th scope="col">{ t.bulletin.status }</th>
                    </tr></thead>
                    <tbody>{ for b.lines.iter().map(|l| row(t, plan, lang, l)) }</tbody>
                    <tfoot>{ row(t, plan, lang, &b.city) }</tfoot>
                </table>}) }
            if !b.unreported.is_empty() {
                <p class="hint" role="note">{ (t.bulletin.unreported_note)(plan, &b.unreported) }</p>
            }
            { completion_chart(t, plan, lang, &lines, b.city.schedule_permille.unwrap_or(b.time_progress_permille)) }
        </section>
    }
}

/// The bulletin panel of the shown metric, or why there is none yet.
#[function_component(BulletinPanel)]
pub fn bulletin_panel() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let workspace = state.workspace();
    let plan = &workspace.plan;
    let metric = state.shown_metric();
    let report = workspace.bulletin_report(metric);
    match &report.bulletin {
        Ok(b) => bulletin_section(t, plan, lang, metric, b),
        Err(err) => html! {
            <section class="panel bulletin" aria-labelledby="bulletin-heading">
                <h2 id="bulletin-heading">{ t.bulletin.heading }{ t.common.colon }{ metric_name(plan, metric, lang) }</h2>
                <p class="empty-state" role="status">{ crate::i18n::describe(lang, err, plan) }</p>
            </section>
        },
    }
}
