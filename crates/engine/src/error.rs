//! [`EngineError`]: every way the engine can refuse its input.
//!
//! Each variant carries the numbers a planner needs to fix the input; the app turns them into a
//! sentence in the chosen language. Nothing in the engine panics on user data.

use thiserror::Error;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::Quota;

/// Why a calculation could not be done: one subsystem's error, or an overflow anywhere.
///
/// Engine functions return this one type so callers handle one thing; the app translates
/// each subsystem's error in its own exhaustive function.
#[derive(Clone, Debug, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum EngineError {
    /// A sum or product went past what a 64-bit count can hold.
    #[error("the numbers are too large to add up (overflow)")]
    Overflow,
    /// The total, step, bounds and locks of one split cannot all hold.
    #[error(transparent)]
    Rules(#[from] RulesError),
    /// A base (the weights a split follows) is not usable.
    #[error(transparent)]
    Base(#[from] BaseError),
    /// A change to one quota cannot be made as asked.
    #[error(transparent)]
    Edit(#[from] EditError),
    /// The plan's structure (districts, metrics, departments, names) is not valid.
    #[error(transparent)]
    Plan(#[from] PlanError),
    /// Actuals, forecasts or bulletins were asked for something that does not exist.
    #[error(transparent)]
    Simulation(#[from] SimulationError),
}

/// The total, step, bounds and locks of one split cannot all hold.
#[derive(Clone, Debug, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum RulesError {
    /// There are no regions to split over.
    #[error("there are no regions to split the total over")]
    EmptyRegions,
    /// More regions than the engine takes.
    #[error("{count} regions is more than the limit of {limit}")]
    TooManyRegions {
        /// How many were given.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// The rounding step is zero.
    #[error("the rounding step must be at least 1")]
    ZeroStep,
    /// Bounds or locks were given for a different number of regions.
    #[error("{found} {what} for {expected} regions")]
    RulesLength {
        /// "bounds" or "locks" (owned only when read back from a worker's answer).
        what: Cow<'static, str>,
        /// The number of regions.
        expected: usize,
        /// How many were given.
        found: usize,
    },
    /// The total is not a multiple of the rounding step.
    #[error("the total {total} is not a multiple of {step}: use {below} or {above}")]
    TotalNotMultipleOfStep {
        /// The total given.
        total: Quota,
        /// The rounding step.
        step: u64,
        /// The nearest valid total below.
        below: Quota,
        /// The nearest valid total above.
        above: Quota,
    },
    /// A bound or lock of a region is not a multiple of the rounding step.
    #[error("{value} for region {region} is not a multiple of {step}: use {below} or {above}")]
    ValueNotMultipleOfStep {
        /// The region.
        region: usize,
        /// The value given.
        value: Quota,
        /// The rounding step.
        step: u64,
        /// The nearest valid value below.
        below: Quota,
        /// The nearest valid value above.
        above: Quota,
    },
    /// A region's maximum is below its minimum.
    #[error("region {region} has maximum {max} below its minimum {min}")]
    BoundsInverted {
        /// The region.
        region: usize,
        /// Its minimum.
        min: Quota,
        /// Its maximum.
        max: Quota,
    },
    /// The locked regions alone need more than the total.
    #[error("the locked quotas add up to {locked}, more than the total {total}")]
    LocksExceedTotal {
        /// Sum of the locked quotas.
        locked: Quota,
        /// The total.
        total: Quota,
    },
    /// The minimums (locks included) need more than the total.
    #[error("the minimums add up to {minimums}, more than the total {total}")]
    MinimumsExceedTotal {
        /// Sum of the minimums and locks.
        minimums: Quota,
        /// The total.
        total: Quota,
    },
    /// The maximums (locks included) cannot hold the total.
    #[error("the maximums add up to {maximums}, less than the total {total}")]
    MaximumsBelowTotal {
        /// Sum of the maximums, locks and zero-weight minimums.
        maximums: Quota,
        /// The total.
        total: Quota,
    },
    /// Every unlocked region has zero weight, so nothing says where the total goes.
    #[error("every unlocked region has zero weight; the total {total} cannot be split")]
    AllWeightsZero {
        /// The total.
        total: Quota,
    },
    /// Every region is locked, and the locks do not add up to the total.
    #[error("every region is locked at {locked} in all, but the total is {total}")]
    EverythingLocked {
        /// Sum of the locks.
        locked: Quota,
        /// The total.
        total: Quota,
    },
    /// The total is larger than the engine splits exactly.
    #[error("the total is too large: at most {limit} at this step")]
    TooLarge {
        /// The largest total at this step.
        limit: Quota,
    },
}

/// A base (the weights a split follows) is not usable.
#[derive(Clone, Debug, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum BaseError {
    /// A blend of bases contains another blend.
    #[error("a blend of bases cannot contain another blend")]
    NestedBlend,
    /// A blend percentage above 100.
    #[error("a blend percentage must be 0–100, not {percent}")]
    PercentOutOfRange {
        /// The percentage given.
        percent: u8,
    },
    /// A weight that is not a number.
    #[error("the weight of region {region} is not a number: {text:?}")]
    InvalidWeight {
        /// The region.
        region: usize,
        /// What was written (at most 40 characters).
        text: String,
    },
    /// A negative weight.
    #[error("the weight of region {region} is negative: {text:?}")]
    NegativeWeight {
        /// The region.
        region: usize,
        /// What was written (at most 40 characters).
        text: String,
    },
    /// A weight too large to use exactly.
    #[error("the weight of region {region} is too large")]
    WeightTooLarge {
        /// The region.
        region: usize,
    },
}

/// A change to one quota cannot be made as asked.
#[derive(Clone, Debug, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum EditError {
    /// A region index beyond the plan.
    #[error("there is no region {region} (there are {count})")]
    NoSuchRegion {
        /// The index given.
        region: usize,
        /// How many regions there are.
        count: usize,
    },
    /// A value outside its region's bounds.
    #[error("{value} for region {region} is outside its bounds {min}–{max:?}")]
    OutsideBounds {
        /// The region.
        region: usize,
        /// The value given.
        value: Quota,
        /// Its minimum.
        min: Quota,
        /// Its maximum, if any.
        max: Option<Quota>,
    },
    /// The region is locked at another value.
    #[error("region {region} is locked at {value}")]
    RegionLocked {
        /// The region.
        region: usize,
        /// Its locked value.
        value: Quota,
    },
    /// The other regions cannot absorb the difference within their bounds and locks.
    #[error("the other regions can absorb only {room} of the difference {difference}")]
    NoRoomToSpread {
        /// The difference to spread.
        difference: Quota,
        /// How much the movable regions can take or give.
        room: Quota,
    },
    /// New quotas that do not keep the city total.
    #[error("the new quotas add up to {after}, not the total {before}")]
    TotalChanged {
        /// The total before.
        before: Quota,
        /// What the new quotas add up to.
        after: Quota,
    },
}

/// The plan's structure (districts, metrics, departments, names) is not valid.
#[derive(Clone, Debug, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum PlanError {
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
    /// A linked ratio that is not a fraction between 0 and 1.
    #[error("the ratio {numerator}/{denominator} must be between 0 and 1")]
    InvalidRatio {
        /// Numerator.
        numerator: u64,
        /// Denominator.
        denominator: u64,
    },
    /// A metric index beyond the plan.
    #[error("there is no metric {metric} (there are {count})")]
    NoSuchMetric {
        /// The index given.
        metric: usize,
        /// How many metrics there are.
        count: usize,
    },
    /// More metrics than a plan may have.
    #[error("a plan may have at most {limit} metrics")]
    TooManyMetrics {
        /// The limit.
        limit: usize,
    },
    /// The department and district totals already agree, or the departments add up to more
    /// (a balancing row cannot be negative).
    #[error("nothing to balance: departments {departments}, districts {districts}")]
    NothingToBalance {
        /// Sum of the department quotas.
        departments: Quota,
        /// Sum of the district quotas of the matrix metric.
        districts: Quota,
    },
    /// A name longer than names may be.
    #[error("a name of {chars} characters is longer than the limit of {limit}")]
    NameTooLong {
        /// Its length in characters.
        chars: usize,
        /// The limit.
        limit: usize,
    },
    /// The last district or metric cannot be removed.
    #[error("a plan needs at least one district and one metric")]
    LastOne,
}

/// Actuals, forecasts or bulletins were asked for something that does not exist.
#[derive(Clone, Debug, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum SimulationError {
    /// A month outside 1–12.
    #[error("there is no month {month}")]
    NoSuchMonth {
        /// The month given.
        month: u8,
    },
    /// A Monte Carlo path count of zero or above the limit.
    #[error("the number of paths must be 1–{limit}, not {paths}")]
    PathsOutOfRange {
        /// The count given.
        paths: u32,
        /// The limit.
        limit: u32,
    },
    /// No district has reported anything for the metric by the month asked about: there is
    /// nothing to report on or forecast from.
    #[error("no actuals have been reported by month {month}")]
    NoActuals {
        /// The month asked about.
        month: u8,
    },
    /// Some districts have not reported by the month: a reallocation by capacity would read
    /// their silence as zero capacity.
    #[error("districts {districts:?} have not reported")]
    Unreported {
        /// The districts without a report, in plan order.
        districts: Vec<usize>,
    },
    /// Too few months of actuals for what was asked (a backtest of the forecast).
    #[error("{needed} months of actuals are needed, the month is {month}")]
    TooFewMonths {
        /// The fewest months needed.
        needed: u8,
        /// The month asked about.
        month: u8,
    },
    /// Light rules whose yellow band starts past the red one, or with no months for 督办.
    #[error("yellow from {yellow} points cannot start past red beyond {red}")]
    LightBands {
        /// Yellow from this many points behind.
        yellow: u32,
        /// Red beyond this many.
        red: u32,
    },
    /// Every district reported zero so far: projected capacity says nothing about where the
    /// quota could go.
    #[error("no district has made progress yet")]
    NoProgress,
    /// The forecast's own WebAssembly (the worker's files) could not be loaded, in a worker or
    /// on the page.
    #[error("the forecast module could not be loaded")]
    Unavailable,
}
