//! The edits of the actuals, the forecast settings and reallocated quotas;
//! [`Workspace::apply`](super::Workspace::apply) calls them.

use crate::error::{EditError, SimulationError};

use super::Workspace;
use crate::simulate::actuals::{sample, SAMPLE_PROFILE};
use crate::simulate::supervision::LightRules;
use crate::simulate::{forecast, Month};
use crate::{EngineError, MetricId, Quota};

impl Workspace {
    /// One district's cumulative actual of `metric` at the end of `month`.
    pub(super) fn set_actual(
        &mut self,
        metric: MetricId,
        district: usize,
        month: Month,
        value: Option<Quota>,
    ) -> Result<(), EngineError> {
        self.check_district(district)?;
        self.rules_mut(metric)?;
        self.ensure_actuals();
        self.actuals.cumulative[metric][district][month.index()] = value;
        self.actuals.sample = false;
        Ok(())
    }

    /// A block of cumulative actuals from `district` and `month` on; empty cells and cells
    /// past the table are skipped.
    pub(super) fn paste_actuals(
        &mut self,
        metric: MetricId,
        district: usize,
        month: Month,
        values: &[Vec<Option<Quota>>],
    ) -> Result<(), EngineError> {
        self.rules_mut(metric)?;
        self.ensure_actuals();
        let rows = &mut self.actuals.cumulative[metric];
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
        Ok(())
    }

    /// The deterministic sample actuals, forecast with the profile they follow so that the
    /// projections make sense.
    pub(super) fn load_sample(&mut self) {
        self.actuals = sample(&self.plan);
        self.simulation.forecast.profile = SAMPLE_PROFILE;
    }

    /// The numbers districts returned for `month`: metric, district and cumulative count.
    pub(super) fn set_returns(
        &mut self,
        month: Month,
        values: &[(MetricId, usize, Quota)],
    ) -> Result<(), EngineError> {
        for &(metric, district, value) in values {
            self.set_actual(metric, district, month, Some(value))?;
        }
        Ok(())
    }

    /// New light rules, kept only when yellow starts no later than red and red is within the
    /// 100 points a schedule can be behind by.
    pub(super) fn set_light_rules(&mut self, rules: &LightRules) -> Result<(), EngineError> {
        if rules.yellow_points > rules.red_points || rules.red_points > 100 {
            return Err(EngineError::Simulation(SimulationError::LightBands {
                yellow: rules.yellow_points,
                red: rules.red_points,
            }));
        }
        self.supervision.lights = rules.clone();
        Ok(())
    }

    /// One forecast setting changed, relative to the settings as they are.
    pub(super) fn change_forecast(
        &mut self,
        change: &forecast::SettingsChange,
    ) -> Result<(), EngineError> {
        let settings = self.simulation.forecast.with(change);
        check_forecast(&settings, self.plan.districts.len())?;
        self.simulation.forecast = settings;
        Ok(())
    }

    /// New district quotas for `metric` (a reallocation): they must keep its total.
    pub(super) fn set_quotas(
        &mut self,
        metric: MetricId,
        quotas: &[Quota],
    ) -> Result<(), EngineError> {
        self.rules_mut(metric)?;
        let before = self.plan.metric_total(metric)?;
        let after = Quota::sum(quotas.iter().copied())?;
        if quotas.len() != self.plan.districts.len() || before != after {
            return Err(EngineError::Edit(EditError::TotalChanged { before, after }));
        }
        self.plan.metrics[metric].quotas = quotas.to_vec();
        Ok(())
    }
}

/// Forecast settings the engine can run: a path count within the limit, pace changes for
/// districts that exist.
fn check_forecast(settings: &forecast::Settings, districts: usize) -> Result<(), EngineError> {
    if settings.paths == 0 || settings.paths > forecast::MAX_PATHS {
        return Err(EngineError::Simulation(SimulationError::PathsOutOfRange {
            paths: settings.paths,
            limit: forecast::MAX_PATHS,
        }));
    }
    if let Some(knob) = settings.knobs.iter().find(|k| k.district >= districts) {
        return Err(EngineError::Edit(EditError::NoSuchRegion {
            region: knob.district,
            count: districts,
        }));
    }
    Ok(())
}
