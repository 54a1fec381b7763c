//! Annex 1 as a table: one row per district, one column per metric, the city total at the foot.

use yew::prelude::{function_component, html, Html};

use crate::components::use_app_state;
use crate::i18n::texts;

/// The district quota table.
#[function_component(PlanTable)]
pub fn plan_table() -> Html {
    let state = use_app_state();
    let lang = state.lang;
    let t = texts(lang);
    let plan = &state.plan;

    let header_cells = plan.metrics.iter().map(|metric| {
        html! { <th scope="col" class="num">{ metric.name.get(lang) }</th> }
    });
    let rows = plan.districts.iter().enumerate().map(|(index, district)| {
        let cells = plan.metrics.iter().map(|metric| {
            let value = metric
                .quotas
                .get(index)
                .map(|q| q.grouped())
                .unwrap_or_default();
            html! { <td class="num">{ value }</td> }
        });
        html! {
            <tr>
                <th scope="row">{ district.name.get(lang) }</th>
                { for cells }
            </tr>
        }
    });
    let totals = (0..plan.metrics.len()).map(|metric| {
        let total = plan
            .metric_total(metric)
            .map_or_else(|_| t.overflow.to_owned(), |q| q.grouped());
        html! { <td class="num">{ total }</td> }
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
                    <tbody>{ for rows }</tbody>
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
