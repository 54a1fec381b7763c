//! Quota Planner's calculation engine.
//!
//! Everything that decides a number lives here, in plain Rust with no web dependency, so that it
//! can be tested natively (`cargo test`), property-tested and benchmarked. The Yew app only
//! renders what this crate computes and dispatches the user's actions to it.
//!
//! The tree shows the layers; a module uses only its own layer and those below it (no module
//! cycles: `node scripts/check-cycles.mjs`).
//!
//! **The domain**, at the top of the crate:
//! - [`quota`]: [`Quota`], the whole-number count every target is made of.
//! - [`error`]: [`EngineError`], every way a calculation can refuse its input: one error per
//!   subsystem ([`RulesError`], [`BaseError`], [`EditError`], [`PlanError`],
//!   [`SimulationError`]) composed into one.
//! - [`model`]: a [`Plan`] — districts, metrics with their "of which" relations, departments.
//! - [`default_plan`]: the 2021 Wenzhou plan, the scenario the app opens with.
//! - [`apportion`]: whole-number splits by six methods, with steps, bounds, locks and ties.
//! - [`matrix`]: the department × district matrix, biproportional with both margins exact.
//! - [`base`]: what a split is proportional to (current, equal, custom, blend).
//! - [`bounds`]: quotas outside the planner's bounds.
//! - [`redistribute`]: change one quota or the total and spread the difference.
//! - [`relations`]: checks of the "of which" relations, as typed findings.
//! - [`simulate`]: actuals, bulletin, supervision, mid-year review, forecasts, reallocation,
//!   allowances.
//! - [`workspace`]: a plan with its per-metric rules, every edit a planner makes (applied by
//!   one exhaustive match), its department matrix, and the forecast screen's report.
//!
//! **Above it**, each reading the domain and read by nothing in it:
//! - [`formats`]: tables, CSV, XLSX, DOCX, the scenario workbook, imports, scenario files.
//! - [`links`]: share links, return links, the worker's jobs.
//! - [`library`]: the saved scenarios, one stored entry each, read so that damage to one
//!   never loses the others; earlier layouts migrated.
//!
//! **Below it**, [`support`]: sorting, numbers as planners type them, the CRC.

pub mod apportion;
pub mod base;
pub mod bounds;
pub mod default_plan;
pub mod error;
pub mod formats;
pub mod library;
pub mod links;
pub mod matrix;
pub mod model;
mod overflow;
pub mod quota;
pub mod redistribute;
pub mod relations;
pub mod simulate;
pub mod support;
pub mod workspace;

pub use error::{BaseError, EditError, EngineError, PlanError, RulesError, SimulationError};
pub use model::{Department, District, Lang, Metric, MetricId, Name, OtherTargets, Plan};
pub use quota::Quota;
