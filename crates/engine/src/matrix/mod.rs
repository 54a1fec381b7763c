//! The department × district matrix: a whole-number table whose row sums are the department
//! quotas and whose column sums are the district quotas.
//!
//! Rounding each cell on its own cannot keep both margins, so this is *biproportional*
//! apportionment (Balinski & Demange 1989): find a multiplier per row and per column such that
//! rounding `weight × row multiplier × column multiplier` by a divisor method's signposts meets
//! both margins at once. [`biproportional`] first checks with a max-flow that the structural
//! zeros and locks leave a feasible table at all ([`flow`]), then runs alternate scaling and
//! finishes with tie-and-transfer, which always terminates ([`solve`]; Maier, Zachariasen &
//! Pukelsheim, "Algorithms for biproportional apportionment", 2010).
//!
//! The counts are exact integers throughout; the multipliers are floating point, and a cell is
//! "at a signpost" (tied) when it lies within a relative 10⁻⁹ of one. Ties are reported.

mod flow;
mod line;
mod prepare;
mod settings;
mod solve;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::Quota;

pub use settings::{CellSetting, MatrixEdit, MatrixSettings, Seed};

/// The largest number of cells a matrix may have.
pub const MAX_CELLS: usize = 4_000_000;
/// The largest number of step units a margin may have.
pub const MAX_UNITS: u64 = 1 << 48;

/// How a cell's exact share is rounded to whole units.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rounding {
    /// Webster / Sainte-Laguë: to the nearest unit (signposts at n + ½). The standard for
    /// biproportional apportionment (the Zurich "doppelter Pukelsheim").
    #[default]
    Webster,
    /// D'Hondt / Jefferson: down (signposts at n + 1).
    DHondt,
}

impl Rounding {
    /// Both roundings, in the order the UI lists them.
    pub const ALL: [Rounding; 2] = [Rounding::Webster, Rounding::DHondt];

    /// The signpost above `n`: a cell with exact share `q` gets `n` units when
    /// `signpost(n - 1) ≤ q ≤ signpost(n)`.
    pub(crate) fn signpost(self, n: u64) -> f64 {
        match self {
            Rounding::Webster => n as f64 + 0.5,
            Rounding::DHondt => n as f64 + 1.0,
        }
    }

    /// The signpost below `n` (0 for `n = 0`).
    pub(crate) fn below(self, n: u64) -> f64 {
        n.checked_sub(1).map_or(0.0, |m| self.signpost(m))
    }

    /// The plain rounding of `q`, for a first guess.
    pub(crate) fn round(self, q: f64) -> u64 {
        let r = match self {
            Rounding::Webster => (q + 0.5).floor(),
            Rounding::DHondt => q.floor(),
        };
        // `as` saturates: negative or NaN become 0, huge values u64::MAX (the caller corrects).
        r as u64
    }
}

/// What a planner fixed about one cell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CellRule {
    /// The method decides.
    #[default]
    Free,
    /// A structural zero: this department has no work in this district.
    Zero,
    /// A fixed value; the margins shrink by it.
    Locked(Quota),
}

/// Where in the matrix a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A department's row, by index.
    Row(usize),
    /// A district's column, by index.
    Column(usize),
    /// One cell.
    Cell {
        /// Department.
        row: usize,
        /// District.
        column: usize,
    },
}

