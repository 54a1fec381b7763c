//! The Monte Carlo kernel of Quota Planner's completion forecast: simulated year-ends per
//! district and path, and their quantiles.
//!
//! It is a crate of its own for one reason: the app's WebAssembly is built for size
//! (`opt-level = "z"`), which makes these few tight loops about four times slower than native.
//! Cargo sets optimisation per crate, so this kernel alone is built at `opt-level = 3`
//! (see the workspace `Cargo.toml`) for a few kilobytes, while the rest stays small.
//! Everything that decides what a forecast means stays in `quota-engine`.

use rand_core::SeedableRng;
use rand_distr::{Distribution, Open01, StandardNormal};
use rand_pcg::Pcg64Mcg;

/// Months in a year.
pub const MONTHS: usize = 12;

/// The first month (0-based: October) of the year-end push.
pub const PUSH_FROM: usize = 9;

/// One district's model: done so far, pace per unit of seasonal weight and how uncertain it is,
/// the spread of its monthly results, and a multiplier per month (what-if knobs, a lost month).
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    /// Done so far.
    pub done: f64,
    /// Persons per unit of the seasonal weight (the estimate from the months so far).
    pub pace: f64,
    /// Relative standard error of that estimate per unit of `cv`: each path draws its own
    /// pace from a log-normal with spread `pace_spread × cv` (that path's cv) and median `pace`.
    pub pace_spread: f64,
    /// Spread (log scale) of a change of pace for the rest of the year, own to the district
    /// (a year-end push, a stall); drawn once per path, median one.
    pub drift: f64,
    /// Spread (log scale) of the district's year-end push (年底冲刺) beyond what the seasonal
    /// profile expects, applied to the months from [`PUSH_FROM`] on; drawn once per path,
    /// median one.
    pub push: f64,
    /// Coefficient of variation of a month's result, as estimated.
    pub cv: f64,
    /// How unsure that estimate is (log scale, about `1/√(2·df)`): each path draws its own cv,
    /// so that a spread estimated from few months gives the heavier tails it should.
    pub cv_doubt: f64,
    /// Multiplier of each month's expected result.
    pub multiplier: [f64; MONTHS],
    /// The first month (0-based) still to come for this district: its last report's month
    /// plus one. Earlier than the run's first month when it has not reported lately.
    pub first_month: usize,
    /// Another reading of the district's pace (a recent change of pace), taken on a share of
    /// the paths.
    pub alternative: Option<Alternative>,
}

/// A second reading of a district's pace and the chance that it is the right one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Alternative {
    /// Persons per unit of the seasonal weight.
    pub pace: f64,
    /// Relative standard error of that pace per unit of cv.
    pub pace_spread: f64,
    /// The share of paths that take it (0–1).
    pub chance: f64,
}

/// What to simulate.
#[derive(Clone, Copy, Debug)]
pub struct Run<'a> {
    /// One model per district.
    pub models: &'a [Model],
    /// Paths per district.
    pub paths: usize,
    /// The generator's seed (the same seed gives the same numbers everywhere).
    pub seed: u64,
    /// Spread of the city-wide shock shared by every district in a month.
    pub shock: f64,
    /// Spread (log scale) of a change of pace shared by every district for the rest of the
    /// year (a city campaign); drawn once per path, median one.
    pub common_drift: f64,
    /// Index of the first month still to come (0 = January).
    pub first_month: usize,
    /// Index of the month after the last one simulated: 12 for the year's end, less to look
    /// only a month or so ahead.
    pub end_month: usize,
    /// Seasonal weight of each month.
    pub profile: &'a [u32; MONTHS],
}

/// A log-normal factor with median one and log-scale spread `spread`, from a standard normal:
/// median one, so that without monthly noise the median path is the point projection.
fn factor(spread: f64, z: f64) -> f64 {
    (spread * z).exp()
}

