//! The department × district matrix of a workspace: its margins, the solved matrix, the seed
//! weights, and the matrix edits (cells, departments, balancing row, scaling).

use super::Workspace;
use crate::apportion::{allocate, Method, Rules};
use crate::error::{EditError, PlanError, RulesError};
use crate::matrix::{biproportional, Biproportional, MatrixEdit, MatrixError, MatrixProblem, Seed};
use crate::{Department, EngineError, Name, Quota};

impl Workspace {
    /// The district quotas the departments split.
    #[must_use]
    pub fn matrix_columns(&self) -> &[Quota] {
        self.plan
            .metrics
            .get(self.plan.department_metric)
            .map_or(&[], |m| m.quotas.as_slice())
    }

    /// The department quotas.
    #[must_use]
    pub fn matrix_rows(&self) -> Vec<Quota> {
        self.plan.departments.iter().map(|d| d.quota).collect()
    }

    /// The department × district matrix, worked out afresh (derived, never stored).
    pub fn department_matrix(&self) -> Result<Biproportional, MatrixError> {
        let rows = self.matrix_rows();
        let settings = &self.matrix;
        let cells = settings.dense(rows.len(), self.matrix_columns().len());
        let seed = match &settings.seed {
            Seed::Independence => None,
            Seed::Prior(table) => Some(table.as_slice()),
        };
        biproportional(&MatrixProblem {
            rows: &rows,
            columns: self.matrix_columns(),
            seed,
            cells: &cells,
            rounding: settings.rounding,
            step: settings.step,
        })
    }

    /// The seed as a table: the prior, or under independence each cell's expected share
    /// `department quota × district quota ÷ total` (at least 1 where both are positive), so a
    /// planner who types one weight starts from the numbers shown.
    #[must_use]
    pub fn matrix_seed(&self) -> Vec<Vec<u64>> {
        if let Seed::Prior(table) = &self.matrix.seed {
            return table.clone();
        }
        let columns = self.matrix_columns();
        let total: u128 = columns.iter().map(|q| u128::from(q.get())).sum();
        self.plan
            .departments
            .iter()
            .map(|d| {
                columns
                    .iter()
                    .map(|c| {
                        let product = u128::from(d.quota.get()) * u128::from(c.get());
                        if product == 0 || total == 0 {
                            return 0;
                        }
                        let share = (product + total / 2) / total;
                        u64::try_from(share.max(1)).unwrap_or(u64::MAX)
                    })
                    .collect()
            })
            .collect()
    }

    pub(super) fn check_cell(&self, row: usize, column: usize) -> Result<(), EngineError> {
        let (rows, columns) = (self.plan.departments.len(), self.matrix_columns().len());
        if row >= rows {
            return Err(EngineError::Edit(EditError::NoSuchRegion {
                region: row,
                count: rows,
            }));
        }
        if column >= columns {
            return Err(EngineError::Edit(EditError::NoSuchRegion {
                region: column,
                count: columns,
            }));
        }
        Ok(())
    }

    /// Applies a matrix edit in place.
    pub(crate) fn edit_matrix(&mut self, edit: &MatrixEdit) -> Result<(), EngineError> {
        match edit {
            MatrixEdit::SetRounding(rounding) => self.matrix.rounding = *rounding,
            MatrixEdit::SetStep(step) => {
                if *step == 0 {
                    return Err(EngineError::Rules(RulesError::ZeroStep));
                }
                self.matrix.step = *step;
            }
            MatrixEdit::SetMetric(metric) => {
                if *metric >= self.plan.metrics.len() {
                    return Err(EngineError::Plan(PlanError::NoSuchMetric {
                        metric: *metric,
                        count: self.plan.metrics.len(),
                    }));
                }
                self.plan.department_metric = *metric;
            }
            MatrixEdit::SetCell { row, column, rule } => {
                self.check_cell(*row, *column)?;
                self.matrix.set_rule(*row, *column, *rule);
            }
            MatrixEdit::SetSeed {
                row,
                column,
                weight,
            } => {
                self.check_cell(*row, *column)?;
                let mut table = self.matrix_seed();
                table[*row][*column] = *weight;
                self.matrix.seed = Seed::Prior(table);
            }
            MatrixEdit::PasteSeed {
                row,
                column,
                values,
            } => {
                self.check_cell(*row, *column)?;
                let mut table = self.matrix_seed();
                for (target, source) in table.iter_mut().skip(*row).zip(values) {
                    for (slot, value) in target.iter_mut().skip(*column).zip(source) {
                        if let Some(v) = value {
                            *slot = *v;
                        }
                    }
                }
                self.matrix.seed = Seed::Prior(table);
            }
            MatrixEdit::ClearSeed => self.matrix.seed = Seed::Independence,
            MatrixEdit::SetDepartmentQuota { row, value } => {
                let count = self.plan.departments.len();
                self.plan
                    .departments
                    .get_mut(*row)
                    .ok_or(EngineError::Edit(EditError::NoSuchRegion {
                        region: *row,
                        count,
                    }))?
                    .quota = *value;
            }
            MatrixEdit::AddBalancingRow { name, task } => {
                self.add_balancing_row(name.clone(), task.clone())?;
            }
            MatrixEdit::ScaleDepartments => self.scale_departments()?,
        }
        Ok(())
    }

    pub(super) fn margin_totals(&self) -> Result<(Quota, Quota), EngineError> {
        Ok((
            Quota::sum(self.matrix_rows())?,
            Quota::sum(self.matrix_columns().iter().copied())?,
        ))
    }

    pub(super) fn add_balancing_row(&mut self, name: Name, task: Name) -> Result<(), EngineError> {
        let (departments, districts) = self.margin_totals()?;
        let difference = districts
            .checked_sub(departments)
            .filter(|d| *d > Quota::ZERO)
            .ok_or(EngineError::Plan(PlanError::NothingToBalance {
                departments,
                districts,
            }))?;
        let seed_row: Vec<u64> = self.matrix_columns().iter().map(|q| q.get()).collect();
        if let Seed::Prior(rows) = &mut self.matrix.seed {
            rows.push(seed_row);
        }
        self.plan.departments.push(Department {
            task,
            name,
            quota: difference,
        });
        Ok(())
    }

    pub(super) fn scale_departments(&mut self) -> Result<(), EngineError> {
        let (departments, districts) = self.margin_totals()?;
        if departments == districts {
            return Err(EngineError::Plan(PlanError::NothingToBalance {
                departments,
                districts,
            }));
        }
        let weights: Vec<u64> = self.matrix_rows().iter().map(|q| q.get()).collect();
        let split = allocate(
            districts,
            &weights,
            &Rules::with_step(self.matrix.step),
            Method::LargestRemainder,
        )?;
        for (department, quota) in self.plan.departments.iter_mut().zip(split.quotas) {
            department.quota = quota;
        }
        Ok(())
    }
}
