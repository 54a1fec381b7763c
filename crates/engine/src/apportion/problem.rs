//! A split as the methods see it: a [`Problem`] in whole step units, checked and made feasible
//! before any method runs, with the tie ranks and the reasons a rule (not a method) decided.
//!
//! [`allocate`](super::allocate) builds one from the planner's total, weights and rules; the
//! methods (`remainder`, `divisor`) read it.

use super::exact::Ratio;
use super::{Reason, Rules, MAX_REGIONS, MAX_UNITS};
use crate::error::RulesError;
use crate::{EngineError, Quota};

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
    pub(super) fn new(
        total: Quota,
        weights: &[u64],
        rules: &Rules,
    ) -> Result<Problem, EngineError> {
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
        crate::support::order::sort_positions(&mut order, &mut |a, b| {
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
