//! The monthly bulletin (一月一通报) and the mid-year review (半年一评价).
//!
//! Time progress is the share of the year gone: June is 50 %. A district is on pace when its
//! completion rate is within a band around time progress; ahead above it, behind below it.
//! Every comparison is exact (cross-multiplied integers); rates are reported in tenths of a
//! percent.

use crate::error::PlanError;
use std::cmp::Ordering;

use crate::simulate::supervision::Phasing;
use crate::simulate::{Actuals, Month};
use crate::{EngineError, MetricId, Plan, Quota};

/// How a district stands against time progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Completion rate above time progress plus the band.
    Ahead,
    /// Within the band around time progress.
    OnPace,
    /// Completion rate below time progress minus the band.
    Behind,
    /// Nothing reported by the month: neither ranked nor judged (a district that did not
    /// report is not a district at zero).
    NotReported,
}

/// One line of the bulletin (a district, or the city).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The district, or `None` for the city total.
    pub district: Option<usize>,
    /// Its quota.
    pub quota: Quota,
    /// Done by the end of the month.
    pub done: Quota,
    /// Completion rate in tenths of a percent (rounded half up); `None` for a zero quota.
    pub completion_permille: Option<u64>,
    /// The schedule it is judged against, as a share of its quota in tenths of a percent:
    /// time progress, or its cumulative phased target; `None` for a zero quota.
    pub schedule_permille: Option<u64>,
    /// Persons ahead of (+) or behind (−) schedule: done − quota × month / 12 (or − the
    /// cumulative phased target), rounded to the nearest person.
    pub gap: i128,
    /// Rank by completion rate among the districts that reported, 1 = best; equal rates share
    /// a rank; 0 for a district that has not reported (and for the city).
    pub rank: usize,
    /// Against time progress.
    pub status: Status,
}

/// The bulletin of one metric for one month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bulletin {
    /// The month reported on.
    pub month: Month,
    /// Time progress in tenths of a percent (June: 500).
    pub time_progress_permille: u64,
    /// Whether the lines are judged against the phased targets (序时进度) rather than time
    /// progress.
    pub phased: bool,
    /// One line per district, in plan order.
    pub lines: Vec<Line>,
    /// The city total (of what was reported).
    pub city: Line,
    /// The districts that have not reported by the month, in plan order.
    pub unreported: Vec<usize>,
}

/// The default band around time progress: ±2 percentage points.
pub const DEFAULT_BAND_PERMILLE: u64 = 20;

/// What a line is judged against by the month: `num / den` persons (time progress is
/// `quota × month / 12`; a phased target is its cumulative target over 1).
#[derive(Clone, Copy)]
struct Schedule {
    num: i128,
    den: i128,
}

impl Schedule {
    fn time(quota: Quota, month: Month) -> Schedule {
        Schedule {
            num: i128::from(quota.get()) * i128::from(month.get()),
            den: 12,
        }
    }
}

fn line(district: Option<usize>, quota: Quota, done: Quota, schedule: Schedule, band: u64) -> Line {
    let (q, d) = (i128::from(quota.get()), i128::from(done.get()));
    let Schedule { num, den } = schedule;
    let permille = |x: i128| u64::try_from(x).unwrap_or(u64::MAX);
    let completion_permille = (q > 0).then(|| permille((d * 2_000 + q) / (2 * q)));
    let schedule_permille = (q > 0).then(|| permille((num * 2_000 + q * den) / (2 * q * den)));
    // gap = d − num/den, rounded half away from zero.
    let over = den * d - num;
    let gap = if over >= 0 {
        (over + den / 2) / den
    } else {
        -((-over + den / 2) / den)
    };
    // completion against schedule: 1000·den·d against 1000·num ± band·q·den.
    let band = i128::from(band);
    let status = if 1_000 * den * d >= 1_000 * num + band * q * den {
        Status::Ahead
    } else if 1_000 * den * d < 1_000 * num - band * q * den {
        Status::Behind
    } else {
        Status::OnPace
    };
    Line {
        district,
        quota,
        done,
        completion_permille,
        schedule_permille,
        gap,
        rank: 0,
        status,
    }
}

/// Orders two lines by completion rate, best first (a zero quota last), exactly.
fn by_completion(a: &Line, b: &Line) -> Ordering {
    match (a.quota.get(), b.quota.get()) {
        (0, 0) => Ordering::Equal,
        (0, _) => Ordering::Greater,
        (_, 0) => Ordering::Less,
        (qa, qb) => {
            let left = u128::from(b.done.get()) * u128::from(qa);
            let right = u128::from(a.done.get()) * u128::from(qb);
            left.cmp(&right)
        }
    }
}

