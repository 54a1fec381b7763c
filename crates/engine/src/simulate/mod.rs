//! Completion simulation: monthly actuals, the monthly bulletin (一月一通报), the mid-year review
//! (半年一评价), year-end forecasts with probabilities, reallocation of what remains, and the
//! allowance budget.
//!
//! Counts and quotas stay integers; forecasts are estimates, so the Monte Carlo works in
//! floating point, seeded, so that the same settings always give the same numbers.
//!
//! Lowest first: [`actuals`]; [`supervision`] (its settings — the 通报's header among them —,
//! the phased targets, the lights); [`bulletin`] (against time progress or the phased
//! targets); [`document`] (the 通报's facts, from the bulletin and the lights); then
//! [`forecast`], [`realloc`] and [`allowance`]. None imports one that imports it back.

pub mod actuals;
pub mod allowance;
pub mod bulletin;
pub mod document;
pub mod forecast;
pub mod month;
pub mod realloc;
pub mod supervision;

pub use actuals::{Actuals, Countable, Month, Months, Series, Sheet};
