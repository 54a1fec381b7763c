//! The continuous split under bounds: the λ for which `Σ clamp(λ·wᵢ, minᵢ, maxᵢ) = house`.
//!
//! `g(λ) = Σ clamp(λ·wᵢ, minᵢ, maxᵢ)` is piecewise linear and non-decreasing, with a break where
//! each region starts to grow (λ = minᵢ/wᵢ) and where it stops (λ = maxᵢ/wᵢ). Sorting the breaks
//! and walking them finds the segment where g reaches the house, in O(n log n) exact steps.
//! Every method then rounds `clamp(λ·wᵢ)`: that is how bounds act inside the method.

use std::cmp::Ordering;

use super::exact::{Ratio, U256};
use super::Problem;

#[derive(Clone, Copy)]
enum Break {
    /// The region leaves its minimum and grows with λ.
    Grow(usize),
    /// The region reaches its maximum and stops.
    Stop(usize),
}

/// λ such that the clamped continuous quotas sum exactly to the house. Assumes feasibility
/// (Σ min ≤ house ≤ Σ max), which [`Problem::new`] has checked.
pub(crate) fn solve(problem: &Problem) -> Ratio {
    let house = u128::from(problem.house);
    // g(λ) = base + λ·slope on the current segment.
    let mut base: u128 = problem.min.iter().map(|&m| u128::from(m)).sum();
    let mut slope: u128 = 0;
    if base >= house {
        return Ratio::new(0, 1);
    }
    let mut breaks: Vec<(Ratio, Break)> = Vec::with_capacity(2 * problem.len());
    for region in 0..problem.len() {
        let weight = u128::from(problem.weights[region]);
        let (min, max) = (problem.min[region], problem.max[region]);
        // Fixed regions (zero weight, locked) only ever add their minimum.
        if weight == 0 || min == max {
            continue;
        }
        // A region without a minimum grows from λ = 0: no break needed.
        if min == 0 {
            slope += weight;
        } else {
            breaks.push((Ratio::new(u128::from(min), weight), Break::Grow(region)));
        }
        // A region capped only by the house never stops before g reaches the house
        // (g(λ) ≥ λ·w reaches the house no later than this region alone would).
        if max < problem.house {
            breaks.push((Ratio::new(u128::from(max), weight), Break::Stop(region)));
        }
    }
    // Stable sort: at equal λ a region grows before it stops (min = max).
    crate::support::order::sort_by(&mut breaks, |a, b| a.0.cmp_exact(b.0));
    let mut last = Ratio::new(0, 1);
    // Past the last break, g keeps growing at the final slope.
    let sentinel = (Ratio::new(1, 0), None);
    for (at, event) in breaks
        .iter()
        .map(|&(at, e)| (at, Some(e)))
        .chain([sentinel])
    {
        // Does g reach the house by λ = at, still on the current segment?
        let reached = U256::mul(base, at.den)
            .checked_add(U256::mul(at.num, slope))
            .is_none_or(|g| g.cmp(&U256::mul(house, at.den)) != Ordering::Less);
        if (reached || event.is_none()) && slope > 0 {
            return Ratio::new(house - base, slope);
        }
        let weight = |region: usize| u128::from(problem.weights[region]);
        match event {
            None => break,
            Some(Break::Grow(region)) => {
                base -= u128::from(problem.min[region]);
                slope += weight(region);
            }
            Some(Break::Stop(region)) => {
                slope -= weight(region);
                base += u128::from(problem.max[region]);
            }
        }
        last = at;
    }
    last
}

/// `clamp(λ·w, min, max)` for one region, as an exact ratio in units.
pub(crate) fn clamped(problem: &Problem, lambda: Ratio, region: usize) -> Ratio {
    let min = u128::from(problem.min[region]);
    let max = u128::from(problem.max[region]);
    let x = Ratio::new(lambda.num * u128::from(problem.weights[region]), lambda.den);
    if x.cmp_exact(Ratio::new(min, 1)).is_lt() {
        Ratio::new(min, 1)
    } else if x.cmp_exact(Ratio::new(max, 1)).is_gt() {
        Ratio::new(max, 1)
    } else {
        x
    }
}
