//! Actuals: cumulative counts per metric, district and month, as the bureau collects them.
//!
//! One module per job: `month` (the months of the year), `series` (where a count is kept, and
//! the sheets typed into), `store` (the counts and reading them), `checks` (the shape against
//! the plan, and counts that cannot be right) and `sample_data` (示例数据).

mod checks;
mod month;
mod sample_data;
mod series;
mod store;
#[cfg(test)]
mod tests;

pub use month::{Month, Months, MONTHS};
pub use sample_data::{sample, SAMPLE_PROFILE};
pub use series::{Countable, Series, Sheet};
pub use store::Actuals;
