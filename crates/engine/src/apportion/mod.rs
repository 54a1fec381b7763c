//! Apportionment: split a total into whole-number quotas that add up exactly.
//!
//! [`allocate`] takes a total, one weight per region, [`Rules`] (rounding step, bounds, locks,
//! tie preference) and a [`Method`]. Everything is counted in *units* of the step internally,
//! and every decision about who gets a unit is made by exact integer comparisons ([`Ratio`]).
//!
//! Bounds and locks are restrictions inside the method, as BAZI applies them: the continuous
//! quotas are `clamp(λ·weight, min, max)` for the one λ that makes them sum to the total
//! ([`lambda`]), and the method rounds those — never a rounding first and a clipping after.
//! Locks are bounds with `min = max`; a region with zero weight keeps its minimum.
//!
//! Ties are settled by [`Rules::tie_preference`] (then by region order) and reported in
//! [`Allocation::tie`], because with round totals they are the common case, not an edge.
//!
//! Here: the result of a split and [`allocate`]. Below it: `rules` (the input, and whether
//! bounds leave any split), `problem` (the split in step units, checked before a method runs),
//! `remainder` and `divisor` (the methods), `lambda`, `exact` and `ties` (what they share),
//! `explain` and `paradox` (what is said about a split afterwards).

mod divisor;
mod exact;
mod explain;
mod lambda;
mod paradox;
mod problem;
mod remainder;
mod rules;
mod ties;

pub use exact::Ratio;
pub use explain::{explain, Detail, Rule, MAX_TOTAL_STEPS};
pub use paradox::{alabama, population, quota_rule, Paradox};
pub(crate) use problem::{units_of, Problem};
pub use rules::{check_bounds_hold, Bounds, Method, Rules};

use crate::{EngineError, Quota};

/// The largest number of step units a total may have (2^48 ≈ 2.8 × 10^14). Within it every
/// exact comparison fits in 256 bits.
pub const MAX_UNITS: u64 = 1 << 48;
/// The largest number of regions.
pub const MAX_REGIONS: usize = 1 << 24;

/// Why a region got its number, for the "why this number" panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The region is locked at its value.
    Locked,
    /// The region has zero weight, so it keeps its minimum.
    ZeroWeight,
    /// Its minimum bound decided the number.
    AtMinimum,
    /// Its maximum bound decided the number.
    AtMaximum,
    /// Largest remainder: the floor of its exact quota, plus one unit if its remainder was
    /// among the largest.
    Remainder {
        /// The floor of the exact quota, in persons.
        floor: Quota,
        /// Whether it received a remainder unit.
        extra_unit: bool,
    },
    /// A divisor method rounded its exact quota at the method's signpost.
    Rounded {
        /// Rounded up (true) or down (false) from the exact quota.
        up: bool,
    },
}

/// How one region's quota came about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// Its exact quota in step units (total × share, within the bounds), before rounding.
    pub exact_units: Ratio,
    /// Its exact quota rounded down to the step, in persons.
    pub lower: Quota,
    /// Its exact quota rounded up to the step, in persons.
    pub upper: Quota,
    /// Why it got its number.
    pub reason: Reason,
}

impl Explanation {
    /// The exact quota in persons, approximated for display.
    #[must_use]
    pub fn exact_persons(&self, step: u64) -> f64 {
        self.exact_units.approx() * step as f64
    }
}

/// A tie for the last unit(s): regions whose claims were exactly equal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tie {
    /// Every region that tied, most preferred first.
    pub candidates: Vec<usize>,
    /// The tied regions that got a unit.
    pub winners: Vec<usize>,
}

/// The result of a split.
#[derive(Clone, Debug, PartialEq)]
pub struct Allocation {
    /// One quota per region; they sum exactly to the total.
    pub quotas: Vec<Quota>,
    /// One explanation per region.
    pub explanations: Vec<Explanation>,
    /// The tie for the last unit, if there was one.
    pub tie: Option<Tie>,
    /// For divisor methods, a divisor (weight per person) that yields this split; display only.
    pub divisor: Option<f64>,
}

/// What a method returns: units per region, explanations and the tie.
pub(crate) struct Outcome {
    pub(crate) units: Vec<u64>,
    pub(crate) reasons: Vec<Reason>,
    pub(crate) exact: Vec<Ratio>,
    pub(crate) tie: Option<Tie>,
    pub(crate) divisor: Option<Ratio>,
}

/// Splits `total` over regions in proportion to `weights`, following `rules` and `method`.
///
/// The quotas sum exactly to `total`, each is a multiple of `rules.step`, within its bounds,
/// and equal to its lock where it has one.
pub fn allocate(
    total: Quota,
    weights: &[u64],
    rules: &Rules,
    method: Method,
) -> Result<Allocation, EngineError> {
    let problem = Problem::new(total, weights, rules)?;
    let outcome = match method {
        Method::LargestRemainder => remainder::apportion(&problem),
        _ => divisor::apportion(&problem, method),
    };
    let step = rules.step;
    let to_persons = |units: u64| Quota::new(units * step);
    let explanations = outcome
        .exact
        .iter()
        .zip(outcome.reasons)
        .map(|(&exact, reason)| {
            let floor = u64::try_from(exact.num / exact.den.max(1)).unwrap_or(u64::MAX);
            let ceil = if exact.den != 0 && exact.num % exact.den != 0 {
                floor.saturating_add(1)
            } else {
                floor
            };
            let reason = match reason {
                Reason::Remainder { floor, extra_unit } => Reason::Remainder {
                    floor: to_persons(floor.get()),
                    extra_unit,
                },
                other => other,
            };
            Explanation {
                exact_units: exact,
                lower: Quota::new(floor.saturating_mul(step)),
                upper: Quota::new(ceil.saturating_mul(step)),
                reason,
            }
        })
        .collect();
    Ok(Allocation {
        quotas: outcome.units.iter().map(|&u| to_persons(u)).collect(),
        explanations,
        tie: outcome.tie,
        divisor: outcome.divisor.map(|d| d.approx() / step as f64),
    })
}
