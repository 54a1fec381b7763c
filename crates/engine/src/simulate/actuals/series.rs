//! Where a count is kept: a [`Series`] (a district's count of a metric, a department's, a
//! district's manufacturing "of which", a countable target), the [`Countable`] targets, and the
//! [`Sheet`] grids the planner types into, one row per series.

use serde::{Deserialize, Serialize};

use crate::{MetricId, Plan, Quota};

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

    /// Its place in [`Actuals::countable`](super::Actuals::countable).
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
