//! The planner's workspace: a plan plus the rules each metric is split by, and every edit a
//! planner can make to it, as a pure function from one workspace to the next.
//!
//! The app keeps a history of workspaces for undo; each [`Edit`] either yields a new workspace
//! (with the tie it met and the cells it moved) or an error that leaves the old one untouched.
//!
//! - `edit`: every [`Edit`], and whether it changes anything.
//! - `apply`: the one exhaustive match that applies an edit ([`Workspace::apply`]).
//! - `settings`, `simulation`: the edits of a metric's rules and names, and of the actuals,
//!   forecast settings and reallocated quotas.
//! - `structure`: adding, renaming and removing districts and metrics; name limits.
//! - `matrix`: the department × district matrix of this workspace and its edits.
//! - `reports`: what the forecast screen shows (forecast and reallocation) in one call.

mod apply;
mod edit;
mod explain;
mod matrix;
mod reports;
mod settings;
mod simulation;
mod structure;

use crate::error::{EditError, PlanError, RulesError};
use serde::{Deserialize, Serialize};

use crate::apportion::{allocate, Allocation, Bounds, Method, Rules};
use crate::base::{weights, Base};
use crate::default_plan::plan_2021;
use crate::matrix::MatrixSettings;
use crate::relations::relation_bounds;
use crate::simulate::bulletin::DEFAULT_BAND_PERMILLE;
use crate::simulate::supervision::Supervision;
use crate::simulate::{forecast, Actuals, Month};
use crate::{District, EngineError, MetricId, Name, Plan, Quota};

pub use apply::Applied;
pub use edit::Edit;
pub use explain::{CellExplanation, MethodSplit};
pub use reports::{BulletinReport, ForecastReport, Reallocation, SupervisionReport, UnitsReport};
pub use structure::{check_name, MAX_DISTRICTS, MAX_METRICS, MAX_NAME_CHARS, MAX_TITLE_CHARS};

/// How one metric is split: the planner's settings for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetricRules {
    /// The apportionment method.
    pub method: Method,
    /// What the split is proportional to.
    pub base: Base,
    /// Every quota is a multiple of this.
    pub step: u64,
    /// Per-district bounds set by the planner (relations add their own).
    pub bounds: Vec<Bounds>,
    /// Per-district locks: a locked quota keeps its value through redistribution.
    pub locked: Vec<bool>,
    /// Districts in order of preference for a tied unit.
    pub tie_preference: Vec<usize>,
}

impl MetricRules {
    /// The defaults for `districts` districts: largest remainder on the current quotas, in
    /// hundreds, nothing locked or bounded.
    #[must_use]
    pub fn new(districts: usize) -> Self {
        MetricRules {
            method: Method::LargestRemainder,
            base: Base::Current,
            step: 100,
            bounds: vec![Bounds::default(); districts],
            locked: vec![false; districts],
            tie_preference: Vec::new(),
        }
    }
}

/// How completion is simulated: the month reported on, the on-pace band and the forecast.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Simulation {
    /// The month the bulletin and forecasts are "as of".
    pub as_of: Month,
    /// Half-width of the on-pace band around time progress, in tenths of a percent.
    pub band_permille: u64,
    /// Forecast settings (profile, paths, seed, spread, knobs).
    pub forecast: forecast::Settings,
}

impl Default for Simulation {
    fn default() -> Self {
        Simulation {
            as_of: Month::JUNE,
            band_permille: DEFAULT_BAND_PERMILLE,
            forecast: forecast::Settings::default(),
        }
    }
}

/// A plan, the rules of each of its metrics, and its completion data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workspace {
    /// The plan being edited.
    pub plan: Plan,
    /// One entry per metric.
    pub rules: Vec<MetricRules>,
    /// Monthly actuals (empty until entered, pasted or sampled).
    #[serde(default)]
    pub actuals: Actuals,
    /// Simulation settings.
    #[serde(default)]
    pub simulation: Simulation,
    /// How the department quotas are split over the districts.
    #[serde(default)]
    pub matrix: MatrixSettings,
    /// The monthly supervision: the shape of the phased targets and the light rules.
    #[serde(default)]
    pub supervision: Supervision,
}

impl Workspace {
    /// A workspace for `plan` with default rules.
    #[must_use]
    pub fn new(plan: Plan) -> Self {
        let rules = plan
            .metrics
            .iter()
            .map(|_| MetricRules::new(plan.districts.len()))
            .collect();
        Workspace {
            plan,
            rules,
            actuals: Actuals::default(),
            simulation: Simulation::default(),
            matrix: MatrixSettings::default(),
            supervision: Supervision::default(),
        }
    }

    /// The built-in 2021 plan.
    #[must_use]
    pub fn default_2021() -> Self {
        Workspace::new(plan_2021())
    }

    /// A blank plan: the 2021 metrics and one district, all zero. The title and the first
    /// district's name are the app's words, in both languages.
    #[must_use]
    pub fn blank(title: Name, first_district: Name) -> Self {
        let mut plan = plan_2021();
        plan.title = title;
        plan.issuer = Name::default();
        plan.document = String::new();
        plan.districts = vec![District {
            name: first_district,
        }];
        for metric in &mut plan.metrics {
            metric.quotas = vec![Quota::ZERO];
        }
        Workspace::new(plan)
    }

