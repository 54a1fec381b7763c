//! Work the app hands to a background worker so the page stays responsive: the Monte Carlo
//! runs — the forecast screen's (forecast, reallocation and backtest of a metric, 10,000 paths
//! and more) and a scenario comparison's (each district's chance in both scenarios).
//!
//! A job and its answer cross between the page and the worker as bytes (postcard): the whole
//! workspace goes in, so the worker needs nothing else, and the report comes back exactly as
//! [`Workspace::forecast_report`] makes it on the page — the same seed, the same numbers, bit
//! for bit (floats travel as their bits, not as text). The worker is a thin shell around
//! [`answer`]; where no worker can start, the page loads the worker's own WebAssembly and
//! calls the same [`answer`] on its thread (the page's own WebAssembly carries no Monte Carlo).

use serde::{Deserialize, Serialize};

use crate::error::SimulationError;
use crate::workspace::{ForecastReport, Workspace};
use crate::{EngineError, MetricId};

/// What to work out for a workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Task {
    /// The forecast screen's report of a metric.
    Forecast {
        /// The metric shown.
        metric: MetricId,
    },
    /// Each district's chance of reaching each metric's quota, in this workspace and in
    /// `other`: what a scenario comparison sets side by side.
    Compare {
        /// The scenario compared with.
        other: Box<Workspace>,
    },
}

/// A task's result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Outcome {
    /// As [`Workspace::forecast_report`] gives it.
    Forecast(ForecastReport),
    /// Per metric, both scenarios' chances per district, or `None` where either has no
    /// forecast (no actuals).
    Compare(Vec<Option<(Vec<f64>, Vec<f64>)>>),
}

impl Task {
    /// The task worked out for `workspace`: what the worker does, and what the page does where
    /// there is no worker.
    #[must_use]
    pub fn run(&self, workspace: &Workspace) -> Outcome {
        match self {
            Task::Forecast { metric } => Outcome::Forecast(workspace.forecast_report(*metric)),
            Task::Compare { other } => Outcome::Compare(
                (0..workspace.plan.metrics.len())
                    .map(|m| Some((workspace.chances(m).ok()?, other.chances(m).ok()?)))
                    .collect(),
            ),
        }
    }
}

impl Task {
    /// What the page shows when the task could be worked out nowhere (the worker's files did
    /// not load): the forecast says so; a comparison shows no chances.
    #[must_use]
    pub fn unavailable(&self) -> Outcome {
        let why = || EngineError::Simulation(SimulationError::Unavailable);
        match self {
            Task::Forecast { .. } => Outcome::Forecast(ForecastReport {
                lines: Err(why()),
                reallocation: Err(why()),
                backtest: Err(why()),
            }),
            Task::Compare { .. } => Outcome::Compare(Vec::new()),
        }
    }
}

/// A task to work out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Job {
    /// Set by the page to match the answer to the job (a later job makes an earlier one stale).
    pub id: u32,
    /// The workspace as it is on the page.
    pub workspace: Workspace,
    /// What to work out.
    pub task: Task,
}

/// A job's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// The job's id.
    pub id: u32,
    /// Its result.
    pub outcome: Outcome,
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
        outcome: job.task.run(&job.workspace),
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
                task: Task::Forecast { metric },
            };
            let bytes = answer(&encode_job(&job)).unwrap_or_default();
            let back = decode_answer(&bytes);
            assert_eq!(
                back,
                Some(Answer {
                    id: 7,
                    outcome: Outcome::Forecast(workspace.forecast_report(metric)),
                })
            );
        }
        // A comparison: the chances of both scenarios, exactly as on the page.
        let empty = Workspace::default_2021();
        let job = Job {
            id: 2,
            workspace: workspace.clone(),
            task: Task::Compare {
                other: Box::new(workspace.clone()),
            },
        };
        let back = decode_answer(&answer(&encode_job(&job)).unwrap_or_default());
        let Some(Answer {
            outcome: Outcome::Compare(chances),
            ..
        }) = back
        else {
            panic!("a comparison's answer"); // ok: test
        };
        assert_eq!(chances.len(), 3);
        assert_eq!(
            chances[0],
            Some((
                workspace.chances(0).unwrap_or_default(),
                workspace.chances(0).unwrap_or_default()
            ))
        );
        let with_empty = Task::Compare {
            other: Box::new(empty.clone()),
        }
        .run(&workspace);
        assert_eq!(with_empty, Outcome::Compare(vec![None, None, None]));
        // Refusals travel too (no actuals: the forecast says why).
        let job = Job {
            id: 1,
            workspace: empty.clone(),
            task: Task::Forecast { metric: 0 },
        };
        let back = decode_answer(&answer(&encode_job(&job)).unwrap_or_default());
        assert_eq!(
            back.map(|a| a.outcome),
            Some(Outcome::Forecast(empty.forecast_report(0)))
        );
        assert_eq!(answer(b"not a job"), None);
    }
}
