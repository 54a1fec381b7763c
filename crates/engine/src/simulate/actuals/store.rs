//! [`Actuals`]: the store of cumulative counts, and reading it — a series' months, the count
//! by a month (the latest report carried forward), who has reported, the monthly increments.

use serde::{Deserialize, Serialize};

use crate::error::SimulationError;
use crate::{EngineError, Plan, Quota};

use super::{Countable, Month, Months, Series, MONTHS};

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
}
