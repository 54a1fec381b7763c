//! Quota Planner's calculation engine.
//!
//! Everything that decides a number lives here, in plain Rust with no web dependency, so that it
//! can be tested natively (`cargo test`), property-tested and benchmarked. The Yew app only
//! renders what this crate computes and dispatches the user's actions to it.
//!
//! - [`quota`]: [`Quota`], the whole-number count every target is made of.
//! - [`model`]: a [`Plan`] — districts, metrics with their "of which" relations, departments.
//! - [`default_plan`]: the 2021 Wenzhou plan, the scenario the app opens with.
//! - [`apportion`]: whole-number splits by six methods, with steps, bounds, locks and ties.
//! - [`matrix`]: the department × district matrix, biproportional with both margins exact.
//! - [`codec`]: share links that reopen exactly the same scenario.
//! - [`base`]: what a split is proportional to (current, equal, custom, blend).
//! - [`bounds`]: quotas outside the planner's bounds, and bounds no split could meet.
//! - [`parse`]: numbers as planners type and paste them (full-width, separators, blocks).
//! - [`redistribute`]: change one quota or the total and spread the difference.
//! - [`relations`]: checks of the "of which" relations, as typed findings.
//! - [`simulate`]: actuals, bulletin, mid-year review, forecasts, reallocation, allowances.
//! - [`workspace`]: a plan with its per-metric rules, every edit a planner makes (applied by
//!   one exhaustive match), its department matrix, and the forecast screen's report.
//! - [`library`]: the saved scenarios, one stored entry each, read so that damage to one
//!   never loses the others; earlier layouts migrated.
//! - [`table`]: the plan, the matrix, monthly actuals and the bulletin as tables of typed fields.
//! - [`csv`]: a table as CSV; [`xlsx`]: tables as the sheets of one XLSX workbook;
//!   [`export`]: the whole scenario as that workbook.
//! - [`import`]: plan tables and monthly actuals read from CSV or XLSX, previewed with every
//!   bad cell.
//! - [`file`]: scenario files (JSON) for export and import.
//! - [`error`]: [`EngineError`], every way a calculation can refuse its input: one error per
//!   subsystem ([`RulesError`], [`BaseError`], [`EditError`], [`PlanError`],
//!   [`SimulationError`]) composed into one.

pub mod apportion;
pub mod base;
pub mod bounds;
pub mod codec;
pub mod csv;
pub mod default_plan;
pub mod docx;
pub mod error;
pub mod export;
pub mod file;
pub mod import;
pub mod jobs;
pub mod library;
pub mod matrix;
pub mod model;
pub mod order;
mod overflow;
pub mod parse;
pub mod quota;
pub mod redistribute;
pub mod relations;
pub mod returns;
pub mod simulate;
pub mod table;
pub mod workspace;
pub mod xlsx;
mod zip;

pub use error::{BaseError, EditError, EngineError, PlanError, RulesError, SimulationError};
pub use model::{Department, District, Lang, Metric, MetricId, Name, OtherTargets, Plan};
pub use quota::Quota;
