//! From the months read to one Monte Carlo model per district: the pace drawn toward the
//! city's rate against quota when months are few, the monthly spread shrunk toward the city's,
//! the drift and year-end push for the months ahead, and the planner's what-ifs.

use quota_paths::{Alternative, Model};

use super::history::{pooled_variance, typical_cv, History, Reports, PRIOR_MONTHS};
use super::{Settings, MONTHS};
use crate::simulate::{Actuals, Month};
use crate::{MetricId, Quota};

/// Log-scale spread of a district's change of pace over a whole year still to come (a year-end
/// push, a stall); scaled by the square root of the share of the year left. Chosen with the
/// calibration test (`tests/calibration.rs`): with it, P10–P90 holds the real year-end in
/// about 80 % of histories of a steady district, a district with a Q4 push and one that stalls.
pub(super) const DRIFT_PER_YEAR: f64 = 0.30;

/// Log-scale spread of a district's year-end push (年底冲刺) beyond what the profile expects:
/// districts differ in how hard they push in October–December.
pub(super) const PUSH_SPREAD: f64 = 0.35;

/// Log-scale spread of a change of pace shared by every district (a city campaign), over a
/// whole year still to come; scaled like [`DRIFT_PER_YEAR`].
pub(super) const COMMON_DRIFT_PER_YEAR: f64 = 0.10;

/// Each district's model from its actuals up to `month` and the knobs.
/// One kernel model per district, looking `ahead` (a share of the year's seasonal weight) past
/// `month`: its pace and how sure it is (its own months, drawn toward
/// the city's pace relative to quota when they are few), its monthly spread (its own, shrunk
/// toward the city's), the drift of its pace for the rest of the year, its year-end push, and
/// the planner's what-if multipliers.
pub(super) fn models(
    actuals: &Actuals,
    metric: MetricId,
    plan_quotas: &[Quota],
    month: Month,
    settings: &Settings,
    ahead: f64,
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
    let drift = DRIFT_PER_YEAR * ahead.sqrt();
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
pub(super) fn shrunk_paces(
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
pub(super) const MIN_BETWEEN: f64 = 0.03;

/// The share of the year's seasonal weight still to come after `month`.
pub(super) fn year_left(month: Month, profile: &[u32; MONTHS]) -> f64 {
    let total: u32 = profile.iter().sum();
    let left: u32 = profile[month.index() + 1..].iter().sum();
    if total == 0 {
        0.0
    } else {
        f64::from(left) / f64::from(total)
    }
}
