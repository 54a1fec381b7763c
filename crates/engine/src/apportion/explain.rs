//! "Why this number", in numbers a district can check: the method's rule with the numbers that
//! decide it (the divisor interval of a divisor method, the remainder's rank under largest
//! remainder), and how far its base or the city total would have to move for it to gain or
//! lose a step.

use super::divisor::priority;
use super::exact::Ratio;
use super::{allocate, Allocation, Method, Reason, Rules};
use crate::error::RulesError;
use crate::{EngineError, Quota};

/// The most totals tried, one step at a time, when looking for the nearest total that changes
/// a region's quota: enough for any region with a share above 1/2,000 of the total.
pub const MAX_TOTAL_STEPS: u64 = 2_000;

/// Why a region has its number, and what would change it.
#[derive(Clone, Debug, PartialEq)]
pub struct Detail {
    /// The method's rule, with the numbers that decide this region.
    pub rule: Rule,
    /// The least base at which the region gains a step, the others' bases unchanged; `None`
    /// when no base would (it is locked or at its maximum).
    pub gain_base: Option<u64>,
    /// The largest base at which it holds a step less; `None` when no base would (it is locked,
    /// at its minimum, or already at zero).
    pub lose_base: Option<u64>,
    /// The nearest larger city total (within [`MAX_TOTAL_STEPS`] steps) at which its quota
    /// changes, and its quota there — lower than today's is the Alabama paradox.
    pub total_up: Option<(Quota, Quota)>,
    /// The nearest smaller city total at which its quota changes, and its quota there.
    pub total_down: Option<(Quota, Quota)>,
}

/// The method's rule for one region, with its numbers.
#[derive(Clone, Debug, PartialEq)]
pub enum Rule {
    /// A lock, a bound or a zero base decided the number (see the explanation's reason).
    Fixed,
    /// Largest remainder: the region's remainder ranks `rank` (1 = largest) among the `of`
    /// regions with a remainder, and the `extra` units left after the floors went to the
    /// largest remainders.
    Remainder {
        /// Its remainder's rank, 1 = largest.
        rank: usize,
        /// How many regions have a remainder.
        of: usize,
        /// How many units went by remainder.
        extra: u64,
    },
    /// A divisor method: every divisor (base per person) from `low` to `high` gives exactly
    /// this split; `base ÷ divisor` rounded at the method's signposts is the quota in steps.
    Divisor {
        /// The smallest such divisor, in base per person.
        low: f64,
        /// The largest, in base per person; `None` when any larger divisor also does (no
        /// region holds a unit a larger divisor would take: each is at a bound, holds
        /// nothing, or holds only a first unit its method guarantees).
        high: Option<f64>,
    },
}

/// Why `region` gets its number when `total` is split by `method` over `weights` under
/// `rules`, and what would change it.
pub fn explain(
    total: Quota,
    weights: &[u64],
    rules: &Rules,
    method: Method,
    region: usize,
) -> Result<Detail, EngineError> {
    let allocation = allocate(total, weights, rules, method)?;
    let (Some(&quota), Some(explanation)) = (
        allocation.quotas.get(region),
        allocation.explanations.get(region),
    ) else {
        return Err(EngineError::Rules(RulesError::EmptyRegions));
    };
    let fixed = matches!(
        explanation.reason,
        Reason::Locked | Reason::ZeroWeight | Reason::AtMinimum | Reason::AtMaximum
    );
    let rule = if fixed {
        Rule::Fixed
    } else if method == Method::LargestRemainder {
        remainder_rule(&allocation, total, rules.step, region)
    } else {
        divisor_rule(&allocation, weights, rules, method)
    };
    let units_at = |weight: u64| -> Option<Quota> {
        let mut changed = weights.to_vec();
        changed[region] = weight;
        allocate(total, &changed, rules, method)
            .ok()
            .map(|a| a.quotas[region])
    };
    let locked = rules.locked.get(region).is_some_and(Option::is_some);
    let (gain_base, lose_base) = if locked {
        (None, None)
    } else {
        (
            gain_base(weights[region], quota, &units_at),
            lose_base(weights[region], quota, &units_at),
        )
    };
    let quota_at_total = |t: Quota| {
        allocate(t, weights, rules, method)
            .ok()
            .map(|a| a.quotas[region])
    };
    Ok(Detail {
        rule,
        gain_base,
        lose_base,
        total_up: nearest_total(total, rules.step, quota, true, &quota_at_total),
        total_down: nearest_total(total, rules.step, quota, false, &quota_at_total),
    })
}

