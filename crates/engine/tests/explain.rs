//! "Why this number" checked against the split itself: the divisor interval really reproduces
//! the allocation, the remainder rank really decides the extra unit, and the flip distances
//! really flip it — over random plans.

use proptest::prelude::*;
use quota_engine::apportion::{allocate, explain, Method, Rule, Rules};
use quota_engine::Quota;

/// `x` rounded at the method's signposts, computed on its own (floating point, away from the
/// signposts): what a reviewer with a calculator would do with base ÷ divisor.
fn rounded(method: Method, x: f64) -> u64 {
    let f = x.floor();
    let up = match method {
        Method::DHondt | Method::LargestRemainder => false,
        Method::SainteLague => x - f >= 0.5,
        Method::Adams => x > f,
        Method::Dean => x > f + f / (2.0 * f + 1.0),
        Method::HuntingtonHill => x > (f * (f + 1.0)).sqrt(),
    };
    f as u64 + u64::from(up)
}

fn plan() -> impl Strategy<Value = (Vec<u64>, u64)> {
    (prop::collection::vec(1u64..100_000, 2..9), 1u64..300)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_divisor_in_the_interval_gives_the_same_split(
        (weights, house) in plan(),
        which in 0usize..5,
    ) {
        let method = Method::DIVISORS[which];
        let total = Quota::new(house);
        let rules = Rules::with_step(1);
        let split = allocate(total, &weights, &rules, method).expect("a split");
        prop_assume!(split.tie.is_none());
        let detail = explain(total, &weights, &rules, method, 0).expect("an explanation");
        let Rule::Divisor { low, high } = detail.rule else {
            return Err(TestCaseError::fail("a divisor method explains by its divisor"));
        };
        let high = high.unwrap_or(low * 2.0 + 1.0);
        prop_assume!(high > low * (1.0 + 1e-6));
        for divisor in [low + (high - low) * 0.25, (low + high) / 2.0, low + (high - low) * 0.75] {
            let by_hand: Vec<u64> = weights.iter().map(|&w| rounded(method, w as f64 / divisor)).collect();
            let quotas: Vec<u64> = split.quotas.iter().map(|q| q.get()).collect();
            prop_assert_eq!(by_hand, quotas, "divisor {} in [{}, {}]", divisor, low, high);
        }
    }

    #[test]
    fn the_extra_unit_goes_to_the_largest_remainders(
        (weights, house) in plan(),
        region in 0usize..8,
    ) {
        let region = region % weights.len();
        let total = Quota::new(house);
        let rules = Rules::with_step(1);
        let split = allocate(total, &weights, &rules, Method::LargestRemainder).expect("a split");
        prop_assume!(split.tie.is_none());
        let detail = explain(total, &weights, &rules, Method::LargestRemainder, region).expect("ok");
        let Rule::Remainder { rank, of, extra } = detail.rule else {
            return Err(TestCaseError::fail("largest remainder explains by remainders"));
        };
        let e = &split.explanations[region];
        let got_extra = split.quotas[region] > e.lower;
        prop_assert!(rank <= of);
        prop_assert_eq!(got_extra, rank >= 1 && rank as u64 <= extra, "rank {} of {}, {} extra", rank, of, extra);
    }

    #[test]
    fn the_flip_distances_really_flip_it(
        (weights, house) in plan(),
        region in 0usize..8,
        which in 0usize..6,
    ) {
        let region = region % weights.len();
        let method = Method::ALL[which];
        let total = Quota::new(house);
        let rules = Rules::with_step(1);
        let quota_with = |w: u64| {
            let mut changed = weights.clone();
            changed[region] = w;
            allocate(total, &changed, &rules, method).expect("a split").quotas[region]
        };
        let quota = quota_with(weights[region]);
        let detail = explain(total, &weights, &rules, method, region).expect("ok");
        if let Some(gain) = detail.gain_base {
            prop_assert!(gain > weights[region]);
            prop_assert!(quota_with(gain) > quota, "{} at base {}", quota_with(gain).get(), gain);
            prop_assert_eq!(quota_with(gain - 1), quota);
        }
        if let Some(lose) = detail.lose_base {
            prop_assert!(lose < weights[region]);
            prop_assert!(quota_with(lose) < quota);
            prop_assert_eq!(quota_with(lose + 1), quota);
        } else {
            prop_assert!(quota_with(0) >= quota || weights[region] == 0);
        }
        let at_total = |t: u64| allocate(Quota::new(t), &weights, &rules, method).expect("a split").quotas[region];
        if let Some((t, q)) = detail.total_up {
            prop_assert!(t.get() > house);
            prop_assert_eq!(at_total(t.get()), q);
            prop_assert!(q != quota);
            prop_assert!((house + 1..t.get()).all(|between| at_total(between) == quota));
        }
        if let Some((t, q)) = detail.total_down {
            prop_assert!(t.get() < house);
            prop_assert_eq!(at_total(t.get()), q);
            prop_assert!((t.get() + 1..house).all(|between| at_total(between) == quota));
        }
    }
}

