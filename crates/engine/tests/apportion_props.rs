//! Property tests of apportionment: every rule holds on random input, the divisor methods agree
//! with their one-unit-at-a-time definition, and the classic monotonicity properties hold.
//! 10,000 cases per property (set PROPTEST_CASES to run more).

use quota_engine::RulesError;
use std::cmp::Ordering;

mod common;

use common::config;
use proptest::prelude::{any, prop, prop_assert, prop_assert_eq, proptest, Just, Strategy};
use quota_engine::apportion::{allocate, Bounds, Method, Ratio, Rules};
use quota_engine::{EngineError, Quota};

fn method() -> impl Strategy<Value = Method> {
    prop::sample::select(Method::ALL.to_vec())
}

fn divisor_method() -> impl Strategy<Value = Method> {
    prop::sample::select(Method::DIVISORS.to_vec())
}

/// A random split: weights, step, total in units, bounds, locks and a tie preference.
#[derive(Clone, Debug)]
struct Case {
    weights: Vec<u64>,
    total: u64,
    rules: Rules,
}

fn case(with_rules: bool) -> impl Strategy<Value = Case> {
    (1usize..10, prop::sample::select(vec![1u64, 10, 100]))
        .prop_flat_map(move |(n, step)| {
            let weights = prop::collection::vec(
                prop::sample::select(vec![0u64, 1, 2, 3, 5, 7, 12, 100, 999, 1_000]),
                n,
            );
            let bounds = prop::collection::vec((0u64..8, prop::option::of(0u64..30)), n);
            let locks = prop::collection::vec(prop::option::weighted(0.15, 0u64..20), n);
            let preference = Just((0..n).collect::<Vec<_>>()).prop_shuffle();
            (weights, 0u64..120, bounds, locks, preference, Just(step))
        })
        .prop_map(move |(weights, units, bounds, locks, preference, step)| {
            let rules = if with_rules {
                Rules {
                    step,
                    bounds: bounds
                        .iter()
                        .map(|&(min, extra)| Bounds {
                            min: Quota::new(min * step),
                            max: extra.map(|e| Quota::new((min + e) * step)),
                        })
                        .collect(),
                    locked: locks
                        .iter()
                        .map(|l| l.map(|u| Quota::new(u * step)))
                        .collect(),
                    tie_preference: preference,
                }
            } else {
                Rules {
                    tie_preference: preference,
                    ..Rules::with_step(step)
                }
            };
            Case {
                weights,
                total: units * step,
                rules,
            }
        })
}

fn values(quotas: &[Quota]) -> Vec<u64> {
    quotas.iter().map(|q| q.get()).collect()
}

/// Effective (min, max) in persons per region, as the rules define them.
fn limits(case: &Case) -> Vec<(u64, u64)> {
    (0..case.weights.len())
        .map(|r| {
            if let Some(Some(lock)) = case.rules.locked.get(r) {
                return (lock.get(), lock.get());
            }
            let b = case.rules.bounds.get(r).copied().unwrap_or_default();
            let min = b.min.get().min(case.total);
            let max = if case.weights[r] == 0 {
                min
            } else {
                b.max.map_or(case.total, |m| m.get().min(case.total))
            };
            (min, max)
        })
        .collect()
}

/// The claim w / d(s), written out independently of the engine.
fn claim(method: Method, w: u64, s: u64) -> Ratio {
    let (w, s) = (u128::from(w), u128::from(s));
    match method {
        Method::DHondt | Method::LargestRemainder => Ratio::new(w, s + 1),
        Method::SainteLague => Ratio::new(2 * w, 2 * s + 1),
        Method::Adams => Ratio::new(w, s),
        Method::Dean => Ratio::new(w * (2 * s + 1), 2 * s * (s + 1)),
        Method::HuntingtonHill => Ratio::new(w * w, s * (s + 1)),
    }
}

/// Tie ranks as documented: listed regions first, then the rest in region order.
fn rank(case: &Case) -> Vec<usize> {
    let n = case.weights.len();
    let mut rank = vec![usize::MAX; n];
    for (i, &r) in case.rules.tie_preference.iter().enumerate() {
        rank[r] = i;
    }
    let listed = case.rules.tie_preference.len();
    for (i, slot) in rank.iter_mut().enumerate() {
        if *slot == usize::MAX {
            *slot = listed + i;
        }
    }
    rank
}

