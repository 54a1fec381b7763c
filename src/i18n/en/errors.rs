//! English: the engine's refusals as sentences.

use quota_engine::{
    BaseError, EditError, EngineError, Plan, PlanError, RulesError, SimulationError,
};

use super::common::month_name;
use super::L;
use crate::i18n::errors::{ErrorTexts, RulesPart};
use crate::i18n::names::{names_joined, Lines};
use crate::i18n::{district_name as dn, grouped as g, metric_name as mn, q};

pub(super) const TEXTS: ErrorTexts = ErrorTexts {
    engine: engine_error,
};

// One arm per variant and no catch-all, in each of these functions: a new error fails to
// compile until it has a sentence.
fn engine_error(err: &EngineError, plan: &Plan) -> String {
    match err {
        EngineError::Overflow => "The numbers are too large to compute".to_owned(),
        EngineError::Rules(e) => rules_error(e, plan),
        EngineError::Base(e) => base_error(e),
        EngineError::Edit(e) => edit_error(e, plan),
        EngineError::Plan(e) => plan_error(e, plan),
        EngineError::Simulation(e) => simulation_error(e, plan),
    }
}

fn rules_error(err: &RulesError, plan: &Plan) -> String {
    match err {
        RulesError::ValueNotMultipleOfStep {
            value,
            step,
            below,
            above,
            ..
        } => format!(
            "{} is not a multiple of {}: use {} or {}",
            q(*value),
            g(*step),
            q(*below),
            q(*above)
        ),
        RulesError::TotalNotMultipleOfStep {
            total,
            step,
            below,
            above,
        } => format!(
            "The total {} is not a multiple of {}: use {} or {}",
            q(*total),
            g(*step),
            q(*below),
            q(*above)
        ),
        RulesError::LocksExceedTotal { locked, total } => {
            format!(
                "The locked quotas add up to {}, more than the total {}",
                q(*locked),
                q(*total)
            )
        }
        RulesError::MinimumsExceedTotal { minimums, total } => {
            format!(
                "The minimums add up to {}, more than the total {}",
                q(*minimums),
                q(*total)
            )
        }
        RulesError::MaximumsBelowTotal { maximums, total } => {
            format!(
                "The maximums add up to {}, less than the total {}",
                q(*maximums),
                q(*total)
            )
        }
        RulesError::AllWeightsZero { total } => {
            format!(
                "Every unlocked district has zero weight: {} cannot be split",
                q(*total)
            )
        }
        RulesError::EverythingLocked { locked, total } => format!(
            "Every district is locked ({} in all): the total cannot become {}",
            q(*locked),
            q(*total)
        ),
        RulesError::TooLarge { limit } => {
            format!("The total is too large: at most {} at this step", q(*limit))
        }
        RulesError::ZeroStep => "The rounding step must be at least 1".to_owned(),
        RulesError::BoundsInverted { region, min, max } => format!(
            "{}: the maximum {} is below the minimum {}",
            dn(plan, *region, L),
            q(*max),
            q(*min)
        ),
        RulesError::RulesLength {
            what,
            expected,
            found,
        } => format!(
            "The {} have {found} entries, not {expected}",
            rules_part(RulesPart::of(what))
        ),
        RulesError::EmptyRegions => "There are no districts to split over".to_owned(),
        RulesError::TooManyRegions { count, limit } => format!(
            "{} districts is more than the limit of {}",
            g(*count as u64),
            g(*limit as u64)
        ),
    }
}

fn base_error(err: &BaseError) -> String {
    match err {
        BaseError::PercentOutOfRange { percent } => {
            format!("A blend percentage must be 0–100, not {percent}")
        }
        BaseError::InvalidWeight { region, text } => {
            format!("Weight {} “{text}” is not a number", region + 1)
        }
        BaseError::NegativeWeight { region, text } => {
            format!("Weight {} “{text}” is negative", region + 1)
        }
        BaseError::WeightTooLarge { region } => format!("Weight {} is too large", region + 1),
        BaseError::NestedBlend => "A blend of bases cannot contain another blend".to_owned(),
    }
}

