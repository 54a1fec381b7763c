//! The plan table: one row per district, a quota and a share per metric, the city total at the
//! foot. Every number is an input; all derived values (totals, shares, deltas, badges) are
//! computed from the state here, never stored.

use std::collections::HashMap;
use std::ops::Range;

use quota_engine::bounds::{bound_violations, Broken};
use quota_engine::formats::table::percent;
use quota_engine::model::share_permille;
use quota_engine::relations::of_which_violations;
use quota_engine::{Lang, MetricId, Plan, Quota};
use yew::prelude::{
    function_component, html, use_state, AttrValue, Callback, Html, Properties,
    UseReducerDispatcher, UseStateHandle,
};

use crate::components::refusal_at;
use crate::components::use_app_state;
use crate::components::widgets::QuotaCell;
use crate::i18n::{signed, texts, Texts};
use crate::state::{AppState, InputField};

/// The change of a cell between two plans of the same shape, formatted, if it changed.
fn delta(
    before: Option<&Plan>,
    after: &Plan,
    metric: MetricId,
    district: Option<usize>,
) -> Option<AttrValue> {
    let before = before.filter(|b| b.same_shape(after))?;
    let value = |plan: &Plan| match district {
        Some(d) => plan.quota(metric, d).map(|q| q.get()),
        None => plan.metric_total(metric).ok().map(|q| q.get()),
    };
    let (old, new) = (value(before)?, value(after)?);
    (old != new).then(|| AttrValue::from(signed(old, new)))
}

/// A district's share of the metric's total, in the tables' style (`12.3%`, `—` without one).
fn share(value: Quota, total: Option<Quota>) -> String {
    percent(total.and_then(|total| share_permille(value, total)))
}

/// What one quota cell of a district row shows.
#[derive(Clone, PartialEq)]
struct CellView {
    value: u64,
    label: AttrValue,
    locked: bool,
    vs_published: Option<AttrValue>,
    vs_previous: Option<AttrValue>,
    badge: Option<AttrValue>,
    error: Option<AttrValue>,
    share: AttrValue,
}

/// One district's row. A component of its own, so Yew re-renders only the rows that changed.
#[derive(PartialEq, Properties)]
struct DistrictRowProps {
    district: usize,
    name: AttrValue,
    cells: Vec<CellView>,
    epoch: u64,
    lang: Lang,
    dispatch: UseReducerDispatcher<AppState>,
}

#[function_component(DistrictRow)]
fn district_row(props: &DistrictRowProps) -> Html {
    let cells = props.cells.iter().enumerate().map(|(metric, cell)| {
        html! {
            <>
                <QuotaCell
                    field={ InputField::Cell(metric, props.district) } row={ props.district } column={ metric }
                    value={ cell.value } label={ cell.label.clone() } locked={ Some(cell.locked) }
                    vs_published={ cell.vs_published.clone() } vs_previous={ cell.vs_previous.clone() }
                    badge={ cell.badge.clone() } error={ cell.error.clone() }
                    epoch={ props.epoch } lang={ props.lang } dispatch={ props.dispatch.clone() } />
                <td class="num share">{ cell.share.clone() }</td>
            </>
        }
    });
    html! {
        <tr>
            <th scope="row">{ props.name.clone() }</th>
            { for cells }
        </tr>
    }
}

/// Rows per page of a large plan.
pub const PAGE_SIZE: usize = 200;

/// The editable district quota table.
#[function_component(PlanTable)]
pub fn plan_table_view() -> Html {
    let state = use_app_state();
    let page = use_state(|| 0usize);
    let lang: Lang = state.ui.lang;
    let t = texts(lang);
    let workspace = state.workspace();
    let plan = &workspace.plan;
    let view = TableView {
        state: &state,
        plan,
        lang,
        t,
        baseline: Some(state.baseline.as_ref()),
        previous: state.previous().map(|w| &w.plan),
        badges: badges(workspace, lang, t),
        totals_now: (0..plan.metrics.len())
            .map(|m| plan.metric_total(m).ok())
            .collect(),
        // Stable across renders: rows and cells whose numbers did not change are not re-rendered.
        dispatch: state.dispatcher(),
    };
    let rows = plan.districts.len();
    // Large plans are shown a page of rows at a time: layout and diffing stay proportional to
    // what is on screen, not to the number of districts.
    let pages = rows.div_ceil(PAGE_SIZE).max(1);
    let page_index = (*page).min(pages - 1);
    let first = page_index * PAGE_SIZE;
    let shown = first..rows.min(first + PAGE_SIZE);
    let pager = (pages > 1).then(|| pager(&page, t, page_index, pages, &shown, rows));
    html! {
        <section class="panel">
            { for pager }
            <div class="table-scroll">
                <table class="plan-table">
                    <caption>{ t.plan.caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.common.district }</th>
                            { for view.header_cells() }
                        </tr>
                    </thead>
                    <tbody>{ for view.body(shown) }</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{ t.common.city_total }</th>
                            { for view.totals() }
                        </tr>
                    </tfoot>
                </table>
            </div>
        </section>
    }
}