/// Each district's year-end on every path, and the city's (their sum) on every path.
#[must_use]
pub fn simulate(run: &Run<'_>) -> (Vec<Vec<f64>>, Vec<f64>) {
    let mut year_ends = vec![vec![0.0f64; run.paths]; run.models.len()];
    let mut city = vec![0.0f64; run.paths];
    let mut rng = Pcg64Mcg::seed_from_u64(run.seed);
    let end = run.end_month.min(MONTHS);
    let remaining = run.first_month.min(end)..end;
    let mut shocks = [0.0f64; MONTHS];
    for path in 0..run.paths {
        for k in remaining.clone() {
            let z: f64 = StandardNormal.sample(&mut rng);
            shocks[k] = run.shock * z;
        }
        let common = factor(run.common_drift, StandardNormal.sample(&mut rng));
        let mut city_total = 0.0;
        for (d, model) in run.models.iter().enumerate() {
            let [z_cv, z_pace, z_drift, z_push]: [f64; 4] =
                core::array::from_fn(|_| StandardNormal.sample(&mut rng));
            let cv = model.cv * factor(model.cv_doubt, z_cv);
            let push = factor(model.push, z_push);
            let (pace, pace_spread) = match model.alternative {
                Some(other) if Distribution::<f64>::sample(&Open01, &mut rng) < other.chance => {
                    (other.pace, other.pace_spread)
                }
                _ => (model.pace, model.pace_spread),
            };
            let pace =
                pace * factor(pace_spread * cv, z_pace) * factor(model.drift, z_drift) * common;
            let mut total = model.done;
            let first = model.first_month.min(remaining.start);
            for (k, shock) in shocks.iter().enumerate().take(end).skip(first) {
                let z: f64 = StandardNormal.sample(&mut rng);
                let pushed = if k >= PUSH_FROM { push } else { 1.0 };
                let expected = pace * pushed * f64::from(run.profile[k]) * model.multiplier[k];
                total += (expected * (1.0 + cv * z + shock)).max(0.0);
            }
            year_ends[d][path] = total;
            city_total += total;
        }
        city[path] = city_total;
    }
    (year_ends, city)
}

/// The `q` quantile (nearest rank) of `values`, reordering them (linear time, no full sort);
/// `None` for no values.
pub fn quantile(values: &mut [f64], q: f64) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let index = (((values.len() - 1) as f64 * q).round() as usize).min(values.len() - 1);
    let (_, value, _) = values.select_nth_unstable_by(index, f64::total_cmp);
    Some(*value)
}

/// How many of `values`, rounded to whole persons, reach `target`.
#[must_use]
pub fn reaching(values: &[f64], target: f64) -> usize {
    values.iter().filter(|&&v| v.round() >= target).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_paths_and_done_is_a_floor() {
        let models = [Model {
            done: 500.0,
            pace: 10.0,
            pace_spread: 0.05,
            drift: 0.05,
            push: 0.05,
            cv: 0.2,
            cv_doubt: 0.1,
            multiplier: [1.0; MONTHS],
            first_month: 6,
            alternative: None,
        }];
        let profile = [1; MONTHS];
        let run = Run {
            models: &models,
            paths: 200,
            seed: 7,
            shock: 0.05,
            common_drift: 0.05,
            first_month: 6,
            end_month: MONTHS,
            profile: &profile,
        };
        let (a, city) = simulate(&run);
        assert_eq!(simulate(&run), (a.clone(), city.clone()));
        assert!(a[0].iter().all(|&v| v >= 500.0));
        assert_eq!(a[0], city);
        let mut values = a[0].clone();
        let median = quantile(&mut values, 0.5).expect("values");
        // Six months at 10 per month on top of 500, give or take the spread.
        assert!((540.0..580.0).contains(&median), "{median}");
        assert_eq!(reaching(&a[0], 0.0), 200);
        assert_eq!(quantile(&mut [], 0.5), None);
    }
}
