//! Work the app hands to a background worker so the page stays responsive: the forecast screen's
//! Monte Carlo (forecast, reallocation and backtest of a metric, 10,000 paths and more).
//!
//! A job and its answer cross between the page and the worker as bytes (postcard): the whole
//! workspace goes in, so the worker needs nothing else, and the report comes back exactly as
//! [`Workspace::forecast_report`] makes it on the page — the same seed, the same numbers, bit
//! for bit (floats travel as their bits, not as text). The worker is a thin shell around
//! [`answer`]; the page falls back to calling [`Workspace::forecast_report`] itself where no
//! worker can start.

use serde::{Deserialize, Serialize};

use crate::workspace::{ForecastReport, Workspace};
use crate::MetricId;

/// A forecast to work out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Job {
    /// Set by the page to match the answer to the job (a later job makes an earlier one stale).
    pub id: u32,
    /// The workspace as it is on the page.
    pub workspace: Workspace,
    /// The metric shown.
    pub metric: MetricId,
}

/// A job's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// The job's id.
    pub id: u32,
    /// The report, as [`Workspace::forecast_report`] gives it.
    pub report: ForecastReport,
}

/// A job as bytes, for the worker.
#[must_use]
pub fn encode_job(job: &Job) -> Vec<u8> {
    postcard::to_allocvec(job).unwrap_or_default()
}

/// What the worker does with a message: the answer's bytes, or `None` for bytes that are not a
/// job (never sent by the page; ignored rather than answered with a guess).
#[must_use]
pub fn answer(bytes: &[u8]) -> Option<Vec<u8>> {
    let job: Job = postcard::from_bytes(bytes).ok()?;
    let answer = Answer {
        id: job.id,
        report: job.workspace.forecast_report(job.metric),
    };
    postcard::to_allocvec(&answer).ok()
}

/// An answer's bytes read back on the page.
#[must_use]
pub fn decode_answer(bytes: &[u8]) -> Option<Answer> {
    postcard::from_bytes(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::Edit;

    #[test]
    fn the_worker_answers_with_exactly_the_pages_numbers() {
        let workspace = Workspace::default_2021()
            .apply(&Edit::LoadSample)
            .map(|a| a.workspace)
            .unwrap_or_else(|_| Workspace::default_2021());
        for metric in 0..3 {
            let job = Job {
                id: 7,
                workspace: workspace.clone(),
                metric,
            };
            let bytes = answer(&encode_job(&job)).unwrap_or_default();
            let back = decode_answer(&bytes);
            assert_eq!(
                back,
                Some(Answer {
                    id: 7,
                    report: workspace.forecast_report(metric),
                })
            );
        }
        // Refusals travel too (no actuals: the forecast says why).
        let empty = Workspace::default_2021();
        let job = Job {
            id: 1,
            workspace: empty.clone(),
            metric: 0,
        };
        let back = decode_answer(&answer(&encode_job(&job)).unwrap_or_default());
        assert_eq!(back.map(|a| a.report), Some(empty.forecast_report(0)));
        assert_eq!(answer(b"not a job"), None);
    }
}
