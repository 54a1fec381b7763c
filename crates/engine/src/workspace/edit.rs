//! Every edit a planner makes, and the one place that applies it.

use crate::error::EditError;
use serde::{Deserialize, Serialize};

use super::{check_name, Workspace, MAX_NAME_CHARS, MAX_TITLE_CHARS};
use crate::apportion::{alabama, population, quota_rule, Bounds, Method, Paradox, Rules, Tie};
use crate::base::Base;
use crate::matrix::MatrixEdit;
use crate::redistribute::{change_total, set_region, Redistribution};
use crate::simulate::supervision::DocumentHeader;
use crate::simulate::supervision::{LightRules, PhaseProfile};
use crate::simulate::{forecast, Actuals, Month, Series, Sheet};
use crate::{EngineError, MetricId, Name, Quota};

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
    /// Enter (or clear) one cumulative actual: a district's, a department's, the manufacturing
    /// "of which" or a countable target.
    SetActual {
        /// Whose count of what.
        series: Series,
        /// Month.
        month: Month,
        /// Cumulative count by the end of the month; `None` clears it.
        value: Option<Quota>,
    },
    /// Put a pasted block into one month grid, from a top-left (row, month); `None` cells and
    /// cells past the grid are skipped.
    PasteActuals {
        /// The grid.
        sheet: Sheet,
        /// Top-left row.
        row: usize,
        /// Top-left month.
        month: Month,
        /// Values by row (district) and column (month).
        values: Vec<Vec<Option<Quota>>>,
    },
    /// Enter the numbers districts and departments returned for `month`, all at once (one
    /// undoable edit).
    SetReturns {
        /// The month.
        month: Month,
        /// Each count and the cumulative number returned.
        values: Vec<(Series, Quota)>,
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
    /// Shape the phased monthly targets by `profile`.
    SetPhaseProfile {
        /// The profile.
        profile: PhaseProfile,
    },
    /// Judge the lights by `rules`.
    SetLightRules {
        /// The rules.
        rules: LightRules,
    },
    /// The 通报's header and closing paragraphs.
    SetDocument {
        /// The header.
        header: DocumentHeader,
    },
    /// Change one forecast setting, relative to the settings when the edit is made.
    ChangeForecast {
        /// The change.
        change: forecast::SettingsChange,
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

/// New quotas for one metric, and what their split met.
struct Split {
    metric: MetricId,
    quotas: Vec<Quota>,
    tie: Option<Tie>,
    paradoxes: Vec<Paradox>,
}

impl Split {
    fn new(metric: MetricId, quotas: Vec<Quota>, tie: Option<Tie>) -> Self {
        Split {
            metric,
            quotas,
            tie,
            paradoxes: Vec::new(),
        }
    }
}

/// The result of an edit.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    /// The workspace after the edit.
    pub workspace: Workspace,
    /// The tie the edit met, for the metric it redistributed.
    pub tie: Option<(MetricId, Tie)>,
    /// The apportionment paradoxes the edit triggered, for the metric it split.
    pub paradoxes: Vec<(MetricId, Paradox)>,
}

impl Workspace {
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
                series,
                month,
                value,
            } => self
                .actuals
                .series(*series)
                .map_or(value.is_none(), |m| m[month.index()] == *value),
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
            | Edit::SetReturns { .. }
            | Edit::LoadSample
            | Edit::ClearActuals
            | Edit::SetAsOf { .. }
            | Edit::ChangeForecast { .. }
            | Edit::SetPhaseProfile { .. }
            | Edit::SetLightRules { .. }
            | Edit::SetDocument { .. }
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

    /// The workspace after `edit`, or why the edit cannot be made. One arm per edit and no
    /// catch-all: a new edit does not compile until it is applied here.
    pub fn apply(&self, edit: &Edit) -> Result<Applied, EngineError> {
        let mut next = self.clone();
        let mut split = None;
        match edit {
            Edit::SetQuota {
                metric,
                district,
                value,
            } => {
                let result = self.redistribute(*metric, |current, rules, method, weights| {
                    set_region(current, *district, *value, rules, method, weights)
                })?;
                split = Some(Split::new(*metric, result.quotas, result.spread.tie));
            }
            Edit::SetTotal { metric, total } => {
                let result = self.redistribute(*metric, |current, rules, method, weights| {
                    change_total(current, *total, rules, method, weights)
                })?;
                let mut changed = Split::new(*metric, result.quotas, result.spread.tie);
                changed.paradoxes = alabama(&self.plan.metrics[*metric].quotas, &changed.quotas);
                split = Some(changed);
            }
            Edit::Reapportion { metric } => split = Some(self.reapportion(*metric)?),
            Edit::Paste {
                metric,
                district,
                values,
            } => next.paste(*metric, *district, values)?,
            Edit::SetLock {
                metric,
                district,
                locked,
            } => next.set_lock(*metric, *district, *locked)?,
            Edit::SetMethod { metric, method } => next.rules_mut(*metric)?.method = *method,
            Edit::SetBase { metric, base } => next.set_base(*metric, base)?,
            Edit::SetStep { metric, step } => next.set_step(*metric, *step)?,
            Edit::SetBounds {
                metric,
                district,
                bounds,
            } => next.set_bounds(*metric, *district, *bounds)?,
            Edit::RenameDistrict { district, name } => next.rename_district(*district, name)?,
            Edit::AddDistrict { name } => {
                check_name(name, MAX_NAME_CHARS)?;
                next.add_district(name.clone())?;
            }
            Edit::RemoveDistrict { district } => {
                next.check_district(*district)?;
                next.remove_district(*district)?;
            }
            Edit::RenameMetric { metric, name } => next.rename_metric(*metric, name)?,
            Edit::AddMetric { name, parent } => {
                check_name(name, MAX_NAME_CHARS)?;
                next.add_metric(name.clone(), *parent)?;
            }
            Edit::RemoveMetric { metric } => next.remove_metric(*metric)?,
            Edit::SetTitle { title } => {
                check_name(title, MAX_TITLE_CHARS)?;
                next.plan.title = title.clone();
            }
            Edit::SetYear { year } => next.plan.year = *year,
            Edit::Matrix(edit) => next.edit_matrix(edit)?,
            Edit::SetActual {
                series,
                month,
                value,
            } => next.set_actual(*series, *month, *value)?,
            Edit::PasteActuals {
                sheet,
                row,
                month,
                values,
            } => next.paste_actuals(*sheet, *row, *month, values)?,
            Edit::SetReturns { month, values } => next.set_returns(*month, values)?,
            Edit::LoadSample => next.load_sample(),
            Edit::ClearActuals => next.actuals = Actuals::default(),
            Edit::SetAsOf { month } => next.simulation.as_of = *month,
            Edit::ChangeForecast { change } => next.change_forecast(change)?,
            Edit::SetPhaseProfile { profile } => next.supervision.profile = profile.clone(),
            Edit::SetLightRules { rules } => next.set_light_rules(rules)?,
            Edit::SetDocument { header } => next.supervision.document = header.clone(),
            Edit::SetQuotas { metric, quotas } => next.set_quotas(*metric, quotas)?,
        }
        let (mut tie, mut paradoxes) = (None, Vec::new());
        if let Some(split) = split {
            let metric = split.metric;
            next.plan.metrics[metric].quotas = split.quotas;
            tie = split.tie.map(|t| (metric, t));
            paradoxes = split.paradoxes.into_iter().map(|p| (metric, p)).collect();
        }
        next.validate()?;
        Ok(Applied {
            workspace: next,
            tie,
            paradoxes,
        })
    }

    /// A fresh split of `metric` by its rules, with the paradoxes it shows against the current
    /// quotas (which stand for the bases they were split by).
    fn reapportion(&self, metric: MetricId) -> Result<Split, EngineError> {
        let method = self.metric_rules(metric)?.method;
        let result = self.split(metric, method)?;
        let before = &self.plan.metrics[metric].quotas;
        let old_bases: Vec<u64> = before.iter().map(|q| q.get()).collect();
        let mut paradoxes = population(&old_bases, before, &self.weights(metric)?, &result.quotas);
        paradoxes.extend(quota_rule(&result));
        Ok(Split {
            paradoxes,
            ..Split::new(metric, result.quotas, result.tie)
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
    pub(super) fn check_district(&self, district: usize) -> Result<(), EngineError> {
        let count = self.plan.districts.len();
        if district < count {
            Ok(())
        } else {
            Err(EngineError::Edit(EditError::NoSuchRegion {
                region: district,
                count,
            }))
        }
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
}
