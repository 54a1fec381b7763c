//! The apportionment paradoxes an edit can trigger, found by comparing the quotas before and
//! after it: a district that loses when the total grows (Alabama), one whose base grew faster
//! than another's yet loses a unit to it (population), and a quota outside the floor and
//! ceiling of its exact share (the quota rule, which divisor methods may break).
//!
//! They are not errors: the split is what the method says. A planner is told, so that a
//! district that asks "why did we lose when the city got more?" gets an honest answer.

use super::Allocation;
use crate::Quota;

/// A paradox an edit triggered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paradox {
    /// The city total went one way and the district's quota the other.
    Alabama {
        /// The district.
        region: usize,
        /// Its quota before.
        before: Quota,
        /// Its quota after.
        after: Quota,
    },
    /// `grew`'s base grew faster than `other`'s, yet `grew` lost and `other` gained.
    Population {
        /// The district whose base grew faster and lost.
        grew: usize,
        /// The district whose base grew slower and gained.
        other: usize,
    },
    /// The quota lies outside the floor–ceiling of the district's exact share.
    QuotaRule {
        /// The district.
        region: usize,
        /// Its quota.
        quota: Quota,
        /// The exact share rounded down to the step.
        lower: Quota,
        /// The exact share rounded up to the step.
        upper: Quota,
    },
}

/// Districts whose quota moved against the total (both lists in the same order).
#[must_use]
pub fn alabama(before: &[Quota], after: &[Quota]) -> Vec<Paradox> {
    let sum = |q: &[Quota]| q.iter().map(|q| u128::from(q.get())).sum::<u128>();
    let grew = sum(after).cmp(&sum(before));
    if grew.is_eq() {
        return Vec::new();
    }
    before
        .iter()
        .zip(after)
        .enumerate()
        .filter(|(_, (b, a))| a.cmp(b) == grew.reverse())
        .map(|(region, (&before, &after))| Paradox::Alabama {
            region,
            before,
            after,
        })
        .collect()
}

/// Pairs where one district's base grew faster than another's (relative to the bases the
/// quotas before were split by), yet it lost while the other gained.
#[must_use]
pub fn population(
    bases_before: &[u64],
    before: &[Quota],
    bases_after: &[u64],
    after: &[Quota],
) -> Vec<Paradox> {
    let n = before
        .len()
        .min(after.len())
        .min(bases_before.len())
        .min(bases_after.len());
    let lost: Vec<usize> = (0..n).filter(|&r| after[r] < before[r]).collect();
    let gained: Vec<usize> = (0..n).filter(|&r| after[r] > before[r]).collect();
    let mut found = Vec::new();
    for &a in &lost {
        for &b in &gained {
            // a grew faster: after_a / before_a > after_b / before_b, cross-multiplied.
            let (a0, a1) = (u128::from(bases_before[a]), u128::from(bases_after[a]));
            let (b0, b1) = (u128::from(bases_before[b]), u128::from(bases_after[b]));
            if a0 > 0 && b0 > 0 && a1 * b0 > b1 * a0 {
                found.push(Paradox::Population { grew: a, other: b });
            }
        }
    }
    found
}

/// Quotas outside the floor and ceiling of their exact (restricted) share.
#[must_use]
pub fn quota_rule(allocation: &Allocation) -> Vec<Paradox> {
    allocation
        .quotas
        .iter()
        .zip(&allocation.explanations)
        .enumerate()
        .filter(|(_, (q, e))| **q < e.lower || **q > e.upper)
        .map(|(region, (&quota, e))| Paradox::QuotaRule {
            region,
            quota,
            lower: e.lower,
            upper: e.upper,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apportion::{allocate, Method, Rules};

    fn q(values: &[u64]) -> Vec<Quota> {
        values.iter().map(|&v| Quota::new(v)).collect()
    }

    #[test]
    fn the_alabama_paradox_of_the_textbook() {
        // Hamilton, populations 6, 6, 2: 10 seats give 4, 4, 2; 11 seats give 5, 5, 1.
        let weights = [6, 6, 2];
        let rules = Rules::with_step(1);
        let ten = allocate(Quota::new(10), &weights, &rules, Method::LargestRemainder);
        let eleven = allocate(Quota::new(11), &weights, &rules, Method::LargestRemainder);
        let (ten, eleven) = (ten.expect("ok").quotas, eleven.expect("ok").quotas); // ok: test
        assert_eq!(
            (ten.clone(), eleven.clone()),
            (q(&[4, 4, 2]), q(&[5, 5, 1]))
        );
        assert_eq!(
            alabama(&ten, &eleven),
            [Paradox::Alabama {
                region: 2,
                before: Quota::new(2),
                after: Quota::new(1)
            }]
        );
        assert!(alabama(&ten, &ten).is_empty());
    }

    #[test]
    fn the_population_paradox_needs_a_faster_grower_that_lost() {
        let before = q(&[5, 3, 2]);
        let after = q(&[4, 4, 2]);
        // District 0's base grew 10 %, district 1's 5 %: 0 lost a unit to 1.
        assert_eq!(
            population(&[100, 60, 40], &before, &[110, 63, 40], &after),
            [Paradox::Population { grew: 0, other: 1 }]
        );
        // District 1 grew faster and gained: no paradox.
        assert!(population(&[100, 60, 40], &before, &[100, 70, 40], &after).is_empty());
    }

    #[test]
    fn divisor_methods_may_break_the_quota_rule_and_largest_remainder_never_does() {
        // D'Hondt favours the large: 1,500 against five of 100 over 10 seats gives the large
        // region all 10, above the ceiling 8 of its exact 7.5.
        let weights = [1_500, 100, 100, 100, 100, 100];
        let rules = Rules::with_step(1);
        let dhondt = allocate(Quota::new(10), &weights, &rules, Method::DHondt).expect("ok"); // ok: test
        let lr = allocate(Quota::new(10), &weights, &rules, Method::LargestRemainder).expect("ok"); // ok: test
        assert!(quota_rule(&lr).is_empty());
        assert_eq!(
            quota_rule(&dhondt),
            [Paradox::QuotaRule {
                region: 0,
                quota: Quota::new(10),
                lower: Quota::new(7),
                upper: Quota::new(8)
            }]
        );
    }
}
