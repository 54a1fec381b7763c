//! Tests of the months, the store and the sample data.

use super::*;
use crate::default_plan::plan_2021;
use crate::Quota;

#[test]
fn months_are_one_to_twelve() {
    assert!(Month::new(0).is_err() && Month::new(13).is_err());
    assert_eq!(Month::new(6).map(Month::remaining), Ok(6));
    assert_eq!(SAMPLE_PROFILE.iter().sum::<u32>(), 100);
}

#[test]
fn done_carries_the_last_report_forward() {
    let plan = plan_2021();
    let mut actuals = Actuals::empty(&plan);
    actuals.cumulative[0][0][0] = Some(Quota::new(800));
    actuals.cumulative[0][0][2] = Some(Quota::new(2_000));
    actuals.cumulative[0][0][3] = Some(Quota::new(1_900));
    assert_eq!(actuals.done(0, 0, Month(2)), Quota::new(800));
    assert_eq!(actuals.done(0, 0, Month(3)), Quota::new(2_000));
    assert_eq!(actuals.increments(0, 0, Month(4)), [800, 0, 1_200, 0]);
    assert_eq!(
        actuals.decreases(),
        [(
            Series::District {
                metric: 0,
                district: 0
            },
            Month(4)
        )]
    );
    assert_eq!(actuals.done(0, 1, Month(12)), Quota::ZERO);
}

#[test]
fn the_sample_is_deterministic_monotone_and_keeps_the_relations() {
    let plan = plan_2021();
    let a = sample(&plan);
    assert_eq!(a, sample(&plan));
    assert!(a.sample && a.validate(&plan).is_ok());
    assert!(a.decreases().is_empty());
    for district in 0..plan.districts.len() {
        for month in 1..=12 {
            let m = Month(month);
            assert!(a.done(2, district, m) <= a.done(1, district, m));
            assert!(a.done(1, district, m) <= a.done(0, district, m));
        }
    }
}
