//! The one place an edit is applied: [`Workspace::apply`], one arm per [`Edit`] and no
//! catch-all, so a new edit does not compile until it is applied here. Each arm either hands
//! the edit to the module of its concern (`settings`, `simulation`, `structure`, `matrix`) or
//! redistributes a metric; then the new workspace is checked whole.

use crate::error::EditError;

use super::{check_name, Edit, Workspace, MAX_NAME_CHARS, MAX_TITLE_CHARS};
use crate::apportion::{alabama, population, quota_rule, Method, Paradox, Rules, Tie};
use crate::redistribute::{change_total, set_region, Redistribution};
use crate::simulate::Actuals;
use crate::{EngineError, MetricId, Quota};

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
