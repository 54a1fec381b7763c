//! Actuals: cumulative counts per metric, district and month, as the bureau collects them.

use crate::error::{RulesError, SimulationError};
use serde::{Deserialize, Serialize};

use crate::{EngineError, MetricId, Plan, Quota};

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

/// One unit's cumulative counts, month by month; `None` where not reported.
pub type Months = [Option<Quota>; MONTHS];

/// The plan's other targets that are counted through the year (the allowances are rates, not
/// counts, and the manufacturing share is tracked per district as [`Series::Manufacturing`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Countable {
    /// New municipal training bases (市级实训基地).
    TrainingBases,
    /// Municipal skills competitions held.
    MunicipalCompetitions,
    /// County-level skills competitions held.
    CountyCompetitions,
    /// Enterprises piloting in-house skill certification.
    PilotEnterprises,
}

impl Countable {
    /// Every countable target, in the order the plan lists them.
    pub const ALL: [Countable; 4] = [
        Countable::TrainingBases,
        Countable::MunicipalCompetitions,
        Countable::CountyCompetitions,
        Countable::PilotEnterprises,
    ];

    /// Its place in [`Actuals::countable`].
    #[must_use]
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Its yearly target in `plan`.
    #[must_use]
    pub fn target(self, plan: &Plan) -> Quota {
        let other = &plan.other;
        Quota::new(u64::from(match self {
            Countable::TrainingBases => other.training_bases,
            Countable::MunicipalCompetitions => other.municipal_competitions_min,
            Countable::CountyCompetitions => other.county_competitions_min,
            Countable::PilotEnterprises => other.pilot_enterprises,
        }))
    }
}

/// One series of cumulative monthly counts the bureau collects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Series {
    /// A district's count of a metric.
    District {
        /// The metric.
        metric: MetricId,
        /// The district.
        district: usize,
    },
    /// A line department's count of the metric the departments share (附件2).
    Department(usize),
    /// Of a district's count of the departments' metric (certified workers), how many are in
    /// manufacturing: the plan wants at least its minimum share.
    Manufacturing(usize),
    /// A countable target, counted for the whole city.
    Countable(Countable),
}

/// A month grid of series, one row per unit: what the planner types or pastes into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sheet {
    /// A metric's districts.
    Metric(MetricId),
    /// The line departments' counts.
    Departments,
    /// Each district's manufacturing "of which".
    Manufacturing,
    /// The countable targets.
    Countable,
}

impl Sheet {
    /// The series at `row`.
    #[must_use]
    pub fn series(self, row: usize) -> Series {
        match self {
            Sheet::Metric(metric) => Series::District {
                metric,
                district: row,
            },
            Sheet::Departments => Series::Department(row),
            Sheet::Manufacturing => Series::Manufacturing(row),
            Sheet::Countable => Series::Countable(
                Countable::ALL
                    .get(row)
                    .copied()
                    .unwrap_or(Countable::PilotEnterprises),
            ),
        }
    }

    /// How many rows it has in `plan`.
    #[must_use]
    pub fn rows(self, plan: &Plan) -> usize {
        match self {
            Sheet::Metric(_) | Sheet::Manufacturing => plan.districts.len(),
            Sheet::Departments => plan.departments.len(),
            Sheet::Countable => Countable::ALL.len(),
        }
    }
}

impl Series {
    /// The sheet the series is a row of, and the row.
    #[must_use]
    pub fn place(self) -> (Sheet, usize) {
        match self {
            Series::District { metric, district } => (Sheet::Metric(metric), district),
            Series::Department(d) => (Sheet::Departments, d),
            Series::Manufacturing(d) => (Sheet::Manufacturing, d),
            Series::Countable(c) => (Sheet::Countable, c.index()),
        }
    }
}

/// Cumulative actuals, `cumulative[metric][district][month − 1]`; `None` where not reported.
/// Departments, the manufacturing "of which" and the countable targets have their own series,
/// empty until the first is entered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actuals {
    /// The counts.
    pub cumulative: Vec<Vec<Months>>,
    /// Whether these are the generated sample data (示例数据), never to be shown as real.
    pub sample: bool,
    /// Per department (附件2), its count of the departments' metric.
    #[serde(default)]
    pub departments: Vec<Months>,
    /// Per district, how many of its count of the departments' metric are in manufacturing.
    #[serde(default)]
    pub manufacturing: Vec<Months>,
    /// Per [`Countable`], the city's count.
    #[serde(default)]
    pub countable: Vec<Months>,
}

impl Actuals {
    /// No actuals for `plan`'s metrics and districts.
    #[must_use]
    pub fn empty(plan: &Plan) -> Self {
        Actuals {
            cumulative: vec![vec![[None; MONTHS]; plan.districts.len()]; plan.metrics.len()],
            sample: false,
            departments: Vec::new(),
            manufacturing: Vec::new(),
            countable: Vec::new(),
        }
    }

