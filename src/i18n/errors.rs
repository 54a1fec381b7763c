//! Why the engine refused an edit or a calculation, in a sentence that names the plan's
//! districts and metrics.

use quota_engine::{EngineError, Plan};

/// The engine's refusals as sentences.
#[derive(Debug)]
pub struct ErrorTexts {
    /// Why the engine refused an edit or a calculation, naming the plan's districts and metrics.
    pub engine: fn(&EngineError, &Plan) -> String,
}

/// The part of a scenario a length error (`RulesError::RulesLength`) is about.
///
/// The engine names the part in a word (`what`, a string because it travels back from the
/// forecast worker); it is read into this enum once, here, so that each language names every
/// part in an exhaustive match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RulesPart {
    /// A metric's bounds.
    Bounds,
    /// A metric's locks.
    Locks,
    /// A custom base's weights.
    Weights,
    /// The rules, one set per metric.
    MetricRules,
    /// The actuals' metrics.
    ActualsMetrics,
    /// The actuals' districts.
    ActualsDistricts,
    /// The departments' actuals.
    ActualsDepartments,
    /// The manufacturing actuals.
    ActualsManufacturing,
    /// The countable targets' actuals.
    ActualsCountable,
    /// A metric's quotas.
    Quotas,
    /// A word the engine does not use today.
    Other,
}

impl RulesPart {
    /// The part the engine's word names.
    #[must_use]
    pub fn of(what: &str) -> Self {
        match what {
            "bounds" => RulesPart::Bounds,
            "locks" => RulesPart::Locks,
            "weights" => RulesPart::Weights,
            "metric rules" => RulesPart::MetricRules,
            "actuals metrics" => RulesPart::ActualsMetrics,
            "actuals districts" => RulesPart::ActualsDistricts,
            "actuals departments" => RulesPart::ActualsDepartments,
            "actuals manufacturing" => RulesPart::ActualsManufacturing,
            "actuals countable" => RulesPart::ActualsCountable,
            "quotas" => RulesPart::Quotas,
            _ => RulesPart::Other,
        }
    }
}
