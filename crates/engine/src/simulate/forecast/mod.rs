//! Year-end forecasts per district and for the city: run-rate, seasonal profile, and a seeded
//! Monte Carlo with the probability of reaching the quota.
//!
//! The Monte Carlo model: a district's pace is what it did per unit of seasonal weight so far;
//! each remaining month adds `pace × weight × multiplier × (1 + cv·Z + city shock)` (never less
//! than zero), where Z is standard normal per district and month and the city shock is shared
//! by all districts in a month of a path. Nothing about the pace is taken as known: each path
//! draws the pace from its estimate's uncertainty (drawn toward the city's rate against quota
//! when months are few), the spread cv from its own doubt, a drift of pace for the rest of the
//! year, a year-end push, and, on the share of paths its chance says, the pace since a change
//! the months show. Why each, and the calibration test that holds the ranges to 80 %:
//! `docs/forecast.md`.

use crate::error::{RulesError, SimulationError};
use quota_paths::{quantile, reaching, Model, Run};
use serde::{Deserialize, Serialize};

use model::{models, year_left, COMMON_DRIFT_PER_YEAR};

use crate::simulate::actuals::MONTHS;
use crate::simulate::{Actuals, Month};
use crate::{EngineError, MetricId, Plan, Quota};

mod backtest;
mod history;
mod model;
mod settings;

pub use backtest::{backtest, Backtest, BacktestLine, MIN_BACKTEST_MONTHS};
pub use settings::{
    effective_paths, Knob, Settings, SettingsChange, SettingsWarning, EXTREME_PACE_PERCENT, FLAT,
    MAX_DISTRICT_PATHS, MAX_PATHS, SPRING_FESTIVAL,
};

/// The forecast of one district (or the city).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Forecast {
    /// The district, or `None` for the city.
    pub district: Option<usize>,
    /// Its quota.
    pub quota: Quota,
    /// Done so far.
    pub done: Quota,
    /// Year-end at the average monthly pace so far.
    pub run_rate: Quota,
    /// Year-end at the pace so far, spread by the seasonal profile.
    pub seasonal: Quota,
    /// Monte Carlo year-end: 10th, 50th and 90th percentiles.
    pub p10: Quota,
    /// Median.
    pub p50: Quota,
    /// 90th percentile.
    pub p90: Quota,
    /// Share of paths reaching the quota, 0–1.
    pub probability: f64,
    /// Persons per month needed from now on to reach the quota.
    pub required_pace: Quota,
    /// Average of the last (up to three) monthly increments.
    pub recent_pace: Quota,
    /// Whether it reported by the month forecast from (the city: whether every district did).
    /// A district that has not is forecast at zero, which says nothing: show that it has not
    /// reported instead of its numbers.
    pub reported: bool,
    /// The month from which its pace has most likely changed (a stall, a new push), when its
    /// months say so more likely than not; the forecast reads it mostly at the new pace.
    pub pace_change: Option<Month>,
}

/// `a × b / c` rounded half up, in 128 bits; 0 when `c` is 0.
fn scale(a: u64, b: u64, c: u64) -> Quota {
    if c == 0 {
        return Quota::ZERO;
    }
    let (a, b, c) = (u128::from(a), u128::from(b), u128::from(c));
    Quota::new(u64::try_from((2 * a * b + c) / (2 * c)).unwrap_or(u64::MAX))
}

/// Year-end at the average pace of the months gone: done × 12 / month.
#[must_use]
pub fn run_rate(done: Quota, month: Month) -> Quota {
    scale(done.get(), 12, u64::from(month.get()))
}

/// Year-end at the pace so far, spread by `profile`: done × Σ weights / Σ weights so far.
#[must_use]
pub fn seasonal(done: Quota, month: Month, profile: &[u32; MONTHS]) -> Quota {
    let total: u64 = profile.iter().map(|&w| u64::from(w)).sum();
    let so_far: u64 = profile[..=month.index()]
        .iter()
        .map(|&w| u64::from(w))
        .sum();
    scale(done.get(), total, so_far)
}

#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn percentile(values: &mut [f64], q: f64) -> Quota {
    quantile(values, q).map_or(Quota::ZERO, |v| Quota::new(v.round().max(0.0) as u64))
}

