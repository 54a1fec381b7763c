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
use quota_paths::{quantile, reaching, Alternative, Model, Run};

use crate::simulate::actuals::MONTHS;
use crate::simulate::{Actuals, Month};
use crate::{EngineError, MetricId, Plan, Quota};

mod settings;

pub use settings::{
    effective_paths, Knob, Settings, SettingsChange, SettingsWarning, EXTREME_PACE_PERCENT, FLAT,
    MAX_DISTRICT_PATHS, MAX_PATHS, SPRING_FESTIVAL,
};

/// The forecast of one district (or the city).
#[derive(Clone, Debug, PartialEq)]
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

/// How much weight, in months of data, the city's pooled monthly spread carries when a
/// district's own spread is estimated: a district with two months leans on the city, one with
/// eleven mostly on itself.
const PRIOR_MONTHS: f64 = 4.0;

/// Log-scale spread of a district's change of pace over a whole year still to come (a year-end
/// push, a stall); scaled by the square root of the share of the year left. Chosen with the
/// calibration test (`tests/calibration.rs`): with it, P10–P90 holds the real year-end in
/// about 80 % of histories of a steady district, a district with a Q4 push and one that stalls.
const DRIFT_PER_YEAR: f64 = 0.30;

/// Log-scale spread of a district's year-end push (年底冲刺) beyond what the profile expects:
/// districts differ in how hard they push in October–December.
const PUSH_SPREAD: f64 = 0.35;

/// Log-scale spread of a change of pace shared by every district (a city campaign), over a
/// whole year still to come; scaled like [`DRIFT_PER_YEAR`].
const COMMON_DRIFT_PER_YEAR: f64 = 0.10;

/// A district's months so far, as the model reads them.
struct History {
    /// Done so far.
    done: u64,
    /// Persons per unit of seasonal weight over all its months (0 when nothing is done).
    pace: f64,
    /// Σ w² / (Σ w)² over those months: how much of a month's noise stays in the pace.
    concentration: f64,
    /// Each month's result relative to the pace of its stretch (1 = on pace), for months with
    /// seasonal weight: what is left of a month once the pace is known, its noise.
    ratios: Vec<f64>,
    /// A change of pace its months suggest, if any.
    change: Option<Change>,
}

/// A change of pace in a district's months (a stall, a new push), and how likely it is.
struct Change {
    /// The first month (0-based) at the new pace.
    first: usize,
    /// Persons per unit of seasonal weight since the change.
    pace: f64,
    /// The concentration of the months since the change.
    concentration: f64,
    /// The chance that the pace really changed, against its months being noise.
    chance: f64,
}

impl History {
    /// Reads a district's months; `city_cv`, the city's monthly spread when known, is the
    /// least noise a change of pace is judged against (a few months cannot show their own
    /// noise reliably). Without it, no change is looked for.
    fn read(increments: &[u64], profile: &[u32], city_cv: Option<f64>) -> History {
        let done: u64 = increments.iter().sum();
        let (pace, concentration) = flat_pace(increments, 0, profile);
        let found = city_cv.and_then(|cv| change_point(increments, profile, cv));
        // Noise is what is left around each stretch's own pace, once a change is likely.
        let stretches = match found {
            Some((first, chance)) if chance >= 0.5 => vec![(0, first), (first, increments.len())],
            _ => vec![(0, increments.len())],
        };
        let mut ratios = Vec::with_capacity(increments.len());
        for (start, end) in stretches {
            ratios.extend(month_ratios(&increments[..end], start, profile));
        }
        let change = found.map(|(first, chance)| {
            let (pace, concentration) = flat_pace(increments, first, profile);
            Change {
                first,
                pace,
                concentration,
                chance,
            }
        });
        History {
            done,
            pace,
            concentration,
            ratios,
            change,
        }
    }

    /// Whether the district more likely than not changed pace: it then stands on its own
    /// months rather than being drawn toward the city.
    fn changed(&self) -> bool {
        self.change.as_ref().is_some_and(|c| c.chance >= 0.5)
    }

    /// The sum of squared deviations of the monthly ratios and its degrees of freedom.
    #[allow(clippy::cast_precision_loss)]
    fn squares(&self) -> (f64, f64) {
        let n = self.ratios.len();
        if n < 2 {
            return (0.0, 0.0);
        }
        let mean = self.ratios.iter().sum::<f64>() / n as f64;
        let sum = self.ratios.iter().map(|r| (r - mean).powi(2)).sum();
        (sum, (n - 1) as f64)
    }
}

/// The fewest months in which a change of pace is looked for.
const MIN_CHANGE_MONTHS: usize = 3;

