//! Actuals: cumulative counts per metric, district and month, as the bureau collects them.

use crate::error::{RulesError, SimulationError};
use serde::{Deserialize, Serialize};

use crate::{EngineError, Plan, Quota};

/// Months in a plan year.
pub const MONTHS: usize = 12;

/// A month of the plan year, 1 (January) to 12 (December).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Month(u8);

impl Month {
    /// January.
    pub const JANUARY: Month = Month(1);
    /// June: the mid-year review (时间过半).
    pub const JUNE: Month = Month(6);
    /// December.
    pub const DECEMBER: Month = Month(12);

    /// Month `m`, or an error outside 1–12.
    pub fn new(m: u8) -> Result<Month, EngineError> {
        if (1..=12).contains(&m) {
            Ok(Month(m))
        } else {
            Err(EngineError::Simulation(SimulationError::NoSuchMonth {
                month: m,
            }))
        }
    }

    /// The month's number, 1–12.
    #[must_use]
    pub const fn get(self) -> u8 {
        self.0
    }

    /// Its index in a twelve-slot array, 0–11.
    #[must_use]
    pub const fn index(self) -> usize {
        self.0 as usize - 1
    }

    /// Months left after this one.
    #[must_use]
    pub const fn remaining(self) -> u8 {
        12 - self.0
    }
}

impl TryFrom<u8> for Month {
    type Error = EngineError;
    fn try_from(m: u8) -> Result<Self, Self::Error> {
        Month::new(m)
    }
}

impl From<Month> for u8 {
    fn from(m: Month) -> u8 {
        m.0
    }
}

/// Cumulative actuals, `cumulative[metric][district][month − 1]`; `None` where not reported.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actuals {
    /// The counts.
    pub cumulative: Vec<Vec<[Option<Quota>; MONTHS]>>,
    /// Whether these are the generated sample data (示例数据), never to be shown as real.
    pub sample: bool,
}

impl Actuals {
    /// No actuals for `plan`'s metrics and districts.
    #[must_use]
    pub fn empty(plan: &Plan) -> Self {
        Actuals {
            cumulative: vec![vec![[None; MONTHS]; plan.districts.len()]; plan.metrics.len()],
            sample: false,
        }
    }

    /// Checks the shape against `plan`. No actuals at all (nothing entered yet) is valid: every
    /// count is then zero.
    pub fn validate(&self, plan: &Plan) -> Result<(), EngineError> {
        if self.cumulative.is_empty() {
            return Ok(());
        }
        if self.cumulative.len() != plan.metrics.len() {
            return Err(EngineError::Rules(RulesError::RulesLength {
                what: "actuals metrics",
                expected: plan.metrics.len(),
                found: self.cumulative.len(),
            }));
        }
        for rows in &self.cumulative {
            if rows.len() != plan.districts.len() {
                return Err(EngineError::Rules(RulesError::RulesLength {
                    what: "actuals districts",
                    expected: plan.districts.len(),
                    found: rows.len(),
                }));
            }
        }
        Ok(())
    }

    /// Cumulative done by the end of `month`: the latest report up to it, 0 before any.
    #[must_use]
    pub fn done(&self, metric: usize, district: usize, month: Month) -> Quota {
        self.cumulative
            .get(metric)
            .and_then(|rows| rows.get(district))
            .and_then(|months| months[..=month.index()].iter().rev().find_map(|m| *m))
            .unwrap_or_default()
    }

    /// Whether `district` has reported `metric` in any month up to `month`.
    #[must_use]
    pub fn reported(&self, metric: usize, district: usize, month: Month) -> bool {
        self.cumulative
            .get(metric)
            .and_then(|rows| rows.get(district))
            .is_some_and(|months| months[..=month.index()].iter().any(Option::is_some))
    }

    /// The districts (of `districts`) that have not reported `metric` by `month`.
    #[must_use]
    pub fn unreported(&self, metric: usize, districts: usize, month: Month) -> Vec<usize> {
        (0..districts)
            .filter(|&d| !self.reported(metric, d, month))
            .collect()
    }

    /// `Ok` when at least one of `districts` has reported `metric` by `month`; otherwise the
    /// refusal that says there is nothing yet.
    pub fn require_some(
        &self,
        metric: usize,
        districts: usize,
        month: Month,
    ) -> Result<(), EngineError> {
        if (0..districts).any(|d| self.reported(metric, d, month)) {
            Ok(())
        } else {
            Err(EngineError::Simulation(SimulationError::NoActuals {
                month: month.get(),
            }))
        }
    }

    /// Monthly increments for months 1..=`month` (a month without a report adds nothing; a
    /// cumulative count that goes down counts as zero that month).
    #[must_use]
    pub fn increments(&self, metric: usize, district: usize, month: Month) -> Vec<u64> {
        let mut previous = 0;
        (1..=month.get())
            .map(|m| {
                let now = self.done(metric, district, Month(m)).get();
                let step = now.saturating_sub(previous);
                previous = previous.max(now);
                step
            })
            .collect()
    }

