//! The Monte Carlo kernel of Quota Planner's completion forecast: simulated year-ends per
//! district and path, and their quantiles.
//!
//! It is a crate of its own for one reason: the app's WebAssembly is built for size
//! (`opt-level = "z"`), which makes these few tight loops about four times slower than native.
//! Cargo sets optimisation per crate, so this kernel alone is built at `opt-level = 3`
//! (see the workspace `Cargo.toml`) for a few kilobytes, while the rest stays small.
//! Everything that decides what a forecast means stays in `quota-engine`.

use rand_core::SeedableRng;
use rand_distr::{Distribution, StandardNormal};
use rand_pcg::Pcg64Mcg;

/// Months in a year.
pub const MONTHS: usize = 12;

/// One district's model: done so far, pace per unit of seasonal weight, the spread of its
/// monthly results, and a multiplier per month (what-if knobs, a lost month).
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    /// Done so far.
    pub done: f64,
    /// Persons per unit of the seasonal weight.
    pub pace: f64,
    /// Coefficient of variation of a month's result.
    pub cv: f64,
    /// Multiplier of each month's expected result.
    pub multiplier: [f64; MONTHS],
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
    /// Index of the first month still to come (0 = January).
    pub first_month: usize,
    /// Seasonal weight of each month.
    pub profile: &'a [u32; MONTHS],
}

/// Each district's year-end on every path, and the city's (their sum) on every path.
#[must_use]
pub fn simulate(run: &Run<'_>) -> (Vec<Vec<f64>>, Vec<f64>) {
    let mut year_ends = vec![vec![0.0f64; run.paths]; run.models.len()];
    let mut city = vec![0.0f64; run.paths];
    let mut rng = Pcg64Mcg::seed_from_u64(run.seed);
    let remaining = run.first_month.min(MONTHS)..MONTHS;
    let mut shocks = [0.0f64; MONTHS];
    for path in 0..run.paths {
        for k in remaining.clone() {
            let z: f64 = StandardNormal.sample(&mut rng);
            shocks[k] = run.shock * z;
        }
        let mut city_total = 0.0;
        for (d, model) in run.models.iter().enumerate() {
            let mut total = model.done;
            for k in remaining.clone() {
                let z: f64 = StandardNormal.sample(&mut rng);
                let expected = model.pace * f64::from(run.profile[k]) * model.multiplier[k];
                total += (expected * (1.0 + model.cv * z + shocks[k])).max(0.0);
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
#[allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss
)]
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
            cv: 0.2,
            multiplier: [1.0; MONTHS],
        }];
        let profile = [1; MONTHS];
        let run = Run {
            models: &models,
            paths: 200,
            seed: 7,
            shock: 0.05,
            first_month: 6,
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
