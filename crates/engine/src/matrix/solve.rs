//! The iteration: alternate scaling, finished by tie-and-transfer.
//!
//! Alternate scaling splits every row by its target with the current column multipliers, then
//! every column with the row multipliers, until both margins hold; it is fast but can cycle.
//! When it stops improving, tie-and-transfer (Balinski & Demange) takes over from a state with
//! every row exact: it moves single units along paths of tied cells from a column with too many
//! to a column with too few, and when no such path exists it scales the reachable rows and
//! columns just far enough to create a new tie. Each transfer lowers the total column error, so
//! it terminates.

use std::collections::VecDeque;

use super::line::split;
use super::{MatrixError, Rounding};

/// How close to a signpost (relative) a share counts as sitting on it.
pub(super) const TIE: f64 = 1e-9;
/// Alternate-scaling rounds without improvement before tie-and-transfer takes over.
const PATIENCE: u32 = 3;
/// At most this many alternate-scaling rounds.
const MAX_ROUNDS: u32 = 200;
const NONE: usize = usize::MAX;
const ROOT: usize = usize::MAX - 1;

/// A table in step units with its multipliers.
pub(super) struct State<'a> {
    pub(super) rows: usize,
    pub(super) columns: usize,
    /// Weights by row, flattened; zero for structural zeros and locked cells.
    pub(super) weights: &'a [f64],
    /// Row targets in units.
    pub(super) r: &'a [u64],
    /// Column targets in units.
    pub(super) c: &'a [u64],
    pub(super) rounding: Rounding,
    pub(super) x: Vec<u64>,
    pub(super) rho: Vec<f64>,
    pub(super) sigma: Vec<f64>,
    pub(super) rounds: u32,
    pub(super) transfers: u32,
}