    /// The months of `series`, if any are stored.
    #[must_use]
    pub fn series(&self, series: Series) -> Option<&Months> {
        match series {
            Series::District { metric, district } => self
                .cumulative
                .get(metric)
                .and_then(|rows| rows.get(district)),
            Series::Department(d) => self.departments.get(d),
            Series::Manufacturing(d) => self.manufacturing.get(d),
            Series::Countable(c) => self.countable.get(c.index()),
        }
    }

    /// The months of `series`, grown to hold it when `plan` has it; `None` when the plan has
    /// no such district, metric or department.
    pub fn series_mut(&mut self, plan: &Plan, series: Series) -> Option<&mut Months> {
        let (rows, index, count) = match series {
            Series::District { metric, district } => {
                if self.cumulative.is_empty() {
                    *self = Actuals {
                        departments: std::mem::take(&mut self.departments),
                        manufacturing: std::mem::take(&mut self.manufacturing),
                        countable: std::mem::take(&mut self.countable),
                        ..Actuals::empty(plan)
                    };
                }
                let rows = self.cumulative.get_mut(metric)?;
                (rows, district, plan.districts.len())
            }
            Series::Department(d) => (&mut self.departments, d, plan.departments.len()),
            Series::Manufacturing(d) => (&mut self.manufacturing, d, plan.districts.len()),
            Series::Countable(c) => (&mut self.countable, c.index(), Countable::ALL.len()),
        };
        if index >= count {
            return None;
        }
        if rows.len() < count {
            rows.resize(count, [None; MONTHS]);
        }
        rows.get_mut(index)
    }

    /// Cumulative count of `series` by the end of `month`: the latest report up to it, 0
    /// before any.
    #[must_use]
    pub fn done_in(&self, series: Series, month: Month) -> Quota {
        self.series(series)
            .and_then(|months| months[..=month.index()].iter().rev().find_map(|m| *m))
            .unwrap_or_default()
    }

    /// Whether `series` has a report in any month up to `month`.
    #[must_use]
    pub fn reported_in(&self, series: Series, month: Month) -> bool {
        self.series(series)
            .is_some_and(|months| months[..=month.index()].iter().any(Option::is_some))
    }

    /// Whether anything besides the districts' own counts has been entered.
    #[must_use]
    pub fn has_units(&self) -> bool {
        [&self.departments, &self.manufacturing, &self.countable]
            .iter()
            .any(|rows| rows.iter().flatten().any(Option::is_some))
    }