/// Why a matrix cannot be worked out.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum MatrixError {
    /// No departments or no districts.
    #[error("there are no departments or no districts")]
    Empty,
    /// More cells than the engine takes.
    #[error("{rows} × {columns} cells is more than the limit of {limit}")]
    TooLarge {
        /// Departments.
        rows: usize,
        /// Districts.
        columns: usize,
        /// The limit on cells.
        limit: usize,
    },
    /// The seed weights do not have one row per department and one column per district.
    #[error("the seed weights are {found_rows} × {found_columns}, the matrix {rows} × {columns}")]
    SeedShape {
        /// Departments.
        rows: usize,
        /// Districts.
        columns: usize,
        /// Rows of the seed.
        found_rows: usize,
        /// Columns of the seed's first mismatching row.
        found_columns: usize,
    },
    /// The rounding step is zero.
    #[error("the rounding step must be at least 1")]
    ZeroStep,
    /// A target or a locked value is not a multiple of the step.
    #[error("{value} ({place:?}) is not a multiple of the step {step}")]
    NotMultipleOfStep {
        /// Where.
        place: Place,
        /// The value.
        value: Quota,
        /// The step.
        step: u64,
    },
    /// The department targets and the district targets add up to different totals.
    #[error("the departments add up to {rows}, the districts to {columns}")]
    MarginsDisagree {
        /// Sum of the department targets.
        rows: Quota,
        /// Sum of the district targets.
        columns: Quota,
    },
    /// Locked cells in one row or column add up to more than its target.
    #[error("locked cells in {place:?} add up to {locked}, more than its target {target}")]
    LocksExceed {
        /// Where.
        place: Place,
        /// Sum of its locked cells.
        locked: Quota,
        /// Its target.
        target: Quota,
    },
    /// Zeros and locks leave the departments in `rows` needing more than the districts they may
    /// work in (`columns`) have left.
    #[error(
        "departments {rows:?} need {needed}, their districts {columns:?} have only {available}"
    )]
    Infeasible {
        /// The departments that cannot all be met.
        rows: Vec<usize>,
        /// Every district those departments may work in.
        columns: Vec<usize>,
        /// What those departments still need.
        needed: Quota,
        /// What those districts still have.
        available: Quota,
    },
    /// A sum went past a 64-bit count, or a margin past [`MAX_UNITS`] steps.
    #[error("the numbers are too large")]
    Overflow,
    /// The iteration did not settle within its bound; it should not happen on checked input.
    #[error("the calculation did not settle")]
    NoConvergence,
}

/// A matrix problem: the margins, what each cell is proportional to, and the rules.
#[derive(Clone, Copy, Debug)]
pub struct MatrixProblem<'a> {
    /// Department targets (rows).
    pub rows: &'a [Quota],
    /// District targets (columns).
    pub columns: &'a [Quota],
    /// Seed weights per department row; `None` is the product of the margins (independence:
    /// every department spread like the districts' quotas).
    pub seed: Option<&'a [Vec<u64>]>,
    /// Per-cell rules by row; empty means every cell free.
    pub cells: &'a [Vec<CellRule>],
    /// Rounding.
    pub rounding: Rounding,
    /// Every cell is a multiple of this.
    pub step: u64,
}

/// A cell whose exact share sits on a rounding signpost: it could have had `alternative`
/// instead of `value` if another tied cell in its row and column moved the other way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MatrixTie {
    /// Department.
    pub row: usize,
    /// District.
    pub column: usize,
    /// What it got.
    pub value: Quota,
    /// What it could have got.
    pub alternative: Quota,
}

/// A solved matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct Biproportional {
    /// Cell values by row; each row sums to its department target and each column to its
    /// district target, exactly.
    pub cells: Vec<Vec<Quota>>,
    /// One divisor per department: a cell gets `round(weight ÷ (row divisor × column
    /// divisor))` steps.
    pub row_divisors: Vec<f64>,
    /// One divisor per district, normalised to a geometric mean of 1.
    pub column_divisors: Vec<f64>,
    /// Cells on a signpost, where the margins were met by the order of the transfers.
    pub ties: Vec<MatrixTie>,
    /// Alternate-scaling rounds run.
    pub rounds: u32,
    /// Single-unit transfers made by tie-and-transfer.
    pub transfers: u32,
}

/// The sums of a matrix's rows, of its columns, and of all its cells (`None` past a 64-bit
/// count), for the table and the export to show beside the targets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatrixSums {
    /// Each row's sum.
    pub rows: Vec<Option<Quota>>,
    /// Each column's sum (as many as the widest row).
    pub columns: Vec<Option<Quota>>,
    /// The sum of every cell.
    pub total: Option<Quota>,
}

/// The sums of `cells`, row by row.
#[must_use]
pub fn sums(cells: &[Vec<Quota>]) -> MatrixSums {
    let width = cells.iter().map(Vec::len).max().unwrap_or(0);
    MatrixSums {
        rows: cells
            .iter()
            .map(|row| Quota::sum(row.iter().copied()).ok())
            .collect(),
        columns: (0..width)
            .map(|j| Quota::sum(cells.iter().filter_map(|r| r.get(j).copied())).ok())
            .collect(),
        total: Quota::sum(cells.iter().flatten().copied()).ok(),
    }
}

/// Works out the matrix.
pub fn biproportional(problem: &MatrixProblem<'_>) -> Result<Biproportional, MatrixError> {
    let input = prepare::Prepared::new(problem)?;
    input.solve()
}