fn edit_error(err: &EditError, plan: &Plan) -> String {
    match err {
        EditError::OutsideBounds { region, min, max, .. } => match max {
            Some(max) => format!(
                "{} must be between {} and {} (bounds and “of which” relations)",
                dn(plan, *region, L), q(*min), q(*max)
            ),
            None => format!("{} must be at least {}", dn(plan, *region, L), q(*min)),
        },
        EditError::RegionLocked { region, value } => {
            format!("{} is locked at {}: unlock it first", dn(plan, *region, L), q(*value))
        }
        EditError::NoRoomToSpread { difference, room } => format!(
            "The other unlocked districts can absorb only {} of the difference {}: unlock some or widen their bounds",
            q(*room), q(*difference)
        ),
        EditError::NoSuchRegion { region, count } => {
            format!("There is no district {} (there are {count})", region + 1)
        }
        EditError::TotalChanged { before, after } => format!(
            "The new quotas add up to {}, not the city total {}",
            q(*after),
            q(*before)
        ),
    }
}

fn plan_error(err: &PlanError, plan: &Plan) -> String {
    match err {
        PlanError::NothingToBalance { departments, districts } => format!("Departments {}, districts {}: nothing to balance, or the departments are larger (a balancing row cannot be negative: scale instead)", q(*departments), q(*districts)),
        PlanError::NameTooLong { chars, limit } => format!(
            "A name may have at most {limit} characters; this one has {}. Nothing was changed",
            g(*chars as u64)
        ),
        PlanError::LastOne => "A plan needs at least one district and one metric".to_owned(),
        PlanError::ShapeMismatch {
            metric,
            expected,
            found,
        } => format!(
            "The metric \u{201c}{}\u{201d} has values for {found} districts, but the plan has {expected}",
            mn(plan, *metric, L)
        ),
        PlanError::InvalidParent { metric, parent } => format!(
            "The \u{201c}of which\u{201d} parent of \u{201c}{}\u{201d} (metric {}) is invalid: missing, itself, or part of a cycle",
            mn(plan, *metric, L),
            parent + 1
        ),
        PlanError::InvalidRatio {
            numerator,
            denominator,
        } => format!("The ratio {numerator}/{denominator} must be between 0 and 1"),
        PlanError::NoSuchMetric { metric, count } => {
            format!("There is no metric {} (there are {count})", metric + 1)
        }
        PlanError::TooManyMetrics { limit } => format!("A plan may have at most {limit} metrics"),
    }
}

fn simulation_error(err: &SimulationError, plan: &Plan) -> String {
    match err {
        SimulationError::NoActuals { month } => format!(
            "No district has reported actuals for {} or earlier. The bulletin and the forecast need at least one month of data: type, paste or import the months in the table under Monthly bulletin, or load the sample data.",
            month_name(usize::from(*month))
        ),
        SimulationError::Unreported { districts } => format!(
            "{} {} not reported yet. The mid-year reallocation splits the quota by each district's projected capacity and needs at least one month from every district; otherwise silence would count as no capacity.",
            names_joined(plan, districts, Lines::Districts, L),
            if districts.len() == 1 { "has" } else { "have" }
        ),
        SimulationError::TooFewMonths { needed, month } => format!(
            "The backtest needs at least {needed} months of actuals; the month is {}.",
            month_name(usize::from(*month))
        ),
        SimulationError::LightBands { yellow, red } => format!(
            "Yellow cannot start ({yellow} points behind) past the red line ({red} points behind); the red line is at most 100 points"
        ),
        SimulationError::NoProgress => "Every district has reported zero so far: there is no capacity to go by, so no reallocation is proposed.".to_owned(),
        SimulationError::Unavailable => "The forecast module could not be loaded: check that the deployed folder is complete (see the hosting notes), then reload the page.".to_owned(),
        SimulationError::NoSuchMonth { month } => {
            format!("There is no month {month} (months are 1–12)")
        }
        SimulationError::PathsOutOfRange { paths, limit } => format!(
            "The number of simulated paths must be 1–{}, not {}",
            g(u64::from(*limit)),
            g(u64::from(*paths))
        ),
    }
}

/// The name of a part of a scenario a length error is about.
fn rules_part(part: RulesPart) -> &'static str {
    match part {
        RulesPart::Bounds => "bounds",
        RulesPart::Locks => "locks",
        RulesPart::Weights => "custom weights",
        RulesPart::MetricRules => "metric rules",
        RulesPart::ActualsMetrics => "monthly actuals' metrics",
        RulesPart::ActualsDistricts => "monthly actuals' districts",
        RulesPart::Quotas => "quotas",
        // The engine's words for these three have no sentence of their own yet.
        RulesPart::ActualsDepartments
        | RulesPart::ActualsManufacturing
        | RulesPart::ActualsCountable
        | RulesPart::Other => "values of the scenario",
    }
}