/// A divisor method by its definition: from the minimums, hand out one unit at a time to the
/// strongest claim (the preferred region on a tie; on a tie of infinite claims — first units
/// under Huntington–Hill, Adams and Dean — the listed regions, then the larger base).
fn one_unit_at_a_time(case: &Case, method: Method) -> Vec<u64> {
    let step = case.rules.step;
    let limits = limits(case);
    let rank = rank(case);
    let listed = case.rules.tie_preference.len();
    // Ordering::Greater when `a` is preferred to `b` on equal claims.
    let preferred = |a: usize, b: usize, infinite: bool| {
        let by_rank = rank[b].cmp(&rank[a]);
        if !infinite || (rank[a] < listed && rank[b] < listed) {
            return by_rank;
        }
        match (rank[a] < listed, rank[b] < listed) {
            (true, false) => std::cmp::Ordering::Greater,
            (false, true) => std::cmp::Ordering::Less,
            _ => case.weights[a].cmp(&case.weights[b]).then(b.cmp(&a)),
        }
    };
    let mut units: Vec<u64> = limits.iter().map(|&(min, _)| min / step).collect();
    let mut left = case.total / step - units.iter().sum::<u64>();
    while left > 0 {
        let best = (0..units.len())
            .filter(|&r| units[r] < limits[r].1 / step && case.weights[r] > 0)
            .max_by(|&a, &b| {
                let (ca, cb) = (
                    claim(method, case.weights[a], units[a]),
                    claim(method, case.weights[b], units[b]),
                );
                ca.cmp_exact(cb).then(preferred(a, b, ca.den == 0))
            })
            .expect("feasible");
        units[best] += 1;
        left -= 1;
    }
    units.iter().map(|u| u * step).collect()
}