/// The month (0-based) from which a district's pace most likely changed, and the chance that
/// it did: the months read at one pace are set against the months read at one pace before a
/// month and another from it (with at least two months after it), for every such month, each
/// month's result spread by the city's typical monthly noise or, when more, by what is left
/// around the two paces (a district's own months read at one pace look noisy precisely when
/// its pace changed, so that reading cannot be the yardstick). A change must explain the months better by
/// more than an extra pace costs (BIC) against the prior doubt in a change
/// ([`CHANGE_PRIOR`], shared by the months it could have happened in). `None` when the chance
/// is below one in a hundred.
#[allow(clippy::cast_precision_loss)]
fn change_point(increments: &[u64], profile: &[u32], city_cv: f64) -> Option<(usize, f64)> {
    let months = increments.len();
    if months < MIN_CHANGE_MONTHS {
        return None;
    }
    // How badly the months `start..end` fit one pace, in squared relative deviations.
    let misfit = |start: usize, end: usize| -> f64 {
        month_ratios(&increments[..end], start, profile)
            .map(|r| (r - 1.0).powi(2))
            .sum()
    };
    let one = misfit(0, months);
    // A change needs two months to show: one month off its pace is as likely an odd month.
    let (gain, first) = (1..months - 1)
        .filter(|&first| flat_pace(&increments[..first], 0, profile).0 > 0.0)
        .map(|first| {
            let split = misfit(0, first) + misfit(first, months);
            // The noise a split is judged against: the city's, or what is left around the
            // split's two paces when that is more (a noisy district is not a changed one).
            let left = (split / (months - 2) as f64).sqrt();
            let noise = 2.0 * left.max(city_cv).max(MIN_CV).powi(2);
            ((one - split) / noise, first)
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))?;
    let cost = 0.5 * (months as f64).ln()
        + ((1.0 - CHANGE_PRIOR) / CHANGE_PRIOR).ln()
        + ((months - 2) as f64).ln();
    let chance = 1.0 / (1.0 + (cost - gain).exp());
    (chance >= 0.01).then_some((first, chance))
}

/// Each month's result relative to the pace of the months `first..` of `increments`, for
/// months with seasonal weight; nothing when that pace is zero.
#[allow(clippy::cast_precision_loss)]
fn month_ratios<'a>(
    increments: &'a [u64],
    first: usize,
    profile: &'a [u32],
) -> impl Iterator<Item = f64> + 'a {
    let (pace, _) = flat_pace(increments, first, profile);
    (first..increments.len())
        .filter(move |&k| pace > 0.0 && profile[k] > 0)
        .map(move |k| increments[k] as f64 / (pace * f64::from(profile[k])))
}

/// A district's reports up to the month forecast from, as steps between one report and the
/// next: a step covers the months since the previous report (a report after a gap is the
/// progress of all the months in it, not of its own month alone).
struct Reports {
    /// Progress of each step (a cumulative count that went down counts as zero).
    steps: Vec<u64>,
    /// Seasonal weight of each step: the sum over its months.
    weights: Vec<u32>,
    /// The first month (0-based) of each step.
    starts: Vec<usize>,
    /// The first month (0-based) after the last report: the months from here on are still
    /// to come for this district, even those before the month forecast from.
    next: usize,
}

impl Reports {
    fn read(
        actuals: &Actuals,
        metric: MetricId,
        district: usize,
        month: Month,
        profile: &[u32; MONTHS],
    ) -> Reports {
        let mut reports = Reports {
            steps: Vec::new(),
            weights: Vec::new(),
            starts: Vec::new(),
            next: 0,
        };
        let Some(months) = actuals
            .cumulative
            .get(metric)
            .and_then(|rows| rows.get(district))
        else {
            return reports;
        };
        let mut before = 0u64;
        for (k, value) in months[..=month.index()].iter().enumerate() {
            let Some(value) = value else { continue };
            reports.steps.push(value.get().saturating_sub(before));
            reports.weights.push(profile[reports.next..=k].iter().sum());
            reports.starts.push(reports.next);
            before = before.max(value.get());
            reports.next = k + 1;
        }
        reports
    }
}

/// The prior chance that a district's pace changed somewhere in the months so far.
const CHANGE_PRIOR: f64 = 0.2;

/// The least monthly noise a change of pace is judged against.
const MIN_CV: f64 = 0.05;