#[test]
fn a_first_unit_that_every_district_claims_infinitely_goes_to_the_larger_base() {
    // Huntington–Hill, Adams and Dean give every first unit an infinite claim: with fewer units
    // than districts that is a tie, settled for the larger base and reported.
    for method in [Method::HuntingtonHill, Method::Adams, Method::Dean] {
        let split = allocate(Quota::new(1), &[1, 2], &Rules::with_step(1), method).expect("ok");
        assert_eq!(split.quotas, [Quota::ZERO, Quota::new(1)], "{method:?}");
        let tie = split.tie.expect("a reported tie");
        assert_eq!(tie.winners, [1], "{method:?}");
        assert!(tie.candidates.contains(&0) && tie.candidates.contains(&1));
        // The planner can still pass it on, as for other ties.
        let rules = Rules {
            tie_preference: vec![0],
            ..Rules::with_step(1)
        };
        let passed = allocate(Quota::new(1), &[1, 2], &rules, method).expect("ok");
        assert_eq!(passed.quotas, [Quota::new(1), Quota::ZERO], "{method:?}");
    }
}

#[test]
fn a_reapportion_that_breaks_the_quota_rule_reports_it_and_the_comparison_measures_it() {
    use quota_engine::apportion::Paradox;
    use quota_engine::base::Base;
    use quota_engine::default_plan::plan_2021;
    use quota_engine::workspace::{Edit, Workspace};
    // The 2021 districts, one metric of 10 persons, a base where 鹿城 dwarfs the others.
    let mut plan = plan_2021();
    plan.metrics.truncate(1);
    plan.departments.clear();
    plan.department_metric = 0;
    plan.metrics[0].quotas = std::iter::once(Quota::new(10))
        .chain(std::iter::repeat_n(Quota::ZERO, 13))
        .collect();
    let mut ws = Workspace::new(plan);
    for edit in [
        Edit::SetStep { metric: 0, step: 1 },
        Edit::SetMethod {
            metric: 0,
            method: Method::DHondt,
        },
        Edit::SetBase {
            metric: 0,
            base: Base::Custom(
                std::iter::once(1_500)
                    .chain(std::iter::repeat_n(100, 13))
                    .collect(),
            ),
        },
    ] {
        ws = ws.apply(&edit).expect("applies").workspace;
    }
    let applied = ws.apply(&Edit::Reapportion { metric: 0 }).expect("applies");
    assert_eq!(
        applied.paradoxes,
        [(
            0,
            Paradox::QuotaRule {
                region: 0,
                quota: Quota::new(10),
                lower: Quota::new(5),
                upper: Quota::new(6)
            }
        )]
    );
    let comparison = applied.workspace.method_comparison(0, &plan_2021());
    let by = |m: Method| {
        comparison
            .iter()
            .find(|s| s.method == m)
            .expect("every method")
    };
    // Largest remainder stays within a step of every exact share; D'Hondt strays the farthest.
    assert!(
        by(Method::LargestRemainder)
            .largest_deviation()
            .expect("a split")
            < 1.0
    );
    let gallagher = |m: Method| by(m).gallagher().expect("a split");
    assert!(gallagher(Method::DHondt) > gallagher(Method::SainteLague));
    assert!(gallagher(Method::SainteLague) >= gallagher(Method::LargestRemainder));
}
