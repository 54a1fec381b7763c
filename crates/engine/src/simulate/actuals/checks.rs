//! The checks of a store of actuals: its shape against the plan, and the counts that cannot be
//! right — an "of which" above its whole, a cumulative count that goes down. The import
//! preview and the actuals screen flag them; nothing here changes a count.

use crate::error::RulesError;
use crate::{EngineError, Plan, Quota};

use super::{Actuals, Countable, Month, Series, Sheet};

impl Actuals {
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
