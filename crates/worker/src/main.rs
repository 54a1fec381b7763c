//! The background worker's WebAssembly: works out a job ([`quota_engine::links::jobs::answer`]) — the
//! Monte Carlo of the forecast screen or of a scenario comparison — and nothing else: no state,
//! no network, no storage.
//!
//! In a worker (started by `worker.js`, which the page creates on first use) it answers each
//! message. Where no worker can start, the page loads this same WebAssembly itself and calls
//! [`answer`] directly, so the page's own WebAssembly carries no Monte Carlo at all.

use js_sys::Uint8Array;
use wasm_bindgen::prelude::{wasm_bindgen, Closure};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
        // Loaded on the page (no worker could start): the page calls `answer` itself.
        return;
    };
    let reply = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        if !data.is_instance_of::<Uint8Array>() {
            return;
        }
        let job = Uint8Array::new(&data).to_vec();
        if let Some(answer) = quota_engine::links::jobs::answer(&job) {
            let bytes = Uint8Array::from(answer.as_slice());
            // The page waits for this answer; if it cannot be posted there is nobody to tell.
            let _ = reply.post_message(&JsValue::from(bytes));
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
}

/// A job's answer, on the page: the answer's bytes, or none for bytes that are not a job.
#[wasm_bindgen]
#[must_use]
pub fn answer(job: &[u8]) -> Vec<u8> {
    quota_engine::links::jobs::answer(job).unwrap_or_default()
}

/// For `make bench`: the engine's Monte Carlo benchmark in this WebAssembly — 10,000 paths for
/// the 14 districts of each of the 3 metrics of the 2021 plan, from the sample actuals as of
/// `month`, exactly as `benches/simulate.rs` runs it natively. Returns how many forecasts were
/// made (0 for a month outside 1–12).
#[wasm_bindgen]
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
