//! "Of which" relations kept through redistribution, and linked metrics.

use quota_engine::apportion::{Method, Rules};
use quota_engine::base::{weights, Base};
use quota_engine::default_plan::{plan_2021, CERTIFIED, HIGH_SKILL, TRAINING};
use quota_engine::redistribute::set_region;
use quota_engine::relations::{linked_split, of_which_violations, relation_bounds};
use quota_engine::PlanError;
use quota_engine::{EngineError, Quota};

#[test]
fn lowering_certified_never_goes_below_high_skill_anywhere() {
    let mut plan = plan_2021();
    let current = plan.metrics[CERTIFIED].quotas.clone();
    let rules = Rules {
        bounds: relation_bounds(&plan, CERTIFIED, &[], 100),
        ..Rules::with_step(100)
    };
    // 乐清 certified up by 4,000: the other districts give it up, none below its high-skill.
    let w = weights(&Base::Current, &current).expect("weights");
    let result = set_region(
        &current,
        4,
        Quota::new(14_800),
        &rules,
        Method::LargestRemainder,
        &w,
    )
    .expect("feasible");
    assert_eq!(
        Quota::sum(result.quotas.iter().copied()),
        Ok(Quota::new(80_000))
    );
    plan.metrics[CERTIFIED].quotas = result.quotas;
    assert_eq!(of_which_violations(&plan), []);
}

#[test]
fn raising_high_skill_is_capped_by_certified() {
    let plan = plan_2021();
    let bounds = relation_bounds(&plan, HIGH_SKILL, &[], 100);
    assert_eq!(
        bounds[12].max,
        Some(Quota::new(400)),
        "瓯江口 certified is 400"
    );
    assert_eq!(bounds[12].min, Quota::ZERO, "high-skill has no sub-metric");
    let certified = relation_bounds(&plan, CERTIFIED, &[], 100);
    assert_eq!(certified[0].min, Quota::new(2_200));
    assert_eq!(certified[0].max, Some(Quota::new(12_000)));
    // Rounded inwards at a coarser step.
    let coarse = relation_bounds(&plan, CERTIFIED, &[], 1_000);
    assert_eq!(coarse[0].min, Quota::new(3_000));
    assert_eq!(
        coarse[11].max,
        Some(Quota::new(5_000)),
        "龙港 training 5,500"
    );
}

#[test]
fn a_linked_two_thirds_keeps_the_city_total_exact() {
    let plan = plan_2021();
    let training = &plan.metrics[TRAINING].quotas;
    for method in Method::ALL {
        let linked = linked_split(training, 2, 3, &Rules::with_step(100), method).expect("ok");
        assert_eq!(
            Quota::sum(linked.quotas.iter().copied()),
            Ok(Quota::new(80_000))
        );
        assert!(linked.quotas.iter().zip(training).all(|(c, t)| c <= t));
    }
    // 2/3 of each district at step 100 is the published certified column.
    let linked = linked_split(
        training,
        2,
        3,
        &Rules::with_step(100),
        Method::LargestRemainder,
    )
    .expect("ok");
    assert_eq!(linked.quotas, plan.metrics[CERTIFIED].quotas);
    assert!(matches!(
        linked_split(training, 4, 3, &Rules::with_step(100), Method::DHondt),
        Err(EngineError::Plan(PlanError::InvalidRatio { .. }))
    ));
}
