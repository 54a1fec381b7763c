//! The monthly supervision the plan sets up (一月一通报): each district's year split into monthly
//! targets that follow the year's shape (序时进度), and traffic lights (亮灯) against them with
//! escalation when a district stays behind.
//!
//! **Phased targets.** The city total is split over the twelve months by a profile (even, the
//! forecast's seasonal profile, or typed — last year's monthly totals, say), then each district's
//! quota over the months so that both margins hold exactly: every district's months add up to
//! its quota and every month's districts to the city's monthly target. That is a
//! biproportional table, worked out by the same engine as the department matrix.
//!
//! **Lights.** A district's completion (done ÷ quota) is set against its schedule at the month:
//! the share of the year gone (straight-line time progress) or its own cumulative phased target.
//! Red when it is more than `red_points` percentage points behind, yellow from `yellow_points`,
//! green when at or above schedule (and, if the rules say so, at or above the city's completion
//! rate), plain otherwise. A red that is made up turns back: each month is judged on its own
//! cumulative count. `supervise_after` months in a row of yellow or red raise 督办, and
//! `interview_after` months in a row of red escalate it to 约谈.

use serde::{Deserialize, Serialize};

use crate::apportion::{allocate, Method, Rules};
use crate::matrix::{biproportional, MatrixError, MatrixProblem, Rounding};
use crate::simulate::actuals::MONTHS;
use crate::simulate::document::DocumentHeader;
use crate::simulate::{Actuals, Month};
use crate::{EngineError, MetricId, Plan, Quota};

/// The shape of the year the monthly targets follow.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum PhaseProfile {
    /// Equal months.
    #[default]
    Even,
    /// The forecast's seasonal profile.
    Seasonal,
    /// Typed weights per month (last year's monthly totals, for instance).
    Typed([u32; MONTHS]),
}

/// What a schedule is measured against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Yardstick {
    /// The share of the year gone (June: 50 %).
    #[default]
    TimeProgress,
    /// The district's cumulative phased target.
    Phased,
}

/// The rules that turn a gap into a light.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LightRules {
    /// Yellow from this many percentage points behind schedule.
    pub yellow_points: u32,
    /// Red when more than this many points behind.
    pub red_points: u32,
    /// Green also needs a completion rate at or above the city's.
    pub green_needs_city_rate: bool,
    /// Months in a row of yellow or red that raise 督办.
    pub supervise_after: u8,
    /// Months in a row of red that escalate it to 约谈 (0: never).
    pub interview_after: u8,
    /// The schedule the gap is measured against.
    pub yardstick: Yardstick,
}

impl Default for LightRules {
    fn default() -> Self {
        LightRules::PRESETS[0].1.clone()
    }
}

impl LightRules {
    /// Presets with the practice they follow: the common 10/30-point bands with green only for
    /// districts at or above both schedule and the city rate; and a stricter one with 5/15.
    pub const PRESETS: [(Preset, LightRules); 2] = [
        (
            Preset::Standard,
            LightRules {
                yellow_points: 10,
                red_points: 30,
                green_needs_city_rate: true,
                supervise_after: 2,
                interview_after: 3,
                yardstick: Yardstick::TimeProgress,
            },
        ),
        (
            Preset::Strict,
            LightRules {
                yellow_points: 5,
                red_points: 15,
                green_needs_city_rate: true,
                supervise_after: 2,
                interview_after: 2,
                yardstick: Yardstick::Phased,
            },
        ),
    ];

    /// The preset these rules are, if any.
    #[must_use]
    pub fn preset(&self) -> Option<Preset> {
        LightRules::PRESETS
            .iter()
            .find(|(_, rules)| rules == self)
            .map(|(preset, _)| *preset)
    }
}

/// A named set of light rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// 10 and 30 points behind time progress; green at or above schedule and the city rate.
    Standard,
    /// 5 and 15 points behind the phased targets.
    Strict,
}

/// Everything the supervision needs besides the plan and the actuals: part of a scenario.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Supervision {
    /// The shape of the monthly targets.
    pub profile: PhaseProfile,
    /// The light rules.
    pub lights: LightRules,
    /// The 通报's header and the planner's own paragraphs.
    pub document: DocumentHeader,
}

/// The phased targets of one metric: district × month, both margins exact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phasing {
    /// The city's target for each month.
    pub months: Vec<Quota>,
    /// Each district's monthly targets (they add up to its quota).
    pub cells: Vec<Vec<Quota>>,
}

impl Phasing {
    /// A district's cumulative target by the end of `month`.
    #[must_use]
    pub fn cumulative(&self, district: usize, month: Month) -> Quota {
        self.cells.get(district).map_or(Quota::ZERO, |row| {
            Quota::new(row[..=month.index()].iter().map(|q| q.get()).sum())
        })
    }
}

/// Why phased targets cannot be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhaseError {
    /// The city total could not be split over the months (every weight zero, say).
    Months(EngineError),
    /// The district × month table could not be made.
    Table(MatrixError),
}