fn remainder_rule(allocation: &Allocation, total: Quota, step: u64, region: usize) -> Rule {
    // Remainders compare exactly as fractions of a unit: num mod den over den.
    let remainder = |e: &super::Explanation| {
        let den = e.exact_units.den.max(1);
        Ratio::new(e.exact_units.num % den, den)
    };
    let with: Vec<(usize, Ratio)> = allocation
        .explanations
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e.reason, Reason::Remainder { .. }))
        .map(|(r, e)| (r, remainder(e)))
        .filter(|(_, rem)| rem.num > 0)
        .collect();
    let own = with.iter().find(|(r, _)| *r == region).map(|(_, rem)| *rem);
    let rank = own.map_or(0, |own| {
        1 + with
            .iter()
            .filter(|(_, rem)| rem.cmp_exact(own).is_gt())
            .count()
    });
    let floors: u64 = allocation
        .explanations
        .iter()
        .map(|e| e.lower.get() / step.max(1))
        .sum();
    Rule::Remainder {
        rank,
        of: with.len(),
        extra: (total.get() / step.max(1)).saturating_sub(floors),
    }
}

/// The divisors that give this split: every unrestricted region's next claim must not beat the
/// threshold and its last claim must not fall below it.
fn divisor_rule(allocation: &Allocation, weights: &[u64], rules: &Rules, method: Method) -> Rule {
    let step = rules.step.max(1);
    let mut strongest_next: Option<Ratio> = None;
    let mut weakest_last: Option<Ratio> = None;
    for (r, (quota, explanation)) in allocation
        .quotas
        .iter()
        .zip(&allocation.explanations)
        .enumerate()
    {
        if matches!(explanation.reason, Reason::Locked | Reason::ZeroWeight) {
            continue;
        }
        let units = quota.get() / step;
        let bounds = rules.bounds.get(r).copied().unwrap_or_default();
        let at_max = bounds.max.is_some_and(|max| *quota >= max);
        let at_min = *quota <= bounds.min;
        if !at_max {
            let next = priority(method, weights[r], units);
            if strongest_next.is_none_or(|s| next.cmp_exact(s).is_gt()) {
                strongest_next = Some(next);
            }
        }
        if !at_min && units > 0 {
            let last = priority(method, weights[r], units - 1);
            if weakest_last.is_none_or(|w| last.cmp_exact(w).is_lt()) {
                weakest_last = Some(last);
            }
        }
    }
    // A claim is base per signpost (Huntington–Hill: its square): a unit is handed out while
    // its claim reaches the divisor, so the divisor lies between the strongest claim left out
    // and the weakest claim served.
    let divisor = |claim: Ratio| {
        let value = claim.approx();
        let value = if method == Method::HuntingtonHill {
            value.sqrt()
        } else {
            value
        };
        value / step as f64
    };
    Rule::Divisor {
        low: strongest_next.map_or(0.0, divisor),
        high: weakest_last.filter(|c| c.den != 0).map(divisor),
    }
}

/// The least base above `weight` at which the region holds more than `quota`.
fn gain_base(weight: u64, quota: Quota, at: &dyn Fn(u64) -> Option<Quota>) -> Option<u64> {
    let gains = |w: u64| at(w).is_some_and(|q| q > quota);
    let mut high = weight.max(1);
    loop {
        high = high.checked_mul(2)?;
        if gains(high) {
            break;
        }
        if high > 1 << 52 {
            return None;
        }
    }
    let mut low = weight; // does not gain
    while high - low > 1 {
        let mid = low + (high - low) / 2;
        if gains(mid) {
            high = mid;
        } else {
            low = mid;
        }
    }
    Some(high)
}

/// The largest base below `weight` at which the region holds less than `quota`.
fn lose_base(weight: u64, quota: Quota, at: &dyn Fn(u64) -> Option<Quota>) -> Option<u64> {
    let loses = |w: u64| at(w).is_some_and(|q| q < quota);
    if weight == 0 || !loses(0) {
        return None;
    }
    let (mut low, mut high) = (0, weight); // low loses, high does not
    while high - low > 1 {
        let mid = low + (high - low) / 2;
        if loses(mid) {
            low = mid;
        } else {
            high = mid;
        }
    }
    Some(low)
}

/// The nearest total above (or below) `total`, in steps, at which the region's quota is no
/// longer `quota`, and the quota there.
fn nearest_total(
    total: Quota,
    step: u64,
    quota: Quota,
    up: bool,
    at: &dyn Fn(Quota) -> Option<Quota>,
) -> Option<(Quota, Quota)> {
    (1..=MAX_TOTAL_STEPS).find_map(|k| {
        let change = k.checked_mul(step)?;
        let t = if up {
            total.get().checked_add(change)?
        } else {
            total.get().checked_sub(change)?
        };
        let q = at(Quota::new(t))?;
        (q != quota).then_some((Quota::new(t), q))
    })
}