impl State<'_> {
    fn share(&self, k: usize) -> f64 {
        self.weights[k] * self.rho[k / self.columns] * self.sigma[k % self.columns]
    }

    /// Splits every row by its target; every row is then exact.
    fn scale_rows(&mut self) -> Result<(), MatrixError> {
        let m = self.columns;
        let mut values = vec![0.0; m];
        for i in 0..self.rows {
            for (j, v) in values.iter_mut().enumerate() {
                *v = self.weights[i * m + j] * self.sigma[j];
            }
            let out = &mut self.x[i * m..(i + 1) * m];
            self.rho[i] =
                split(&values, self.r[i], self.rounding, out).ok_or(MatrixError::NoConvergence)?;
        }
        Ok(())
    }

    /// Splits every column by its target; every column is then exact.
    fn scale_columns(&mut self) -> Result<(), MatrixError> {
        let (n, m) = (self.rows, self.columns);
        let mut values = vec![0.0; n];
        let mut out = vec![0u64; n];
        for j in 0..m {
            for (i, v) in values.iter_mut().enumerate() {
                *v = self.weights[i * m + j] * self.rho[i];
            }
            self.sigma[j] = split(&values, self.c[j], self.rounding, &mut out)
                .ok_or(MatrixError::NoConvergence)?;
            for (i, &v) in out.iter().enumerate() {
                self.x[i * m + j] = v;
            }
        }
        Ok(())
    }

    /// Column sums minus targets.
    fn column_errors(&self) -> Vec<i128> {
        let m = self.columns;
        let mut sums = vec![0i128; m];
        for (k, &v) in self.x.iter().enumerate() {
            sums[k % m] += i128::from(v);
        }
        sums.iter()
            .zip(self.c)
            .map(|(&s, &t)| s - i128::from(t))
            .collect()
    }

    fn row_errors(&self) -> Vec<i128> {
        self.x
            .chunks(self.columns.max(1))
            .zip(self.r)
            .map(|(row, &t)| row.iter().map(|&v| i128::from(v)).sum::<i128>() - i128::from(t))
            .collect()
    }

    /// Runs alternate scaling, then tie-and-transfer if needed.
    pub(super) fn run(&mut self) -> Result<(), MatrixError> {
        let mut best = u128::MAX;
        let mut stale = 0;
        loop {
            self.rounds += 1;
            self.scale_rows()?;
            let error: u128 = self.column_errors().iter().map(|e| e.unsigned_abs()).sum();
            if error == 0 {
                return Ok(());
            }
            if error < best {
                best = error;
                stale = 0;
            } else {
                stale += 1;
            }
            if stale >= PATIENCE || self.rounds >= MAX_ROUNDS {
                return self.tie_and_transfer();
            }
            self.scale_columns()?;
            if self.row_errors().iter().all(|&e| e == 0) {
                return Ok(());
            }
        }
    }

    fn at_upper(&self, k: usize) -> bool {
        self.weights[k] > 0.0 && self.share(k) >= self.rounding.signpost(self.x[k]) * (1.0 - TIE)
    }

    fn at_lower(&self, k: usize) -> bool {
        self.x[k] > 0 && self.share(k) <= self.rounding.below(self.x[k]) * (1.0 + TIE)
    }

    /// From a state with every row exact, moves units until every column is exact too.
    fn tie_and_transfer(&mut self) -> Result<(), MatrixError> {
        let (n, m) = (self.rows, self.columns);
        let mut error = self.column_errors();
        let total: u128 = error.iter().map(|e| e.unsigned_abs()).sum();
        let budget = total
            .saturating_add(1)
            .saturating_mul(u128::try_from(n + m + 2).unwrap_or(u128::MAX))
            .saturating_add(64);
        let mut steps = 0u128;
        while error.iter().any(|&e| e != 0) {
            steps += 1;
            if steps > budget {
                return Err(MatrixError::NoConvergence);
            }
            let mut row_from = vec![NONE; n];
            let mut column_from = vec![NONE; m];
            let mut queue = VecDeque::new();
            for (j, &e) in error.iter().enumerate() {
                if e > 0 {
                    column_from[j] = ROOT;
                    queue.push_back(j);
                }
            }
            let mut found = None;
            #[expect(clippy::needless_range_loop, reason = "`i` indexes the flat table too")]
            'search: while let Some(j) = queue.pop_front() {
                for i in 0..n {
                    if row_from[i] != NONE || !self.at_lower(i * m + j) {
                        continue;
                    }
                    row_from[i] = j;
                    for j2 in 0..m {
                        if column_from[j2] != NONE || !self.at_upper(i * m + j2) {
                            continue;
                        }
                        column_from[j2] = i;
                        if error[j2] < 0 {
                            found = Some(j2);
                            break 'search;
                        }
                        queue.push_back(j2);
                    }
                }
            }
            if let Some(end) = found {
                let mut j = end;
                loop {
                    let i = column_from[j];
                    let back = row_from[i];
                    self.x[i * m + j] += 1;
                    self.x[i * m + back] -= 1;
                    if column_from[back] == ROOT {
                        error[back] -= 1;
                        break;
                    }
                    j = back;
                }
                error[end] += 1;
                self.transfers = self.transfers.saturating_add(1);
                continue;
            }
            self.scale_labelled(&row_from, &column_from)?;
        }
        Ok(())
    }

    /// Raises the labelled rows and lowers the labelled columns by the smallest factor that
    /// puts one more cell on a signpost.
    fn scale_labelled(
        &mut self,
        row_from: &[usize],
        column_from: &[usize],
    ) -> Result<(), MatrixError> {
        let m = self.columns;
        let mut factor = f64::INFINITY;
        for (k, &w) in self.weights.iter().enumerate() {
            if w <= 0.0 {
                continue;
            }
            let (row_in, column_in) = (row_from[k / m] != NONE, column_from[k % m] != NONE);
            let q = self.share(k);
            if row_in && !column_in {
                factor = factor.min(self.rounding.signpost(self.x[k]) / q);
            } else if !row_in && column_in && self.x[k] > 0 {
                factor = factor.min(q / self.rounding.below(self.x[k]));
            }
        }
        if !factor.is_finite() {
            return Err(MatrixError::NoConvergence);
        }
        // A cell a rounding error past its signpost would give a factor just below 1; moving a
        // hair past it instead makes that cell a tie, which the next search uses.
        let factor = factor.max(1.0 + 2.0 * TIE);
        for (rho, &from) in self.rho.iter_mut().zip(row_from) {
            if from != NONE {
                *rho *= factor;
            }
        }
        for (sigma, &from) in self.sigma.iter_mut().zip(column_from) {
            if from != NONE {
                *sigma /= factor;
            }
        }
        Ok(())
    }

    /// Cells sitting on a signpost: `(flat index, alternative count)`.
    pub(super) fn ties(&self) -> Vec<(usize, u64)> {
        (0..self.x.len())
            .filter_map(|k| {
                if self.at_upper(k) {
                    Some((k, self.x[k] + 1))
                } else if self.weights[k] > 0.0 && self.at_lower(k) {
                    Some((k, self.x[k] - 1))
                } else {
                    None
                }
            })
            .collect()
    }
}