fn is_infeasible(case: &Case) -> bool {
    let limits = limits(case);
    let locked: u64 = case.rules.locked.iter().flatten().map(|q| q.get()).sum();
    locked > case.total
        || limits.iter().map(|l| l.0).sum::<u64>() > case.total
        || limits.iter().map(|l| l.1).sum::<u64>() < case.total
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn every_split_keeps_the_sum_step_bounds_and_locks(case in case(true), method in method()) {
        let result = allocate(Quota::new(case.total), &case.weights, &case.rules, method);
        match result {
            Ok(allocation) => {
                prop_assert!(!is_infeasible(&case));
                let q = values(&allocation.quotas);
                prop_assert_eq!(q.iter().sum::<u64>(), case.total);
                for (r, (&value, &(min, max))) in q.iter().zip(&limits(&case)).enumerate() {
                    prop_assert_eq!(value % case.rules.step, 0);
                    prop_assert!(min <= value && value <= max, "region {} = {} not in [{}, {}]", r, value, min, max);
                }
            }
            Err(err) => {
                prop_assert!(is_infeasible(&case), "unexpected {:?}", err);
                let infeasible = matches!(
                    err,
                    EngineError::Rules(RulesError::LocksExceedTotal { .. })
                        | EngineError::Rules(RulesError::MinimumsExceedTotal { .. })
                        | EngineError::Rules(RulesError::MaximumsBelowTotal { .. })
                        | EngineError::Rules(RulesError::AllWeightsZero { .. })
                        | EngineError::Rules(RulesError::EverythingLocked { .. })
                );
                prop_assert!(infeasible, "wrong error {:?}", err);
            }
        }
    }

    #[test]
    fn divisor_methods_equal_their_definition(case in case(true), method in divisor_method()) {
        if let Ok(allocation) = allocate(Quota::new(case.total), &case.weights, &case.rules, method) {
            prop_assert_eq!(values(&allocation.quotas), one_unit_at_a_time(&case, method));
        }
    }

    #[test]
    fn divisor_methods_equal_their_definition_with_huge_weights(
        weights in prop::collection::vec(any::<u64>(), 1..8),
        units in 0u64..60,
        method in divisor_method(),
    ) {
        let case = Case {
            weights,
            total: units,
            rules: Rules::default(),
        };
        if let Ok(allocation) = allocate(Quota::new(case.total), &case.weights, &case.rules, method) {
            prop_assert_eq!(values(&allocation.quotas), one_unit_at_a_time(&case, method));
        }
    }

    #[test]
    fn largest_remainder_is_floor_plus_largest_remainders(case in case(false)) {
        let Ok(allocation) = allocate(Quota::new(case.total), &case.weights, &case.rules, Method::LargestRemainder) else {
            return Ok(());
        };
        let step = u128::from(case.rules.step);
        let house = u128::from(case.total) / step;
        let total_weight: u128 = case.weights.iter().map(|&w| u128::from(w)).sum();
        if total_weight == 0 {
            // Only a zero total splits over zero weights: everyone gets nothing.
            prop_assert!(allocation.quotas.iter().all(|q| q.get() == 0));
            return Ok(());
        }
        let rank = rank(&case);
        let mut units: Vec<u128> = case.weights.iter().map(|&w| house * u128::from(w) / total_weight).collect();
        let mut order: Vec<usize> = (0..units.len()).collect();
        let remainder = |r: usize| house * u128::from(case.weights[r]) % total_weight;
        #[expect(clippy::disallowed_methods, reason = "a test's own reference split, not in the page")]
        order.sort_by(|&a, &b| remainder(b).cmp(&remainder(a)).then(rank[a].cmp(&rank[b])));
        let left = house - units.iter().sum::<u128>();
        for &r in order.iter().take(usize::try_from(left).expect("small")) {
            units[r] += 1;
        }
        let expected: Vec<u64> = units.iter().map(|&u| u64::try_from(u * step).expect("small")).collect();
        prop_assert_eq!(values(&allocation.quotas), expected.clone());
        // Within quota: each region is its exact quota rounded down or up.
        for (r, &q) in expected.iter().enumerate() {
            let exact = Ratio::new(house * u128::from(case.weights[r]) * step, total_weight);
            let q = u128::from(q);
            prop_assert!(Ratio::new(q, 1).cmp_exact(exact) != Ordering::Greater || Ratio::new(q - step, 1).cmp_exact(exact) == Ordering::Less);
            prop_assert!(Ratio::new(q, 1).cmp_exact(exact) != Ordering::Less || Ratio::new(q + step, 1).cmp_exact(exact) == Ordering::Greater);
        }
    }

    #[test]
    fn divisor_methods_are_house_monotone(case in case(false), method in divisor_method()) {
        let step = case.rules.step;
        let (Ok(a), Ok(b)) = (
            allocate(Quota::new(case.total), &case.weights, &case.rules, method),
            allocate(Quota::new(case.total + step), &case.weights, &case.rules, method),
        ) else {
            return Ok(());
        };
        for (before, after) in a.quotas.iter().zip(&b.quotas) {
            prop_assert!(after >= before);
        }
    }

    #[test]
    fn divisor_methods_are_population_monotone(
        case in case(false),
        method in divisor_method(),
        who in any::<prop::sample::Index>(),
        extra in 1u64..500,
    ) {
        let region = who.index(case.weights.len());
        let mut heavier = case.weights.clone();
        heavier[region] += extra;
        let (Ok(a), Ok(b)) = (
            allocate(Quota::new(case.total), &case.weights, &case.rules, method),
            allocate(Quota::new(case.total), &heavier, &case.rules, method),
        ) else {
            return Ok(());
        };
        prop_assert!(b.quotas[region] >= a.quotas[region]);
    }

    #[test]
    fn reordering_regions_reorders_the_result(case in case(true), method in method(), seed in any::<u64>()) {
        let n = case.weights.len();
        // A permutation from the seed: sort indices by a hash.
        let mut perm: Vec<usize> = (0..n).collect();
        #[expect(clippy::disallowed_methods, reason = "a test, not in the page")]
        perm.sort_by_key(|&i| (i as u64 + 1).wrapping_mul(seed | 1).rotate_left(17));
        let permuted = Case {
            weights: perm.iter().map(|&i| case.weights[i]).collect(),
            total: case.total,
            rules: Rules {
                step: case.rules.step,
                bounds: perm.iter().map(|&i| case.rules.bounds[i]).collect(),
                locked: perm.iter().map(|&i| case.rules.locked[i]).collect(),
                // The same regions preferred, under their new positions.
                tie_preference: case.rules.tie_preference.iter()
                    .map(|&r| perm.iter().position(|&i| i == r).expect("in perm"))
                    .collect(),
            },
        };
        let a = allocate(Quota::new(case.total), &case.weights, &case.rules, method);
        let b = allocate(Quota::new(case.total), &permuted.weights, &permuted.rules, method);
        match (a, b) {
            (Ok(a), Ok(b)) => {
                let expected: Vec<Quota> = perm.iter().map(|&i| a.quotas[i]).collect();
                prop_assert_eq!(b.quotas, expected);
            }
            (Err(_), Err(_)) => {}
            (a, b) => prop_assert!(false, "one failed: {:?} / {:?}", a.is_ok(), b.is_ok()),
        }
    }

    #[test]
    fn a_plan_reapportioned_to_its_own_total_is_unchanged(
        units in prop::collection::vec(0u64..500, 1..20),
        step in prop::sample::select(vec![1u64, 100]),
        method in method(),
    ) {
        let quotas: Vec<u64> = units.iter().map(|u| u * step).collect();
        let total: u64 = quotas.iter().sum();
        if let Ok(result) = allocate(Quota::new(total), &quotas, &Rules::with_step(step), method) {
            prop_assert_eq!(values(&result.quotas), quotas);
        } else {
            prop_assert!(total == 0 || quotas.iter().all(|&q| q == 0));
        }
    }

    #[test]
    fn a_reported_tie_lists_its_winners_among_its_candidates(case in case(true), method in method()) {
        if let Ok(allocation) = allocate(Quota::new(case.total), &case.weights, &case.rules, method) {
            if let Some(tie) = allocation.tie {
                prop_assert!(tie.winners.len() < tie.candidates.len());
                prop_assert!(tie.winners.iter().all(|w| tie.candidates.contains(w)));
                // The preferred candidates win.
                prop_assert_eq!(&tie.candidates[..tie.winners.len()], &tie.winners[..]);
            }
        }
    }
}
