//! How the forecast reads a district's months: the steps between its reports, its pace over
//! them, the noise around that pace, and a change of pace its months show (a stall, a new
//! push) with the chance that it is real.

use super::MONTHS;
use crate::simulate::{Actuals, Month};
use crate::MetricId;

/// How much weight, in months of data, the city's pooled monthly spread carries when a
/// district's own spread is estimated: a district with two months leans on the city, one with
/// eleven mostly on itself.
pub(super) const PRIOR_MONTHS: f64 = 4.0;

/// A district's months so far, as the model reads them.
pub(super) struct History {
    /// Done so far.
    pub(super) done: u64,
    /// Persons per unit of seasonal weight over all its months (0 when nothing is done).
    pub(super) pace: f64,
    /// Σ w² / (Σ w)² over those months: how much of a month's noise stays in the pace.
    pub(super) concentration: f64,
    /// Each month's result relative to the pace of its stretch (1 = on pace), for months with
    /// seasonal weight: what is left of a month once the pace is known, its noise.
    pub(super) ratios: Vec<f64>,
    /// A change of pace its months suggest, if any.
    pub(super) change: Option<Change>,
}

/// A change of pace in a district's months (a stall, a new push), and how likely it is.
pub(super) struct Change {
    /// The first month (0-based) at the new pace.
    pub(super) first: usize,
    /// Persons per unit of seasonal weight since the change.
    pub(super) pace: f64,
    /// The concentration of the months since the change.
    pub(super) concentration: f64,
    /// The chance that the pace really changed, against its months being noise.
    pub(super) chance: f64,
}

impl History {
    /// Reads a district's months; `city_cv`, the city's monthly spread when known, is the
    /// least noise a change of pace is judged against (a few months cannot show their own
    /// noise reliably). Without it, no change is looked for.
    pub(super) fn read(increments: &[u64], profile: &[u32], city_cv: Option<f64>) -> History {
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
    pub(super) fn changed(&self) -> bool {
        self.change.as_ref().is_some_and(|c| c.chance >= 0.5)
    }

    /// The sum of squared deviations of the monthly ratios and its degrees of freedom.
    pub(super) fn squares(&self) -> (f64, f64) {
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
pub(super) const MIN_CHANGE_MONTHS: usize = 3;

/// The month (0-based) from which a district's pace most likely changed, and the chance that
/// it did: the months read at one pace are set against the months read at one pace before a
/// month and another from it (with at least two months after it), for every such month, each
/// month's result spread by the city's typical monthly noise or, when more, by what is left
/// around the two paces (a district's own months read at one pace look noisy precisely when
/// its pace changed, so that reading cannot be the yardstick). A change must explain the months better by
/// more than an extra pace costs (BIC) against the prior doubt in a change
/// ([`CHANGE_PRIOR`], shared by the months it could have happened in). `None` when the chance
/// is below one in a hundred.
pub(super) fn change_point(
    increments: &[u64],
    profile: &[u32],
    city_cv: f64,
) -> Option<(usize, f64)> {
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
pub(super) fn month_ratios<'a>(
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
pub(super) struct Reports {
    /// Progress of each step (a cumulative count that went down counts as zero).
    pub(super) steps: Vec<u64>,
    /// Seasonal weight of each step: the sum over its months.
    pub(super) weights: Vec<u32>,
    /// The first month (0-based) of each step.
    pub(super) starts: Vec<usize>,
    /// The first month (0-based) after the last report: the months from here on are still
    /// to come for this district, even those before the month forecast from.
    pub(super) next: usize,
}

impl Reports {
    pub(super) fn read(
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
pub(super) const CHANGE_PRIOR: f64 = 0.2;

/// The least monthly noise a change of pace is judged against.
pub(super) const MIN_CV: f64 = 0.05;

/// The pace of the months from `first` on, every month counting by its seasonal weight alone,
/// and its concentration.
pub(super) fn flat_pace(increments: &[u64], first: usize, profile: &[u32]) -> (f64, f64) {
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
pub(super) fn typical_cv(histories: &[History]) -> Option<f64> {
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
pub(super) fn pooled_variance(histories: &[History], fallback: f64) -> f64 {
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