/// The bulletin of `metric` at the end of `month`, against time progress, with on-pace band
/// `band_permille`; refused when no district has reported by then.
pub fn bulletin(
    plan: &Plan,
    actuals: &Actuals,
    metric: MetricId,
    month: Month,
    band_permille: u64,
) -> Result<Bulletin, EngineError> {
    bulletin_against(plan, actuals, metric, month, band_permille, None)
}

/// The bulletin judged against `phasing`'s cumulative targets when given (序时进度), else
/// against time progress.
pub fn bulletin_against(
    plan: &Plan,
    actuals: &Actuals,
    metric: MetricId,
    month: Month,
    band_permille: u64,
    phasing: Option<&Phasing>,
) -> Result<Bulletin, EngineError> {
    actuals.validate(plan)?;
    let m = plan
        .metrics
        .get(metric)
        .ok_or(EngineError::Plan(PlanError::NoSuchMetric {
            metric,
            count: plan.metrics.len(),
        }))?;
    actuals.require_some(metric, m.quotas.len(), month)?;
    let unreported = actuals.unreported(metric, m.quotas.len(), month);
    let mut lines: Vec<Line> = m
        .quotas
        .iter()
        .enumerate()
        .map(|(d, &quota)| {
            let schedule = phasing.map_or(Schedule::time(quota, month), |p| Schedule {
                num: i128::from(p.cumulative(d, month).get()),
                den: 1,
            });
            let mut line = line(
                Some(d),
                quota,
                actuals.done(metric, d, month),
                schedule,
                band_permille,
            );
            if unreported.contains(&d) {
                line.status = Status::NotReported;
            }
            line
        })
        .collect();
    let mut order: Vec<usize> = (0..lines.len())
        .filter(|&d| lines[d].status != Status::NotReported)
        .collect();
    crate::support::order::sort_positions(&mut order, &mut |a, b| {
        by_completion(&lines[a], &lines[b])
    });
    for (position, &index) in order.iter().enumerate() {
        let tied_with_previous = position > 0
            && by_completion(&lines[order[position - 1]], &lines[index]) == Ordering::Equal;
        lines[index].rank = if tied_with_previous {
            lines[order[position - 1]].rank
        } else {
            position + 1
        };
    }
    let quota = Quota::sum(lines.iter().map(|l| l.quota))?;
    let done = Quota::sum(lines.iter().map(|l| l.done))?;
    let city_schedule = match phasing {
        Some(p) => Schedule {
            num: i128::from(
                p.months[..=month.index()]
                    .iter()
                    .map(|q| q.get())
                    .sum::<u64>(),
            ),
            den: 1,
        },
        None => Schedule::time(quota, month),
    };
    let mut city = line(None, quota, done, city_schedule, band_permille);
    city.rank = 0;
    Ok(Bulletin {
        month,
        time_progress_permille: u64::from(month.get()) * 1_000 / 12,
        phased: phasing.is_some(),
        lines,
        city,
        unreported,
    })
}

/// One district's result at the mid-year review.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewLine {
    /// The district, or `None` for the city.
    pub district: Option<usize>,
    /// Whether it reported by June (a district that did not is not judged).
    pub reported: bool,
    /// Whether half the quota was done by the end of June (时间过半、任务过半).
    pub passed: bool,
    /// Persons short of half the quota (0 when passed).
    pub shortfall: Quota,
}

