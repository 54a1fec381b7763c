//! Property tests of redistribution: the total holds, locks and bounds hold, and the others all
//! move the same way.

mod common;

use common::config;
use proptest::prelude::{prop, prop_assert, prop_assert_eq, proptest, Strategy};
use quota_engine::apportion::{Bounds, Method, Rules};
use quota_engine::redistribute::{change_total, set_region};
use quota_engine::Quota;

#[derive(Clone, Debug)]
struct Scenario {
    current: Vec<Quota>,
    rules: Rules,
    weights: Vec<u64>,
    method: Method,
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (2usize..12, prop::sample::select(vec![1u64, 100]))
        .prop_flat_map(|(n, step)| {
            (
                prop::collection::vec(0u64..200, n),
                prop::collection::vec(prop::bool::weighted(0.2), n),
                prop::collection::vec((0u64..50, prop::option::of(0u64..100)), n),
                prop::collection::vec(0u64..50, n),
                prop::sample::select(Method::ALL.to_vec()),
                prop::strategy::Just(step),
            )
        })
        .prop_map(|(units, locks, bounds, weights, method, step)| {
            let current: Vec<Quota> = units.iter().map(|u| Quota::new(u * step)).collect();
            let rules = Rules {
                step,
                locked: locks
                    .iter()
                    .zip(&current)
                    .map(|(&lock, &q)| lock.then_some(q))
                    .collect(),
                // Bounds around the current values, so the current plan is valid.
                bounds: bounds
                    .iter()
                    .zip(&units)
                    .map(|(&(below, above), &u)| Bounds {
                        min: Quota::new(u.saturating_sub(below) * step),
                        max: above.map(|a| Quota::new((u + a) * step)),
                    })
                    .collect(),
                tie_preference: Vec::new(),
            };
            Scenario {
                current,
                rules,
                weights,
                method,
            }
        })
}

fn sum(q: &[Quota]) -> u64 {
    q.iter().map(|q| q.get()).sum()
}

fn within(rules: &Rules, r: usize, q: Quota) -> bool {
    let b = rules.bounds[r];
    q >= b.min && b.max.is_none_or(|m| q <= m) && q.get().is_multiple_of(rules.step)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn setting_a_region_keeps_the_total_locks_and_bounds(
        s in scenario(),
        who in prop::sample::select((0usize..12).collect::<Vec<_>>()),
        units in 0u64..250,
    ) {
        let region = who % s.current.len();
        let value = Quota::new(units * s.rules.step);
        let Ok(result) = set_region(&s.current, region, value, &s.rules, s.method, &s.weights) else {
            return Ok(());
        };
        prop_assert_eq!(sum(&result.quotas), sum(&s.current));
        prop_assert_eq!(result.quotas[region], value);
        for (r, (&after, &before)) in result.quotas.iter().zip(&s.current).enumerate() {
            prop_assert!(within(&s.rules, r, after), "region {} = {}", r, after);
            if s.rules.locked[r].is_some() {
                prop_assert_eq!(after, before);
            }
            if r != region {
                let same_way = if result.others_receive { after >= before } else { after <= before };
                prop_assert!(same_way, "region {} moved against the difference", r);
            }
        }
    }

    #[test]
    fn changing_the_total_reaches_it_and_keeps_locks_and_bounds(s in scenario(), units in 0u64..2_000) {
        let total = Quota::new(units * s.rules.step);
        let Ok(result) = change_total(&s.current, total, &s.rules, s.method, &s.weights) else {
            return Ok(());
        };
        prop_assert_eq!(sum(&result.quotas), total.get());
        for (r, (&after, &before)) in result.quotas.iter().zip(&s.current).enumerate() {
            prop_assert!(within(&s.rules, r, after));
            if s.rules.locked[r].is_some() {
                prop_assert_eq!(after, before);
            }
            let same_way = if result.others_receive { after >= before } else { after <= before };
                prop_assert!(same_way, "region {} moved against the difference", r);
        }
    }
}
