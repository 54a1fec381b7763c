//! The matrix as part of a scenario: its settings ([`MatrixSettings`], saved and shared with
//! the workspace) and the edits a planner makes to it ([`MatrixEdit`]).

use serde::{Deserialize, Serialize};

use super::{biproportional, Biproportional, CellRule, MatrixError, MatrixProblem, Rounding};
use crate::apportion::{allocate, Method, Rules};
use crate::workspace::Workspace;
use crate::{Department, EngineError, MetricId, Name, Quota};

/// What the cells are proportional to before the margins are imposed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Seed {
    /// The product of the margins: each department spread like the district quotas.
    #[default]
    Independence,
    /// A prior table the planner entered or pasted (last year's actuals, enterprise counts),
    /// one row per department; a zero is a structural zero.
    Prior(Vec<Vec<u64>>),
}

/// One cell's rule, stored sparsely: most cells are free.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CellSetting {
    /// Department.
    pub row: u32,
    /// District.
    pub column: u32,
    /// Zero or locked (free cells are not stored).
    pub rule: CellRule,
}

/// How the department quotas are split over the districts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatrixSettings {
    /// Rounding.
    pub rounding: Rounding,
    /// Every cell is a multiple of this (100 by default, like the 2021 plan).
    pub step: u64,
    /// Seed weights.
    pub seed: Seed,
    /// Zero and locked cells, sorted by row then column.
    pub cells: Vec<CellSetting>,
}

impl Default for MatrixSettings {
    fn default() -> Self {
        MatrixSettings {
            rounding: Rounding::Webster,
            step: 100,
            seed: Seed::Independence,
            cells: Vec::new(),
        }
    }
}

/// Something a planner does to the matrix.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MatrixEdit {
    /// Choose the rounding.
    SetRounding(Rounding),
    /// Choose the step (at least 1).
    SetStep(u64),
    /// Choose the district metric the departments split.
    SetMetric(MetricId),
    /// Make a cell free, a structural zero or locked at a value.
    SetCell {
        /// Department.
        row: usize,
        /// District.
        column: usize,
        /// Its rule.
        rule: CellRule,
    },
    /// Set one seed weight (switches to a prior table, started from the current matrix).
    SetSeed {
        /// Department.
        row: usize,
        /// District.
        column: usize,
        /// The weight.
        weight: u64,
    },
    /// Paste a block of seed weights from a top-left cell; `None` cells are skipped.
    PasteSeed {
        /// Top row.
        row: usize,
        /// Left column.
        column: usize,
        /// Values by row and column.
        values: Vec<Vec<Option<u64>>>,
    },
    /// Back to the product of the margins.
    ClearSeed,
    /// Change a department's quota.
    SetDepartmentQuota {
        /// Department.
        row: usize,
        /// New quota.
        value: Quota,
    },
    /// Add a department that takes up the difference when the districts add up to more.
    AddBalancingRow {
        /// Its name, e.g. 人社部门及其他.
        name: Name,
    },
    /// Scale the department quotas to the districts' total (largest remainder, in steps).
    ScaleDepartments,
}

impl MatrixSettings {
    /// The rule of one cell.
    #[must_use]
    pub fn rule(&self, row: usize, column: usize) -> CellRule {
        self.cells
            .iter()
            .find(|c| c.row as usize == row && c.column as usize == column)
            .map_or(CellRule::Free, |c| c.rule)
    }

    /// The rules as a dense table.
    #[must_use]
    pub fn dense(&self, rows: usize, columns: usize) -> Vec<Vec<CellRule>> {
        let mut table = vec![vec![CellRule::Free; columns]; rows];
        for c in &self.cells {
            if let Some(slot) = table
                .get_mut(c.row as usize)
                .and_then(|r| r.get_mut(c.column as usize))
            {
                *slot = c.rule;
            }
        }
        table
    }

    fn set_rule(&mut self, row: usize, column: usize, rule: CellRule) {
        let (r, c) = (index(row), index(column));
        self.cells.retain(|s| (s.row, s.column) != (r, c));
        if rule != CellRule::Free {
            self.cells.push(CellSetting {
                row: r,
                column: c,
                rule,
            });
            self.cells.sort_by_key(|s| (s.row, s.column));
        }
    }

    /// A district was removed: drop its column.
    pub(crate) fn remove_column(&mut self, column: usize) {
        let c = index(column);
        self.cells.retain(|s| s.column != c);
        for s in &mut self.cells {
            if s.column > c {
                s.column -= 1;
            }
        }
        if let Seed::Prior(rows) = &mut self.seed {
            for row in rows {
                if column < row.len() {
                    row.remove(column);
                }
            }
        }
    }

    /// A district was added: its seed column starts at zero (a structural zero until filled).
    pub(crate) fn add_column(&mut self) {
        if let Seed::Prior(rows) = &mut self.seed {
            for row in rows {
                row.push(0);
            }
        }
    }
}

fn index(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

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

    fn check_cell(&self, row: usize, column: usize) -> Result<(), EngineError> {
        let (rows, columns) = (self.plan.departments.len(), self.matrix_columns().len());
        if row >= rows {
            return Err(EngineError::NoSuchRegion {
                region: row,
                count: rows,
            });
        }
        if column >= columns {
            return Err(EngineError::NoSuchRegion {
                region: column,
                count: columns,
            });
        }
        Ok(())
    }

    /// Applies a matrix edit in place.
    pub(crate) fn edit_matrix(&mut self, edit: &MatrixEdit) -> Result<(), EngineError> {
        match edit {
            MatrixEdit::SetRounding(rounding) => self.matrix.rounding = *rounding,
            MatrixEdit::SetStep(step) => {
                if *step == 0 {
                    return Err(EngineError::ZeroStep);
                }
                self.matrix.step = *step;
            }
            MatrixEdit::SetMetric(metric) => {
                if *metric >= self.plan.metrics.len() {
                    return Err(EngineError::NoSuchMetric {
                        metric: *metric,
                        count: self.plan.metrics.len(),
                    });
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
                    .ok_or(EngineError::NoSuchRegion {
                        region: *row,
                        count,
                    })?
                    .quota = *value;
            }
            MatrixEdit::AddBalancingRow { name } => self.add_balancing_row(name.clone())?,
            MatrixEdit::ScaleDepartments => self.scale_departments()?,
        }
        Ok(())
    }

    fn margin_totals(&self) -> Result<(Quota, Quota), EngineError> {
        Ok((
            Quota::sum(self.matrix_rows())?,
            Quota::sum(self.matrix_columns().iter().copied())?,
        ))
    }

    fn add_balancing_row(&mut self, name: Name) -> Result<(), EngineError> {
        let (departments, districts) = self.margin_totals()?;
        let difference = districts
            .checked_sub(departments)
            .filter(|d| *d > Quota::ZERO)
            .ok_or(EngineError::NothingToBalance {
                departments,
                districts,
            })?;
        let seed_row: Vec<u64> = self.matrix_columns().iter().map(|q| q.get()).collect();
        if let Seed::Prior(rows) = &mut self.matrix.seed {
            rows.push(seed_row);
        }
        self.plan.departments.push(Department {
            task: Name::new(
                "平衡行：区县合计与部门合计之差",
                "Balancing row: districts minus departments",
            ),
            name,
            quota: difference,
        });
        Ok(())
    }

    fn scale_departments(&mut self) -> Result<(), EngineError> {
        let (departments, districts) = self.margin_totals()?;
        if departments == districts {
            return Err(EngineError::NothingToBalance {
                departments,
                districts,
            });
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