/// The pace of the months from `first` on, every month counting by its seasonal weight alone,
/// and its concentration.
#[allow(clippy::cast_precision_loss)]
fn flat_pace(increments: &[u64], first: usize, profile: &[u32]) -> (f64, f64) {
    let weights = &profile[first..increments.len()];
    let counted: f64 = weights.iter().map(|&w| f64::from(w)).sum();
    if counted <= 0.0 {
        return (0.0, 1.0);
    }
    let done: u64 = increments[first..].iter().sum();
    let squares: f64 = weights.iter().map(|&w| f64::from(w).powi(2)).sum();
    (done as f64 / counted, squares / (counted * counted))
}

/// The median district's monthly spread read as steady, over districts with at least two
/// months of progress: robust to the few districts whose pace changed (their months look
/// noisy when read as steady). `None` with fewer than three such districts.
#[allow(clippy::cast_precision_loss)]
fn typical_cv(histories: &[History]) -> Option<f64> {
    let mut spreads: Vec<f64> = histories
        .iter()
        .map(History::squares)
        .filter(|&(_, df)| df > 0.0)
        .map(|(sum, df)| (sum / df).sqrt())
        .collect();
    if spreads.len() < 3 {
        return None;
    }
    let middle = spreads.len() / 2;
    let (_, median, _) = spreads.select_nth_unstable_by(middle, f64::total_cmp);
    Some(*median)
}

/// The city's pooled monthly variance (squared coefficient of variation) over the districts
/// with at least two months of progress, or `fallback` when there are too few such months.
fn pooled_variance(histories: &[History], fallback: f64) -> f64 {
    let (sum, df) = histories
        .iter()
        .map(History::squares)
        .fold((0.0, 0.0), |(s, d), (s2, d2)| (s + s2, d + d2));
    if df >= PRIOR_MONTHS {
        sum / df
    } else {
        fallback
    }
}

#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn percentile(values: &mut [f64], q: f64) -> Quota {
    quantile(values, q).map_or(Quota::ZERO, |v| Quota::new(v.round().max(0.0) as u64))
}

/// Each district's model from its actuals up to `month` and the knobs.
/// One kernel model per district: its pace and how sure it is (its own months, drawn toward
/// the city's pace relative to quota when they are few), its monthly spread (its own, shrunk
/// toward the city's), the drift of its pace for the rest of the year, its year-end push, and
/// the planner's what-if multipliers.
#[allow(clippy::cast_precision_loss)]
fn models(
    actuals: &Actuals,
    metric: MetricId,
    plan_quotas: &[Quota],
    month: Month,
    settings: &Settings,
) -> (Vec<Model>, Vec<Option<Month>>) {
    let profile = &settings.profile;
    let reports: Vec<Reports> = (0..plan_quotas.len())
        .map(|d| Reports::read(actuals, metric, d, month, profile))
        .collect();
    let fallback = (f64::from(settings.cv_permille) / 1_000.0).powi(2);
    // First read every district as steady, for the city's monthly spread; then again,
    // looking for changes of pace against that spread.
    let steady: Vec<History> = reports
        .iter()
        .map(|r| History::read(&r.steps, &r.weights, None))
        .collect();
    let city_cv = typical_cv(&steady).unwrap_or_else(|| fallback.sqrt());
    let histories: Vec<History> = reports
        .iter()
        .map(|r| History::read(&r.steps, &r.weights, Some(city_cv)))
        .collect();
    let city = pooled_variance(&histories, fallback);
    let spreads: Vec<(f64, f64)> = histories
        .iter()
        .map(|history| {
            let (sum, df) = history.squares();
            (
                ((PRIOR_MONTHS * city + sum) / (PRIOR_MONTHS + df)).sqrt(),
                df,
            )
        })
        .collect();
    let paces = shrunk_paces(&histories, &spreads, plan_quotas, profile);
    let drift = DRIFT_PER_YEAR * year_left(month, profile).sqrt();
    let changes = histories
        .iter()
        .zip(&reports)
        .map(|(h, r)| {
            let first = h.change.as_ref().filter(|_| h.changed())?.first;
            let start = r.starts.get(first)?;
            Month::new(u8::try_from(start + 1).ok()?).ok()
        })
        .collect();
    let models = histories
        .iter()
        .zip(spreads)
        .zip(paces)
        .enumerate()
        .map(|(d, ((history, (cv, df)), (pace, pace_error)))| {
            let mut multiplier = [1.0; MONTHS];
            for knob in settings.knobs.iter().filter(|k| k.district == d) {
                for slot in &mut multiplier[knob.from.index()..] {
                    *slot = f64::from(knob.percent) / 100.0;
                }
            }
            if let Some(lost) = settings.lost_month {
                multiplier[lost.index()] = 0.0;
            }
            Model {
                done: history.done as f64,
                pace,
                pace_spread: if cv > 0.0 { pace_error / cv } else { 0.0 },
                drift,
                push: PUSH_SPREAD,
                cv,
                cv_doubt: (PRIOR_MONTHS + df).sqrt().recip(),
                multiplier,
                first_month: reports[d].next,
                alternative: history.change.as_ref().map(|change| Alternative {
                    pace: change.pace,
                    pace_spread: change.concentration.sqrt(),
                    chance: change.chance,
                }),
            }
        })
        .collect();
    (models, changes)
}

