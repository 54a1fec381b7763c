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
use crate::error::SimulationError;
use crate::matrix::{biproportional, MatrixError, MatrixProblem, Rounding};
use crate::simulate::actuals::MONTHS;
use crate::simulate::document::DocumentHeader;
use crate::simulate::{Actuals, Countable, Month, Series};
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

impl PhaseProfile {
    /// The month weights it stands for (`seasonal` is the forecast's profile).
    #[must_use]
    pub fn weights(&self, seasonal: &[u32; MONTHS]) -> [u64; MONTHS] {
        match self {
            PhaseProfile::Even => [1; MONTHS],
            PhaseProfile::Seasonal => seasonal.map(u64::from),
            PhaseProfile::Typed(w) => w.map(u64::from),
        }
    }
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
    let weights = profile.weights(seasonal);
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

/// One unit's lights, month by month: a district's or a department's count against its
/// schedule, a district's manufacturing share against the plan's minimum, or a countable
/// target's count against time progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitLights {
    /// The district, department or countable target, by index.
    pub unit: usize,
    /// What the rate is of at the month judged: the quota (for a share, the count it is a
    /// share of).
    pub target: Quota,
    /// The count at the month judged.
    pub done: Quota,
    /// `done ÷ target` at the month judged, in tenths of a percent (a zero target is met).
    pub rate_permille: u64,
    /// Where that rate should be by then, in tenths of a percent.
    pub schedule_permille: u64,
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

/// The lights of one metric (or one kind of unit) up to a month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LightsGrid {
    /// The last month judged.
    pub month: Month,
    /// One line per unit, in plan order.
    pub lines: Vec<UnitLights>,
    /// The city's rate at each month, in tenths of a percent (empty where there is none to
    /// compare with, as for the countable targets).
    pub city_permille: Vec<u64>,
}

/// `done ÷ quota` in tenths of a percent; a zero quota is met.
fn rate(done: u128, quota: u128) -> u64 {
    (done * 1_000)
        .checked_div(quota)
        .map_or(1_000, |r| u64::try_from(r).unwrap_or(u64::MAX))
}

/// The months from January to `month`.
fn months_to(month: Month) -> Vec<Month> {
    (1..=month.get())
        .filter_map(|m| Month::new(m).ok())
        .collect()
}

/// How one unit stands at the end of one month.
struct Standing {
    target: u128,
    done: u128,
    schedule: u64,
    /// The city's rate green must also reach, when the rules ask for it.
    city: Option<u64>,
}

/// Judges one unit month by month: `standing` says where it stands at a month, or `None` when
/// it has not reported by then.
fn judge(
    unit: usize,
    months: &[Month],
    rules: &LightRules,
    standing: impl Fn(usize, Month) -> Option<Standing>,
) -> UnitLights {
    let mut last = None;
    let lights: Vec<Light> = months
        .iter()
        .enumerate()
        .map(|(k, &m)| {
            let Some(now) = standing(k, m) else {
                last = None;
                return Light::NotReported;
            };
            let progress = rate(now.done, now.target);
            let gap = i64::try_from(now.schedule).unwrap_or(i64::MAX)
                - i64::try_from(progress).unwrap_or(i64::MAX);
            let points = |p: u32| i64::from(p) * 10;
            let light = if gap > points(rules.red_points) {
                Light::Red
            } else if gap >= points(rules.yellow_points) {
                Light::Yellow
            } else if gap <= 0
                && (!rules.green_needs_city_rate || now.city.is_none_or(|c| progress >= c))
            {
                Light::Green
            } else {
                Light::Plain
            };
            last = Some((now, progress, gap));
            light
        })
        .collect();
    let run = |judged: fn(&Light) -> bool| {
        u8::try_from(lights.iter().rev().take_while(|l| judged(l)).count()).unwrap_or(u8::MAX)
    };
    let streak = run(|l| matches!(l, Light::Yellow | Light::Red));
    let reds = run(|l| *l == Light::Red);
    let quota = |v: u128| Quota::new(u64::try_from(v).unwrap_or(u64::MAX));
    let (target, done, rate_permille, schedule_permille, gap_permille) = match last {
        Some((now, progress, gap)) => (
            quota(now.target),
            quota(now.done),
            progress,
            now.schedule,
            Some(gap),
        ),
        None => (Quota::ZERO, Quota::ZERO, 0, 0, None),
    };
    UnitLights {
        unit,
        target,
        done,
        rate_permille,
        schedule_permille,
        lights,
        gap_permille,
        streak,
        supervise: rules.supervise_after > 0 && streak >= rules.supervise_after,
        interview: rules.interview_after > 0 && reds >= rules.interview_after,
    }
}

/// The straight-line time progress at `month`, in tenths of a percent.
fn time_progress(month: Month) -> u64 {
    u64::from(month.get()) * 1_000 / 12
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
    actuals.require_some(metric, plan.districts.len(), month)?;
    let quotas = plan
        .metrics
        .get(metric)
        .map(|m| m.quotas.clone())
        .unwrap_or_default();
    Quota::sum(quotas.iter().copied())?;
    let units: Vec<(Series, u128)> = quotas
        .iter()
        .enumerate()
        .map(|(district, q)| (Series::District { metric, district }, u128::from(q.get())))
        .collect();
    Ok(against_quotas(
        actuals,
        &units,
        month,
        rules,
        |d, m| match (rules.yardstick, phasing) {
            (Yardstick::Phased, Some(p)) => rate(
                u128::from(p.cumulative(d, m).get()),
                units.get(d).map_or(0, |u| u.1),
            ),
            _ => time_progress(m),
        },
    ))
}

