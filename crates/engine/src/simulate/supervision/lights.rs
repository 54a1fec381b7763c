//! The traffic lights (亮灯), month by month: a unit's completion set against its schedule —
//! straight-line time progress or its cumulative phased target — turned into a light by the
//! rules' bands, with 督办 and 约谈 raised by months in a row behind. Districts of a metric,
//! line departments, manufacturing shares and the countable targets are judged alike.

use crate::error::SimulationError;
use crate::simulate::actuals::MONTHS;
use crate::simulate::{Actuals, Countable, Month, Series};
use crate::{EngineError, MetricId, Plan, Quota};

use super::phasing::Phasing;
use super::settings::{LightRules, Yardstick};

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
