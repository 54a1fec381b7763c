//! Quota Planner (指标分解与完成模拟): the Yew front end.
//!
//! The app renders state and dispatches actions; every number comes from the `quota-engine`
//! crate. [`state`] holds the one reducer, [`components`] the views, [`i18n`] every UI string,
//! [`session`] the app's effects on the page (link, host page, autosave, shortcuts) and
//! [`platform`] the only code that touches the browser's APIs.

pub mod app;
pub mod components;
pub mod i18n;
pub mod platform;
pub mod session;
pub mod state;

pub use app::{App, AppProps};

/// Mounts the app on the page's `<body>` — or, for a request link (`#r2.…`), only the
/// district's or department's return form.
pub fn run() {
    match platform::link::return_request() {
        Some(request) => {
            yew::Renderer::<components::screens::ReturnForm>::with_props(
                components::screens::ReturnFormProps { request },
            )
            .render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

/// For `make bench`: the engine's Monte Carlo benchmark run in the page — 10,000 paths for the
/// 14 districts of each of the 3 metrics of the 2021 plan, from the sample actuals as of
/// `month`, exactly as `benches/simulate.rs` runs it natively — so the two can be compared.
/// Returns how many forecasts were made (0 for a month outside 1–12).
#[wasm_bindgen::prelude::wasm_bindgen]
#[must_use]
pub fn bench_monte_carlo(month: u8) -> u32 {
    use quota_engine::simulate::forecast::{forecast, Settings};
    let plan = quota_engine::default_plan::plan_2021();
    let actuals = quota_engine::simulate::actuals::sample(&plan);
    let Ok(month) = quota_engine::simulate::Month::new(month) else {
        return 0;
    };
    let settings = Settings::default();
    let made = plan
        .metrics
        .iter()
        .enumerate()
        .filter(|(metric, m)| {
            forecast(&plan, &m.quotas, &actuals, *metric, month, &settings).is_ok()
        })
        .count();
    u32::try_from(made).unwrap_or(u32::MAX)
}
