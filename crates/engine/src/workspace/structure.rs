//! The plan's structure: adding and removing districts and metrics (with everything that is
//! kept per district or metric), and the limits on names.

use super::{MetricRules, Workspace};
use crate::apportion::Bounds;
use crate::error::{PlanError, RulesError};
use crate::simulate::actuals::MONTHS;
use crate::{District, EngineError, Metric, MetricId, Name, Quota};

/// The most districts a workspace may have.
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
        return Err(EngineError::Plan(PlanError::NameTooLong { chars, limit }));
    }
    Ok(())
}

impl Workspace {
    pub(super) fn add_district(&mut self, name: Name) -> Result<(), EngineError> {
        if self.plan.districts.len() >= MAX_DISTRICTS {
            return Err(EngineError::Rules(RulesError::TooManyRegions {
                count: self.plan.districts.len() + 1,
                limit: MAX_DISTRICTS,
            }));
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

    pub(super) fn remove_district(&mut self, district: usize) -> Result<(), EngineError> {
        if self.plan.districts.len() == 1 {
            return Err(EngineError::Plan(PlanError::LastOne));
        }
        self.plan.districts.remove(district);
        self.matrix.remove_column(district);
        for metric in &mut self.plan.metrics {
            metric.quotas.remove(district);
        }
        for rows in self
            .actuals
            .cumulative
            .iter_mut()
            .chain([&mut self.actuals.manufacturing])
        {
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

    pub(super) fn add_metric(
        &mut self,
        name: Name,
        parent: Option<MetricId>,
    ) -> Result<(), EngineError> {
        if self.plan.metrics.len() >= MAX_METRICS {
            return Err(EngineError::Plan(PlanError::TooManyMetrics {
                limit: MAX_METRICS,
            }));
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

    pub(super) fn remove_metric(&mut self, metric: MetricId) -> Result<(), EngineError> {
        self.rules_mut(metric)?;
        if self.plan.metrics.len() == 1 {
            return Err(EngineError::Plan(PlanError::LastOne));
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
