//! A refused entry: where it was made ([`InputField`]), what was typed and why ([`Cause`]). Below
//! `input` (which makes refusals), `history` (which remembers where an edit was made) and `ui`
//! (which shows them), so none of those needs another.

use quota_engine::simulate::{Month, Series};
use quota_engine::EngineError;
use quota_engine::MetricId;

/// Where a refused entry was made, so its message shows next to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputField {
    /// A district's quota cell.
    Cell(MetricId, usize),
    /// A metric's city total.
    Total(MetricId),
    /// A metric's settings.
    Settings(MetricId),
    /// The plan as a whole (structure, title, paste).
    Plan,
    /// A cumulative actual: whose count of what, and the month.
    Actual(Series, Month),
    /// The simulation settings.
    Simulation,
    /// A cell of the department matrix: department, district.
    MatrixCell(usize, usize),
    /// A department's quota in the matrix.
    Department(usize),
    /// The matrix settings.
    Matrix,
}

/// An entry the engine refused, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// Where it was entered.
    pub field: InputField,
    /// What was typed, when it was text that is not a number.
    pub typed: Option<String>,
    /// Why, from the engine or the number parser.
    pub reason: Cause,
}

/// Why an entry was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cause {
    /// The engine refused the edit.
    Engine(EngineError),
    /// The text is not a quota.
    Parse(quota_engine::support::parse::ParseError),
}

impl Refusal {
    /// The engine refused an edit made at `field`.
    #[must_use]
    pub fn engine(field: InputField, err: EngineError) -> Self {
        Refusal {
            field,
            typed: None,
            reason: Cause::Engine(err),
        }
    }
}
