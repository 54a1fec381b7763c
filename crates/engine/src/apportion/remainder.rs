//! Largest remainder (Hamilton / Hare–Niemeyer) with restrictions.
//!
//! Each region's exact quota is `clamp(λ·w)` (see [`super::lambda`]); all share the denominator
//! of λ, so remainders compare as plain integers. Floors first; the units left go one each to
//! the largest remainders, a tie going to the preferred region.

use super::exact::Ratio;
use super::{lambda, ties, Outcome, Problem, Reason};

pub(crate) fn apportion(problem: &Problem) -> Outcome {
    let n = problem.len();
    let lambda = lambda::solve(problem);
    let exact: Vec<Ratio> = (0..n)
        .map(|r| lambda::clamped(problem, lambda, r))
        .collect();
    let mut units: Vec<u64> = Vec::with_capacity(n);
    // Remainders over λ's denominator; clamped regions and exact quotas have none.
    let mut remainders: Vec<u128> = Vec::with_capacity(n);
    for quota in &exact {
        let den = quota.den.max(1);
        units.push(u64::try_from(quota.num / den).unwrap_or(u64::MAX));
        remainders.push(if quota.den == lambda.den {
            quota.num % den
        } else {
            0
        });
    }
    let floors: u128 = units.iter().map(|&u| u128::from(u)).sum();
    let left = usize::try_from(u128::from(problem.house).saturating_sub(floors)).unwrap_or(0);

    let mut order: Vec<usize> = (0..n).filter(|&r| remainders[r] > 0).collect();
    // The hot path of a large plan's split (100,000 regions): the standard sort inlined with
    // its comparator, not the shared one of `crate::support::order` (25 % slower here for ~4 KB).
    #[expect(
        clippy::disallowed_methods,
        reason = "the hot path of a large split: the standard sort inlined (see above)"
    )]
    order.sort_by(|&a, &b| {
        remainders[b]
            .cmp(&remainders[a])
            .then(problem.rank[a].cmp(&problem.rank[b]))
    });
    let mut extra = vec![false; n];
    for &region in order.iter().take(left) {
        extra[region] = true;
        units[region] += 1;
    }

    let claim = |r: usize| Ratio::new(remainders[r], 1);
    let settlement = ties::settle(
        &problem.rank,
        &problem.rank,
        |r| (!extra[r] && remainders[r] > 0).then(|| claim(r)),
        |r| extra[r].then(|| claim(r)),
    );
    let tie = settlement.map(|s| {
        for &r in &s.losers {
            extra[r] = false;
            units[r] -= 1;
        }
        for &r in &s.gainers {
            extra[r] = true;
            units[r] += 1;
        }
        s.tie
    });

    let reasons = (0..n)
        .map(|r| {
            problem
                .fixed_reason(r, units[r], exact[r])
                .unwrap_or(Reason::Remainder {
                    // In units here; `allocate` turns it into persons.
                    floor: crate::Quota::new(units[r] - u64::from(extra[r])),
                    extra_unit: extra[r],
                })
        })
        .collect();
    Outcome {
        units,
        reasons,
        exact,
        tie,
        divisor: None,
    }
}