    /// Where a cumulative count goes down from one report to the next: (metric, district, month).
    #[must_use]
    pub fn decreases(&self) -> Vec<(usize, usize, Month)> {
        let mut found = Vec::new();
        for (metric, rows) in self.cumulative.iter().enumerate() {
            for (district, months) in rows.iter().enumerate() {
                let mut last: Option<Quota> = None;
                for (i, value) in months.iter().enumerate() {
                    if let Some(v) = value {
                        if last.is_some_and(|l| *v < l) {
                            found.push((
                                metric,
                                district,
                                Month(u8::try_from(i + 1).unwrap_or(12)),
                            ));
                        }
                        last = Some(*v);
                    }
                }
            }
        }
        found
    }
}

/// The sample data's seasonal profile, in percent of the year per month (sums to 100): a
/// Spring-Festival dip in February and the year-end push in November and December.
pub const SAMPLE_PROFILE: [u32; MONTHS] = [7, 3, 8, 8, 8, 9, 8, 8, 9, 9, 11, 12];

/// Deterministic sample data (示例数据) for `plan`: each district heads for 80–130 % of its
/// quota (a fixed pseudo-random factor per district), spread over the year by
/// [`SAMPLE_PROFILE`] with a fixed ±10 % month-to-month variation. Whole numbers, non-decreasing, high-skill within certified within
/// training wherever the quotas are.
#[must_use]
pub fn sample(plan: &Plan) -> Actuals {
    let mut actuals = Actuals::empty(plan);
    actuals.sample = true;
    for (metric, m) in plan.metrics.iter().enumerate() {
        for (district, quota) in m.quotas.iter().enumerate() {
            // The factor depends on the district only, so relations between metrics carry over.
            let factor = 80 + u64::try_from((district * 37 + 11) % 51).unwrap_or(0);
            let year_end = u128::from(quota.get()) * u128::from(factor) / 100;
            // Month-to-month noise of ±10 % around the profile, fixed per district and month
            // (not per metric, so the shares — and the relations — are the same in every metric).
            let weights: Vec<u128> = SAMPLE_PROFILE
                .iter()
                .enumerate()
                .map(|(k, &w)| {
                    u128::from(w) * (90 + u128::try_from((district * 7 + k * 13) % 21).unwrap_or(0))
                })
                .collect();
            let total: u128 = weights.iter().sum();
            let mut share = 0u128;
            // A plan of the wrong shape (more quotas than districts) gets no sample past its
            // districts: never an index out of range.
            let Some(months) = actuals
                .cumulative
                .get_mut(metric)
                .and_then(|rows| rows.get_mut(district))
            else {
                continue;
            };
            for (slot, &weight) in months.iter_mut().zip(&weights) {
                share += weight;
                let value = u64::try_from(year_end * share / total.max(1)).unwrap_or(u64::MAX);
                *slot = Some(Quota::new(value));
            }
        }
    }
    actuals
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_plan::plan_2021;

    #[test]
    fn months_are_one_to_twelve() {
        assert!(Month::new(0).is_err() && Month::new(13).is_err());
        assert_eq!(Month::new(6).map(Month::remaining), Ok(6));
        assert_eq!(SAMPLE_PROFILE.iter().sum::<u32>(), 100);
    }

    #[test]
    fn done_carries_the_last_report_forward() {
        let plan = plan_2021();
        let mut actuals = Actuals::empty(&plan);
        actuals.cumulative[0][0][0] = Some(Quota::new(800));
        actuals.cumulative[0][0][2] = Some(Quota::new(2_000));
        actuals.cumulative[0][0][3] = Some(Quota::new(1_900));
        assert_eq!(actuals.done(0, 0, Month(2)), Quota::new(800));
        assert_eq!(actuals.done(0, 0, Month(3)), Quota::new(2_000));
        assert_eq!(actuals.increments(0, 0, Month(4)), [800, 0, 1_200, 0]);
        assert_eq!(actuals.decreases(), [(0, 0, Month(4))]);
        assert_eq!(actuals.done(0, 1, Month(12)), Quota::ZERO);
    }

    #[test]
    fn the_sample_is_deterministic_monotone_and_keeps_the_relations() {
        let plan = plan_2021();
        let a = sample(&plan);
        assert_eq!(a, sample(&plan));
        assert!(a.sample && a.validate(&plan).is_ok());
        assert!(a.decreases().is_empty());
        for district in 0..plan.districts.len() {
            for month in 1..=12 {
                let m = Month(month);
                assert!(a.done(2, district, m) <= a.done(1, district, m));
                assert!(a.done(1, district, m) <= a.done(0, district, m));
            }
        }
    }
}
