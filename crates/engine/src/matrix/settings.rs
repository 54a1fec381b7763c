//! The matrix as part of a scenario: its settings ([`MatrixSettings`], saved and shared with
//! the workspace) and the edits a planner makes to it ([`MatrixEdit`]).

use serde::{Deserialize, Serialize};

use super::{CellRule, Rounding};
use crate::{MetricId, Name, Quota};

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
        /// Its task, saying what it is (the app's words, in both languages).
        task: Name,
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

    pub(crate) fn set_rule(&mut self, row: usize, column: usize, rule: CellRule) {
        let (r, c) = (index(row), index(column));
        self.cells.retain(|s| (s.row, s.column) != (r, c));
        if rule != CellRule::Free {
            self.cells.push(CellSetting {
                row: r,
                column: c,
                rule,
            });
            crate::support::order::sort_by_key(&mut self.cells, |s| (s.row, s.column));
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
