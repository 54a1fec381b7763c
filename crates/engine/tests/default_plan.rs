//! The built-in 2021 plan matches its source document (Annexes 1 and 2 of 温人社发〔2021〕32号).

use quota_engine::default_plan::{plan_2021, CERTIFIED, HIGH_SKILL, TRAINING};
use quota_engine::relations::of_which_violations;
use quota_engine::PlanError;
use quota_engine::{Lang, Quota};

#[test]
fn district_columns_sum_to_the_published_city_totals() {
    let plan = plan_2021();
    assert_eq!(plan.metric_total(TRAINING), Ok(Quota::new(120_000)));
    assert_eq!(plan.metric_total(CERTIFIED), Ok(Quota::new(80_000)));
    assert_eq!(plan.metric_total(HIGH_SKILL), Ok(Quota::new(24_000)));
}

#[test]
fn departments_sum_to_the_certified_total() {
    let plan = plan_2021();
    assert_eq!(plan.departments.len(), 13);
    assert_eq!(plan.department_total(), Ok(Quota::new(80_000)));
    assert_eq!(
        plan.department_total(),
        plan.metric_total(plan.department_metric)
    );
    let agriculture = &plan.departments[3];
    assert_eq!(agriculture.name.zh, "市农业农村局");
    assert_eq!(
        agriculture.quota,
        Quota::new(2_700),
        "0.27 万 is 2,700 persons"
    );
}

#[test]
fn every_district_keeps_high_skill_within_certified_within_training() {
    let plan = plan_2021();
    assert_eq!(plan.validate(), Ok(()));
    assert!(of_which_violations(&plan).is_empty());
    for district in 0..plan.districts.len() {
        let training = plan.quota(TRAINING, district);
        let certified = plan.quota(CERTIFIED, district);
        let high = plan.quota(HIGH_SKILL, district);
        assert!(
            high <= certified && certified <= training,
            "district {district}"
        );
    }
}

#[test]
fn fourteen_districts_in_the_documents_order_with_both_names() {
    let plan = plan_2021();
    let names: Vec<&str> = plan
        .districts
        .iter()
        .map(|d| d.name.get(Lang::Zh))
        .collect();
    assert_eq!(
        names,
        [
            "鹿城",
            "龙湾",
            "瓯海",
            "洞头",
            "乐清",
            "瑞安",
            "永嘉",
            "文成",
            "平阳",
            "泰顺",
            "苍南",
            "龙港",
            "瓯江口",
            "经开区"
        ]
    );
    assert!(plan.districts.iter().all(|d| !d.name.en.is_empty()));
    assert_eq!(plan.districts[0].name.get(Lang::En), "Lucheng");
}

#[test]
fn every_published_quota_is_a_multiple_of_one_hundred() {
    let plan = plan_2021();
    for metric in &plan.metrics {
        assert!(metric.quotas.iter().all(|q| q.get() % 100 == 0));
    }
    assert!(plan.departments.iter().all(|d| d.quota.get() % 100 == 0));
}

#[test]
fn the_other_targets_are_kept() {
    let other = plan_2021().other;
    assert_eq!(other.manufacturing_share_min_pct, 40);
    assert_eq!(other.training_bases, 4);
    assert_eq!(other.municipal_competitions_min, 50);
    assert_eq!(other.county_competitions_min, 100);
    assert_eq!(other.pilot_enterprises, 200);
    assert_eq!(
        (
            other.allowance_technician_yuan,
            other.allowance_senior_technician_yuan
        ),
        (500, 1_000)
    );
}

#[test]
fn validate_rejects_a_ragged_plan_and_a_parent_cycle() {
    let mut plan = plan_2021();
    plan.metrics[1].quotas.pop();
    assert!(matches!(
        plan.validate(),
        Err(quota_engine::EngineError::Plan(PlanError::ShapeMismatch {
            metric: 1,
            expected: 14,
            found: 13
        }))
    ));
    let mut plan = plan_2021();
    plan.metrics[0].parent = Some(HIGH_SKILL);
    assert!(matches!(
        plan.validate(),
        Err(quota_engine::EngineError::Plan(
            PlanError::InvalidParent { .. }
        ))
    ));
}

#[test]
fn a_sub_metric_above_its_parent_is_reported_with_both_values() {
    let mut plan = plan_2021();
    plan.metrics[HIGH_SKILL].quotas[0] = Quota::new(9_000);
    let found = of_which_violations(&plan);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].district, 0);
    assert_eq!(found[0].child_value, Quota::new(9_000));
    assert_eq!(found[0].parent_value, Quota::new(8_000));
}

#[test]
fn shares_are_tenths_of_a_percent_rounded_half_up() {
    let plan = plan_2021();
    assert_eq!(
        plan.share_permille(TRAINING, 0),
        Some(100),
        "12,000 of 120,000 is 10.0%"
    );
    assert_eq!(
        plan.share_permille(TRAINING, 12),
        Some(5),
        "600 of 120,000 is 0.5%"
    );
    assert_eq!(
        plan.share_permille(HIGH_SKILL, 4),
        Some(167),
        "4,000 of 24,000 is 16.7%"
    );
    assert_eq!(plan.share_permille(TRAINING, 99), None);
}