/// Findings on a cell, as its badge: an "of which" metric above its parent, a quota outside its
/// bounds.
fn badges(
    workspace: &quota_engine::workspace::Workspace,
    lang: Lang,
    t: &Texts,
) -> HashMap<(MetricId, usize), AttrValue> {
    let plan = &workspace.plan;
    let mut findings: HashMap<(MetricId, usize), Vec<String>> = HashMap::new();
    for v in of_which_violations(plan) {
        let parent = plan.metrics[v.parent].name.get(lang);
        let text = format!("{} {parent}", t.plan.exceeds);
        findings
            .entry((v.child, v.district))
            .or_default()
            .push(text);
    }
    for v in bound_violations(workspace) {
        let text = match v.broken {
            Broken::BelowMinimum(min) => (t.plan.below_minimum)(min.get()),
            Broken::AboveMaximum(max) => (t.plan.above_maximum)(max.get()),
        };
        findings
            .entry((v.metric, v.district))
            .or_default()
            .push(text);
    }
    findings
        .into_iter()
        .map(|(at, texts)| (at, AttrValue::from(texts.join(t.common.list_separator))))
        .collect()
}

/// The pages of a large plan: back, where we are, forward.
fn pager(
    page: &UseStateHandle<usize>,
    t: &Texts,
    page_index: usize,
    pages: usize,
    shown: &Range<usize>,
    rows: usize,
) -> Html {
    let go = |to: usize| {
        let page = page.clone();
        Callback::from(move |_| page.set(to))
    };
    html! {
        <nav class="pager" aria-label={ t.plan.pages }>
            <button type="button" disabled={ page_index == 0 } onclick={ go(page_index.saturating_sub(1)) }>{ "‹ " }{ t.plan.previous_page }</button>
            <span>{ (t.plan.showing_rows)(shown.start + 1, shown.end, rows) }</span>
            <button type="button" disabled={ page_index + 1 >= pages } onclick={ go(page_index + 1) }>{ t.plan.next_page }{ " ›" }</button>
        </nav>
    }
}

/// What the table's parts are worked out from, once per render.
struct TableView<'a> {
    state: &'a AppState,
    plan: &'a Plan,
    lang: Lang,
    t: &'a Texts,
    baseline: Option<&'a Plan>,
    previous: Option<&'a Plan>,
    badges: HashMap<(MetricId, usize), AttrValue>,
    totals_now: Vec<Option<Quota>>,
    dispatch: UseReducerDispatcher<AppState>,
}

impl TableView<'_> {
    /// A quota and a share column per metric.
    fn header_cells(&self) -> impl Iterator<Item = Html> + '_ {
        let (lang, t) = (self.lang, self.t);
        self.plan.metrics.iter().map(move |metric| {
            html! {
                <>
                    <th scope="col" class="num">{ metric.name.get(lang) }</th>
                    <th scope="col" class="num share">{ t.plan.share }</th>
                </>
            }
        })
    }

    /// The rows of the districts `shown`.
    fn body(&self, shown: Range<usize>) -> impl Iterator<Item = Html> + '_ {
        let (plan, lang) = (self.plan, self.lang);
        plan.districts.iter().enumerate().skip(shown.start).take(shown.len()).map(move |(district, d)| {
            let name = d.name.get(lang);
            html! {
                <DistrictRow key={ district } { district } name={ AttrValue::from(name.to_owned()) }
                             cells={ self.cells(district, name) } epoch={ self.state.ui.input_epoch } { lang }
                             dispatch={ self.dispatch.clone() } />
            }
        })
    }

    /// What each quota cell of `district` (called `name`) shows.
    fn cells(&self, district: usize, name: &str) -> Vec<CellView> {
        let (plan, lang) = (self.plan, self.lang);
        let workspace = self.state.workspace();
        plan.metrics
            .iter()
            .enumerate()
            .map(|(metric, m)| CellView {
                value: m.quotas.get(district).map_or(0, |q| q.get()),
                label: AttrValue::from(format!("{name} {}", m.name.get(lang))),
                locked: workspace
                    .rules
                    .get(metric)
                    .is_some_and(|r| r.locked.get(district) == Some(&true)),
                vs_published: delta(self.baseline, plan, metric, Some(district)),
                vs_previous: delta(self.previous, plan, metric, Some(district)),
                badge: self.badges.get(&(metric, district)).cloned(),
                error: refusal_at(self.state, &InputField::Cell(metric, district))
                    .map(AttrValue::from),
                share: AttrValue::from(share(
                    m.quotas.get(district).copied().unwrap_or_default(),
                    self.totals_now.get(metric).copied().flatten(),
                )),
            })
            .collect()
    }

    /// The city totals, editable like the cells.
    fn totals(&self) -> impl Iterator<Item = Html> + '_ {
        let (plan, lang, t) = (self.plan, self.lang, self.t);
        let rows = plan.districts.len();
        plan.metrics.iter().enumerate().map(move |(metric, m)| {
            let field = InputField::Total(metric);
            let total = plan.metric_total(metric).map(|q| q.get());
            html! {
                <>
                    if let Ok(total) = total {
                        <QuotaCell
                            field={ field.clone() } row={ rows } column={ metric } value={ total }
                            label={ AttrValue::from(format!("{} {}", t.plan.city_prefix, m.name.get(lang))) }
                            locked={ None::<bool> }
                            vs_published={ delta(self.baseline, plan, metric, None) }
                            vs_previous={ delta(self.previous, plan, metric, None) }
                            badge={ None::<AttrValue> }
                            error={ refusal_at(self.state, &field).map(AttrValue::from) }
                            epoch={ self.state.ui.input_epoch } { lang } dispatch={ self.dispatch.clone() } />
                    } else {
                        <td class="num">{ t.common.overflow }</td>
                    }
                    <td class="num share">{ "100%" }</td>
                </>
            }
        })
    }
}
