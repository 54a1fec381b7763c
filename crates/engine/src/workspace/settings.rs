//! The edits that change a metric's rules or a name, each checked before it is kept;
//! [`Workspace::apply`](super::Workspace::apply) calls them.

use crate::error::RulesError;

use super::{check_name, Workspace, MAX_NAME_CHARS};
use crate::apportion::check_bounds_hold;
use crate::apportion::Bounds;
use crate::base::{weights, Base};
use crate::{EngineError, MetricId, Name};

impl Workspace {
    /// Locks or unlocks a district's quota of `metric`.
    pub(super) fn set_lock(
        &mut self,
        metric: MetricId,
        district: usize,
        locked: bool,
    ) -> Result<(), EngineError> {
        self.check_district(district)?;
        self.rules_mut(metric)?.locked[district] = locked;
        Ok(())
    }

    /// A new base for `metric`, kept only when it gives one weight per district.
    pub(super) fn set_base(&mut self, metric: MetricId, base: &Base) -> Result<(), EngineError> {
        self.rules_mut(metric)?;
        weights(base, &self.plan.metrics[metric].quotas)?;
        self.rules_mut(metric)?.base = base.clone();
        Ok(())
    }

    /// A new rounding step for `metric`: at least 1.
    pub(super) fn set_step(&mut self, metric: MetricId, step: u64) -> Result<(), EngineError> {
        if step == 0 {
            return Err(EngineError::Rules(RulesError::ZeroStep));
        }
        self.rules_mut(metric)?.step = step;
        Ok(())
    }

    /// New bounds for one district, kept only when the metric's bounds together can still
    /// hold its total.
    pub(super) fn set_bounds(
        &mut self,
        metric: MetricId,
        district: usize,
        bounds: Bounds,
    ) -> Result<(), EngineError> {
        self.check_district(district)?;
        if let Some(max) = bounds.max.filter(|max| *max < bounds.min) {
            return Err(EngineError::Rules(RulesError::BoundsInverted {
                region: district,
                min: bounds.min,
                max,
            }));
        }
        let total = self.plan.metric_total(metric)?;
        let rules = self.rules_mut(metric)?;
        let mut all = rules.bounds.clone();
        all[district] = bounds;
        check_bounds_hold(&all, total)?;
        rules.bounds = all;
        Ok(())
    }

    /// A district's new name, within the length limit.
    pub(super) fn rename_district(
        &mut self,
        district: usize,
        name: &Name,
    ) -> Result<(), EngineError> {
        self.check_district(district)?;
        check_name(name, MAX_NAME_CHARS)?;
        self.plan.districts[district].name = name.clone();
        Ok(())
    }

    /// A metric's new name, within the length limit.
    pub(super) fn rename_metric(
        &mut self,
        metric: MetricId,
        name: &Name,
    ) -> Result<(), EngineError> {
        self.rules_mut(metric)?;
        check_name(name, MAX_NAME_CHARS)?;
        self.plan.metrics[metric].name = name.clone();
        Ok(())
    }
}
