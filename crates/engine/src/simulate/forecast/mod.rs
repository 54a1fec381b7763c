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
mod tests;
