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

mod divisor;
mod exact;
mod explain;
mod lambda;
mod paradox;
mod remainder;
mod ties;

use crate::error::RulesError;
use serde::{Deserialize, Serialize};

pub use exact::Ratio;
pub use explain::{explain, Detail, Rule, MAX_TOTAL_STEPS};
pub use paradox::{alabama, population, quota_rule, Paradox};

use crate::{EngineError, Quota};

/// The largest number of step units a total may have (2^48 ≈ 2.8 × 10^14). Within it every
/// exact comparison fits in 256 bits.
pub const MAX_UNITS: u64 = 1 << 48;
/// The largest number of regions.
pub const MAX_REGIONS: usize = 1 << 24;

/// How whole units are handed out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Method {
    /// Largest remainder (Hamilton, Hare–Niemeyer): floors first, then one unit each to the
    /// largest fractional parts. Stays within quota.
    #[default]
    LargestRemainder,
    /// D'Hondt / Jefferson: divisor method rounding down (signposts at s + 1).
    DHondt,
    /// Sainte-Laguë / Webster: divisor method rounding to nearest (signposts at s + ½).
    SainteLague,
    /// Huntington–Hill: geometric-mean signposts √(s(s+1)); the US House method.
    HuntingtonHill,
    /// Adams: divisor method rounding up (signposts at s): every region with weight gets a unit.
    Adams,
    /// Dean: harmonic-mean signposts 2s(s+1)/(2s+1).
    Dean,
}

impl Method {
    /// Every method, in the order the UI lists them.
    pub const ALL: [Method; 6] = [
        Method::LargestRemainder,
        Method::DHondt,
        Method::SainteLague,
        Method::HuntingtonHill,
        Method::Adams,
        Method::Dean,
    ];

    /// The divisor methods: every method but largest remainder.
    pub const DIVISORS: [Method; 5] = [
        Method::DHondt,
        Method::SainteLague,
        Method::HuntingtonHill,
        Method::Adams,
        Method::Dean,
    ];
}

/// A region's lower and upper bound, in persons (multiples of the step).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bounds {
    /// The region gets at least this much.
    pub min: Quota,
    /// The region gets at most this much; `None` is no upper bound.
    pub max: Option<Quota>,
}

/// The rules a split must follow.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    /// Every quota is a multiple of this (1 for plain persons, 100 for the 2021 plan).
    pub step: u64,
    /// Per-region bounds; empty means none.
    pub bounds: Vec<Bounds>,
    /// Per-region locked values; empty means none.
    pub locked: Vec<Option<Quota>>,
    /// Regions in order of preference for a tied unit; regions not listed come after, in
    /// their own order.
    pub tie_preference: Vec<usize>,
}

impl Default for Rules {
    fn default() -> Self {
        Rules::with_step(1)
    }
}

impl Rules {
    /// Rules with only a rounding step.
    #[must_use]
    pub fn with_step(step: u64) -> Self {
        Rules {
            step,
            bounds: Vec::new(),
            locked: Vec::new(),
            tie_preference: Vec::new(),
        }
    }
}

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
    #[allow(clippy::cast_precision_loss)]
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

/// A split worked out in step units, before it is turned into persons.
pub(crate) struct Problem {
    pub(crate) weights: Vec<u64>,
    pub(crate) min: Vec<u64>,
    pub(crate) max: Vec<u64>,
    pub(crate) locked: Vec<bool>,
    pub(crate) house: u64,
    /// Tie rank per region: lower is preferred.
    pub(crate) rank: Vec<usize>,
    /// How many regions the planner's tie preference lists (they hold ranks `0..listed`).
    pub(crate) listed: usize,
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
    #[allow(clippy::cast_precision_loss)]
    Ok(Allocation {
        quotas: outcome.units.iter().map(|&u| to_persons(u)).collect(),
        explanations,
        tie: outcome.tie,
        divisor: outcome.divisor.map(|d| d.approx() / step as f64),
    })
}

/// `value` in whole steps, or the error naming the nearest multiples around it.
pub(crate) fn units_of(value: Quota, step: u64, region: Option<usize>) -> Result<u64, EngineError> {
    let persons = value.get();
    let below = persons - persons % step;
    if persons.is_multiple_of(step) {
        return Ok(persons / step);
    }
    let above = below.checked_add(step).ok_or(EngineError::Overflow)?;
    Err(match region {
        None => EngineError::Rules(RulesError::TotalNotMultipleOfStep {
            total: value,
            step,
            below: Quota::new(below),
            above: Quota::new(above),
        }),
        Some(region) => EngineError::Rules(RulesError::ValueNotMultipleOfStep {
            region,
            value,
            step,
            below: Quota::new(below),
            above: Quota::new(above),
        }),
    })
}

