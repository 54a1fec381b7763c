//! The planner's workspace: a plan plus the rules each metric is split by, and every edit a
//! planner can make to it, as a pure function from one workspace to the next.
//!
//! The app keeps a history of workspaces for undo; each [`Edit`] either yields a new workspace
//! (with the tie it met and the cells it moved) or an error that leaves the old one untouched.

use serde::{Deserialize, Serialize};

use crate::apportion::{allocate, Allocation, Bounds, Method, Rules, Tie};
use crate::base::{weights, Base};
use crate::bounds::check_bounds_hold;
use crate::default_plan::plan_2021;
use crate::matrix::{MatrixEdit, MatrixSettings};
use crate::redistribute::{change_total, set_region, Redistribution};
use crate::relations::relation_bounds;
use crate::simulate::actuals::{sample, MONTHS, SAMPLE_PROFILE};
use crate::simulate::bulletin::DEFAULT_BAND_PERMILLE;
use crate::simulate::{forecast, Actuals, Month};
use crate::{District, EngineError, Metric, MetricId, Name, Plan, Quota};

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
}

/// Something a planner does to the workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Edit {
    /// Set one quota; the difference is spread over the other unlocked districts.
    SetQuota {
        /// Metric.
        metric: MetricId,
        /// District.
        district: usize,
        /// New value.
        value: Quota,
    },
    /// Set a metric's city total; the difference is spread over the unlocked districts.
    SetTotal {
        /// Metric.
        metric: MetricId,
        /// New total.
        total: Quota,
    },
    /// Lock or unlock a quota.
    SetLock {
        /// Metric.
        metric: MetricId,
        /// District.
        district: usize,
        /// Locked or not.
        locked: bool,
    },
    /// Choose a metric's method.
    SetMethod {
        /// Metric.
        metric: MetricId,
        /// Method.
        method: Method,
    },
    /// Choose a metric's base.
    SetBase {
        /// Metric.
        metric: MetricId,
        /// Base.
        base: Base,
    },
    /// Choose a metric's rounding step.
    SetStep {
        /// Metric.
        metric: MetricId,
        /// Step, at least 1.
        step: u64,
    },
    /// Set a district's bounds for a metric.
    SetBounds {
        /// Metric.
        metric: MetricId,
        /// District.
        district: usize,
        /// Bounds.
        bounds: Bounds,
    },
    /// Split a metric's total afresh by its method, base and rules.
    Reapportion {
        /// Metric.
        metric: MetricId,
    },
    /// Put pasted values into the table, from a top-left cell; `None` cells are skipped.
    Paste {
        /// Top-left metric.
        metric: MetricId,
        /// Top-left district.
        district: usize,
        /// Values by row (district) and column (metric).
        values: Vec<Vec<Option<Quota>>>,
    },
    /// Enter (or clear) one cumulative actual.
    SetActual {
        /// Metric.
        metric: MetricId,
        /// District.
        district: usize,
        /// Month.
        month: Month,
        /// Cumulative count by the end of the month; `None` clears it.
        value: Option<Quota>,
    },
    /// Put a pasted block into one metric's month grid, from a top-left (district, month);
    /// `None` cells are skipped.
    PasteActuals {
        /// Metric.
        metric: MetricId,
        /// Top-left district.
        district: usize,
        /// Top-left month.
        month: Month,
        /// Values by row (district) and column (month).
        values: Vec<Vec<Option<Quota>>>,
    },
    /// Replace the actuals with the deterministic sample data (示例数据).
    LoadSample,
    /// Remove every actual.
    ClearActuals,
    /// Set the month the bulletin and forecasts are as of.
    SetAsOf {
        /// Month.
        month: Month,
    },
    /// Replace the forecast settings.
    SetForecast {
        /// Settings.
        settings: forecast::Settings,
    },
    /// Give a metric new district quotas (a reallocation); they must keep the city total.
    SetQuotas {
        /// Metric.
        metric: MetricId,
        /// One quota per district.
        quotas: Vec<Quota>,
    },
    /// Rename a district.
    RenameDistrict {
        /// District.
        district: usize,
        /// New name.
        name: Name,
    },
    /// Add a district with zero quotas at the end.
    AddDistrict {
        /// Its name.
        name: Name,
    },
    /// Remove a district and its quotas.
    RemoveDistrict {
        /// District.
        district: usize,
    },
    /// Rename a metric.
    RenameMetric {
        /// Metric.
        metric: MetricId,
        /// New name.
        name: Name,
    },
    /// Add a metric with zero quotas, optionally "of which" part of another.
    AddMetric {
        /// Its name.
        name: Name,
        /// The metric it is part of.
        parent: Option<MetricId>,
    },
    /// Remove a metric; its sub-metrics become part of its parent.
    RemoveMetric {
        /// Metric.
        metric: MetricId,
    },
    /// Change the department matrix.
    Matrix(MatrixEdit),
    /// Retitle the plan.
    SetTitle {
        /// The title.
        title: Name,
    },
    /// Set the plan year.
    SetYear {
        /// The year.
        year: u16,
    },
}