    /// Checks the shape: one rule set per metric, each sized to the districts.
    pub fn validate(&self) -> Result<(), EngineError> {
        self.plan.validate()?;
        let n = self.plan.districts.len();
        if self.rules.len() != self.plan.metrics.len() {
            return Err(EngineError::Rules(RulesError::RulesLength {
                what: "metric rules".into(),
                expected: self.plan.metrics.len(),
                found: self.rules.len(),
            }));
        }
        if !self.actuals.cumulative.is_empty() {
            self.actuals.validate(&self.plan)?;
        }
        for r in &self.rules {
            for (found, what) in [(r.bounds.len(), "bounds"), (r.locked.len(), "locks")] {
                if found != n {
                    return Err(EngineError::Rules(RulesError::RulesLength {
                        what: what.into(),
                        expected: n,
                        found,
                    }));
                }
            }
            // What a hostile or damaged file could hold and an edit never makes: refused
            // when the file or link is opened, not at the first calculation.
            if r.step == 0 {
                return Err(EngineError::Rules(RulesError::ZeroStep));
            }
            for (region, b) in r.bounds.iter().enumerate() {
                if let Some(max) = b.max.filter(|max| *max < b.min) {
                    return Err(EngineError::Rules(RulesError::BoundsInverted {
                        region,
                        min: b.min,
                        max,
                    }));
                }
            }
            if let Some(&region) = r.tie_preference.iter().find(|&&d| d >= n) {
                return Err(EngineError::Edit(EditError::NoSuchRegion {
                    region,
                    count: n,
                }));
            }
        }
        Ok(())
    }

    pub(super) fn metric_rules(&self, metric: MetricId) -> Result<&MetricRules, EngineError> {
        self.rules
            .get(metric)
            .ok_or(EngineError::Plan(PlanError::NoSuchMetric {
                metric,
                count: self.rules.len(),
            }))
    }

    /// The engine rules for `metric`: its step, locks at their current values, the planner's
    /// bounds tightened by the "of which" relations, and its tie preference.
    pub fn engine_rules(&self, metric: MetricId) -> Result<Rules, EngineError> {
        let settings = self.metric_rules(metric)?;
        let quotas = &self.plan.metrics[metric].quotas;
        Ok(Rules {
            step: settings.step,
            bounds: relation_bounds(&self.plan, metric, &settings.bounds, settings.step),
            locked: settings
                .locked
                .iter()
                .zip(quotas)
                .map(|(&locked, &q)| locked.then_some(q))
                .collect(),
            tie_preference: settings.tie_preference.clone(),
        })
    }

    /// The weights `metric`'s base gives its districts now.
    pub fn weights(&self, metric: MetricId) -> Result<Vec<u64>, EngineError> {
        let settings = self.metric_rules(metric)?;
        weights(&settings.base, &self.plan.metrics[metric].quotas)
    }

    /// How `metric`'s current total would be split afresh by `method` — for the "why this
    /// number" panel and the method comparison.
    pub fn split(&self, metric: MetricId, method: Method) -> Result<Allocation, EngineError> {
        let total = self.plan.metric_total(metric)?;
        allocate(
            total,
            &self.weights(metric)?,
            &self.engine_rules(metric)?,
            method,
        )
    }

    /// Each district's chance of reaching its `metric` quota by the year's end, from this
    /// workspace's own actuals, as-of month and forecast settings (seeded, so the same every
    /// time): what a scenario comparison sets side by side.
    pub fn chances(&self, metric: MetricId) -> Result<Vec<f64>, EngineError> {
        let quotas = &self
            .plan
            .metrics
            .get(metric)
            .ok_or(EngineError::Plan(PlanError::NoSuchMetric {
                metric,
                count: self.plan.metrics.len(),
            }))?
            .quotas;
        let lines = forecast::forecast(
            &self.plan,
            quotas,
            &self.actuals,
            metric,
            self.simulation.as_of,
            &self.simulation.forecast,
        )?;
        Ok(lines
            .iter()
            .filter(|f| f.district.is_some())
            .map(|f| f.probability)
            .collect())
    }

    /// Makes the actuals the plan's shape (empty actuals become a grid of blanks).
    pub(super) fn ensure_actuals(&mut self) {
        if self.actuals.cumulative.is_empty() {
            self.actuals = Actuals::empty(&self.plan);
        }
    }

    pub(super) fn rules_mut(&mut self, metric: MetricId) -> Result<&mut MetricRules, EngineError> {
        let count = self.rules.len();
        self.rules
            .get_mut(metric)
            .ok_or(EngineError::Plan(PlanError::NoSuchMetric { metric, count }))
    }
}

/// The cells whose quota differs between two plans of the same shape: (metric, district).
#[must_use]
pub fn changed_cells(before: &Plan, after: &Plan) -> Vec<(MetricId, usize)> {
    let mut changed = Vec::new();
    for (m, (a, b)) in before.metrics.iter().zip(&after.metrics).enumerate() {
        for (d, (x, y)) in a.quotas.iter().zip(&b.quotas).enumerate() {
            if x != y {
                changed.push((m, d));
            }
        }
    }
    changed
}

/// `rules` with `district` moved to the front of its tie preference.
#[must_use]
pub fn prefer(rules: &[usize], district: usize) -> Vec<usize> {
    std::iter::once(district)
        .chain(rules.iter().copied().filter(|&d| d != district))
        .collect()
}