/// The lights of the line departments' counts of the metric they share: against time
/// progress, or against the profile's cumulative share of the year when the rules measure by
/// phased targets; green also needs the departments' joint rate when the rules ask.
pub fn department_lights(
    plan: &Plan,
    actuals: &Actuals,
    month: Month,
    rules: &LightRules,
    profile: &[u64; MONTHS],
) -> Result<LightsGrid, EngineError> {
    actuals.validate(plan)?;
    let units: Vec<(Series, u128)> = plan
        .departments
        .iter()
        .enumerate()
        .map(|(j, d)| (Series::Department(j), u128::from(d.quota.get())))
        .collect();
    let series: Vec<Series> = units.iter().map(|u| u.0).collect();
    require_any(actuals, &series, month)?;
    let weight: u128 = profile.iter().map(|&w| u128::from(w)).sum();
    Ok(against_quotas(
        actuals,
        &units,
        month,
        rules,
        |_, m| match rules.yardstick {
            Yardstick::Phased if weight > 0 => {
                let upto: u128 = profile[..=m.index()].iter().map(|&w| u128::from(w)).sum();
                rate(upto, weight)
            }
            _ => time_progress(m),
        },
    ))
}

/// Units (districts of a metric, or departments) judged against their quotas: each month's
/// schedule from `schedule(unit, month)`, and the joint rate of all of them as the "city" rate
/// green may also need.
fn against_quotas(
    actuals: &Actuals,
    units: &[(Series, u128)],
    month: Month,
    rules: &LightRules,
    schedule: impl Fn(usize, Month) -> u64,
) -> LightsGrid {
    let total: u128 = units.iter().map(|u| u.1).sum();
    let months = months_to(month);
    let city_permille: Vec<u64> = months
        .iter()
        .map(|&m| {
            let done: u128 = units
                .iter()
                .map(|&(s, _)| u128::from(actuals.done_in(s, m).get()))
                .sum();
            rate(done, total)
        })
        .collect();
    let lines = units
        .iter()
        .enumerate()
        .map(|(i, &(series, quota))| {
            judge(i, &months, rules, |k, m| {
                actuals.reported_in(series, m).then(|| Standing {
                    target: quota,
                    done: u128::from(actuals.done_in(series, m).get()),
                    schedule: schedule(i, m),
                    city: city_permille.get(k).copied(),
                })
            })
        })
        .collect();
    LightsGrid {
        month,
        lines,
        city_permille,
    }
}

/// The lights of each district's manufacturing share of its certified workers against the
/// plan's minimum share: the same bands, in points below the minimum. The city line is the
/// share over all districts that reported both.
pub fn manufacturing_lights(
    plan: &Plan,
    actuals: &Actuals,
    month: Month,
    rules: &LightRules,
) -> Result<LightsGrid, EngineError> {
    actuals.validate(plan)?;
    let units: Vec<Series> = (0..plan.districts.len())
        .map(Series::Manufacturing)
        .collect();
    require_any(actuals, &units, month)?;
    let certified = plan.department_metric;
    let minimum = u64::from(plan.other.manufacturing_share_min_pct) * 10;
    let months = months_to(month);
    let both = |d: usize, m: Month| {
        actuals.reported_in(Series::Manufacturing(d), m) && actuals.reported(certified, d, m)
    };
    let city_permille: Vec<u64> = months
        .iter()
        .map(|&m| {
            let (made, of) = (0..plan.districts.len()).filter(|&d| both(d, m)).fold(
                (0u128, 0u128),
                |(a, b), d| {
                    (
                        a + u128::from(actuals.done_in(Series::Manufacturing(d), m).get()),
                        b + u128::from(actuals.done(certified, d, m).get()),
                    )
                },
            );
            rate(made, of)
        })
        .collect();
    // The share is not compared with the city's: the minimum is the plan's own bar.
    let lines = (0..plan.districts.len())
        .map(|d| {
            judge(d, &months, rules, |_, m| {
                both(d, m).then(|| Standing {
                    target: u128::from(actuals.done(certified, d, m).get()),
                    done: u128::from(actuals.done_in(Series::Manufacturing(d), m).get()),
                    schedule: minimum,
                    city: None,
                })
            })
        })
        .collect();
    Ok(LightsGrid {
        month,
        lines,
        city_permille,
    })
}

/// The lights of the countable targets (bases, competitions, pilot enterprises) against time
/// progress.
pub fn countable_lights(
    plan: &Plan,
    actuals: &Actuals,
    month: Month,
    rules: &LightRules,
) -> Result<LightsGrid, EngineError> {
    actuals.validate(plan)?;
    let units: Vec<Series> = Countable::ALL
        .iter()
        .map(|&c| Series::Countable(c))
        .collect();
    require_any(actuals, &units, month)?;
    let months = months_to(month);
    let lines = Countable::ALL
        .iter()
        .map(|&c| {
            let target = u128::from(c.target(plan).get());
            judge(c.index(), &months, rules, |_, m| {
                actuals
                    .reported_in(Series::Countable(c), m)
                    .then(|| Standing {
                        target,
                        done: u128::from(actuals.done_in(Series::Countable(c), m).get()),
                        schedule: time_progress(m),
                        city: None,
                    })
            })
        })
        .collect();
    Ok(LightsGrid {
        month,
        lines,
        city_permille: Vec::new(),
    })
}

/// `Ok` when one of `units` has reported by `month`; otherwise the refusal that says there is
/// nothing yet.
fn require_any(actuals: &Actuals, units: &[Series], month: Month) -> Result<(), EngineError> {
    if units.iter().any(|&s| actuals.reported_in(s, month)) {
        Ok(())
    } else {
        Err(EngineError::Simulation(SimulationError::NoActuals {
            month: month.get(),
        }))
    }
}