    /// Checks the shape against `plan`. No actuals at all (nothing entered yet) is valid: every
    /// count is then zero.
    pub fn validate(&self, plan: &Plan) -> Result<(), EngineError> {
        // The other series are grown as they are entered: shorter than the plan is fine.
        let units = [
            (
                "actuals departments",
                &self.departments,
                plan.departments.len(),
            ),
            (
                "actuals manufacturing",
                &self.manufacturing,
                plan.districts.len(),
            ),
            ("actuals countable", &self.countable, Countable::ALL.len()),
        ];
        for (what, rows, expected) in units {
            if rows.len() > expected {
                return Err(EngineError::Rules(RulesError::RulesLength {
                    what: what.into(),
                    expected,
                    found: rows.len(),
                }));
            }
        }
        if self.cumulative.is_empty() {
            return Ok(());
        }
        if self.cumulative.len() != plan.metrics.len() {
            return Err(EngineError::Rules(RulesError::RulesLength {
                what: "actuals metrics".into(),
                expected: plan.metrics.len(),
                found: self.cumulative.len(),
            }));
        }
        for rows in &self.cumulative {
            if rows.len() != plan.districts.len() {
                return Err(EngineError::Rules(RulesError::RulesLength {
                    what: "actuals districts".into(),
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
        self.done_in(Series::District { metric, district }, month)
    }

    /// Whether `district` has reported `metric` in any month up to `month`.
    #[must_use]
    pub fn reported(&self, metric: usize, district: usize, month: Month) -> bool {
        self.reported_in(Series::District { metric, district }, month)
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

    /// Where an "of which" count is above the count it is part of, in the same month: a
    /// metric's above its parent metric's (high-skill above certified), or a district's
    /// manufacturing count above its count of the departments' metric. Both must be reported
    /// that month; the part is returned.
    #[must_use]
    pub fn above_whole(&self, plan: &Plan) -> Vec<(Series, Month)> {
        let districts = plan.districts.len();
        let mut pairs: Vec<(Series, Series)> = Vec::new();
        for (metric, m) in plan.metrics.iter().enumerate() {
            if let Some(parent) = m.parent {
                pairs.extend((0..districts).map(|district| {
                    (
                        Series::District { metric, district },
                        Series::District {
                            metric: parent,
                            district,
                        },
                    )
                }));
            }
        }
        pairs.extend((0..districts).map(|district| {
            (
                Series::Manufacturing(district),
                Series::District {
                    metric: plan.department_metric,
                    district,
                },
            )
        }));
        let mut found = Vec::new();
        for (part, whole) in pairs {
            let (Some(p), Some(w)) = (self.series(part), self.series(whole)) else {
                continue;
            };
            for (i, (p, w)) in p.iter().zip(w).enumerate() {
                if let (Some(p), Some(w)) = (p, w) {
                    if p > w {
                        found.push((part, Month(u8::try_from(i + 1).unwrap_or(12))));
                    }
                }
            }
        }
        found
    }

    /// Where a cumulative count goes down from one report to the next, in any series.
    #[must_use]
    pub fn decreases(&self) -> Vec<(Series, Month)> {
        let districts = self
            .cumulative
            .iter()
            .enumerate()
            .flat_map(|(metric, rows)| {
                rows.iter()
                    .enumerate()
                    .map(move |(district, months)| (Series::District { metric, district }, months))
            });
        let units = [
            (Sheet::Departments, &self.departments),
            (Sheet::Manufacturing, &self.manufacturing),
            (Sheet::Countable, &self.countable),
        ]
        .into_iter()
        .flat_map(|(sheet, rows)| {
            rows.iter()
                .enumerate()
                .map(move |(row, months)| (sheet.series(row), months))
        });
        let mut found = Vec::new();
        for (series, months) in districts.chain(units) {
            let mut last: Option<Quota> = None;
            for (i, value) in months.iter().enumerate() {
                if let Some(v) = value {
                    if last.is_some_and(|l| *v < l) {
                        found.push((series, Month(u8::try_from(i + 1).unwrap_or(12))));
                    }
                    last = Some(*v);
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
/// [`SAMPLE_PROFILE`] with a fixed ±10 % month-to-month variation. Whole numbers,
/// non-decreasing, high-skill within certified within training wherever the quotas are. The
/// departments and the countable targets follow the same recipe; 30–50 % of each district's
/// certified workers are in manufacturing.
#[must_use]
pub fn sample(plan: &Plan) -> Actuals {
    let mut actuals = Actuals::empty(plan);
    actuals.sample = true;
    for (metric, m) in plan.metrics.iter().enumerate() {
        // A plan of the wrong shape (more quotas than districts) gets no sample past its
        // districts: never an index out of range.
        if let Some(rows) = actuals.cumulative.get_mut(metric) {
            for (months, (district, quota)) in rows.iter_mut().zip(m.quotas.iter().enumerate()) {
                *months = sample_months(*quota, district);
            }
        }
    }
    actuals.departments = plan
        .departments
        .iter()
        .enumerate()
        .map(|(j, d)| sample_months(d.quota, 100 + j))
        .collect();
    let certified = plan.department_metric;
    actuals.manufacturing = (0..plan.districts.len())
        .map(|district| {
            let share = 30 + u128::try_from((district * 13 + 5) % 21).unwrap_or(0);
            let mut months = [None; MONTHS];
            for (slot, done) in months.iter_mut().zip(
                actuals
                    .cumulative
                    .get(certified)
                    .and_then(|rows| rows.get(district))
                    .into_iter()
                    .flatten(),
            ) {
                *slot = done.map(|q| {
                    Quota::new(u64::try_from(u128::from(q.get()) * share / 100).unwrap_or(0))
                });
            }
            months
        })
        .collect();
    actuals.countable = Countable::ALL
        .iter()
        .map(|c| sample_months(c.target(plan), 200 + c.index()))
        .collect();
    actuals
}

/// One unit's sample year: heading for 80–130 % of `target` (a factor fixed by `unit`), spread
/// by [`SAMPLE_PROFILE`] with a ±10 % variation fixed per unit and month (not per metric, so
/// the shares — and the relations — are the same in every metric).
fn sample_months(target: Quota, unit: usize) -> Months {
    let factor = 80 + u128::try_from((unit * 37 + 11) % 51).unwrap_or(0);
    let year_end = u128::from(target.get()) * factor / 100;
    let weights: Vec<u128> = SAMPLE_PROFILE
        .iter()
        .enumerate()
        .map(|(k, &w)| u128::from(w) * (90 + u128::try_from((unit * 7 + k * 13) % 21).unwrap_or(0)))
        .collect();
    let total: u128 = weights.iter().sum();
    let mut share = 0u128;
    let mut months = [None; MONTHS];
    for (slot, &weight) in months.iter_mut().zip(&weights) {
        share += weight;
        let value = u64::try_from(year_end * share / total.max(1)).unwrap_or(u64::MAX);
        *slot = Some(Quota::new(value));
    }
    months
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
        assert_eq!(
            actuals.decreases(),
            [(
                Series::District {
                    metric: 0,
                    district: 0
                },
                Month(4)
            )]
        );
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
