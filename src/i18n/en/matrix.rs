//! English: the department × district matrix screen.

use quota_engine::matrix::{MatrixError, Rounding};
use quota_engine::Plan;

use super::L;
use crate::i18n::matrix::MatrixTexts;
use crate::i18n::names::{names_joined, Lines};
use crate::i18n::{grouped as g, matrix_place, q};

pub(super) const TEXTS: MatrixTexts = MatrixTexts {
    tab: "Departments",
    heading: "Departments × districts",
    intro: "Each department's quota is split down to the districts: every row adds up to the department's quota and every column to the district's quota, both exactly (biproportional apportionment: one divisor per row and per column, rounded by the chosen rule). Typing into a cell locks a value or sets its seed weight; the “0” button marks a department with no work in a district.",
    caption: "Department × district quotas",
    department: "Department",
    target: "Target",
    sum: "Sum",
    metric: "District metric",
    rounding: "Rounding",
    rounding_name,
    mode: "Typing into a cell sets",
    mode_values: "a locked value",
    mode_seeds: "its seed weight",
    seed: "Seed weights",
    seed_independence: "department × district quotas (spread like the districts)",
    seed_prior: "a custom prior table (last year's actuals, enterprise counts)",
    clear_seed: "Back to district proportions",
    zero_prefix: "Structural zero",
    department_quota: "department quota",
    mismatch: |rows, columns, metric| format!(
        "The department quotas add up to {}, the districts' “{metric}” to {}: no table can meet both. Choose what to do (nothing is changed on its own):",
        g(rows), g(columns)
    ),
    balance_row: |difference| format!("Add a balancing row “HR bureau and others” ({})", g(difference)),
    balance_name: "HR bureau and others",
    balance_task: "Balancing row: districts minus departments",
    scale: |total| format!("Scale the department quotas to {}", g(total)),
    error: matrix_error,
    divisors_heading: "Divisors and ties",
    row_divisor: "Row divisor",
    column_divisor: "Column divisor",
    no_ties: "No cell sits exactly on a rounding signpost.",
    tie: |department, district, value, alternative| format!(
        "{department} {district}: exactly on a signpost, got {} (could be {} if another tied cell in its row and column moved the other way)",
        g(value), g(alternative)
    ),
    more_ties: |n| format!("… and {n} more cells on a signpost"),
    iterations: |rounds, transfers| format!("{rounds} alternate-scaling rounds, {transfers} tie transfers"),
    export_csv: "Export matrix CSV",
    file_name: "departments-by-district",
    was: "was",
};

fn matrix_error(err: &MatrixError, plan: &Plan) -> String {
    match err {
        MatrixError::Empty => "There are no departments or no districts to split.".to_owned(),
        MatrixError::TooLarge { rows, columns, limit } => format!("{rows} × {columns} cells is more than the limit of {}", g(*limit as u64)),
        MatrixError::SeedShape { .. } => "The seed table does not match the departments and districts: go back to district proportions and paste it again.".to_owned(),
        MatrixError::ZeroStep => "The step must be at least 1".to_owned(),
        MatrixError::NotMultipleOfStep { place: p, value, step } => format!("{}: {} is not a multiple of the step {}", matrix_place(plan, *p, L), q(*value), g(*step)),
        MatrixError::MarginsDisagree { rows, columns } => format!("The departments add up to {}, the districts to {}", q(*rows), q(*columns)),
        MatrixError::LocksExceed { place: p, locked, target } => format!("{}: locked cells add up to {}, more than its target {}", matrix_place(plan, *p, L), q(*locked), q(*target)),
        MatrixError::Infeasible { rows, columns, needed, available } => format!(
            "Cannot be met: departments {} still need {}, but the districts they may work in ({}) have only {} left. Clear some structural zeros or locks.",
            names_joined(plan, rows, Lines::Departments, L), q(*needed),
            if columns.is_empty() { "none".to_owned() } else { names_joined(plan, columns, Lines::Districts, L) },
            q(*available)
        ),
        MatrixError::Overflow => "The numbers are too large to compute".to_owned(),
        MatrixError::NoConvergence => "The calculation did not settle: check the structural zeros and locks".to_owned(),
    }
}

fn rounding_name(rounding: Rounding) -> &'static str {
    match rounding {
        Rounding::Webster => "To nearest (Webster / Sainte-Laguë)",
        Rounding::DHondt => "Down (D'Hondt)",
    }
}
