//! Who returns and what each is asked: a [`Unit`] (a district or a line department), the
//! numbers it is [`Asked`] for, and where each goes in the plan's actuals.

use serde::{Deserialize, Serialize};

use crate::simulate::Series;
use crate::{Name, Plan};

/// Who returns: a district or a line department, by index in the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Unit {
    /// A district (县市区).
    District(u32),
    /// A line department (附件2).
    Department(u32),
}

impl Unit {
    /// Every unit of `plan`: the districts, then the departments.
    #[must_use]
    pub fn all(plan: &Plan) -> Vec<Unit> {
        let index = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
        (0..plan.districts.len())
            .map(|d| Unit::District(index(d)))
            .chain((0..plan.departments.len()).map(|d| Unit::Department(index(d))))
            .collect()
    }

    /// Its name in `plan`, if the plan has it.
    #[must_use]
    pub fn name(self, plan: &Plan) -> Option<&Name> {
        match self {
            Unit::District(d) => plan.districts.get(d as usize).map(|d| &d.name),
            Unit::Department(d) => plan.departments.get(d as usize).map(|d| &d.name),
        }
    }

    /// What `plan` asks this unit for.
    #[must_use]
    pub fn asks(self, plan: &Plan) -> Vec<Asked> {
        let index = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
        match self {
            Unit::District(_) => {
                let mut asks: Vec<Asked> = (0..plan.metrics.len())
                    .map(|m| Asked::Metric(index(m)))
                    .collect();
                if plan.other.manufacturing_share_min_pct > 0
                    && plan.department_metric < plan.metrics.len()
                {
                    asks.push(Asked::Manufacturing);
                }
                asks
            }
            Unit::Department(_) => vec![Asked::Metric(index(plan.department_metric))],
        }
    }

    /// Where a count this unit returns goes in `plan`'s actuals; `None` when the plan does
    /// not have the unit or does not ask it for that.
    #[must_use]
    pub fn series(self, plan: &Plan, asked: Asked) -> Option<Series> {
        self.name(plan)?;
        match (self, asked) {
            (Unit::District(d), Asked::Metric(m)) if (m as usize) < plan.metrics.len() => {
                Some(Series::District {
                    metric: m as usize,
                    district: d as usize,
                })
            }
            (Unit::District(d), Asked::Manufacturing) => Some(Series::Manufacturing(d as usize)),
            (Unit::Department(d), Asked::Metric(m)) if m as usize == plan.department_metric => {
                Some(Series::Department(d as usize))
            }
            _ => None,
        }
    }
}

/// One number a unit is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Asked {
    /// Its cumulative count of a metric, by index.
    Metric(u32),
    /// Of its count of the departments' metric (certified workers), how many are in
    /// manufacturing.
    Manufacturing,
}
