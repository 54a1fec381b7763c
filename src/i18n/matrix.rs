//! The department × district matrix screen: its controls, the mismatch of its margins, its
//! errors, divisors and ties.

use quota_engine::matrix::{MatrixError, Rounding};
use quota_engine::Plan;

/// The strings of the department × district matrix screen.
#[derive(Debug)]
pub struct MatrixTexts {
    /// Its tab.
    pub tab: &'static str,
    /// Its heading.
    pub heading: &'static str,
    /// What it does, in one paragraph.
    pub intro: &'static str,
    /// The table caption.
    pub caption: &'static str,
    /// Header of the department column.
    pub department: &'static str,
    /// A department's quota column and the district targets row.
    pub target: &'static str,
    /// Sums (column and row).
    pub sum: &'static str,
    /// Label of the district metric choice.
    pub metric: &'static str,
    /// Label of the rounding choice.
    pub rounding: &'static str,
    /// The name of a rounding.
    pub rounding_name: fn(Rounding) -> &'static str,
    /// Label of what typing into a cell sets.
    pub mode: &'static str,
    /// Typing sets a locked value.
    pub mode_values: &'static str,
    /// Typing sets a seed weight.
    pub mode_seeds: &'static str,
    /// Label of the seed line.
    pub seed: &'static str,
    /// The seed is the product of the margins.
    pub seed_independence: &'static str,
    /// The seed is a prior table.
    pub seed_prior: &'static str,
    /// Button: back to the product of the margins.
    pub clear_seed: &'static str,
    /// Prefix of a cell's structural-zero toggle, e.g. `结构零 市经信局 鹿城`.
    pub zero_prefix: &'static str,
    /// Suffix of a department's quota input label.
    pub department_quota: &'static str,
    /// The margins disagree: department total, district total, metric name.
    pub mismatch: fn(u64, u64, &str) -> String,
    /// Button: add a balancing row taking up this difference.
    pub balance_row: fn(u64) -> String,
    /// The balancing row's name in this language.
    pub balance_name: &'static str,
    /// The balancing row's task (what it is).
    pub balance_task: &'static str,
    /// Button: scale the department quotas to this total.
    pub scale: fn(u64) -> String,
    /// Why the matrix cannot be worked out.
    pub error: fn(&MatrixError, &Plan) -> String,
    /// Heading of the divisors and ties panel.
    pub divisors_heading: &'static str,
    /// Row divisor header.
    pub row_divisor: &'static str,
    /// Column divisor header.
    pub column_divisor: &'static str,
    /// No cell on a signpost.
    pub no_ties: &'static str,
    /// A tied cell: department, district, value, alternative.
    pub tie: fn(&str, &str, u64, u64) -> String,
    /// How many more tied cells there are than listed.
    pub more_ties: fn(usize) -> String,
    /// How the iteration went: alternate-scaling rounds, transfers.
    pub iterations: fn(u32, u32) -> String,
    /// Button: download the matrix as CSV.
    pub export_csv: &'static str,
    /// Base name of the CSV file.
    pub file_name: &'static str,
    /// A changed cell's title: the value before.
    pub was: &'static str,
}