/// The result of an edit.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    /// The workspace after the edit.
    pub workspace: Workspace,
    /// The tie the edit met, for the metric it redistributed.
    pub tie: Option<(MetricId, Tie)>,
}

/// The most districts or metrics a workspace may have.
pub const MAX_DISTRICTS: usize = 100_000;
/// The most metrics a workspace may have.
pub const MAX_METRICS: usize = 50;

/// The longest name of a district, metric or scenario, in characters: longer names are
/// refused with their length, never cut without a word.
pub const MAX_NAME_CHARS: usize = 60;

/// The longest plan title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;

/// Refuses a name longer than `limit` characters in either language.
pub fn check_name(name: &Name, limit: usize) -> Result<(), EngineError> {
    let chars = name.zh.chars().count().max(name.en.chars().count());
    if chars > limit {
        return Err(EngineError::NameTooLong { chars, limit });
    }
    Ok(())
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
        }
    }

    /// The built-in 2021 plan.
    #[must_use]
    pub fn default_2021() -> Self {
        Workspace::new(plan_2021())
    }

    /// A blank plan: the 2021 metrics and one district, all zero.
    #[must_use]
    pub fn blank() -> Self {
        let mut plan = plan_2021();
        plan.title = Name::new("新指标分解方案", "New plan");
        plan.issuer = Name::default();
        plan.document = String::new();
        plan.districts = vec![District {
            name: Name::new("地区1", "District 1"),
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
            return Err(EngineError::RulesLength {
                what: "metric rules",
                expected: self.plan.metrics.len(),
                found: self.rules.len(),
            });
        }
        if !self.actuals.cumulative.is_empty() {
            self.actuals.validate(&self.plan)?;
        }
        for r in &self.rules {
            for (found, what) in [(r.bounds.len(), "bounds"), (r.locked.len(), "locks")] {
                if found != n {
                    return Err(EngineError::RulesLength {
                        what,
                        expected: n,
                        found,
                    });
                }
            }
            // What a hostile or damaged file could hold and an edit never makes: refused
            // when the file or link is opened, not at the first calculation.
            if r.step == 0 {
                return Err(EngineError::ZeroStep);
            }
            for (region, b) in r.bounds.iter().enumerate() {
                if let Some(max) = b.max.filter(|max| *max < b.min) {
                    return Err(EngineError::BoundsInverted {
                        region,
                        min: b.min,
                        max,
                    });
                }
            }
            if let Some(&region) = r.tie_preference.iter().find(|&&d| d >= n) {
                return Err(EngineError::NoSuchRegion { region, count: n });
            }
        }
        Ok(())
    }

    fn metric_rules(&self, metric: MetricId) -> Result<&MetricRules, EngineError> {
        self.rules.get(metric).ok_or(EngineError::NoSuchMetric {
            metric,
            count: self.rules.len(),
        })
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

    /// How `metric`'s current total splits by `method` for the "why this number" panel and the
    /// method comparison. With the base "current quotas" a fresh split only returns the current
    /// numbers, so the reference is the shares of `published` (when it has the same districts):
    /// what each method makes of the published shape at today's total.
    pub fn reference_split(
        &self,
        metric: MetricId,
        method: Method,
        published: &Plan,
    ) -> Result<Allocation, EngineError> {
        let settings = self.metric_rules(metric)?;
        let same_shape = published.districts.len() == self.plan.districts.len();
        let weights = match (&settings.base, published.metrics.get(metric)) {
            (Base::Current, Some(reference)) if same_shape => {
                reference.quotas.iter().map(|q| q.get()).collect()
            }
            _ => self.weights(metric)?,
        };
        let total = self.plan.metric_total(metric)?;
        allocate(total, &weights, &self.engine_rules(metric)?, method)
    }

    /// Each district's chance of reaching its `metric` quota by the year's end, from this
    /// workspace's own actuals, as-of month and forecast settings (seeded, so the same every
    /// time): what a scenario comparison sets side by side.
    pub fn chances(&self, metric: MetricId) -> Result<Vec<f64>, EngineError> {
        let quotas = &self
            .plan
            .metrics
            .get(metric)
            .ok_or(EngineError::NoSuchMetric {
                metric,
                count: self.plan.metrics.len(),
            })?
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

    /// Whether `edit` sets a value to what the workspace already holds, so applying it would
    /// change nothing (re-entering a cell's own number is not an edit). Only the edits that
    /// set one value can answer yes; every other edit recomputes and answers no.
    #[must_use]
    pub fn holds(&self, edit: &Edit) -> bool {
        match edit {
            Edit::SetQuota {
                metric,
                district,
                value,
            } => self.plan.quota(*metric, *district) == Some(*value),
            Edit::SetTotal { metric, total } => {
                self.plan.metric_total(*metric).ok() == Some(*total)
            }
            Edit::SetActual {
                metric,
                district,
                month,
                value,
            } => self
                .actuals
                .cumulative
                .get(*metric)
                .and_then(|r| r.get(*district))
                .is_some_and(|m| m[month.index()] == *value),
            Edit::Matrix(MatrixEdit::SetDepartmentQuota { row, value }) => {
                self.plan.departments.get(*row).map(|d| d.quota) == Some(*value)
            }
            Edit::Matrix(MatrixEdit::SetCell { row, column, rule }) => {
                self.matrix.rule(*row, *column) == *rule
            }
            // Edits that recompute, or set more than one value.
            Edit::Matrix(_)
            | Edit::SetLock { .. }
            | Edit::SetMethod { .. }
            | Edit::SetBase { .. }
            | Edit::SetStep { .. }
            | Edit::SetBounds { .. }
            | Edit::Reapportion { .. }
            | Edit::Paste { .. }
            | Edit::PasteActuals { .. }
            | Edit::LoadSample
            | Edit::ClearActuals
            | Edit::SetAsOf { .. }
            | Edit::SetForecast { .. }
            | Edit::SetQuotas { .. }
            | Edit::RenameDistrict { .. }
            | Edit::AddDistrict { .. }
            | Edit::RemoveDistrict { .. }
            | Edit::RenameMetric { .. }
            | Edit::AddMetric { .. }
            | Edit::RemoveMetric { .. }
            | Edit::SetTitle { .. }
            | Edit::SetYear { .. } => false,
        }
    }

    /// The workspace after `edit`, or why the edit cannot be made.
    pub fn apply(&self, edit: &Edit) -> Result<Applied, EngineError> {
        let mut next = self.clone();
        let mut tie = None;
        match edit {
            Edit::SetQuota {
                metric,
                district,
                value,
            } => {
                let result = self.redistribute(*metric, |current, rules, method, weights| {
                    set_region(current, *district, *value, rules, method, weights)
                })?;
                next.plan.metrics[*metric].quotas = result.quotas;
                tie = result.spread.tie.map(|t| (*metric, t));
            }
            Edit::SetTotal { metric, total } => {
                let result = self.redistribute(*metric, |current, rules, method, weights| {
                    change_total(current, *total, rules, method, weights)
                })?;
                next.plan.metrics[*metric].quotas = result.quotas;
                tie = result.spread.tie.map(|t| (*metric, t));
            }
            Edit::Reapportion { metric } => {
                let method = self.metric_rules(*metric)?.method;
                let result = self.split(*metric, method)?;
                next.plan.metrics[*metric].quotas = result.quotas;
                tie = result.tie.map(|t| (*metric, t));
            }
            Edit::Paste {
                metric,
                district,
                values,
            } => next.paste(*metric, *district, values)?,
            Edit::SetLock { .. }
            | Edit::SetMethod { .. }
            | Edit::SetBase { .. }
            | Edit::SetStep { .. }
            | Edit::SetBounds { .. }
            | Edit::RenameDistrict { .. }
            | Edit::AddDistrict { .. }
            | Edit::RemoveDistrict { .. }
            | Edit::RenameMetric { .. }
            | Edit::AddMetric { .. }
            | Edit::RemoveMetric { .. }
            | Edit::SetTitle { .. }
            | Edit::SetYear { .. }
            | Edit::Matrix(_) => next.apply_setting(edit)?,
            Edit::SetActual { .. }
            | Edit::PasteActuals { .. }
            | Edit::LoadSample
            | Edit::ClearActuals
            | Edit::SetAsOf { .. }
            | Edit::SetForecast { .. }
            | Edit::SetQuotas { .. } => next.apply_simulation(edit)?,
        }
        next.validate()?;
        Ok(Applied {
            workspace: next,
            tie,
        })
    }

    /// Runs a redistribution of `metric` with its current quotas, engine rules, method and
    /// weights.
    fn redistribute(
        &self,
        metric: MetricId,
        run: impl FnOnce(&[Quota], &Rules, Method, &[u64]) -> Result<Redistribution, EngineError>,
    ) -> Result<Redistribution, EngineError> {
        let settings = self.metric_rules(metric)?;
        run(
            &self.plan.metrics[metric].quotas,
            &self.engine_rules(metric)?,
            settings.method,
            &self.weights(metric)?,
        )
    }

    /// `Ok` when `district` exists.
    fn check_district(&self, district: usize) -> Result<(), EngineError> {
        let count = self.plan.districts.len();
        if district < count {
            Ok(())
        } else {
            Err(EngineError::NoSuchRegion {
                region: district,
                count,
            })
        }
    }

    /// Edits that change settings or the plan's shape, not quotas by redistribution.
    fn apply_setting(&mut self, edit: &Edit) -> Result<(), EngineError> {
        let check_district = |district| self.check_district(district);
        match edit {
            Edit::SetLock {
                metric,
                district,
                locked,
            } => {
                check_district(*district)?;
                self.rules_mut(*metric)?.locked[*district] = *locked;
            }
            Edit::SetMethod { metric, method } => self.rules_mut(*metric)?.method = *method,
            Edit::SetBase { metric, base } => {
                // Check the base fits before keeping it.
                weights(base, &self.plan.metrics[*metric].quotas)?;
                self.rules_mut(*metric)?.base = base.clone();
            }
            Edit::SetStep { metric, step } => {
                if *step == 0 {
                    return Err(EngineError::ZeroStep);
                }
                self.rules_mut(*metric)?.step = *step;
            }
            Edit::SetBounds {
                metric,
                district,
                bounds,
            } => {
                check_district(*district)?;
                if bounds.max.is_some_and(|max| max < bounds.min) {
                    return Err(EngineError::BoundsInverted {
                        region: *district,
                        min: bounds.min,
                        max: bounds.max.unwrap_or_default(),
                    });
                }
                let total = self.plan.metric_total(*metric)?;
                let rules = self.rules_mut(*metric)?;
                let mut all = rules.bounds.clone();
                all[*district] = *bounds;
                check_bounds_hold(&all, total)?;
                rules.bounds = all;
            }
            Edit::RenameDistrict { district, name } => {
                check_district(*district)?;
                check_name(name, MAX_NAME_CHARS)?;
                self.plan.districts[*district].name = name.clone();
            }
            Edit::AddDistrict { name } => {
                check_name(name, MAX_NAME_CHARS)?;
                self.add_district(name.clone())?;
            }
            Edit::RemoveDistrict { district } => {
                check_district(*district)?;
                self.remove_district(*district)?;
            }
            Edit::RenameMetric { metric, name } => {
                self.rules_mut(*metric)?;
                check_name(name, MAX_NAME_CHARS)?;
                self.plan.metrics[*metric].name = name.clone();
            }
            Edit::AddMetric { name, parent } => {
                check_name(name, MAX_NAME_CHARS)?;
                self.add_metric(name.clone(), *parent)?;
            }
            Edit::RemoveMetric { metric } => self.remove_metric(*metric)?,
            Edit::SetTitle { title } => {
                check_name(title, MAX_TITLE_CHARS)?;
                self.plan.title = title.clone();
            }
            Edit::SetYear { year } => self.plan.year = *year,
            Edit::Matrix(edit) => self.edit_matrix(edit)?,
            // Dispatched elsewhere by `apply`; listed so that a new edit fails to compile here.
            Edit::SetQuota { .. }
            | Edit::SetTotal { .. }
            | Edit::Reapportion { .. }
            | Edit::Paste { .. }
            | Edit::SetActual { .. }
            | Edit::PasteActuals { .. }
            | Edit::LoadSample
            | Edit::ClearActuals
            | Edit::SetAsOf { .. }
            | Edit::SetForecast { .. }
            | Edit::SetQuotas { .. } => {}
        }
        Ok(())
    }

    /// Edits of the actuals, the simulation settings and reallocated quotas.
    fn apply_simulation(&mut self, edit: &Edit) -> Result<(), EngineError> {
        let districts = self.plan.districts.len();
        let check_district = |district| self.check_district(district);
        match edit {
            Edit::SetActual {
                metric,
                district,
                month,
                value,
            } => {
                check_district(*district)?;
                self.rules_mut(*metric)?;
                self.ensure_actuals();
                self.actuals.cumulative[*metric][*district][month.index()] = *value;
                self.actuals.sample = false;
            }
            Edit::PasteActuals {
                metric,
                district,
                month,
                values,
            } => {
                self.rules_mut(*metric)?;
                self.ensure_actuals();
                let rows = &mut self.actuals.cumulative[*metric];
                for (r, cells) in values.iter().enumerate() {
                    for (c, cell) in cells.iter().enumerate() {
                        let slot = rows
                            .get_mut(district + r)
                            .and_then(|months| months.get_mut(month.index() + c));
                        if let (Some(slot), Some(value)) = (slot, cell) {
                            *slot = Some(*value);
                        }
                    }
                }
                self.actuals.sample = false;
            }
            Edit::LoadSample => {
                self.actuals = sample(&self.plan);
                // Forecast with the profile the sample follows, so its projections make sense.
                self.simulation.forecast.profile = SAMPLE_PROFILE;
            }
            Edit::ClearActuals => self.actuals = Actuals::default(),
            Edit::SetAsOf { month } => self.simulation.as_of = *month,
            Edit::SetForecast { settings } => {
                if settings.paths == 0 || settings.paths > forecast::MAX_PATHS {
                    return Err(EngineError::PathsOutOfRange {
                        paths: settings.paths,
                        limit: forecast::MAX_PATHS,
                    });
                }
                if settings.knobs.iter().any(|k| k.district >= districts) {
                    return Err(EngineError::NoSuchRegion {
                        region: districts,
                        count: districts,
                    });
                }
                self.simulation.forecast = settings.clone();
            }
            Edit::SetQuotas { metric, quotas } => {
                self.rules_mut(*metric)?;
                let before = self.plan.metric_total(*metric)?;
                let after = Quota::sum(quotas.iter().copied())?;
                if quotas.len() != districts || before != after {
                    return Err(EngineError::TotalChanged { before, after });
                }
                self.plan.metrics[*metric].quotas.clone_from(quotas);
            }
            // Dispatched elsewhere by `apply`; listed so that a new edit fails to compile here.
            Edit::SetQuota { .. }
            | Edit::SetTotal { .. }
            | Edit::Reapportion { .. }
            | Edit::Paste { .. }
            | Edit::SetLock { .. }
            | Edit::SetMethod { .. }
            | Edit::SetBase { .. }
            | Edit::SetStep { .. }
            | Edit::SetBounds { .. }
            | Edit::RenameDistrict { .. }
            | Edit::AddDistrict { .. }
            | Edit::RemoveDistrict { .. }
            | Edit::RenameMetric { .. }
            | Edit::AddMetric { .. }
            | Edit::RemoveMetric { .. }
            | Edit::SetTitle { .. }
            | Edit::SetYear { .. }
            | Edit::Matrix(_) => {}
        }
        Ok(())
    }

    /// Makes the actuals the plan's shape (empty actuals become a grid of blanks).
    fn ensure_actuals(&mut self) {
        if self.actuals.cumulative.is_empty() {
            self.actuals = Actuals::empty(&self.plan);
        }
    }

    fn rules_mut(&mut self, metric: MetricId) -> Result<&mut MetricRules, EngineError> {
        let count = self.rules.len();
        self.rules
            .get_mut(metric)
            .ok_or(EngineError::NoSuchMetric { metric, count })
    }

    fn paste(
        &mut self,
        metric: MetricId,
        district: usize,
        values: &[Vec<Option<Quota>>],
    ) -> Result<(), EngineError> {
        for (row, cells) in values.iter().enumerate() {
            for (column, cell) in cells.iter().enumerate() {
                let (Some(value), Some(d), Some(m)) =
                    (cell, district.checked_add(row), metric.checked_add(column))
                else {
                    continue;
                };
                if let Some(slot) = self
                    .plan
                    .metrics
                    .get_mut(m)
                    .and_then(|m| m.quotas.get_mut(d))
                {
                    *slot = *value;
                }
            }
        }
        for m in 0..self.plan.metrics.len() {
            self.plan.metric_total(m)?;
        }
        Ok(())
    }

    fn add_district(&mut self, name: Name) -> Result<(), EngineError> {
        if self.plan.districts.len() >= MAX_DISTRICTS {
            return Err(EngineError::TooManyRegions {
                count: self.plan.districts.len() + 1,
                limit: MAX_DISTRICTS,
            });
        }
        self.plan.districts.push(District { name });
        self.matrix.add_column();
        for metric in &mut self.plan.metrics {
            metric.quotas.push(Quota::ZERO);
        }
        for rules in &mut self.rules {
            rules.bounds.push(Bounds::default());
            rules.locked.push(false);
        }
        for rows in &mut self.actuals.cumulative {
            rows.push([None; MONTHS]);
        }
        Ok(())
    }

    fn remove_district(&mut self, district: usize) -> Result<(), EngineError> {
        if self.plan.districts.len() == 1 {
            return Err(EngineError::LastOne);
        }
        self.plan.districts.remove(district);
        self.matrix.remove_column(district);
        for metric in &mut self.plan.metrics {
            metric.quotas.remove(district);
        }
        for rows in &mut self.actuals.cumulative {
            if district < rows.len() {
                rows.remove(district);
            }
        }
        self.simulation
            .forecast
            .knobs
            .retain(|k| k.district != district);
        for knob in &mut self.simulation.forecast.knobs {
            if knob.district > district {
                knob.district -= 1;
            }
        }
        for rules in &mut self.rules {
            rules.bounds.remove(district);
            rules.locked.remove(district);
            rules.tie_preference.retain(|&d| d != district);
            for d in &mut rules.tie_preference {
                if *d > district {
                    *d -= 1;
                }
            }
        }
        Ok(())
    }

    fn add_metric(&mut self, name: Name, parent: Option<MetricId>) -> Result<(), EngineError> {
        if self.plan.metrics.len() >= MAX_METRICS {
            return Err(EngineError::TooManyMetrics { limit: MAX_METRICS });
        }
        if let Some(p) = parent {
            self.rules_mut(p)?;
        }
        let n = self.plan.districts.len();
        self.plan.metrics.push(Metric {
            name,
            parent,
            quotas: vec![Quota::ZERO; n],
        });
        self.rules.push(MetricRules::new(n));
        if !self.actuals.cumulative.is_empty() {
            self.actuals.cumulative.push(vec![[None; MONTHS]; n]);
        }
        Ok(())
    }

    fn remove_metric(&mut self, metric: MetricId) -> Result<(), EngineError> {
        self.rules_mut(metric)?;
        if self.plan.metrics.len() == 1 {
            return Err(EngineError::LastOne);
        }
        let removed_parent = self.plan.metrics[metric].parent;
        self.plan.metrics.remove(metric);
        self.rules.remove(metric);
        if metric < self.actuals.cumulative.len() {
            self.actuals.cumulative.remove(metric);
        }
        let shift = |m: MetricId| if m > metric { m - 1 } else { m };
        for m in &mut self.plan.metrics {
            m.parent = match m.parent {
                Some(p) if p == metric => removed_parent.map(shift),
                Some(p) => Some(shift(p)),
                None => None,
            };
        }
        if self.plan.department_metric == metric {
            self.plan.department_metric = 0;
        } else {
            self.plan.department_metric = shift(self.plan.department_metric);
        }
        Ok(())
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