/// Each district's pace and its relative standard error, drawn toward the city (empirical
/// Bayes). A district's months say how fast it goes relative to its quota; a quota is the
/// plan's judgement of what a district can do, and districts differ around the city's rate
/// by a spread the data show. With few or noisy months a district's own rate is unsure, so it
/// is pulled toward the city's rate by how unsure it is against how much districts differ;
/// with many steady months it stands on its own. Districts without a quota or without
/// progress keep their own pace.
#[allow(clippy::cast_precision_loss)]
fn shrunk_paces(
    histories: &[History],
    spreads: &[(f64, f64)],
    plan_quotas: &[Quota],
    profile: &[u32; MONTHS],
) -> Vec<(f64, f64)> {
    let year: f64 = profile.iter().map(|&w| f64::from(w)).sum();
    let own = |h: &History, cv: f64| (h.pace, cv * h.concentration.sqrt());
    // The rate a district's pace would reach by year end, as a share of its quota, and the
    // relative variance of that rate from its months.
    let rates: Vec<Option<(f64, f64)>> = histories
        .iter()
        .zip(spreads)
        .zip(plan_quotas)
        .map(|((h, &(cv, df)), q)| {
            (q.get() > 0 && h.pace > 0.0 && !h.changed()).then(|| {
                let rate = h.pace * year / q.get() as f64;
                // The expected variance given its estimate from `ν` degrees of freedom is
                // ν/(ν − 2) times the estimate: few months understate the noise.
                let nu = PRIOR_MONTHS + df;
                let doubt = if nu > 2.0 { nu / (nu - 2.0) } else { 3.0 };
                (rate, cv * cv * h.concentration * doubt)
            })
        })
        .collect();
    let known: Vec<(f64, f64)> = rates.iter().flatten().copied().collect();
    if known.len() < 3 {
        return histories
            .iter()
            .zip(spreads)
            .map(|(h, &(cv, _))| own(h, cv))
            .collect();
    }
    let n = known.len() as f64;
    let mean = known.iter().map(|(r, _)| r).sum::<f64>() / n;
    let spread = known.iter().map(|(r, _)| (r - mean).powi(2)).sum::<f64>() / (n - 1.0);
    let noise = known.iter().map(|(_, v)| v * mean * mean).sum::<f64>() / n;
    // How much districts really differ: what the spread of rates shows beyond their noise,
    // never less than a few percent (the plan's quotas are never that exact).
    let between = (spread - noise).max((MIN_BETWEEN * mean).powi(2));
    histories
        .iter()
        .zip(spreads)
        .zip(&rates)
        .zip(plan_quotas)
        .map(|(((h, &(cv, _)), rate), q)| match rate {
            Some((rate, relative)) => {
                let noise = relative * mean * mean;
                let pulled = (between * rate + noise * mean) / (between + noise);
                let error = (between * noise / (between + noise)).sqrt() / pulled;
                (pulled * q.get() as f64 / year, error)
            }
            None => own(h, cv),
        })
        .collect()
}

/// The least spread of districts' rates against quota the pull toward the city assumes,
/// relative to the city's rate.
const MIN_BETWEEN: f64 = 0.03;

/// The share of the year's seasonal weight still to come after `month`.
fn year_left(month: Month, profile: &[u32; MONTHS]) -> f64 {
    let total: u32 = profile.iter().sum();
    let left: u32 = profile[month.index() + 1..].iter().sum();
    if total == 0 {
        0.0
    } else {
        f64::from(left) / f64::from(total)
    }
}

/// Runs the paths (in `quota-paths`, built for speed): each district's year-end per path, and
/// the city's. Each metric draws from its own stream of the seed.
fn simulate(
    models: &[Model],
    metric: MetricId,
    month: Month,
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
        common_drift: COMMON_DRIFT_PER_YEAR * year_left(month, &settings.profile).sqrt(),
        first_month: usize::from(month.get()),
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
            what: "quotas",
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
    let (models, changes) = models(actuals, metric, plan_quotas, month, settings);
    let (year_ends, city) = simulate(&models, metric, month, settings);
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