/// The mid-year review of `metric`: done by June against half the quota.
pub fn mid_year_review(
    plan: &Plan,
    actuals: &Actuals,
    metric: MetricId,
) -> Result<Vec<ReviewLine>, EngineError> {
    let b = bulletin(plan, actuals, metric, Month::JUNE, 0)?;
    let review = |l: &Line| {
        let half = l.quota.get().div_ceil(2);
        ReviewLine {
            district: l.district,
            reported: l.status != Status::NotReported,
            passed: l.done.get() * 2 >= l.quota.get(),
            shortfall: Quota::new(half.saturating_sub(l.done.get())),
        }
    };
    Ok(b.lines.iter().chain([&b.city]).map(review).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_plan::plan_2021;
    use crate::simulate::actuals::sample;
    use crate::simulate::Actuals;

    #[test]
    fn a_hand_checked_line() {
        // Quota 12,000, done 5,400 by June: 45.0 %, 600 behind time progress.
        let l = line(
            Some(0),
            Quota::new(12_000),
            Quota::new(5_400),
            Schedule::time(Quota::new(12_000), Month::JUNE),
            20,
        );
        assert_eq!(l.completion_permille, Some(450));
        assert_eq!(l.gap, -600);
        assert_eq!(l.status, Status::Behind);
        let on = line(
            Some(0),
            Quota::new(12_000),
            Quota::new(5_900),
            Schedule::time(Quota::new(12_000), Month::JUNE),
            20,
        );
        assert_eq!((on.status, on.gap), (Status::OnPace, -100));
        let ahead = line(
            Some(0),
            Quota::new(12_000),
            Quota::new(6_300),
            Schedule::time(Quota::new(12_000), Month::JUNE),
            20,
        );
        assert_eq!((ahead.status, ahead.gap), (Status::Ahead, 300));
        // March: a quarter of the year; 1,000 of 3,600 is 27.8 %, 100 ahead.
        let march = line(
            Some(0),
            Quota::new(3_600),
            Quota::new(1_000),
            Schedule::time(Quota::new(3_600), Month::new(3).unwrap_or(Month::JUNE)),
            20,
        );
        assert_eq!(
            (march.completion_permille, march.gap, march.status),
            (Some(278), 100, Status::Ahead)
        );
    }

    #[test]
    fn the_june_bulletin_of_the_sample_ranks_and_flags() {
        let plan = plan_2021();
        let b = bulletin(&plan, &sample(&plan), 0, Month::JUNE, DEFAULT_BAND_PERMILLE).expect("ok"); // ok: test
        assert_eq!(b.time_progress_permille, 500);
        let mut ranks: Vec<usize> = b.lines.iter().map(|l| l.rank).collect();
        #[expect(clippy::disallowed_methods, reason = "a test, not in the page")]
        ranks.sort_unstable();
        assert_eq!(ranks[0], 1);
        // Ranks follow completion: a better rate never has a worse rank.
        for a in &b.lines {
            for c in &b.lines {
                if a.completion_permille > c.completion_permille {
                    assert!(a.rank < c.rank);
                }
            }
        }
        assert!(b.lines.iter().any(|l| l.status == Status::Behind));
        assert_eq!(b.city.quota, Quota::new(120_000));
    }

    #[test]
    fn with_no_actuals_yet_there_is_no_bulletin_rather_than_a_table_of_zeros() {
        let plan = plan_2021();
        let refused = bulletin(
            &plan,
            &Actuals::empty(&plan),
            0,
            Month::JUNE,
            DEFAULT_BAND_PERMILLE,
        );
        assert_eq!(
            refused,
            Err(EngineError::Simulation(
                crate::error::SimulationError::NoActuals { month: 6 }
            ))
        );
        assert!(mid_year_review(&plan, &Actuals::empty(&plan), 0).is_err());
    }

    #[test]
    fn districts_that_have_not_reported_are_neither_ranked_nor_judged() {
        let plan = plan_2021();
        let mut actuals = Actuals::empty(&plan);
        // 鹿城 reported in June, 龙湾 only in May, nobody else.
        actuals.cumulative[0][0][5] = Some(Quota::new(5_000));
        actuals.cumulative[0][1][4] = Some(Quota::new(3_000));
        let b = bulletin(&plan, &actuals, 0, Month::JUNE, DEFAULT_BAND_PERMILLE)
            .expect("one report is enough"); // ok: test
        assert_eq!(b.unreported, (2..14).collect::<Vec<_>>());
        assert_eq!((b.lines[0].rank, b.lines[1].rank), (1, 2));
        assert_eq!(b.lines[0].status, Status::Behind);
        assert!(b.lines[2..]
            .iter()
            .all(|l| l.status == Status::NotReported && l.rank == 0));
        assert_eq!(b.city.done, Quota::new(8_000));
        let review = mid_year_review(&plan, &actuals, 0).expect("ok"); // ok: test
        assert!(review[0].reported && !review[0].passed);
        assert!(review[2..14].iter().all(|l| !l.reported));
    }

    #[test]
    fn the_mid_year_review_measures_the_shortfall_to_half() {
        let plan = plan_2021();
        let actuals = sample(&plan);
        let review = mid_year_review(&plan, &actuals, 0).expect("ok"); // ok: test
        assert_eq!(review.len(), 15);
        for (d, r) in review.iter().take(14).enumerate() {
            let done = actuals.done(0, d, Month::JUNE).get();
            let quota = plan.metrics[0].quotas[d].get();
            assert_eq!(r.passed, 2 * done >= quota);
            assert_eq!(r.shortfall.get(), quota.div_ceil(2).saturating_sub(done));
        }
    }
}
