//! From a [`MatrixProblem`] to numbers the iteration can use: validated, in step units, locks
//! taken out of the margins, weights laid out flat — and back to persons with explanations.

use super::flow;
use super::solve::State;
use super::{
    Biproportional, CellRule, MatrixError, MatrixProblem, MatrixTie, Place, MAX_CELLS, MAX_UNITS,
};
use crate::Quota;

/// A checked problem in step units.
pub(super) struct Prepared {
    rows: usize,
    columns: usize,
    step: u64,
    rounding: super::Rounding,
    /// Locked values in units, flat; zero elsewhere.
    locked: Vec<u64>,
    weights: Vec<f64>,
    r: Vec<u64>,
    c: Vec<u64>,
}

fn units(value: Quota, step: u64, place: Place) -> Result<u64, MatrixError> {
    let v = value.get();
    if !v.is_multiple_of(step) {
        return Err(MatrixError::NotMultipleOfStep { place, value, step });
    }
    let u = v / step;
    if u > MAX_UNITS {
        return Err(MatrixError::Overflow);
    }
    Ok(u)
}

fn sum(values: &[u64]) -> Result<u64, MatrixError> {
    values
        .iter()
        .try_fold(0u64, |a, &b| a.checked_add(b))
        .ok_or(MatrixError::Overflow)
}

impl Prepared {
    pub(super) fn new(p: &MatrixProblem<'_>) -> Result<Self, MatrixError> {
        let (n, m) = (p.rows.len(), p.columns.len());
        if n == 0 || m == 0 {
            return Err(MatrixError::Empty);
        }
        if n.checked_mul(m).is_none_or(|cells| cells > MAX_CELLS) {
            return Err(MatrixError::TooLarge {
                rows: n,
                columns: m,
                limit: MAX_CELLS,
            });
        }
        if p.step == 0 {
            return Err(MatrixError::ZeroStep);
        }
        let step = p.step;
        if let Some(seed) = p.seed {
            let bad = seed.iter().find(|row| row.len() != m);
            if seed.len() != n || bad.is_some() {
                return Err(MatrixError::SeedShape {
                    rows: n,
                    columns: m,
                    found_rows: seed.len(),
                    found_columns: bad.map_or(m, Vec::len),
                });
            }
        }
        let row_sum = Quota::sum(p.rows.iter().copied()).map_err(|_| MatrixError::Overflow)?;
        let column_sum =
            Quota::sum(p.columns.iter().copied()).map_err(|_| MatrixError::Overflow)?;
        if row_sum != column_sum {
            return Err(MatrixError::MarginsDisagree {
                rows: row_sum,
                columns: column_sum,
            });
        }
        let rows_units = p
            .rows
            .iter()
            .enumerate()
            .map(|(i, &q)| units(q, step, Place::Row(i)))
            .collect::<Result<Vec<_>, _>>()?;
        let columns_units = p
            .columns
            .iter()
            .enumerate()
            .map(|(j, &q)| units(q, step, Place::Column(j)))
            .collect::<Result<Vec<_>, _>>()?;
        let rule = |i: usize, j: usize| {
            p.cells
                .get(i)
                .and_then(|row| row.get(j))
                .copied()
                .unwrap_or_default()
        };
        let mut locked = vec![0u64; n * m];
        let mut weights = vec![0.0f64; n * m];
        for i in 0..n {
            for j in 0..m {
                let k = i * m + j;
                match rule(i, j) {
                    CellRule::Locked(value) => {
                        locked[k] = units(value, step, Place::Cell { row: i, column: j })?;
                    }
                    CellRule::Zero => {}
                    CellRule::Free => {
                        weights[k] = match p.seed {
                            Some(seed) => seed[i][j] as f64,
                            None => rows_units[i] as f64 * columns_units[j] as f64,
                        };
                    }
                }
            }
        }
        let r = Self::shrink(
            &rows_units,
            n,
            |i| locked[i * m..(i + 1) * m].to_vec(),
            step,
            Place::Row,
        )?;
        let c = Self::shrink(
            &columns_units,
            m,
            |j| (0..n).map(|i| locked[i * m + j]).collect(),
            step,
            Place::Column,
        )?;
        Ok(Prepared {
            rows: n,
            columns: m,
            step,
            rounding: p.rounding,
            locked,
            weights,
            r,
            c,
        })
    }

    /// The margins less their locked cells.
    fn shrink(
        targets: &[u64],
        count: usize,
        locked_in: impl Fn(usize) -> Vec<u64>,
        step: u64,
        place: fn(usize) -> Place,
    ) -> Result<Vec<u64>, MatrixError> {
        (0..count)
            .map(|index| {
                let locked = sum(&locked_in(index))?;
                targets[index]
                    .checked_sub(locked)
                    .ok_or(MatrixError::LocksExceed {
                        place: place(index),
                        locked: Quota::new(locked.saturating_mul(step)),
                        target: Quota::new(targets[index].saturating_mul(step)),
                    })
            })
            .collect()
    }

    fn persons(&self, units: u64) -> Quota {
        Quota::new(units.saturating_mul(self.step))
    }

    pub(super) fn solve(self) -> Result<Biproportional, MatrixError> {
        let (n, m) = (self.rows, self.columns);
        if let Err(witness) = flow::check(&self.r, &self.c, |i, j| self.weights[i * m + j] > 0.0) {
            let needed = witness.rows.iter().map(|&i| self.r[i]).collect::<Vec<_>>();
            let available = witness
                .columns
                .iter()
                .map(|&j| self.c[j])
                .collect::<Vec<_>>();
            return Err(MatrixError::Infeasible {
                needed: self.persons(sum(&needed)?),
                available: self.persons(sum(&available)?),
                rows: witness.rows,
                columns: witness.columns,
            });
        }
        let mut state = State {
            rows: n,
            columns: m,
            weights: &self.weights,
            r: &self.r,
            c: &self.c,
            rounding: self.rounding,
            x: vec![0; n * m],
            rho: vec![1.0; n],
            sigma: vec![1.0; m],
            rounds: 0,
            transfers: 0,
        };
        state.run()?;
        let ties = state
            .ties()
            .into_iter()
            .map(|(k, alternative)| MatrixTie {
                row: k / m,
                column: k % m,
                value: self.persons(state.x[k] + self.locked[k]),
                alternative: self.persons(alternative + self.locked[k]),
            })
            .collect();
        let cells = (0..n)
            .map(|i| {
                (0..m)
                    .map(|j| self.persons(state.x[i * m + j] + self.locked[i * m + j]))
                    .collect()
            })
            .collect();
        // Normalise: column divisors with a geometric mean of 1, rows carry the scale.
        let mean = (state.sigma.iter().map(|s| s.ln()).sum::<f64>() / m as f64).exp();
        Ok(Biproportional {
            cells,
            row_divisors: state.rho.iter().map(|rho| 1.0 / (rho * mean)).collect(),
            column_divisors: state.sigma.iter().map(|sigma| mean / sigma).collect(),
            ties,
            rounds: state.rounds,
            transfers: state.transfers,
        })
    }
}