/// The monthly targets of `metric` shaped by `profile` (`seasonal` is the forecast's).
pub fn phase(
    plan: &Plan,
    metric: MetricId,
    profile: &PhaseProfile,
    seasonal: &[u32; MONTHS],
) -> Result<Phasing, PhaseError> {
    let quotas = plan
        .metrics
        .get(metric)
        .map(|m| m.quotas.clone())
        .unwrap_or_default();
    let weights: Vec<u64> = match profile {
        PhaseProfile::Even => vec![1; MONTHS],
        PhaseProfile::Seasonal => seasonal.iter().map(|&w| u64::from(w)).collect(),
        PhaseProfile::Typed(w) => w.iter().map(|&w| u64::from(w)).collect(),
    };
    let total = Quota::sum(quotas.iter().copied()).map_err(PhaseError::Months)?;
    let months = allocate(
        total,
        &weights,
        &Rules::with_step(1),
        Method::LargestRemainder,
    )
    .map_err(PhaseError::Months)?
    .quotas;
    // A month with no target is a structural zero for every district.
    let seed: Vec<Vec<u64>> = quotas
        .iter()
        .map(|q| {
            weights
                .iter()
                .map(|&w| if q.get() == 0 { 0 } else { w })
                .collect()
        })
        .collect();
    let table = biproportional(&MatrixProblem {
        rows: &quotas,
        columns: &months,
        seed: Some(&seed),
        cells: &[],
        rounding: Rounding::Webster,
        step: 1,
    })
    .map_err(PhaseError::Table)?;
    Ok(Phasing {
        months,
        cells: table.cells,
    })
}

/// A traffic light.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Light {
    /// At or above schedule (and the city rate, if the rules ask).
    Green,
    /// Behind, but by less than the yellow band; or ahead of schedule but below the city rate.
    Plain,
    /// Behind by the yellow band or more.
    Yellow,
    /// Behind by more than the red band.
    Red,
    /// Nothing reported by the month: not judged.
    NotReported,
}

/// One district's lights, month by month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DistrictLights {
    /// The district.
    pub district: usize,
    /// Its light at the end of each month from January to the month judged.
    pub lights: Vec<Light>,
    /// Points behind schedule at the month judged (negative: ahead), in tenths of a point.
    pub gap_permille: Option<i64>,
    /// Months in a row of yellow or red, up to the month judged.
    pub streak: u8,
    /// Whether that streak raises 督办.
    pub supervise: bool,
    /// Whether red months in a row escalate it to 约谈.
    pub interview: bool,
}

/// The lights of one metric up to a month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LightsGrid {
    /// The last month judged.
    pub month: Month,
    /// One line per district, in plan order.
    pub lines: Vec<DistrictLights>,
    /// The city's completion rate at each month, in tenths of a percent.
    pub city_permille: Vec<u64>,
}

/// The lights of `metric` from January to `month` under `rules`; `phasing` is needed for the
/// phased yardstick (without it, time progress is used).
pub fn lights(
    plan: &Plan,
    actuals: &Actuals,
    metric: MetricId,
    month: Month,
    rules: &LightRules,
    phasing: Option<&Phasing>,
) -> Result<LightsGrid, EngineError> {
    actuals.validate(plan)?;
    let districts = plan.districts.len();
    actuals.require_some(metric, districts, month)?;
    let quotas = plan
        .metrics
        .get(metric)
        .map(|m| m.quotas.clone())
        .unwrap_or_default();
    let city_quota = u128::from(Quota::sum(quotas.iter().copied())?.get());
    // A zero quota is met.
    let rate = |done: u128, quota: u128| {
        (done * 1_000)
            .checked_div(quota)
            .map_or(1_000, |r| u64::try_from(r).unwrap_or(u64::MAX))
    };
    let months: Vec<Month> = (1..=month.get())
        .filter_map(|m| Month::new(m).ok())
        .collect();
    let city_permille: Vec<u64> = months
        .iter()
        .map(|&m| {
            let done: u128 = (0..districts)
                .map(|d| u128::from(actuals.done(metric, d, m).get()))
                .sum();
            rate(done, city_quota)
        })
        .collect();
    let lines = (0..districts)
        .map(|d| {
            let quota = u128::from(quotas.get(d).map_or(0, |q| q.get()));
            let mut gap_at_end = None;
            let lights: Vec<Light> = months
                .iter()
                .zip(&city_permille)
                .map(|(&m, &city)| {
                    if !actuals.reported(metric, d, m) {
                        gap_at_end = None;
                        return Light::NotReported;
                    }
                    let progress = rate(u128::from(actuals.done(metric, d, m).get()), quota);
                    let schedule = match (rules.yardstick, phasing) {
                        (Yardstick::Phased, Some(p)) => {
                            rate(u128::from(p.cumulative(d, m).get()), quota)
                        }
                        _ => u64::from(m.get()) * 1_000 / 12,
                    };
                    let gap = i64::try_from(schedule).unwrap_or(i64::MAX)
                        - i64::try_from(progress).unwrap_or(i64::MAX);
                    gap_at_end = Some(gap);
                    let points = |p: u32| i64::from(p) * 10;
                    if gap > points(rules.red_points) {
                        Light::Red
                    } else if gap >= points(rules.yellow_points) {
                        Light::Yellow
                    } else if gap <= 0 && (!rules.green_needs_city_rate || progress >= city) {
                        Light::Green
                    } else {
                        Light::Plain
                    }
                })
                .collect();
            let streak = lights
                .iter()
                .rev()
                .take_while(|l| matches!(l, Light::Yellow | Light::Red))
                .count();
            let streak = u8::try_from(streak).unwrap_or(u8::MAX);
            let reds = lights
                .iter()
                .rev()
                .take_while(|l| **l == Light::Red)
                .count();
            let reds = u8::try_from(reds).unwrap_or(u8::MAX);
            DistrictLights {
                district: d,
                lights,
                gap_permille: gap_at_end,
                streak,
                supervise: rules.supervise_after > 0 && streak >= rules.supervise_after,
                interview: rules.interview_after > 0 && reds >= rules.interview_after,
            }
        })
        .collect();
    Ok(LightsGrid {
        month,
        lines,
        city_permille,
    })
}
