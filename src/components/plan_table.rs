//! The plan table: one row per district, a quota and a share per metric, the city total at the
//! foot. Every number is an input; all derived values (totals, shares, deltas, badges) are
//! computed from the state here, never stored.

use std::collections::HashMap;

use quota_engine::relations::of_which_violations;
use quota_engine::{Lang, MetricId, Plan};
use yew::prelude::{function_component, html, AttrValue, Html};

use crate::components::quota_cell::QuotaCell;
use crate::components::use_app_state;
use crate::i18n::{signed, texts};
use crate::state::{AppState, Place};

/// The change of a cell between two plans of the same shape, formatted, if it changed.
fn delta(
    before: Option<&Plan>,
    after: &Plan,
    metric: MetricId,
    district: Option<usize>,
) -> Option<AttrValue> {
    let before = before.filter(|b| {
        b.districts.len() == after.districts.len() && b.metrics.len() == after.metrics.len()
    })?;
    let value = |plan: &Plan| match district {
        Some(d) => plan.quota(metric, d).map(|q| q.get()),
        None => plan.metric_total(metric).ok().map(|q| q.get()),
    };
    let (old, new) = (value(before)?, value(after)?);
    (old != new).then(|| AttrValue::from(signed(old, new)))
}

fn share(plan: &Plan, metric: MetricId, district: usize) -> String {
    plan.share_permille(metric, district)
        .map_or_else(|| "—".to_owned(), |p| format!("{}.{}%", p / 10, p % 10))
}

fn refusal_at(state: &AppState, place: &Place) -> Option<AttrValue> {
    let t = texts(state.lang);
    state
        .refusal
        .as_ref()
        .filter(|r| &r.place == place)
        .map(|r| AttrValue::from((t.refusal)(r, &state.workspace().plan)))
}

/// The editable district quota table.
#[function_component(PlanTable)]
pub fn plan_table() -> Html {
    let state = use_app_state();
    let lang: Lang = state.lang;
    let t = texts(lang);
    let workspace = state.workspace();
    let plan = &workspace.plan;
    let previous = state.previous().map(|w| &w.plan);
    let baseline = Some(state.baseline.as_ref());
    let dispatch = {
        let state = state.clone();
        yew::Callback::from(move |action| state.dispatch(action))
    };
    let badges: HashMap<(MetricId, usize), AttrValue> = of_which_violations(plan)
        .into_iter()
        .map(|v| {
            let parent = plan.metrics[v.parent].name.get(lang);
            (
                (v.child, v.district),
                AttrValue::from(format!("{} {parent}", t.exceeds)),
            )
        })
        .collect();
    let rows = plan.districts.len();

    let header_cells = plan.metrics.iter().map(|metric| {
        html! {
            <>
                <th scope="col" class="num">{ metric.name.get(lang) }</th>
                <th scope="col" class="num share">{ t.share }</th>
            </>
        }
    });
    let body = plan.districts.iter().enumerate().map(|(district, d)| {
        let name = d.name.get(lang);
        let cells = plan.metrics.iter().enumerate().map(|(metric, m)| {
            let place = Place::Cell(metric, district);
            html! {
                <>
                    <QuotaCell
                        place={ place.clone() } row={ district } column={ metric }
                        value={ m.quotas.get(district).map_or(0, |q| q.get()) }
                        label={ AttrValue::from(format!("{name} {}", m.name.get(lang))) }
                        locked={ Some(workspace.rules.get(metric).is_some_and(|r| r.locked.get(district) == Some(&true))) }
                        vs_published={ delta(baseline, plan, metric, Some(district)) }
                        vs_previous={ delta(previous, plan, metric, Some(district)) }
                        badge={ badges.get(&(metric, district)).cloned() }
                        error={ refusal_at(&state, &place) }
                        epoch={ state.input_epoch } { lang } dispatch={ dispatch.clone() } />
                    <td class="num share">{ share(plan, metric, district) }</td>
                </>
            }
        });
        html! {
            <tr key={ district }>
                <th scope="row">{ name }</th>
                { for cells }
            </tr>
        }
    });
    let totals = plan.metrics.iter().enumerate().map(|(metric, m)| {
        let place = Place::Total(metric);
        let total = plan.metric_total(metric).map(|q| q.get());
        html! {
            <>
                if let Ok(total) = total {
                    <QuotaCell
                        place={ place.clone() } row={ rows } column={ metric } value={ total }
                        label={ AttrValue::from(format!("{} {}", t.city_prefix, m.name.get(lang))) }
                        locked={ None::<bool> }
                        vs_published={ delta(baseline, plan, metric, None) }
                        vs_previous={ delta(previous, plan, metric, None) }
                        badge={ None::<AttrValue> }
                        error={ refusal_at(&state, &place) }
                        epoch={ state.input_epoch } { lang } dispatch={ dispatch.clone() } />
                } else {
                    <td class="num">{ t.overflow }</td>
                }
                <td class="num share">{ "100%" }</td>
            </>
        }
    });

    html! {
        <section class="panel">
            <div class="table-scroll">
                <table class="plan-table">
                    <caption>{ t.plan_table_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.district }</th>
                            { for header_cells }
                        </tr>
                    </thead>
                    <tbody>{ for body }</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{ t.city_total }</th>
                            { for totals }
                        </tr>
                    </tfoot>
                </table>
            </div>
        </section>
    }
}
