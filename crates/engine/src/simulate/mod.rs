//! Completion simulation: monthly actuals, the monthly bulletin (一月一通报), the mid-year review
//! (半年一评价), year-end forecasts with probabilities, reallocation of what remains, and the
//! allowance budget.
//!
//! Counts and quotas stay integers; forecasts are estimates, so the Monte Carlo works in
//! floating point, seeded, so that the same settings always give the same numbers.

pub mod actuals;
pub mod allowance;
pub mod bulletin;
pub mod document;
pub mod forecast;
pub mod month;
pub mod realloc;
pub mod supervision;

pub use actuals::{Actuals, Countable, Month, Months, Series, Sheet};
