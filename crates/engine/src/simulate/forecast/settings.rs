//! What a planner sets for a forecast: the seasonal profile, spread, paths, seed and pace
//! changes per district; one change at a time, and the warnings that settings deserve.

use serde::{Deserialize, Serialize};

use crate::simulate::actuals::MONTHS;
use crate::simulate::Month;

/// Monthly weights: equal months.
pub const FLAT: [u32; MONTHS] = [1; MONTHS];
/// Monthly weights: a Spring-Festival dip in February, a push in November–December.
pub const SPRING_FESTIVAL: [u32; MONTHS] = [7, 3, 8, 8, 8, 9, 8, 8, 9, 9, 11, 12];

/// The most Monte Carlo paths a forecast may ask for.
pub const MAX_PATHS: u32 = 100_000;

/// The most district-paths one forecast simulates (10,000 paths × 14 districts). Larger plans
/// run fewer paths so that a forecast never freezes the page; the count used is reported.
pub const MAX_DISTRICT_PATHS: u64 = 140_000;

/// The paths a forecast of `districts` districts runs for the `requested` count: the request,
/// or fewer for a very large plan (at least 200).
#[must_use]
pub fn effective_paths(requested: u32, districts: usize) -> u32 {
    let districts = u64::try_from(districts.max(1)).unwrap_or(u64::MAX);
    let cap = u32::try_from((MAX_DISTRICT_PATHS / districts).max(200)).unwrap_or(u32::MAX);
    requested.min(cap)
}

/// A planner's "what if" for one district: its pace times `percent` / 100 from `from` on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Knob {
    /// The district.
    pub district: usize,
    /// The first month the multiplier applies to.
    pub from: Month,
    /// The multiplier in percent (120 = 20 % faster).
    pub percent: u32,
}

/// Forecast settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Monthly seasonal weights.
    pub profile: [u32; MONTHS],
    /// Monte Carlo paths.
    pub paths: u32,
    /// The random seed: the same seed gives the same numbers.
    pub seed: u64,
    /// Coefficient of variation of monthly progress, in tenths of a percent, used when a
    /// district has fewer than three months of actuals.
    pub cv_permille: u32,
    /// Spread of a city-wide monthly shock shared by all districts, in tenths of a percent
    /// (0: none).
    pub city_shock_permille: u32,
    /// Per-district pace multipliers.
    pub knobs: Vec<Knob>,
    /// A month lost city-wide (nothing done in it), if any.
    pub lost_month: Option<Month>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            profile: FLAT,
            paths: 10_000,
            seed: 2021,
            cv_permille: 150,
            city_shock_permille: 0,
            knobs: Vec::new(),
            lost_month: None,
        }
    }
}

/// One forecast setting changed. Applied to the settings as they are when the edit is made, so
/// two quick changes in a row (a weight, then the next month's) never undo each other.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SettingsChange {
    /// All twelve seasonal weights (a preset).
    Profile([u32; MONTHS]),
    /// One month's seasonal weight.
    Weight {
        /// The month.
        month: Month,
        /// Its weight.
        weight: u32,
    },
    /// The number of Monte Carlo paths.
    Paths(u32),
    /// The random seed.
    Seed(u64),
    /// The month-to-month variation, in tenths of a percent.
    Spread(u32),
    /// The city-wide shock, in tenths of a percent.
    CityShock(u32),
    /// The month lost city-wide, if any.
    LostMonth(Option<Month>),
    /// A pace change's district.
    KnobDistrict {
        /// Which pace change.
        knob: usize,
        /// Its district.
        district: usize,
    },
    /// A pace change's first month.
    KnobFrom {
        /// Which pace change.
        knob: usize,
        /// Its first month.
        from: Month,
    },
    /// A pace change's multiplier.
    KnobPercent {
        /// Which pace change.
        knob: usize,
        /// Its multiplier in percent.
        percent: u32,
    },
    /// A new pace change.
    AddKnob(Knob),
    /// A pace change removed.
    RemoveKnob(usize),
}

impl Settings {
    /// These settings with `change` made (a change naming a pace change that does not exist
    /// changes nothing).
    #[must_use]
    pub fn with(&self, change: &SettingsChange) -> Settings {
        let mut next = self.clone();
        match change {
            SettingsChange::Profile(profile) => next.profile = *profile,
            SettingsChange::Weight { month, weight } => next.profile[month.index()] = *weight,
            SettingsChange::Paths(paths) => next.paths = *paths,
            SettingsChange::Seed(seed) => next.seed = *seed,
            SettingsChange::Spread(cv) => next.cv_permille = *cv,
            SettingsChange::CityShock(shock) => next.city_shock_permille = *shock,
            SettingsChange::LostMonth(month) => next.lost_month = *month,
            SettingsChange::KnobDistrict { knob, district } => {
                if let Some(k) = next.knobs.get_mut(*knob) {
                    k.district = *district;
                }
            }
            SettingsChange::KnobFrom { knob, from } => {
                if let Some(k) = next.knobs.get_mut(*knob) {
                    k.from = *from;
                }
            }
            SettingsChange::KnobPercent { knob, percent } => {
                if let Some(k) = next.knobs.get_mut(*knob) {
                    k.percent = *percent;
                }
            }
            SettingsChange::AddKnob(knob) => next.knobs.push(*knob),
            SettingsChange::RemoveKnob(knob) => {
                if *knob < next.knobs.len() {
                    next.knobs.remove(*knob);
                }
            }
        }
        next
    }
}

/// A pace change above this many percent (five times the pace) is legal but almost surely a
/// typing slip: it is pointed out.
pub const EXTREME_PACE_PERCENT: u32 = 500;

/// Settings that are legal but make the forecast say something the planner probably did not
/// mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingsWarning {
    /// Every seasonal weight is 0: the forecast expects nothing more after the as-of month.
    ProfileAllZero,
    /// The weights up to the as-of month are all 0: the pace so far cannot be read from the
    /// actuals, and counts as nothing.
    ProfileZeroSoFar {
        /// The as-of month.
        month: Month,
    },
    /// A pace change far beyond what happens.
    ExtremePace {
        /// The district.
        district: usize,
        /// Its multiplier in percent.
        percent: u32,
    },
}

impl Settings {
    /// What looks wrong in these settings for a forecast as of `month`.
    #[must_use]
    pub fn warnings(&self, month: Month) -> Vec<SettingsWarning> {
        let mut found = Vec::new();
        if self.profile.iter().all(|&w| w == 0) {
            found.push(SettingsWarning::ProfileAllZero);
        } else if self.profile[..=month.index()].iter().all(|&w| w == 0) {
            found.push(SettingsWarning::ProfileZeroSoFar { month });
        }
        for knob in &self.knobs {
            if knob.percent > EXTREME_PACE_PERCENT {
                found.push(SettingsWarning::ExtremePace {
                    district: knob.district,
                    percent: knob.percent,
                });
            }
        }
        found
    }
}