impl Problem {
    /// Validates the input and turns it into step units.
    fn new(total: Quota, weights: &[u64], rules: &Rules) -> Result<Problem, EngineError> {
        let n = weights.len();
        if n == 0 {
            return Err(EngineError::Rules(RulesError::EmptyRegions));
        }
        if n > MAX_REGIONS {
            return Err(EngineError::Rules(RulesError::TooManyRegions {
                count: n,
                limit: MAX_REGIONS,
            }));
        }
        if rules.step == 0 {
            return Err(EngineError::Rules(RulesError::ZeroStep));
        }
        for (found, what) in [
            (rules.bounds.len(), "bounds"),
            (rules.locked.len(), "locks"),
        ] {
            if found != 0 && found != n {
                return Err(EngineError::Rules(RulesError::RulesLength {
                    what: what.into(),
                    expected: n,
                    found,
                }));
            }
        }
        let step = rules.step;
        let house = units_of(total, step, None)?;
        if house > MAX_UNITS {
            return Err(EngineError::Rules(RulesError::TooLarge {
                limit: Quota::new(MAX_UNITS.saturating_mul(step)),
            }));
        }
        let mut problem = Problem {
            weights: weights.to_vec(),
            min: vec![0; n],
            max: vec![house; n],
            locked: vec![false; n],
            house,
            rank: Vec::new(),
            listed: 0,
        };
        (problem.rank, problem.listed) = ranks(n, &rules.tie_preference);
        let mut locked_sum = Quota::ZERO;
        for region in 0..n {
            let bounds = rules.bounds.get(region).copied().unwrap_or_default();
            if let Some(max) = bounds.max {
                if max < bounds.min {
                    return Err(EngineError::Rules(RulesError::BoundsInverted {
                        region,
                        min: bounds.min,
                        max,
                    }));
                }
            }
            let min = units_of(bounds.min, step, Some(region))?;
            let max = match bounds.max {
                Some(max) => units_of(max, step, Some(region))?.min(house),
                None => house,
            };
            problem.min[region] = min.min(house);
            problem.max[region] = max;
            if let Some(Some(value)) = rules.locked.get(region) {
                let units = units_of(*value, step, Some(region))?;
                locked_sum = locked_sum.checked_add(*value)?;
                problem.min[region] = units;
                problem.max[region] = units;
                problem.locked[region] = true;
            } else if problem.weights[region] == 0 {
                problem.max[region] = problem.min[region];
            }
        }
        problem.check_feasible(total, locked_sum, step)?;
        Ok(problem)
    }

    fn check_feasible(&self, total: Quota, locked: Quota, step: u64) -> Result<(), EngineError> {
        let persons = |units: &[u64]| -> Result<Quota, EngineError> {
            let sum: u128 = units.iter().map(|&u| u128::from(u)).sum();
            u64::try_from(sum)
                .ok()
                .and_then(|s| s.checked_mul(step))
                .map(Quota::new)
                .ok_or(EngineError::Overflow)
        };
        if locked > total {
            return Err(EngineError::Rules(RulesError::LocksExceedTotal {
                locked,
                total,
            }));
        }
        let minimums = persons(&self.min)?;
        if minimums > total {
            return Err(EngineError::Rules(RulesError::MinimumsExceedTotal {
                minimums,
                total,
            }));
        }
        let maximums = persons(&self.max)?;
        if maximums < total {
            let free = (0..self.weights.len()).filter(|&r| !self.locked[r]);
            let mut free_weights = free.clone().map(|r| self.weights[r]);
            return Err(if free.clone().next().is_none() {
                EngineError::Rules(RulesError::EverythingLocked { locked, total })
            } else if free_weights.all(|w| w == 0) {
                EngineError::Rules(RulesError::AllWeightsZero { total })
            } else {
                EngineError::Rules(RulesError::MaximumsBelowTotal { maximums, total })
            });
        }
        Ok(())
    }

    pub(crate) fn len(&self) -> usize {
        self.weights.len()
    }

    /// Tie ranks for a tie between infinite claims (every first unit under Huntington–Hill,
    /// Adams and Dean): the planner's preference first, then the larger base, then table
    /// order. Table order alone would hand a first unit to whichever district is listed first,
    /// however small.
    pub(crate) fn rank_by_base(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.len()).collect();
        crate::order::sort_positions(&mut order, &mut |a, b| {
            let listed = |r: usize| self.rank[r] < self.listed;
            match (listed(a), listed(b)) {
                (true, true) => self.rank[a].cmp(&self.rank[b]),
                (true, false) => std::cmp::Ordering::Less,
                (false, true) => std::cmp::Ordering::Greater,
                (false, false) => self.weights[b].cmp(&self.weights[a]).then(a.cmp(&b)),
            }
        });
        let mut rank = vec![0; self.len()];
        for (position, &region) in order.iter().enumerate() {
            rank[region] = position;
        }
        rank
    }

    /// Why a region that no method step decided has its number, if a rule decided it.
    pub(crate) fn fixed_reason(&self, region: usize, units: u64, exact: Ratio) -> Option<Reason> {
        if self.locked[region] {
            return Some(Reason::Locked);
        }
        if self.weights[region] == 0 {
            return Some(Reason::ZeroWeight);
        }
        let min = Ratio::new(u128::from(self.min[region]), 1);
        let max = Ratio::new(u128::from(self.max[region]), 1);
        if units == self.min[region] && exact.cmp_exact(min).is_le() && self.min[region] > 0 {
            return Some(Reason::AtMinimum);
        }
        if units == self.max[region]
            && exact.cmp_exact(max).is_ge()
            && self.max[region] < self.house
        {
            return Some(Reason::AtMaximum);
        }
        None
    }
}

/// Tie ranks: listed regions first in the listed order, then the rest in region order.
/// Also returns how many regions the preference listed.
fn ranks(n: usize, preference: &[usize]) -> (Vec<usize>, usize) {
    let mut rank = vec![usize::MAX; n];
    let mut next = 0;
    for &region in preference {
        if region < n && rank[region] == usize::MAX {
            rank[region] = next;
            next += 1;
        }
    }
    let listed = next;
    for slot in &mut rank {
        if *slot == usize::MAX {
            *slot = next;
            next += 1;
        }
    }
    (rank, listed)
}
