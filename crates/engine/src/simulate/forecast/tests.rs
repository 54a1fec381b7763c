//! Tests of the forecast: projections by hand, the Monte Carlo's centre, spread, seeds and
//! certainties, and the settings refused or pointed out.

use super::*;
use crate::default_plan::plan_2021;
use crate::simulate::actuals::sample;

fn month(m: u8) -> Month {
    Month::new(m).unwrap_or(Month::JUNE)
}

#[test]
fn run_rate_and_seasonal_by_hand() {
    assert_eq!(run_rate(Quota::new(5_000), month(6)), Quota::new(10_000));
    assert_eq!(run_rate(Quota::new(1_000), month(7)), Quota::new(1_714));
    assert_eq!(
        seasonal(Quota::new(5_000), month(6), &FLAT),
        Quota::new(10_000)
    );
    // 43 % of the sample profile is done by June: 4,300 done means 10,000 at year end.
    assert_eq!(
        seasonal(Quota::new(4_300), month(6), &SPRING_FESTIVAL),
        Quota::new(10_000)
    );
}

fn zero_spread() -> Settings {
    Settings {
        paths: 200,
        cv_permille: 0,
        ..Settings::default()
    }
}

#[test]
fn steady_months_centre_on_the_run_rate_and_the_rest_of_the_year_stays_uncertain() {
    let plan = plan_2021();
    let mut actuals = crate::simulate::Actuals::empty(&plan);
    for d in 0..14 {
        for m in 0..6 {
            actuals.cumulative[0][d][m] = Some(Quota::new(500 * (m as u64 + 1) * (d as u64 + 1)));
        }
    }
    let quotas = plan.metrics[0].quotas.clone();
    let f = forecast(&plan, &quotas, &actuals, 0, month(6), &zero_spread()).expect("ok"); // ok: test
    for line in &f {
        // Months exactly on pace: no monthly spread and no doubt about the pace so far, so
        // the median is the run-rate (within the sampling error of 200 paths' median)...
        let rate = line.run_rate.get() as f64;
        let p50 = line.p50.get() as f64;
        assert!(
            (p50 - rate).abs() <= 0.03 * rate,
            "{:?}: {p50} vs {rate}",
            line.district
        );
        // ... but half a year of a pace that may still change is not a point.
        assert!(
            line.p10 < line.run_rate && line.run_rate < line.p90,
            "{line:?}"
        );
        assert!((line.p90.get() as f64) < 1.3 * rate, "{line:?}");
    }
}

#[test]
fn the_same_seed_gives_the_same_numbers_and_another_seed_does_not() {
    let plan = plan_2021();
    let actuals = sample(&plan);
    let quotas = plan.metrics[0].quotas.clone();
    let settings = Settings {
        paths: 2_000,
        ..Settings::default()
    };
    let a = forecast(&plan, &quotas, &actuals, 0, month(6), &settings).expect("ok"); // ok: test
    let b = forecast(&plan, &quotas, &actuals, 0, month(6), &settings).expect("ok"); // ok: test
    assert_eq!(a, b);
    let other = Settings {
        seed: 7,
        ..settings
    };
    let c = forecast(&plan, &quotas, &actuals, 0, month(6), &other).expect("ok"); // ok: test
    assert_ne!(a, c);
}

#[test]
fn over_quota_is_certain_and_out_of_reach_is_hopeless() {
    let plan = plan_2021();
    let mut actuals = crate::simulate::Actuals::empty(&plan);
    // 鹿城 is already over its 12,000; 龙湾 has done 10 of 10,800 by November.
    actuals.cumulative[0][0][5] = Some(Quota::new(12_500));
    actuals.cumulative[0][1][10] = Some(Quota::new(10));
    let quotas = plan.metrics[0].quotas.clone();
    let settings = Settings {
        paths: 2_000,
        ..Settings::default()
    };
    let june = forecast(&plan, &quotas, &actuals, 0, month(6), &settings).expect("ok"); // ok: test
    assert!((june[0].probability - 1.0).abs() < f64::EPSILON);
    let november = forecast(&plan, &quotas, &actuals, 0, month(11), &settings).expect("ok"); // ok: test
    assert!(november[1].probability < 0.001);
    assert_eq!(november[1].required_pace, Quota::new(10_790));
}

#[test]
fn a_faster_pace_raises_the_probability() {
    let plan = plan_2021();
    let actuals = sample(&plan);
    let quotas = plan.metrics[0].quotas.clone();
    let base = Settings {
        paths: 2_000,
        ..Settings::default()
    };
    let before = forecast(&plan, &quotas, &actuals, 0, month(6), &base).expect("ok"); // ok: test
    let faster = Settings {
        knobs: vec![Knob {
            district: 4,
            from: month(7),
            percent: 130,
        }],
        ..base.clone()
    };
    let after = forecast(&plan, &quotas, &actuals, 0, month(6), &faster).expect("ok"); // ok: test
    assert!(after[4].probability > before[4].probability);
    assert!(after[4].p50 > before[4].p50);
    let lost = Settings {
        lost_month: Some(month(9)),
        ..base
    };
    let lost = forecast(&plan, &quotas, &actuals, 0, month(6), &lost).expect("ok"); // ok: test
    assert!(
        lost[14].p50 < before[14].p50,
        "a lost month lowers the city median"
    );
}

#[test]
fn very_large_plans_run_fewer_paths() {
    assert_eq!(effective_paths(10_000, 14), 10_000);
    assert_eq!(effective_paths(10_000, 3_000), 200);
    assert_eq!(effective_paths(10_000, 100), 1_400);
    assert_eq!(effective_paths(50, 3_000), 50);
}

#[test]
fn bad_settings_are_refused() {
    let plan = plan_2021();
    let actuals = sample(&plan);
    let quotas = plan.metrics[0].quotas.clone();
    let none = Settings {
        paths: 0,
        ..Settings::default()
    };
    assert!(forecast(&plan, &quotas, &actuals, 0, month(6), &none).is_err());
    assert!(forecast(
        &plan,
        &quotas[..3],
        &actuals,
        0,
        month(6),
        &Settings::default()
    )
    .is_err());
}

#[test]
fn suspicious_settings_are_pointed_out() {
    let mut settings = Settings::default();
    assert!(settings.warnings(Month::JUNE).is_empty());
    settings.profile = [0; MONTHS];
    assert_eq!(
        settings.warnings(Month::JUNE),
        [SettingsWarning::ProfileAllZero]
    );
    settings.profile[11] = 5;
    assert_eq!(
        settings.warnings(Month::JUNE),
        [SettingsWarning::ProfileZeroSoFar { month: Month::JUNE }]
    );
    settings.profile = FLAT;
    settings.knobs.push(Knob {
        district: 3,
        from: Month::JUNE,
        percent: 1_000_000,
    });
    assert_eq!(
        settings.warnings(Month::JUNE),
        [SettingsWarning::ExtremePace {
            district: 3,
            percent: 1_000_000
        }]
    );
}
