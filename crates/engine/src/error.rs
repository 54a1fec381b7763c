//! [`EngineError`]: every way the engine can refuse its input.
//!
//! Each variant carries the numbers a planner needs to fix the input; the app turns them into a
//! sentence in the chosen language. Nothing in the engine panics on user data.

use thiserror::Error;

/// Why a calculation could not be done.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum EngineError {
    /// A sum or product went past what a 64-bit count can hold.
    #[error("the numbers are too large to add up (overflow)")]
    Overflow,
    /// A plan's metric has a different number of quotas than the plan has districts.
    #[error("metric {metric} has {found} quotas for {expected} districts")]
    ShapeMismatch {
        /// Index of the metric.
        metric: usize,
        /// How many districts the plan has.
        expected: usize,
        /// How many quotas the metric has.
        found: usize,
    },
    /// A metric's "of which" parent is itself, missing, or part of a cycle.
    #[error("metric {metric} has an invalid parent {parent}")]
    InvalidParent {
        /// Index of the metric.
        metric: usize,
        /// The parent index it names.
        parent: usize,
    },
}