/// Runs the paths (in `quota-paths`, built for speed): each district's year-end per path, and
/// the city's. Each metric draws from its own stream of the seed.
fn simulate(
    models: &[Model],
    metric: MetricId,
    months: std::ops::Range<usize>,
    ahead: f64,
    settings: &Settings,
) -> (Vec<Vec<f64>>, Vec<f64>) {
    let stream = u64::try_from(metric)
        .unwrap_or(0)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    quota_paths::simulate(&Run {
        models,
        paths: effective_paths(settings.paths, models.len()) as usize,
        seed: settings.seed ^ stream,
        shock: f64::from(settings.city_shock_permille) / 1_000.0,
        common_drift: COMMON_DRIFT_PER_YEAR * ahead.sqrt(),
        first_month: months.start,
        end_month: months.end,
        profile: &settings.profile,
    })
}

/// The forecast line for one district or the city from its simulated year-ends.
#[allow(clippy::cast_precision_loss)]
fn summarize(
    district: Option<usize>,
    quota: Quota,
    done: Quota,
    mut ends: Vec<f64>,
    recent_pace: Quota,
    month: Month,
    profile: &[u32; MONTHS],
) -> Forecast {
    let reached = reaching(&ends, quota.get() as f64);
    let months_left = u64::from(month.remaining());
    Forecast {
        district,
        quota,
        done,
        run_rate: run_rate(done, month),
        seasonal: seasonal(done, month, profile),
        p10: percentile(&mut ends, 0.1),
        p50: percentile(&mut ends, 0.5),
        p90: percentile(&mut ends, 0.9),
        probability: reached as f64 / ends.len().max(1) as f64,
        required_pace: if months_left == 0 {
            Quota::ZERO
        } else {
            Quota::new(quota.get().saturating_sub(done.get()).div_ceil(months_left))
        },
        recent_pace,
        reported: true,
        pace_change: None,
    }
}

/// Forecasts `metric` from the actuals up to `month`, for every district and then the city,
/// with the district quotas `quotas` (the plan's, or a reallocation's).
pub fn forecast(
    plan: &Plan,
    quotas: &[Quota],
    actuals: &Actuals,
    metric: MetricId,
    month: Month,
    settings: &Settings,
) -> Result<Vec<Forecast>, EngineError> {
    actuals.validate(plan)?;
    if quotas.len() != plan.districts.len() {
        return Err(EngineError::Rules(RulesError::RulesLength {
            what: "quotas".into(),
            expected: plan.districts.len(),
            found: quotas.len(),
        }));
    }
    if settings.paths == 0 || settings.paths > MAX_PATHS {
        return Err(EngineError::Simulation(SimulationError::PathsOutOfRange {
            paths: settings.paths,
            limit: MAX_PATHS,
        }));
    }
    let plan_quotas = plan
        .metrics
        .get(metric)
        .map_or(quotas, |m| m.quotas.as_slice());
    actuals.require_some(metric, quotas.len(), month)?;
    let ahead = year_left(month, &settings.profile);
    let (models, changes) = models(actuals, metric, plan_quotas, month, settings, ahead);
    let (year_ends, city) = simulate(
        &models,
        metric,
        usize::from(month.get())..MONTHS,
        ahead,
        settings,
    );
    let mut out: Vec<Forecast> = Vec::with_capacity(quotas.len() + 1);
    for (d, ends) in year_ends.into_iter().enumerate() {
        let done = actuals.done(metric, d, month);
        let last: Vec<u64> = actuals
            .increments(metric, d, month)
            .into_iter()
            .rev()
            .take(3)
            .collect();
        let recent = scale(last.iter().sum(), 1, u64::try_from(last.len()).unwrap_or(1));
        out.push(Forecast {
            reported: actuals.reported(metric, d, month),
            pace_change: changes[d],
            ..summarize(
                Some(d),
                quotas[d],
                done,
                ends,
                recent,
                month,
                &settings.profile,
            )
        });
    }
    let city_quota = Quota::sum(quotas.iter().copied())?;
    let city_done = Quota::sum(out.iter().map(|f| f.done))?;
    let city_recent = Quota::sum(out.iter().map(|f| f.recent_pace))?;
    let everyone = out.iter().all(|f| f.reported);
    out.push(Forecast {
        reported: everyone,
        ..summarize(
            None,
            city_quota,
            city_done,
            city,
            city_recent,
            month,
            &settings.profile,
        )
    });
    Ok(out)
}

#[cfg(test)]
mod tests {
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
                actuals.cumulative[0][d][m] =
                    Some(Quota::new(500 * (m as u64 + 1) * (d as u64 + 1)));
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
}
