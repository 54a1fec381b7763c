//! The hook that asks the background worker for a metric's forecast and keeps the last answer
//! on screen while a newer one is worked out.

use std::cell::Cell;
use std::rc::Rc;

use quota_engine::links::jobs::{Outcome, Task};
use quota_engine::workspace::{ForecastReport, Workspace};
use quota_engine::MetricId;
use yew::prelude::{hook, use_effect_with, use_state};

use super::key::RcKey;
use crate::platform::worker::{self, Slot};
use crate::state::StateHandle;

/// The forecast report of `metric` for the current workspace, worked out in the background
/// worker: `None` until the first one comes; while a newer one is worked out, the last one and
/// `true` (computing). Only the latest job's answer is shown.
#[hook]
pub fn use_forecast(state: &StateHandle, metric: MetricId) -> (Option<Rc<ForecastReport>>, bool) {
    let workspace = state.current().workspace.clone();
    let key = (RcKey::new(&workspace), metric);
    let shown = use_state(|| None::<((RcKey<Workspace>, MetricId), Rc<ForecastReport>)>);
    {
        let shown = shown.clone();
        use_effect_with(key.clone(), move |key| {
            let key = key.clone();
            let alive = Rc::new(Cell::new(true));
            let still = alive.clone();
            let task = Task::Forecast { metric };
            worker::run(Slot::Forecast, &workspace, task, move |outcome| {
                if let (true, Outcome::Forecast(report)) = (still.get(), outcome) {
                    shown.set(Some((key, Rc::new(report))));
                }
            });
            move || alive.set(false)
        });
    }
    match shown.as_ref() {
        Some((k, report)) => (Some(report.clone()), *k != key),
        None => (None, true),
    }
}
