//! Divisor methods (D'Hondt, Sainte-Laguë, Huntington–Hill, Adams, Dean) with restrictions.
//!
//! A region with weight w and s units claims its next unit with priority w / d(s), where d is
//! the method's signpost function. A start is read off exactly at the divisor 1/λ of the
//! continuous split (rounding `clamp(λ·w)` at the signposts), which is a valid restricted
//! apportionment for a house within n units of the target; units are then added to the highest
//! claims, or taken from the lowest, one at a time from heaps, all comparisons exact.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::exact::{Ratio, U256};
use super::{lambda, ties, Method, Outcome, Problem, Reason};

/// The claim `w / d(s)` of a region holding `s` units on its next one, as an exact ratio.
pub(crate) fn priority(method: Method, weight: u64, s: u64) -> Ratio {
    let w = u128::from(weight);
    let s = u128::from(s);
    match method {
        Method::DHondt | Method::LargestRemainder => Ratio::new(w, s + 1),
        Method::SainteLague => Ratio::new(2 * w, 2 * s + 1),
        Method::Adams => Ratio::new(w, s),
        Method::Dean => Ratio::new(w * (2 * s + 1), 2 * s * (s + 1)),
        Method::HuntingtonHill => Ratio::new(w * w, s * (s + 1)),
    }
}

/// Whether the exact quota `f + rem/den` (with `f` its floor) lies above the method's signpost
/// d(f), i.e. rounds up to `f + 1`. Written on the fractional part so that it stays exact in
/// 256 bits, including Huntington–Hill's irrational signposts √(f(f+1)).
fn rounds_up(method: Method, f: u128, rem: u128, den: u128) -> bool {
    match method {
        Method::DHondt | Method::LargestRemainder => false,
        Method::Adams => rem > 0,
        Method::SainteLague => 2 * rem > den,
        // d(f) = f + f/(2f+1).
        Method::Dean => U256::mul(rem, 2 * f + 1) > U256::mul(f, den),
        // d(f)² = f² + f, x² = f² + 2f·r + r² with r = rem/den: x > d(f) ⇔ f(1 − 2r) < r².
        Method::HuntingtonHill => {
            2 * rem >= den
                || U256::mul(den, den - 2 * rem)
                    .checked_mul(f)
                    .is_some_and(|lhs| lhs < U256::mul(rem, rem))
        }
    }
}

/// A heap entry: a claim, ordered by the claim and then by preference.
struct Claim {
    priority: Ratio,
    rank: usize,
    region: usize,
}

impl PartialEq for Claim {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}
impl Eq for Claim {}
impl PartialOrd for Claim {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Claim {
    /// Stronger claim first; on equal claims the preferred region (lower rank) first.
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority
            .cmp_exact(other.priority)
            .then(other.rank.cmp(&self.rank))
    }
}

pub(crate) fn apportion(problem: &Problem, method: Method) -> Outcome {
    let n = problem.len();
    let lambda = lambda::solve(problem);
    let exact: Vec<Ratio> = (0..n)
        .map(|r| lambda::clamped(problem, lambda, r))
        .collect();
    let claim = |r: usize, s: u64| priority(method, problem.weights[r], s);
    // The divisor of the continuous split, 1/λ; with λ = 0 everyone sits at the minimum.
    let divisor = Ratio::new(lambda.den, lambda.num);
    let mut units: Vec<u64> = (0..n)
        .map(|r| {
            if lambda.num == 0 || problem.weights[r] == 0 {
                return problem.min[r];
            }
            let num = lambda.num * u128::from(problem.weights[r]);
            let (f, rem) = (num / lambda.den, num % lambda.den);
            let floor = u64::try_from(f).unwrap_or(u64::MAX);
            let up = floor < problem.max[r] && rounds_up(method, f, rem, lambda.den);
            (floor + u64::from(up)).clamp(problem.min[r], problem.max[r])
        })
        .collect();

    let total: u128 = units.iter().map(|&u| u128::from(u)).sum();
    let house = u128::from(problem.house);
    if total < house {
        let mut heap: BinaryHeap<Claim> = (0..n)
            .filter(|&r| units[r] < problem.max[r] && problem.weights[r] > 0)
            .map(|r| Claim {
                priority: claim(r, units[r]),
                rank: problem.rank[r],
                region: r,
            })
            .collect();
        for _ in total..house {
            let Some(top) = heap.pop() else { break };
            let r = top.region;
            units[r] += 1;
            if units[r] < problem.max[r] {
                heap.push(Claim {
                    priority: claim(r, units[r]),
                    ..top
                });
            }
        }
    } else if total > house {
        // Weakest last unit first; on equal claims the least preferred region gives first.
        let mut heap: BinaryHeap<std::cmp::Reverse<Claim>> = (0..n)
            .filter(|&r| units[r] > problem.min[r])
            .map(|r| {
                std::cmp::Reverse(Claim {
                    priority: claim(r, units[r] - 1),
                    rank: problem.rank[r],
                    region: r,
                })
            })
            .collect();
        for _ in house..total {
            let Some(std::cmp::Reverse(bottom)) = heap.pop() else {
                break;
            };
            let r = bottom.region;
            units[r] -= 1;
            if units[r] > problem.min[r] {
                heap.push(std::cmp::Reverse(Claim {
                    priority: claim(r, units[r] - 1),
                    ..bottom
                }));
            }
        }
    }

    let next = |r: usize| {
        (units[r] < problem.max[r] && problem.weights[r] > 0).then(|| claim(r, units[r]))
    };
    let last = |r: usize| (units[r] > problem.min[r]).then(|| claim(r, units[r] - 1));
    let settlement = ties::settle(&problem.rank, &problem.rank_by_base(), next, last);
    let tie = settlement.map(|s| {
        for &r in &s.losers {
            units[r] -= 1;
        }
        for &r in &s.gainers {
            units[r] += 1;
        }
        s.tie
    });

    let reasons = (0..n)
        .map(|r| {
            problem.fixed_reason(r, units[r], exact[r]).unwrap_or({
                let floor = exact[r].num / exact[r].den.max(1);
                Reason::Rounded {
                    up: u128::from(units[r]) > floor,
                }
            })
        })
        .collect();
    Outcome {
        units,
        reasons,
        exact,
        tie,
        divisor: Some(divisor),
    }
}
